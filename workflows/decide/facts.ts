import type { IsoDate } from '../cadre/status.js';
import type { GradeScaleId } from '../rules/grades.js';
import type { PenaltyKind } from '../rules/settings.js';

/**
 * What the gates of docs/domain.md §5 need to know about one cadre (or one
 * leadership team) for one assessment year. Every field is a fact the server
 * can read set-based (one query per kind of fact for a whole pool); nothing
 * here is a judgement: the gates make the judgement.
 */

/** The annual scales a decision is taken on (the regular scale is never an annual result). */
export type DecisionScale = Exclude<GradeScaleId, 'REGULAR'>;

/** Political-quality review (政治素质考核): 好 / 较好 / 一般 / 较差. */
export type PoliticalReview = 'GOOD' | 'FAIR' | 'AVERAGE' | 'POOR';

export interface PenaltyFact {
  kind: PenaltyKind;
  /** The year the penalty was decided: its effect reaches this year, or this and the next (matrix). */
  year: number;
  /** Exempted by a fault-tolerance decision (容错免责): never counts. */
  tolerated?: boolean;
  /** Replaced by a lighter penalty (mitigated): only the replacement counts. */
  replaced?: boolean;
  id?: string;
}

export interface NegativeFindingFact {
  /** A code of the configured negative list (gates.negativeList). */
  code: string;
  /** Found untrue and cleared (澄清正名): never counts. */
  cleared?: boolean;
  /** The incident was exempted as a tolerated error: never counts. */
  tolerated?: boolean;
  /** Where it came from, when a corroborating finding fed it: its source and document reference (督查 〔2026〕3号). */
  finding?: string;
}

/** A veto item (一票否决) a verified finding applies, its consultation answered "applies" or never asked. */
export interface VetoItemFact {
  item: string;
  effect: 'NO_EXCELLENT' | 'LOWEST_GRADE';
  /** The finding's source and document reference. */
  finding: string;
}

/** A consultation of the competent department on a veto item still waiting for its answer: no grade may be set meanwhile. */
export interface OpenConsultationFact {
  id: string;
  item: string;
  department: string;
  dueOn: IsoDate;
}

export interface AccusationFact {
  id?: string;
  /** The negative-list situation the accusation alleges, when it names one. */
  code?: string | null;
  /** Found untrue and cleared: never blocks EXCELLENT. An accusation still open or found true counts. */
  cleared: boolean;
}

/** A decided special assessment (专项考核) of the year whose rule is a GATE, with the rule it carries. */
export interface SpecialGateFact {
  /** The special cycle (one task). */
  cycleId: string;
  /** The task it assessed. */
  task: string;
  /** Its result on the regular scale (好 / 较好 / 一般 / 较差). */
  grade: string;
  /** The rule bites at or below this grade. */
  threshold: string;
  /** What it does then: no EXCELLENT, or one level below the score's grade. */
  effect: 'NO_EXCELLENT' | 'ONE_LEVEL_DOWN';
}

export interface GradeFacts {
  /** The assessment year the facts are about. */
  year: number;
  /** The composite score (0–100), or null when nothing was scored: "the grade it would otherwise be". */
  score: number | null;
  /** 政治一票否决. */
  politicalVeto: boolean;
  politicalVetoRecordedOn?: IsoDate | null;
  /** Refused to take part after persuasion (拒不参加考核): the lowest grade. */
  refusedToTakePart?: boolean;
  politicalReview: PoliticalReview | null;
  penalties: readonly PenaltyFact[];
  /** 立案审查未结案 on the day the decision is taken. */
  investigationOpen: boolean;
  investigationOpenedOn?: IsoDate | null;
  /** 试用期. */
  probation: boolean;
  /** Days of sick or personal leave inside the year, overlapping periods counted once (`leaveDaysWithin`). */
  leaveDays: number;
  negativeFindings: readonly NegativeFindingFact[];
  accusations: readonly AccusationFact[];
  /** Average regular (平时) score of the year, or null when there is none. */
  regularScore: number | null;
  /** Regular assessments of the year graded AVERAGE or POOR. */
  poorQuarters: number;
  /** Teams: the unit's high-quality development score; null when missing (never "outstanding"). */
  developmentScore: number | null;
  /** Veto items applied by verified corroborating findings (none when absent). */
  vetoItems?: readonly VetoItemFact[];
  /** Consultations on veto items still open (none when absent). */
  openConsultations?: readonly OpenConsultationFact[];
  /** Decided special assessments of the year whose GATE rule bites (their grade at or below the threshold). */
  specialGates?: readonly SpecialGateFact[];
  /** Term assessments: the years of the term graded INCOMPETENT (a team: POOR), read from decided annual results. */
  termFailedYears?: readonly number[];
  /** The business assessments (业务考核, mode GATE) of the cycle the unit failed, by name, in the results in force. */
  businessGateFailures?: readonly string[];
}

/** A fact value as a refusal carries it: plain JSON, ready for an error's extensions. */
export type FactValue = string | number | boolean | null | readonly FactValue[] | { readonly [key: string]: FactValue };
export type Facts = { readonly [key: string]: FactValue };

/** Facts of a clean record: the starting point of fixtures and of imports that know nothing against the person. */
export function cleanFacts(year: number, patch: Partial<GradeFacts> = {}): GradeFacts {
  return {
    year,
    score: null,
    politicalVeto: false,
    politicalReview: null,
    penalties: [],
    investigationOpen: false,
    probation: false,
    leaveDays: 0,
    negativeFindings: [],
    accusations: [],
    regularScore: null,
    poorQuarters: 0,
    developmentScore: null,
    ...patch,
  };
}
