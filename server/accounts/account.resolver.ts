import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { UserAccount } from '../users/user.entity.js';
import {
  AccountCadreCandidate,
  AccountCadreSearchArgs,
  CreateAccountsForUnitInput,
  CreateAccountsForUnitPayload,
  PasswordResetPayload,
  SignInEventConnection,
  SignInHistoryArgs,
} from './account.types.js';
import { searchCadresForAccount } from './account.service.js';
import { createAccountsForUnit } from './bulk-accounts.js';

@Resolver()
export class AccountResolver {
  @Authorized('user:manage')
  @Mutation(() => CreateAccountsForUnitPayload, {
    description:
      'Creates an account for every serving cadre of a unit (optionally its subtree) who has none, with a one-time password each (in this answer only) and the roles asked for over the cadre’s unit; running it again creates nothing new',
  })
  createAccountsForUnit(
    @Arg('input', () => CreateAccountsForUnitInput, { description: 'The unit, the username rule and the roles' }) input: CreateAccountsForUnitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreateAccountsForUnitPayload> {
    return createAccountsForUnit(ctx.dataSource, ctx.viewer, input, {
      now: ctx.now(),
      policy: ctx.services.auth.passwordPolicy,
      signInUrl: ctx.services.auth.signInUrl,
    });
  }

  @Authorized('user:manage')
  @Mutation(() => PasswordResetPayload, {
    description: 'Gives an account a new one-time password (in this answer only): its sessions end and the next sign-in must change it; not your own account',
  })
  resetPassword(@Arg('userId', () => ID, { description: 'The account, inside your jurisdiction' }) userId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.accounts.resetPassword(ctx.viewer, userId);
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount, { description: 'Disables an account: it cannot sign in and its sessions stop working at once; not your own account' })
  disableUser(@Arg('userId', () => ID, { description: 'The account, inside your jurisdiction' }) userId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.accounts.setDisabled(ctx.viewer, userId, true);
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount, { description: 'Enables a disabled account again; its owner signs in with their password as before' })
  enableUser(@Arg('userId', () => ID, { description: 'The account, inside your jurisdiction' }) userId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.accounts.setDisabled(ctx.viewer, userId, false);
  }

  @Authorized()
  @Query(() => SignInEventConnection, {
    description: 'An account’s sign-ins, failed sign-ins, sign-outs and password and status changes, newest first: your own, or (SYSTEM_ADMIN) an account inside your jurisdiction',
  })
  signInHistory(@Args(() => SignInHistoryArgs) args: SignInHistoryArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.accounts.signInHistory(ctx.viewer, args.userId, args.first, args.after);
  }

  @Authorized('user:manage')
  @Query(() => [AccountCadreCandidate], { description: 'Cadres inside your jurisdiction whose name or personnel number contains the search, to link an account to' })
  accountCadreCandidates(@Args(() => AccountCadreSearchArgs) args: AccountCadreSearchArgs, @Ctx() ctx: GraphQLContext) {
    return searchCadresForAccount(ctx.dataSource, ctx.viewer, args.search, args.first);
  }
}
