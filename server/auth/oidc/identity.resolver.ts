import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { UserAccount } from '../../users/user.entity.js';
import { UserIdentity } from './identity.entity.js';
import { LinkExternalIdentityInput, SignInOptions } from './identity.types.js';

/** One batch loader of identities per request (the users page shows a page of accounts). */
const loaders = new WeakMap<GraphQLContext, DataLoader<string, UserIdentity[]>>();
function identitiesOf(ctx: GraphQLContext): DataLoader<string, UserIdentity[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((ids) => ctx.services.identities.byUsers(ids));
    loaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => UserAccount)
export class ExternalIdentityResolver {
  @Query(() => SignInOptions, { description: 'How one may sign in: whether the organisation’s identity provider is offered, and its button’s text; public' })
  signInOptions(@Ctx() ctx: GraphQLContext): SignInOptions {
    const oidc = ctx.services.oidc;
    return {
      identityProvider: oidc
        ? { displayName: oidc.displayName, startPath: '/auth/oidc/start', issuer: oidc.issuer, passwordForLinkedAccounts: oidc.passwordForLinkedAccounts }
        : null,
    };
  }

  @Authorized('user:manage')
  @FieldResolver(() => [UserIdentity], { description: 'The identity-provider subjects that sign in as this account, oldest link first (administrators only)' })
  externalIdentities(@Root() user: UserAccount, @Ctx() ctx: GraphQLContext): Promise<UserIdentity[]> {
    return identitiesOf(ctx).load(user.id);
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount, { description: 'Links a subject of the identity provider to an account inside your jurisdiction, so that it signs in as that account; CONFLICT when the subject is linked already' })
  linkExternalIdentity(@Arg('input', () => LinkExternalIdentityInput, { description: 'The account and the subject' }) input: LinkExternalIdentityInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.identities.link(ctx.viewer, input);
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount, { description: 'Removes the link of an identity-provider subject to an account; the subject can no longer sign in as it (sessions already open stay until they end)' })
  unlinkExternalIdentity(@Arg('identityId', () => ID, { description: 'The id of the ExternalIdentity to remove' }) identityId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.identities.unlink(ctx.viewer, identityId);
  }
}
