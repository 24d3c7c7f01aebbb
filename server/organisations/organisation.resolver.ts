import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { OrganisationKind } from '../../workflows/org/categories.js';
import { can } from '../auth/policy.js';
import { Connection, PageArgs } from '../common/pagination.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation, OrganisationKindEnum } from './organisation.entity.js';

export const OrganisationConnection = Connection(Organisation, 'Organisation');

@ArgsType()
class OrganisationListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the direct children of this organisation' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => OrganisationKindEnum, { nullable: true, description: 'Only organisations of this kind' })
  kind?: OrganisationKind | null;

  @Field(() => String, { nullable: true, description: 'Matches name or code, ignoring case' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized('organisation:read')
  @Query(() => OrganisationConnection, { description: 'Organisations inside your jurisdictions, in tree order' })
  organisations(@Args(() => OrganisationListArgs) args: OrganisationListArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.organisations.list(ctx.viewer, args, args.first, args.after);
  }

  @Authorized('organisation:read')
  @Query(() => Organisation, { description: 'One organisation inside your jurisdictions' })
  organisation(@Arg('id', () => ID, { description: 'The organisation to read' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.organisations.get(ctx.viewer, id);
  }

  /** The parent, when the viewer may see it (a jurisdiction root's parent is outside). */
  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation directly above, when it is inside your jurisdiction; null otherwise' })
  async parent(@Root() org: Organisation, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> {
    if (!org.parentId) return null;
    const parent = await ctx.loaders.organisation.load(org.parentId);
    return parent && can(ctx.viewer, 'organisation:read', parent.path) ? parent : null;
  }
}
