import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/pagination.js';

@ObjectType({ description: 'One excellent-quota pool: a unit’s cadres (per rank level when so configured), or the cycle’s leadership teams' })
export class QuotaPoolView {
  @Field(() => ID, { nullable: true, description: 'The unit; null for the pool of leadership teams' }) organisationId: string | null;
  @Field(() => String, { nullable: true, description: 'The unit’s name; null for the pool of leadership teams' }) organisationName: string | null;
  @Field(() => String, { description: 'Who the pool grades: CADRE (cadres of a unit) or TEAM (leadership teams)' }) subject: string;
  @Field(() => String, { nullable: true, description: 'The rank level of the pool when quotas are kept per rank level; null otherwise' }) rankLevel: string | null;
  @Field(() => Int, { description: 'Assessed who receive a grade (UNGRADED and COMMENT_ONLY do not count)' }) graded: number;
  @Field(() => Int, { description: 'EXCELLENT the quota allows (the configured share, rounded half up)' }) allowed: number;
  @Field(() => Int, { description: 'EXCELLENT decided by the committee' }) used: number;
  @Field(() => Int, { description: 'EXCELLENT proposed and waiting for the committee' }) proposed: number;
}

@ObjectType({ description: 'A count for one organisation and one key (a grade or a state)' })
export class CountByOrganisationView {
  @Field(() => ID, { description: 'A direct child of the organisation reported on, or that organisation itself' }) organisationId: string;
  @Field(() => String, { description: 'Its name' }) organisationName: string;
  @Field(() => String, { description: 'What is counted: a grade (or NONE) in a distribution, a lifecycle state in progress' }) key: string;
  @Field(() => Int, { description: 'How many assessments have that key: in a child’s whole subtree, or, for the organisation reported on, its own' }) count: number;
}

@ObjectType({ description: 'Aggregated figures of a cycle in your jurisdiction, counted in the database' })
export class CycleReportView {
  @Field(() => ID, { description: 'The cycle reported on' }) cycleId: string;
  @Field(() => ID, { description: 'The organisation whose direct children the figures are grouped by' }) organisationId: string;
  @Field(() => [QuotaPoolView], { description: 'Every excellent-quota pool under the organisation: how many may be EXCELLENT, how many are' }) quotaPools: QuotaPoolView[];
  @Field(() => [CountByOrganisationView], { description: 'Final grade (the proposal before a decision; NONE before either) per direct child organisation' })
  gradeDistribution: CountByOrganisationView[];
  @Field(() => [CountByOrganisationView], { description: 'Assessments per lifecycle state per direct child organisation' })
  progress: CountByOrganisationView[];
}

@ObjectType({ description: 'A scheme-computed score: a dimension (INNOVATION…SAFETY) or a component (DEVELOPMENT, OTHER_INDICATORS)' })
export class IndicatorScoreView {
  @Field(() => String, { description: 'The dimension (INNOVATION, COORDINATION… SAFETY) or component (DEVELOPMENT, OTHER_INDICATORS)' }) key: string;
  @Field(() => Float, { description: 'The score out of 100' }) score: number;
  @Field(() => Float, { nullable: true, description: 'Its weight in percent; null when the scheme gives none' }) weight: number | null;
}

@ObjectType({ description: "A leadership team's indicator results in a cycle (from the last roll-up)" })
export class TeamIndicatorView {
  @Field(() => ID, { description: 'The organisation whose leadership team this is' }) organisationId: string;
  @Field(() => String, { description: 'Its name' }) organisationName: string;
  @Field(() => ID, { description: 'The team’s annual assessment in the cycle' }) assessmentId: string;
  @Field(() => [IndicatorScoreView], { description: 'The scores of the scheme’s dimensions' }) dimensions: IndicatorScoreView[];
  @Field(() => [IndicatorScoreView], { description: 'The DEVELOPMENT and OTHER_INDICATORS components the indicators feed into the composite' })
  components: IndicatorScoreView[];
}

@ObjectType({ description: 'Indicator results by organisation for a cycle, inside your jurisdiction' })
export class CycleIndicatorsView {
  @Field(() => ID, { description: 'The cycle reported on' }) cycleId: string;
  @Field(() => ID, { description: 'The organisation whose own team and whose direct children’s teams are listed' }) organisationId: string;
  @Field(() => [TeamIndicatorView], { description: 'Teams with scheme-computed scores, in organisation-tree order' }) teams: TeamIndicatorView[];
}

@ObjectType({ description: 'One excellent-quota pool with how it stands, for the paged list and the committee’s cards' })
export class StandingQuotaPoolView extends QuotaPoolView {
  @Field(() => String, { description: 'How the pool stands: OVER (more decided than allowed), FULL (none left), TIGHT (waiting proposals exceed what is left), OPEN, NONE (too small for any EXCELLENT)' })
  standing: string;
  @Field(() => ID, { description: 'The direct child of the organisation reported on that the pool’s unit lies under (the organisation itself for its own pools and the teams’ pool): where to drill down' })
  regionId: string;
}

export const StandingQuotaPoolConnection = Connection(StandingQuotaPoolView, 'StandingQuotaPool');

@ObjectType({ description: 'The excellent-quota pools of one region (a direct child of the organisation reported on), summed' })
export class QuotaRegionView {
  @Field(() => ID, { description: 'Whose figures these are: a region (a direct child of the organisation reported on, or that organisation itself for its own pools); in the summary, the organisation reported on' }) organisationId: string;
  @Field(() => String, { description: 'Its name' }) organisationName: string;
  @Field(() => Int, { description: 'Pools in the region' }) pools: number;
  @Field(() => Int, { description: 'Pools with more EXCELLENT decided than allowed' }) over: number;
  @Field(() => Int, { description: 'Pools with no EXCELLENT left' }) full: number;
  @Field(() => Int, { description: 'Pools whose waiting EXCELLENT proposals exceed what is left' }) tight: number;
  @Field(() => Int, { description: 'Pools with EXCELLENT places left for what is proposed (OPEN)' }) open: number;
  @Field(() => Int, { description: 'Pools too small for any EXCELLENT (NONE)' }) none: number;
  @Field(() => Int, { description: 'Assessed who receive a grade, over the pools' }) graded: number;
  @Field(() => Int, { description: 'EXCELLENT the quotas allow, over the pools' }) allowed: number;
  @Field(() => Int, { description: 'EXCELLENT decided, over the pools' }) used: number;
  @Field(() => Int, { description: 'EXCELLENT proposed and waiting, over the pools' }) proposed: number;
}

@ObjectType({ description: 'The excellent-quota pools of a cycle under an organisation, summed, with the same figures per region to drill down' })
export class QuotaSummaryView extends QuotaRegionView {
  @Field(() => ID, { description: 'The cycle reported on' }) cycleId: string;
  @Field(() => [QuotaRegionView], { description: 'The figures per direct child of the organisation (and the organisation itself for its own pools), the most pools over quota first' })
  regions: QuotaRegionView[];
}
