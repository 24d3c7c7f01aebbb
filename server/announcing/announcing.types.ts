import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { describeValues, enumObject } from '../common/enum.js';
import { OrganisationCategoryEnum, OrganisationKindEnum } from '../organisations/organisation.entity.js';
import type { OrganisationCategory, OrganisationKind } from '../../workflows/org/categories.js';
import { ANNOUNCEMENT_LIST_KINDS, type AnnouncementListKind } from './lists.js';

export const AnnouncementListKindEnum = enumObject(ANNOUNCEMENT_LIST_KINDS);
registerEnumType(AnnouncementListKindEnum, {
  name: 'AnnouncementListKind',
  description: 'A commendation or criticism list drawn from a cycle’s decided annual results',
  valuesConfig: describeValues(AnnouncementListKindEnum, {
    COMMENDED_TEAMS: '通报表扬: leadership teams graded EXCELLENT',
    COMMENDED_CADRES: '嘉奖: cadres graded EXCELLENT this year (when results.excellentCommendation), except those on the merit list',
    MERIT_CADRES: '记三等功: cadres graded EXCELLENT this year and the years before it, results.meritConsecutiveExcellentYears in a row',
    CRITICISED_TEAMS: '通报批评: leadership teams graded POOR (and AVERAGE when announcing.criticiseAverageTeams)',
  }),
});

@ObjectType({ description: 'The decided annual results of a group of organisations counted by grade, with the report’s shares' })
export class ResultsDistributionView {
  @Field(() => Int, { description: 'Leadership teams assessed (cancelled assessments left out)' }) teams: number;
  @Field(() => Int, { description: 'Teams graded EXCELLENT (优秀/好)' }) teamsExcellent: number;
  @Field(() => Int, { description: 'Teams graded GOOD (良好/较好)' }) teamsGood: number;
  @Field(() => Int, { description: 'Teams graded AVERAGE (一般)' }) teamsAverage: number;
  @Field(() => Int, { description: 'Teams graded POOR (较差)' }) teamsPoor: number;
  @Field(() => Int, { description: 'Teams without a final result yet' }) teamsUndecided: number;
  @Field(() => Int, { description: 'Cadres assessed' }) cadres: number;
  @Field(() => Int, { description: 'Cadres graded EXCELLENT' }) cadresExcellent: number;
  @Field(() => Int, { description: 'Cadres graded COMPETENT (or QUALIFIED)' }) cadresCompetent: number;
  @Field(() => Int, { description: 'Cadres graded BASICALLY_COMPETENT (or BASICALLY_QUALIFIED)' }) cadresBasicallyCompetent: number;
  @Field(() => Int, { description: 'Cadres graded INCOMPETENT (or UNQUALIFIED)' }) cadresIncompetent: number;
  @Field(() => Int, { description: 'Cadres with a final result that is no grade (UNGRADED, COMMENT_ONLY)' }) cadresNotGraded: number;
  @Field(() => Int, { description: 'Cadres without a final result yet' }) cadresUndecided: number;
  @Field(() => Float, { nullable: true, description: 'EXCELLENT teams in percent of the graded teams, one decimal; null when none is graded' }) excellentTeamPercent: number | null;
  @Field(() => Float, { nullable: true, description: 'Teams needing rectification (AVERAGE or POOR) in percent of the graded teams, one decimal; null when none is graded' })
  rectificationTeamPercent: number | null;
  @Field(() => Float, { nullable: true, description: 'EXCELLENT cadres in percent of the graded cadres, one decimal; null when none is graded' }) excellentCadrePercent: number | null;
}

@ObjectType({ description: 'A distribution for one region or one organisation category' })
export class ResultsDistributionGroupView extends ResultsDistributionView {
  @Field(() => String, { description: 'The region’s organisation id (a direct child of the organisation reported on, or that organisation itself for its own), or the category' }) key: string;
  @Field(() => String, { nullable: true, description: 'The region’s name; null for a category (the web names it)' }) name: string | null;
}

@ObjectType({ description: 'A leadership team in the results report' })
export class ReportTeamView {
  @Field(() => ID, { description: 'Its annual assessment' }) assessmentId: string;
  @Field(() => ID, { description: 'The organisation' }) organisationId: string;
  @Field(() => String, { description: 'The organisation’s name' }) organisationName: string;
  @Field(() => OrganisationKindEnum, { description: 'What kind of body it is' }) kind: OrganisationKind;
  @Field(() => OrganisationCategoryEnum, { description: 'Its assessment category' }) category: OrganisationCategory;
  @Field(() => String, { nullable: true, description: 'The region (direct child of the organisation reported on) it lies in; null for that organisation’s own team' }) regionName: string | null;
  @Field(() => String, { description: 'The final grade' }) grade: string;
}

@ObjectType({ description: 'Teams of the report, the first 500 by organisation code, and how many there are' })
export class ReportTeamListView {
  @Field(() => [ReportTeamView], { description: 'At most 500 teams, by organisation code' }) nodes: ReportTeamView[];
  @Field(() => Int, { description: 'How many teams there are in all' }) totalCount: number;
}

@ObjectType({ description: 'The annual-bonus coefficient for staff of a unit whose leadership team has this grade' })
export class BonusCoefficientView {
  @Field(() => String, { description: 'The leadership team’s grade: EXCELLENT, GOOD, AVERAGE or POOR' }) grade: string;
  @Field(() => Float, { description: 'The coefficient (announcing.bonusCoefficientByTeamGrade of the cycle’s pinned rule set)' }) coefficient: number;
}

@ObjectType({ description: 'The results report of an annual cycle (结果通报): distribution by region and by category, excellent teams, teams needing rectification, regions with outstanding development' })
export class ResultsReportView {
  @Field(() => ID, { description: 'The cycle reported on' }) cycleId: string;
  @Field(() => ID, { description: 'The organisation reported on (its regions are its direct children)' }) organisationId: string;
  @Field(() => String, { description: 'Its name' }) organisationName: string;
  @Field(() => OrganisationCategoryEnum, { nullable: true, description: 'The category the report is limited to; null for all' }) category: OrganisationCategory | null;
  @Field(() => ResultsDistributionView, { description: 'All the organisations reported on together' }) total: ResultsDistributionView;
  @Field(() => [ResultsDistributionGroupView], { description: 'Per region: the organisation’s own and each direct child’s subtree, the organisation’s own first, then by organisation code' }) regions: ResultsDistributionGroupView[];
  @Field(() => [ResultsDistributionGroupView], { description: 'Per organisation category (分级分类) of the assessed organisations' }) categories: ResultsDistributionGroupView[];
  @Field(() => ReportTeamListView, { description: 'Leadership teams graded EXCELLENT' }) excellentTeams: ReportTeamListView;
  @Field(() => ReportTeamListView, { description: 'Leadership teams needing rectification: graded AVERAGE (一般) or POOR (较差)' }) rectificationTeams: ReportTeamListView;
  @Field(() => ReportTeamListView, { description: 'Regions (province, city, county) whose leadership team is EXCELLENT: outstanding development, for priority in projects and funding' })
  outstandingRegions: ReportTeamListView;
  @Field(() => [BonusCoefficientView], { description: 'The annual-bonus coefficients per team grade this cycle applies' }) bonusCoefficients: BonusCoefficientView[];
}

@ObjectType({ description: 'One entry of a commendation or criticism list' })
export class AnnouncementEntryView {
  @Field(() => ID, { description: 'The annual assessment the entry comes from' }) assessmentId: string;
  @Field(() => String, { description: 'The cadre, or the organisation of a leadership team' }) name: string;
  @Field(() => String, { description: 'The unit' }) organisationName: string;
  @Field(() => String, { nullable: true, description: 'The post when assessed; null for a team' }) post: string | null;
  @Field(() => String, { description: 'The final grade this year' }) grade: string;
  @Field(() => Int, { description: 'The first year that put the entry on the list: of a merit, the first of its consecutive EXCELLENT years; otherwise the cycle’s year' }) firstYear: number;
  @Field(() => Int, { description: 'The last year that put the entry on the list: the cycle’s year' }) lastYear: number;
}

@ObjectType({ description: 'A commendation or criticism list of a cycle: a draft from the results as they stand, or as issued with its number' })
export class AnnouncementListView {
  @Field(() => ID, { description: 'The cycle' }) cycleId: string;
  @Field(() => AnnouncementListKindEnum, { description: 'Which list' }) kind: AnnouncementListKind;
  @Field(() => String, { nullable: true, description: 'The 发文字号 it was issued under; null while a draft' }) number: string | null;
  @Field(() => String, { nullable: true, description: 'The Beijing day it was issued (YYYY-MM-DD); null while a draft' }) issuedOn: string | null;
  @Field(() => [AnnouncementEntryView], { description: 'Its first 500 entries inside your jurisdiction, by organisation code and personnel number (the PDF of an issued list prints them all)' }) entries: AnnouncementEntryView[];
  @Field(() => Int, { description: 'How many entries the list has inside your jurisdiction' }) entryCount: number;
}

@InputType({ description: 'Which list of which cycle to issue' })
export class IssueAnnouncementListInput {
  @Field(() => ID, { description: 'The annual cycle' }) cycleId: string;
  @Field(() => AnnouncementListKindEnum, { description: 'The list to issue' }) kind: AnnouncementListKind;
}
