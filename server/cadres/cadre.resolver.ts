import { IsDateString, IsIn, IsInt, IsOptional, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { chinaDay } from '../calendar/calendar.service.js';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CADRE_STATUS_KINDS, statusesInForce, type CadreStatusKind } from '../../workflows/cadre/status.js';
import { Connection, PageArgs } from '../common/pagination.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import {
  Cadre,
  CadreStatusKindEnum,
  CadreStatusPeriod,
  POSITION_TYPES,
  PositionTypeEnum,
  RANK_LEVELS,
  RankLevelEnum,
  type PositionType,
  type RankLevel,
} from './cadre.entity.js';

export const CadreConnection = Connection(Cadre, 'Cadre');

@ArgsType()
class CadreListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only cadres of this organisation' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'With organisationId: the whole subtree below it' })
  includeSubtree?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Matches name, post or personnel-file number, ignoring case' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => RankLevelEnum, { nullable: true, description: 'Only cadres of this rank level' })
  rankLevel?: RankLevel | null;

  @Field(() => PositionTypeEnum, { nullable: true, description: 'Only principals or only deputies' })
  positionType?: PositionType | null;
}

@InputType({ description: 'Changes to a cadre record; fields left out stay as they are' })
class UpdateCadreInput {
  @Field(() => ID, { description: 'The cadre to change' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server gives CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'New full name, up to 64 characters' })
  @IsOptional()
  @Length(1, 64)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New post held (职务), up to 200 characters' })
  @IsOptional()
  @Length(1, 200)
  post?: string | null;

  @Field(() => RankLevelEnum, { nullable: true, description: 'New rank level' })
  @IsOptional()
  @IsIn(RANK_LEVELS)
  rankLevel?: RankLevel | null;

  @Field(() => PositionTypeEnum, { nullable: true, description: 'Now principal or deputy' })
  @IsOptional()
  @IsIn(POSITION_TYPES)
  positionType?: PositionType | null;

  @Field(() => ID, { nullable: true, description: 'Move the cadre to another organisation (both inside your jurisdiction)' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'When the cadre took up the current post, YYYY-MM-DD' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'tookPostOn must be a date YYYY-MM-DD' })
  tookPostOn?: string | null;
}

@InputType({ description: 'A status period to record for a cadre' })
class RecordCadreStatusInput {
  @Field(() => ID, { description: 'The cadre concerned' })
  @IsUUID()
  cadreId: string;

  @Field(() => CadreStatusKindEnum, { description: 'Which status; INVESTIGATION is for discipline inspection, the others for the organisation or personnel department' })
  @IsIn(CADRE_STATUS_KINDS)
  kind: CadreStatusKind;

  @Field(() => String, { description: 'First day in force, YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'startsOn must be a date YYYY-MM-DD' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day in force, YYYY-MM-DD, inclusive; leave empty while the status lasts' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text note, e.g. the document number, up to 1000 characters' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@Resolver(() => Cadre)
export class CadreResolver {
  @Authorized('cadre:read')
  @Query(() => CadreConnection, { description: 'Cadres inside your jurisdictions, by name, with optional filters' })
  cadres(@Args(() => CadreListArgs) args: CadreListArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cadres.list(ctx.viewer, args, args.first, args.after);
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

  @FieldResolver(() => Organisation, { description: 'The organisation the cadre belongs to' })
  async organisation(@Root() cadre: Cadre, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(cadre.organisationId))!;
  }

  @FieldResolver(() => [CadreStatusPeriod], { description: 'Every status period, oldest first' })
  statusPeriods(@Root() cadre: Cadre, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.statusesByCadre.load(cadre.id);
  }

  @FieldResolver(() => [CadreStatusKindEnum], { description: 'The statuses in force on a day (default: today)' })
  async statusesOn(
    @Root() cadre: Cadre,
    @Ctx() ctx: GraphQLContext,
    @Arg('day', () => String, { nullable: true, description: 'The day to ask about, YYYY-MM-DD; today in Beijing when omitted' }) day?: string | null,
  ): Promise<CadreStatusKind[]> {
    const periods = await ctx.loaders.statusesByCadre.load(cadre.id);
    return statusesInForce(periods, day ?? chinaDay(ctx.now()));
  }
}
