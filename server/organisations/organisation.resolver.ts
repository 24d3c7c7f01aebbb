import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Cadre } from '../cadres/cadre.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from './organisation.entity.js';
import {
  CreateOrganisationInput,
  MoveOrganisationInput,
  OrganisationConnection,
  OrganisationListArgs,
  RetireOrganisationInput,
  UpdateOrganisationInput,
} from './organisation.types.js';

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

  @Authorized('organisation:write')
  @Mutation(() => Organisation, { description: 'Creates an organisation below a parent inside your jurisdiction; DUPLICATE when the code is taken, UNIT_RETIRED below a retired parent' })
  createOrganisation(@Arg('input', () => CreateOrganisationInput, { description: 'The parent, code, name, kind and category' }) input: CreateOrganisationInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.organisationAdmin.create(ctx.viewer, input);
  }

  @Authorized('organisation:write')
  @Mutation(() => Organisation, { description: 'Edits an organisation’s name, kind, category or zone; the category must belong to the kind; CONFLICT when someone changed it since you read it' })
  updateOrganisation(@Arg('input', () => UpdateOrganisationInput, { description: 'The organisation, the version you edited and the changes' }) input: UpdateOrganisationInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.organisationAdmin.update(ctx.viewer, input.id, input.expectedVersion, input);
  }

  @Authorized('organisation:write')
  @Mutation(() => Organisation, {
    description: 'Moves an organisation with its subtree below another parent; ORGANISATION_CYCLE below itself. Running assessments follow it, those of closed cycles stay where they were assessed',
  })
  moveOrganisation(@Arg('input', () => MoveOrganisationInput, { description: 'The organisation, the version you saw and the new parent' }) input: MoveOrganisationInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.organisationAdmin.move(ctx.viewer, input.id, input.expectedVersion, input.parentId);
  }

  @Authorized('organisation:write')
  @Mutation(() => Organisation, { description: 'Retires (撤销) an organisation from a day; ORGANISATION_IN_USE while it has serving cadres, running assessments or live child units' })
  retireOrganisation(@Arg('input', () => RetireOrganisationInput, { description: 'The organisation, the version you saw and the day' }) input: RetireOrganisationInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.organisationAdmin.retire(ctx.viewer, input.id, input.expectedVersion, input.retiredOn);
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
