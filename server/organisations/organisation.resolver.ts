import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Cadre } from '../cadres/cadre.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationConnection, OrganisationListArgs } from './organisation.types.js';

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
  parent(@Root() org: Organisation, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> {
    return ctx.services.organisations.visibleParent(ctx.viewer, org, ctx.loaders.organisation);
  }

  @FieldResolver(() => Cadre, { nullable: true, description: 'The cadre designated to write and submit the leadership-team summary besides the principal leaders; null when none is or you may not read cadres there' })
  teamReportAuthor(@Root() org: Organisation, @Ctx() ctx: GraphQLContext): Promise<Cadre | null> {
    return ctx.services.organisations.teamReportAuthor(ctx.viewer, org, ctx.loaders.cadre);
  }
}
