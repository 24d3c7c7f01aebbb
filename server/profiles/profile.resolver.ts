import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { can } from '../auth/policy.js';
import { Cadre } from '../cadres/cadre.entity.js';
import { AppError } from '../common/errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { ProfileYear } from './profile.service.js';

@ObjectType()
class ProfileComponentView {
  @Field(() => String) key: string;
  @Field(() => Float) weight: number;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float) contribution: number;
}

@ObjectType({ description: '德能勤绩廉 averages over all ballots of the year (hidden below the anonymity minimum)' })
class BallotAveragesView {
  @Field(() => Int) ballots: number;
  @Field(() => Float) morality: number;
  @Field(() => Float) ability: number;
  @Field(() => Float) diligence: number;
  @Field(() => Float) results: number;
  @Field(() => Float) integrity: number;
}

@ObjectType()
class DimensionScoreView {
  @Field(() => String, { description: 'INNOVATION, COORDINATION, GREEN, OPENNESS, SHARING, LIVELIHOOD, PARTY_BUILDING, SAFETY' }) dimension: string;
  @Field(() => Float) score: number;
  @Field(() => Float, { nullable: true }) weight: number | null;
}

@ObjectType({ description: 'One year of a profile (画像)' })
class ProfileYearView {
  @Field(() => Int) year: number;
  @Field(() => ID) cycleId: string;
  @Field(() => String) cycleName: string;
  @Field(() => ID) assessmentId: string;
  @Field(() => String, { nullable: true }) proposedGrade: string | null;
  @Field(() => String, { nullable: true }) finalGrade: string | null;
  @Field(() => String, { nullable: true, description: "The grading engine's latest proposal" }) engineGrade: string | null;
  @Field(() => Float, { nullable: true }) compositeScore: number | null;
  @Field(() => [ProfileComponentView]) components: ProfileComponentView[];
  @Field(() => BallotAveragesView, { nullable: true }) ballotAverages: BallotAveragesView | null;
  @Field(() => [DimensionScoreView]) dimensionScores: DimensionScoreView[];
}

@Resolver()
export class ProfileResolver {
  @Authorized()
  @Query(() => [ProfileYearView], { description: "A cadre's profile (画像) over the years (the cadre may read their own)" })
  cadreProfile(@Arg('cadreId', () => ID) cadreId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.profiles.cadre(ctx.viewer, cadreId);
  }

  @Authorized('assessment:read')
  @Query(() => [ProfileYearView], { description: "A leadership team's profile over the years" })
  teamProfile(@Arg('organisationId', () => ID) organisationId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.profiles.team(ctx.viewer, organisationId);
  }
}

/** One profile loader per request: a list of cadres asks for all their profiles in one batch. */
const loaders = new WeakMap<GraphQLContext, DataLoader<string, ProfileYear[]>>();
function profileLoader(ctx: GraphQLContext): DataLoader<string, ProfileYear[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const byCadre = await ctx.services.profiles.years('CADRE', [...ids]);
      return ids.map((id) => byCadre.get(id) ?? []);
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => Cadre)
export class CadreProfileResolver {
  @FieldResolver(() => [ProfileYearView], { description: 'The profile (画像) over the years, batched across a list' })
  async profile(@Root() cadre: Cadre, @Ctx() ctx: GraphQLContext): Promise<ProfileYear[]> {
    const org = await ctx.loaders.organisation.load(cadre.organisationId);
    if (ctx.viewer?.cadreId !== cadre.id && !(org && can(ctx.viewer, 'assessment:read', org.path))) throw new AppError('FORBIDDEN', 'Not in your jurisdiction');
    return profileLoader(ctx).load(cadre.id);
  }
}
