import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { can } from '../auth/policy.js';
import { Cadre } from '../cadres/cadre.entity.js';
import { AppError } from '../common/errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { ProfileYear } from './profile.service.js';

@ObjectType({ description: 'One part of the composite score: its weight, its value and what it adds to the total' })
class ProfileComponentView {
  @Field(() => String, { description: 'Which part: REGULAR, WORK_RESULTS, ABILITIES for a cadre; REGULAR, PUBLIC_SURVEY, DEVELOPMENT, OTHER_INDICATORS for a team' })
  key: string;
  @Field(() => Float, { description: 'Its weight in the composite, in percent; parts without a value are left out and the rest re-weighted' }) weight: number;
  @Field(() => Float, { nullable: true, description: 'Its score out of 100; null when no figure was available' }) value: number | null;
  @Field(() => Float, { description: 'What it adds to the composite score: its value weighted among the parts that have a value (0 when it has none)' }) contribution: number;
}

@ObjectType({ description: 'Democratic-evaluation averages on 德能勤绩廉 over the ballots of the rater groups at the anonymity minimum (a smaller group is in no figure); given once the ballots are closed' })
class BallotAveragesView {
  @Field(() => Int, { description: 'How many ballots the averages are over (those of the shown groups)' }) ballots: number;
  @Field(() => Float, { description: 'Average score for morality (德), 0 to 100' }) morality: number;
  @Field(() => Float, { description: 'Average score for ability (能), 0 to 100' }) ability: number;
  @Field(() => Float, { description: 'Average score for diligence (勤), 0 to 100' }) diligence: number;
  @Field(() => Float, { description: 'Average score for results (绩), 0 to 100' }) results: number;
  @Field(() => Float, { description: 'Average score for integrity (廉), 0 to 100' }) integrity: number;
}

@ObjectType({ description: 'The score of one indicator dimension of the year, from the indicator scheme' })
class DimensionScoreView {
  @Field(() => String, { description: 'INNOVATION, COORDINATION, GREEN, OPENNESS, SHARING, LIVELIHOOD, PARTY_BUILDING, SAFETY' }) dimension: string;
  @Field(() => Float, { description: 'The dimension’s score out of 100' }) score: number;
  @Field(() => Float, { nullable: true, description: 'The dimension’s weight in the scheme, in percent; null when the scheme gives none' }) weight: number | null;
}

@ObjectType({ description: 'One year of a profile (画像): the grades, the composite score and what it was made of' })
class ProfileYearView {
  @Field(() => Int, { description: 'The assessed year' }) year: number;
  @Field(() => ID, { description: 'The cycle the year was assessed in' }) cycleId: string;
  @Field(() => String, { description: 'The name of that cycle' }) cycleName: string;
  @Field(() => ID, { description: 'The annual or term assessment behind this year' }) assessmentId: string;
  @Field(() => String, { nullable: true, description: 'The grade proposed to the party committee; null until proposed' }) proposedGrade: string | null;
  @Field(() => String, { nullable: true, description: 'The grade decided for the year; null until decided' }) finalGrade: string | null;
  @Field(() => String, { nullable: true, description: "The grading engine's latest proposal; null until the engine has run" }) engineGrade: string | null;
  @Field(() => Float, { nullable: true, description: 'The composite score out of 100 from the latest grading run; null until it has run' })
  compositeScore: number | null;
  @Field(() => [ProfileComponentView], { description: 'The parts of the composite score with their weights; empty until the engine has run' })
  components: ProfileComponentView[];
  @Field(() => BallotAveragesView, { nullable: true, description: 'Ballot averages on 德能勤绩廉; null when fewer raters voted than the anonymity minimum' })
  ballotAverages: BallotAveragesView | null;
  @Field(() => [DimensionScoreView], { description: 'Indicator dimension scores, by dimension; empty when no indicator data was rolled up' })
  dimensionScores: DimensionScoreView[];
}

@Resolver()
export class ProfileResolver {
  @Authorized()
  @Query(() => [ProfileYearView], { description: "A cadre's profile (画像) over the years, oldest first (the cadre may read their own)" })
  cadreProfile(@Arg('cadreId', () => ID, { description: 'The cadre whose profile to read: yourself, or a cadre inside your jurisdiction' }) cadreId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.profiles.cadre(ctx.viewer, cadreId);
  }

  @Authorized('assessment:read')
  @Query(() => [ProfileYearView], { description: "A leadership team's profile (画像) over the years, oldest first" })
  teamProfile(@Arg('organisationId', () => ID, { description: 'The organisation whose leadership team is profiled' }) organisationId: string, @Ctx() ctx: GraphQLContext) {
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
  @FieldResolver(() => [ProfileYearView], { description: 'The profile (画像) over the years, oldest first; batched across a list' })
  async profile(@Root() cadre: Cadre, @Ctx() ctx: GraphQLContext): Promise<ProfileYear[]> {
    const org = await ctx.loaders.organisation.load(cadre.organisationId);
    if (ctx.viewer?.cadreId !== cadre.id && !(org && can(ctx.viewer, 'assessment:read', org.path))) throw new AppError('FORBIDDEN', 'Not in your jurisdiction');
    return profileLoader(ctx).load(cadre.id);
  }
}
