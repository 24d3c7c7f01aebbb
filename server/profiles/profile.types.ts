import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RankLevelEnum } from '../cadres/cadre.entity.js';

@ObjectType({ description: 'One part of the composite score: its weight, its value and what it adds to the total' })
export class ProfileComponentView {
  @Field(() => String, { description: 'Which part: REGULAR, WORK_RESULTS, ABILITIES for a cadre; REGULAR, PUBLIC_SURVEY, DEVELOPMENT, OTHER_INDICATORS for a team' })
  key: string;
  @Field(() => Float, { description: 'Its weight in the composite, in percent; parts without a value are left out and the rest re-weighted' }) weight: number;
  @Field(() => Float, { nullable: true, description: 'Its score out of 100; null when no figure was available' }) value: number | null;
  @Field(() => Float, { description: 'What it adds to the composite score: its value weighted among the parts that have a value (0 when it has none)' }) contribution: number;
}

@ObjectType({ description: 'Democratic-evaluation averages on 德能勤绩廉 over the ballots of the rater groups at the anonymity minimum (a smaller group is in no figure); given once the ballots are closed' })
export class BallotAveragesView {
  @Field(() => Int, { description: 'How many ballots the averages are over (those of the shown groups)' }) ballots: number;
  @Field(() => Float, { description: 'Average score for morality (德), 0 to 100' }) morality: number;
  @Field(() => Float, { description: 'Average score for ability (能), 0 to 100' }) ability: number;
  @Field(() => Float, { description: 'Average score for diligence (勤), 0 to 100' }) diligence: number;
  @Field(() => Float, { description: 'Average score for results (绩), 0 to 100' }) results: number;
  @Field(() => Float, { description: 'Average score for integrity (廉), 0 to 100' }) integrity: number;
}

@ObjectType({ description: 'The score of one indicator dimension of the year, from the indicator scheme' })
export class DimensionScoreView {
  @Field(() => String, { description: 'INNOVATION, COORDINATION, GREEN, OPENNESS, SHARING, LIVELIHOOD, PARTY_BUILDING, SAFETY' }) dimension: string;
  @Field(() => Float, { description: 'The dimension’s score out of 100' }) score: number;
  @Field(() => Float, { nullable: true, description: 'The dimension’s weight in the scheme, in percent; null when the scheme gives none' }) weight: number | null;
}

@ObjectType({ description: 'One year of a profile (画像): the grades, the composite score and what it was made of' })
export class ProfileYearView {
  @Field(() => Int, { description: 'The assessed year' }) year: number;
  @Field(() => ID, { description: 'The cycle the year was assessed in' }) cycleId: string;
  @Field(() => String, { description: 'The name of that cycle' }) cycleName: string;
  @Field(() => ID, { description: 'The annual or term assessment behind this year' }) assessmentId: string;
  @Field(() => ID, { description: 'The unit the year was assessed in (kept after the cadre moves)' }) organisationId: string;
  @Field(() => String, { description: 'The name of that unit' }) organisationName: string;
  @Field(() => String, { nullable: true, description: 'The post (职务) the cadre held when enrolled for the year; null for a team' }) postTitle: string | null;
  @Field(() => RankLevelEnum, { nullable: true, description: 'The rank level the cadre held when enrolled for the year; null for a team' }) rankLevel: string | null;
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
