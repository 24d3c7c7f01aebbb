import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RankLevelEnum, RANK_LEVELS, type RankLevel } from '../cadres/cadre.entity.js';
import { PromotionBlockerView } from '../cases/penalties/penalty.types.js';
import { enumObject } from '../common/enum.js';
import { Connection, PageArgs } from '../common/pagination.js';

export const PROMOTION_KINDS = ['PROMOTED', 'FURTHER_USED'] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];
export const PromotionKindEnum = enumObject(PROMOTION_KINDS);
registerEnumType(PromotionKindEnum, {
  name: 'PromotionKind',
  description: 'How a cadre was used: promoted (晋升) or further used (进一步使用, e.g. a more important post at the same level)',
  valuesConfig: {
    PROMOTED: { description: 'Promoted to a higher post or rank level (晋升)' },
    FURTHER_USED: { description: 'Further used (进一步使用): moved to a more important post' },
  },
});

/** The annual grades a search may ask the latest result to reach. */
export const SEARCH_GRADES = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT'] as const;
export const SearchGradeEnum = enumObject(SEARCH_GRADES);
registerEnumType(SearchGradeEnum, {
  name: 'SearchGrade',
  description: 'A grade the latest annual result must reach (the public-institution scale counts its grade at the same place: 合格 as 称职)',
  valuesConfig: {
    EXCELLENT: { description: 'EXCELLENT (优秀)' },
    COMPETENT: { description: 'COMPETENT (称职) or better' },
    BASICALLY_COMPETENT: { description: 'BASICALLY_COMPETENT (基本称职) or better' },
  },
});

@ObjectType({ description: 'One year of a cadre’s annual results as the selection team reads it: the latest version of the decided result' })
export class SelectionYear {
  @Field(() => Int, { description: 'The assessment year' }) year: number;
  @Field(() => String, { description: 'The final grade (the latest version after any review, appeal or correction), UNGRADED or COMMENT_ONLY' }) grade: string;
  @Field(() => Int, { description: 'How many versions the result has: 1 as decided, more after corrections' }) versions: number;
  @Field(() => String, { description: 'The unit the year was assessed in' }) organisationName: string;
  @Field(() => String, { nullable: true, description: 'The post held when enrolled for the year' }) postTitle: string | null;
  @Field(() => Float, { nullable: true, description: 'The grading engine’s composite score of the year (画像), when it ran' }) score: number | null;
}

@ObjectType({ description: 'Counters of the annual results, taken as of a year' })
export class SelectionCountersView {
  @Field(() => Int, { description: 'The year the counters are taken at (the last three years are asOfYear-2 … asOfYear)' }) asOfYear: number;
  @Field(() => Int, { description: 'EXCELLENT years among the last 3' }) excellentLast3: number;
  @Field(() => Int, { description: 'EXCELLENT years among the last 5' }) excellentLast5: number;
  @Field(() => Int, { description: 'EXCELLENT years running back from asOfYear; a year without a result breaks the run' }) consecutiveExcellent: number;
  @Field(() => Int, { description: 'BASICALLY_COMPETENT (基本称职, 基本合格) years among the last 5' }) basicallyCompetentLast5: number;
  @Field(() => Int, { description: 'INCOMPETENT (不称职, 不合格) years among the last 5' }) incompetentLast5: number;
  @Field(() => String, { nullable: true, description: 'The latest annual result up to asOfYear; null when there is none' }) latestGrade: string | null;
  @Field(() => Int, { nullable: true, description: 'The year of that result' }) latestYear: number | null;
}

@ObjectType({ description: 'The regular assessments (平时考核) of the last three years, counted by grade' })
export class RegularSummaryView {
  @Field(() => Int, { description: 'First year counted' }) fromYear: number;
  @Field(() => Int, { description: 'Last year counted' }) toYear: number;
  @Field(() => Int, { description: 'Regular assessments with a result' }) assessed: number;
  @Field(() => Int, { description: 'Graded GOOD (好)' }) good: number;
  @Field(() => Int, { description: 'Graded FAIR (较好)' }) fair: number;
  @Field(() => Int, { description: 'Graded AVERAGE (一般)' }) average: number;
  @Field(() => Int, { description: 'Graded POOR (较差)' }) poor: number;
}

@ObjectType({ description: 'A promotion or further use of a cadre on a day' })
export class PromotionView {
  @Field(() => ID, { description: 'The record id' }) id: string;
  @Field(() => ID, { description: 'The cadre' }) cadreId: string;
  @Field(() => String, { description: 'The cadre’s name' }) cadreName: string;
  @Field(() => PromotionKindEnum, { description: 'Promoted or further used' }) kind: PromotionKind;
  @Field(() => String, { description: 'The day, YYYY-MM-DD (Beijing)' }) promotedOn: string;
  @Field(() => String, { description: 'The unit the cadre served in when recorded' }) organisationName: string;
  @Field(() => String, { nullable: true, description: 'The new post, when given' }) post: string | null;
  @Field(() => String, { nullable: true, description: 'A note, e.g. the appointment document' }) note: string | null;
  @Field(() => Boolean, { description: 'Whether the annual grades of the three years before the promotion’s year include an EXCELLENT' }) excellentBefore: boolean;
}

@ObjectType({ description: '选任参考: a cadre’s record as the selection team needs it — the years’ grades, counters, blockers, profile highlights and promotions' })
export class SelectionRecord {
  @Field(() => ID, { description: 'The cadre' }) cadreId: string;
  @Field(() => String, { description: 'Full name' }) name: string;
  @Field(() => String, { description: 'Personnel-file number' }) personNo: string;
  @Field(() => ID, { description: 'The unit the cadre serves in' }) organisationId: string;
  @Field(() => String, { description: 'Its name' }) organisationName: string;
  @Field(() => String, { description: 'Post held' }) post: string;
  @Field(() => RankLevelEnum, { description: 'Rank level' }) rankLevel: RankLevel;
  @Field(() => String, { nullable: true, description: 'Date of birth, YYYY-MM-DD' }) birthDate: string | null;
  @Field(() => String, { nullable: true, description: 'When the cadre took up the current post' }) tookPostOn: string | null;
  @Field(() => [SelectionYear], { description: 'Annual results by year, newest first (at most the last 10)' }) years: SelectionYear[];
  @Field(() => SelectionCountersView, { description: 'Counters of the annual results' }) counters: SelectionCountersView;
  @Field(() => RegularSummaryView, { description: 'Regular assessments of the last three years' }) regular: RegularSummaryView;
  @Field(() => Boolean, { description: 'Whether anything blocks a promotion today' }) blocked: boolean;
  @Field(() => [PromotionBlockerView], { description: 'What blocks a promotion today: sanction periods in force, open investigations, substantiated accusations' }) blockers: PromotionBlockerView[];
  @Field(() => Float, { nullable: true, description: 'Profile highlight: the composite score of the latest scored year' }) latestScore: number | null;
  @Field(() => Int, { nullable: true, description: 'The year of that score' }) latestScoreYear: number | null;
  @Field(() => [PromotionView], { description: 'Promotions and further uses recorded, newest first' }) promotions: PromotionView[];
}

@ObjectType({ description: 'A cadre found by a candidate search, with the figures it is ranked by' })
export class CandidateHit {
  @Field(() => Int, { description: 'Place in the ranking, from 1' }) place: number;
  @Field(() => ID, { description: 'The cadre' }) cadreId: string;
  @Field(() => String, { description: 'Full name' }) name: string;
  @Field(() => String, { description: 'Personnel-file number' }) personNo: string;
  @Field(() => String, { description: 'The unit the cadre serves in' }) organisationName: string;
  @Field(() => String, { description: 'Post held' }) post: string;
  @Field(() => RankLevelEnum, { description: 'Rank level' }) rankLevel: RankLevel;
  @Field(() => SelectionCountersView, { description: 'Counters of the annual results' }) counters: SelectionCountersView;
  @Field(() => Boolean, { description: 'Whether anything blocks a promotion today' }) blocked: boolean;
}
export const CandidateHitConnection = Connection(CandidateHit, 'CandidateHit');

@InputType({ description: 'What a candidate search asks of the cadres: where they serve, their rank level and their results' })
export class CandidateSearchInput {
  @Field(() => ID, { nullable: true, description: 'Cadres serving in this organisation and its subtree; the whole jurisdiction when omitted' })
  @IsOptional() @IsUUID() organisationId?: string | null;

  @Field(() => [RankLevelEnum], { nullable: true, description: 'Only these rank levels' })
  @IsOptional() @ArrayMaxSize(RANK_LEVELS.length) @IsIn([...RANK_LEVELS], { each: true }) rankLevels?: RankLevel[] | null;

  @Field(() => Int, { nullable: true, description: 'At least this many EXCELLENT years among the last `inLastYears`' })
  @IsOptional() @IsInt() @Min(0) @Max(5) minExcellent?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 3, description: 'The window of minExcellent: 3 or 5 years up to asOfYear' })
  @IsOptional() @IsIn([3, 5]) inLastYears?: number | null;

  @Field(() => SearchGradeEnum, { nullable: true, description: 'The latest annual result reaches at least this grade' })
  @IsOptional() @IsIn([...SEARCH_GRADES]) lastGradeAtLeast?: (typeof SEARCH_GRADES)[number] | null;

  @Field(() => Boolean, { nullable: true, description: 'Leave out cadres whom something blocks from promotion today' })
  @IsOptional() noBlockers?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'The year the counters are taken at; the last finished year (this Beijing year - 1) when omitted' })
  @IsOptional() @IsInt() @Min(2000) @Max(2100) asOfYear?: number | null;
}

@ArgsType()
export class CandidateSearchArgs extends PageArgs {
  @Field(() => CandidateSearchInput, { description: 'The filters' }) input: CandidateSearchInput;
}

@ObjectType({ description: 'A named list of candidate cadres (e.g. for a vacancy), inside its organisation’s jurisdiction' })
export class CandidateList {
  @Field(() => ID, { description: 'The list id' }) id: string;
  @Field(() => String, { description: 'Its name' }) name: string;
  @Field(() => String, { nullable: true, description: 'What it is for, e.g. the vacancy' }) purpose: string | null;
  @Field(() => ID, { description: 'The organisation whose cadres it may hold' }) organisationId: string;
  @Field(() => String, { description: 'Its name' }) organisationName: string;
  @Field(() => Date, { description: 'When it was created' }) createdAt: Date;
  @Field(() => Int, { description: 'How many candidates it holds' }) memberCount: number;
  @Field(() => Int, { description: 'Increments on every change' }) version: number;
}
export const CandidateListConnection = Connection(CandidateList, 'CandidateList');

@ObjectType({ description: 'A candidate list with each candidate’s selection record, in list order' })
export class CandidateListDetail extends CandidateList {
  @Field(() => [SelectionRecord], { description: 'The candidates, in the order they were added (at most 100)' }) members: SelectionRecord[];
}

@InputType({ description: 'A new candidate list' })
export class CreateCandidateListInput {
  @Field(() => String, { description: 'Its name, 1 to 100 characters' }) @MinLength(1) @MaxLength(100) name: string;
  @Field(() => String, { nullable: true, description: 'What it is for, up to 500 characters' }) @IsOptional() @MaxLength(500) purpose?: string | null;
  @Field(() => ID, { description: 'The organisation whose cadres it may hold (inside your jurisdiction)' }) @IsUUID() organisationId: string;
}

@InputType({ description: 'Cadres added to and removed from a candidate list' })
export class ChangeCandidateListInput {
  @Field(() => ID, { description: 'The list' }) @IsUUID() listId: string;
  @Field(() => Int, { description: 'The version you saw' }) @IsInt() expectedVersion: number;
  @Field(() => [ID], { defaultValue: [], description: 'Cadres to add at the end (serving in the list’s organisation or below)' })
  @ArrayMaxSize(100) @IsUUID('all', { each: true }) add: string[];
  @Field(() => [ID], { defaultValue: [], description: 'Cadres to remove' })
  @ArrayMaxSize(100) @IsUUID('all', { each: true }) remove: string[];
}

@InputType({ description: 'A promotion or further use of a cadre' })
export class RecordPromotionInput {
  @Field(() => ID, { description: 'The cadre' }) @IsUUID() cadreId: string;
  @Field(() => PromotionKindEnum, { description: 'Promoted or further used' }) @IsIn([...PROMOTION_KINDS]) kind: PromotionKind;
  @Field(() => String, { description: 'The day, YYYY-MM-DD; not in the future' }) @Matches(/^\d{4}-\d{2}-\d{2}$/) promotedOn: string;
  @Field(() => String, { nullable: true, description: 'The new post, up to 100 characters' }) @IsOptional() @MaxLength(100) post?: string | null;
  @Field(() => String, { nullable: true, description: 'A note, e.g. the appointment document, up to 500 characters' }) @IsOptional() @MaxLength(500) note?: string | null;
}

@ArgsType()
export class PromotionArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Promotions of cadres serving in this organisation and its subtree when recorded' })
  @IsOptional() @IsUUID() organisationId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Only this year' }) @IsOptional() @IsInt() @Min(2000) @Max(2100) year?: number | null;
}
export const PromotionConnection = Connection(PromotionView, 'Promotion');

@ObjectType({ description: 'Of the cadres promoted or further used in a year, how many had at least one EXCELLENT in the three annual results before it' })
export class PromotionExcellentShare {
  @Field(() => Int, { description: 'The year of the promotions' }) year: number;
  @Field(() => ID, { description: 'The jurisdiction counted' }) organisationId: string;
  @Field(() => String, { description: 'Its name' }) organisationName: string;
  @Field(() => Int, { description: 'Cadres promoted or further used that year (a cadre counted once)' }) promoted: number;
  @Field(() => Int, { description: 'Of them, those with an EXCELLENT among the annual results of year-3 … year-1' }) withExcellent: number;
  @Field(() => Float, { nullable: true, description: 'The share withExcellent / promoted in percent, one decimal; null when nobody was promoted' }) share: number | null;
}

@ArgsType()
export class PromotionShareArgs {
  @Field(() => ID, { nullable: true, description: 'The jurisdiction; your own when omitted' }) @IsOptional() @IsUUID() organisationId?: string | null;
  @Field(() => Int, { description: 'First year' }) @IsInt() @Min(2000) @Max(2100) fromYear: number;
  @Field(() => Int, { description: 'Last year, at most 20 years after fromYear' }) @IsInt() @Min(2000) @Max(2100) toYear: number;
}
