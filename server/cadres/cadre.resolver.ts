import { IsDateString, IsIn, IsInt, IsOptional, IsUUID, Length, MaxLength, Min } from 'class-validator';
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
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'With organisationId: the whole subtree below it' })
  includeSubtree?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Matches name, post or personnel number' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => RankLevelEnum, { nullable: true })
  rankLevel?: RankLevel | null;

  @Field(() => PositionTypeEnum, { nullable: true })
  positionType?: PositionType | null;
}

@InputType()
class UpdateCadreInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server gives CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 64)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  post?: string | null;

  @Field(() => RankLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn(RANK_LEVELS)
  rankLevel?: RankLevel | null;

  @Field(() => PositionTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(POSITION_TYPES)
  positionType?: PositionType | null;

  @Field(() => ID, { nullable: true, description: 'Move the cadre to another organisation (both inside your jurisdiction)' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'tookPostOn must be a date YYYY-MM-DD' })
  tookPostOn?: string | null;
}

@InputType()
class RecordCadreStatusInput {
  @Field(() => ID)
  @IsUUID()
  cadreId: string;

  @Field(() => CadreStatusKindEnum)
  @IsIn(CADRE_STATUS_KINDS)
  kind: CadreStatusKind;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'startsOn must be a date YYYY-MM-DD' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; leave empty while open' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@Resolver(() => Cadre)
export class CadreResolver {
  @Authorized('cadre:read')
  @Query(() => CadreConnection, { description: 'Cadres inside your jurisdictions, by name' })
  cadres(@Args(() => CadreListArgs) args: CadreListArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cadres.list(ctx.viewer, args, args.first, args.after);
  }

  @Authorized()
  @Query(() => Cadre, { description: 'A cadre inside your jurisdiction, or your own record' })
  cadre(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cadres.get(ctx.viewer, id);
  }

  @Authorized('cadre:write')
  @Mutation(() => Cadre)
  updateCadre(@Arg('input', () => UpdateCadreInput) input: UpdateCadreInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cadres.update(ctx.viewer, input.id, input.expectedVersion, input);
  }

  @Authorized('cadre-status:write', 'investigation:write')
  @Mutation(() => Cadre, { description: 'Records probation, leave, an investigation or a protected status with its dates' })
  recordCadreStatus(@Arg('input', () => RecordCadreStatusInput) input: RecordCadreStatusInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cadres.recordStatus(ctx.viewer, input);
  }

  @FieldResolver(() => Organisation)
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
    @Arg('day', () => String, { nullable: true, description: 'YYYY-MM-DD' }) day?: string | null,
  ): Promise<CadreStatusKind[]> {
    const periods = await ctx.loaders.statusesByCadre.load(cadre.id);
    return statusesInForce(periods, day ?? ctx.now().toISOString().slice(0, 10));
  }
}
