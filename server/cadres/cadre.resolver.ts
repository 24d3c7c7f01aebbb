import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CadreStatusKind } from '../../workflows/cadre/status.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Cadre, CadreStatusKindEnum, CadreStatusPeriod } from './cadre.entity.js';
import {
  CadreConnection,
  CadreListArgs,
  CadrePostingView,
  CreateCadreInput,
  DesignateTeamReportAuthorInput,
  MoveCadreInput,
  RecordCadreStatusInput,
  SearchCadresArgs,
  SetCadreEmploymentStatusInput,
  SetManagingJurisdictionInput,
  UpdateCadreInput,
} from './cadre.types.js';

@Resolver(() => Cadre)
export class CadreResolver {
  @Authorized('cadre:read')
  @Query(() => CadreConnection, { description: 'Cadres inside your jurisdictions, by name, with optional filters' })
  cadres(@Args(() => CadreListArgs) args: CadreListArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cadres.list(ctx.viewer, args, args.first, args.after);
  }

  @Authorized('cadre:read')
  @Query(() => CadreConnection, { description: 'Searches the roster inside your jurisdictions: by name (prefix or part), personnel-file number, unit or subtree, in-post status and team membership; by name' })
  searchCadres(@Args(() => SearchCadresArgs) args: SearchCadresArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cadres.list(ctx.viewer, args, args.first, args.after);
  }

  @Authorized('cadre:write')
  @Mutation(() => Cadre, { description: 'Adds a cadre to the roster of a unit inside your jurisdiction; DUPLICATE when the personnel-file number is taken, UNIT_RETIRED in a retired unit' })
  createCadre(@Arg('input', () => CreateCadreInput, { description: 'The cadre’s unit and particulars' }) input: CreateCadreInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.roster.create(ctx.viewer, input);
  }

  @Authorized('cadre:write')
  @Mutation(() => Cadre, { description: 'Transfers or promotes a serving cadre (new unit, post, rank level, position); past assessments keep the unit and post they were enrolled with' })
  moveCadre(@Arg('input', () => MoveCadreInput, { description: 'The cadre, the version you saw and the new posting' }) input: MoveCadreInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.roster.move(ctx.viewer, input.id, input.expectedVersion, input);
  }

  @Authorized('cadre:write')
  @Mutation(() => Cadre, { description: 'Records that a cadre serves, retired or left (在职状态) from a day; only serving cadres are enrolled' })
  setCadreEmploymentStatus(@Arg('input', () => SetCadreEmploymentStatusInput, { description: 'The cadre, the version you saw, the status and the day' }) input: SetCadreEmploymentStatusInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.roster.setEmploymentStatus(ctx.viewer, input.id, input.expectedVersion, input.status, input.since);
  }

  @Authorized('cadre:write')
  @Mutation(() => Cadre, { description: 'Sets the managing jurisdiction (干部管理权限) of a cadre: a region at or above their unit' })
  setManagingJurisdiction(@Arg('input', () => SetManagingJurisdictionInput, { description: 'The cadre, the version you saw and the region' }) input: SetManagingJurisdictionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.roster.setManagingJurisdiction(ctx.viewer, input.id, input.expectedVersion, input.managingOrganisationId);
  }

  @FieldResolver(() => [CadrePostingView], { description: 'Where the cadre was assessed each year: the unit and post of each annual or term assessment, oldest first' })
  postings(@Root() cadre: Cadre, @Ctx() ctx: GraphQLContext) {
    return ctx.services.roster.postings(cadre.id);
  }

  @Authorized()
  @Query(() => Cadre, { description: 'A cadre inside your jurisdiction, or your own record' })
  cadre(@Arg('id', () => ID, { description: 'The cadre to read' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cadres.get(ctx.viewer, id);
  }

  @Authorized('cadre:write')
  @Mutation(() => Cadre, { description: 'Edits a cadre record inside your jurisdiction; CONFLICT when someone changed it since you read it' })
  updateCadre(@Arg('input', () => UpdateCadreInput, { description: 'The cadre, the version you edited and the changes' }) input: UpdateCadreInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cadres.update(ctx.viewer, input.id, input.expectedVersion, input);
  }

  @Authorized('cadre-status:write', 'investigation:write')
  @Mutation(() => Cadre, { description: 'Records probation, leave, an investigation or a protected status with its dates' })
  recordCadreStatus(@Arg('input', () => RecordCadreStatusInput, { description: 'The cadre, the status and its dates' }) input: RecordCadreStatusInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cadres.recordStatus(ctx.viewer, input);
  }

  @Authorized('cycle:manage')
  @Mutation(() => Organisation, { description: 'Designates the cadre of a unit who writes and submits its leadership-team summary besides its principal leaders, or withdraws the designation' })
  designateTeamReportAuthor(
    @Arg('input', () => DesignateTeamReportAuthorInput, { description: 'The unit and the cadre (null to withdraw)' }) input: DesignateTeamReportAuthorInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cadres.designateTeamReportAuthor(ctx.viewer, input.organisationId, input.cadreId ?? null);
  }

  @FieldResolver(() => Organisation, {
    description: 'Cadre management authority (干部管理权限): the jurisdiction whose organisation department assesses the cadre; only a cycle of it or above enrols them',
  })
  async managingOrganisation(@Root() cadre: Cadre, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(cadre.managingOrganisationId))!;
  }

  @FieldResolver(() => Organisation, { description: 'The organisation the cadre belongs to' })
  async organisation(@Root() cadre: Cadre, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(cadre.organisationId))!;
  }

  @FieldResolver(() => [CadreStatusPeriod], { description: 'Every status period, oldest first' })
  statusPeriods(@Root() cadre: Cadre, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.statusesByCadre.load(cadre.id);
  }

  @FieldResolver(() => [CadreStatusKindEnum], { description: 'The statuses in force on a day (default: today)' })
  statusesOn(
    @Root() cadre: Cadre,
    @Ctx() ctx: GraphQLContext,
    @Arg('day', () => String, { nullable: true, description: 'The day to ask about, YYYY-MM-DD; today in Beijing when omitted' }) day?: string | null,
  ): Promise<CadreStatusKind[]> {
    return ctx.services.cadres.statusesOn(cadre.id, day, ctx.loaders.statusesByCadre);
  }
}
