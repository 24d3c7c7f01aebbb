/**
 * Every figure of docs/domain.md §3–7 as a setting with its default.
 *
 * A jurisdiction publishes rule-set versions, each effective from a date; what
 * it does not set it inherits from the nearest ancestor jurisdiction and in the
 * end from these national defaults. A cycle pins the version it started with.
 *
 * Tags follow the marks of docs/domain.md: [N] national, [N~] national
 * (wording unchecked), [L] local practice, [S] a figure from the source texts
 * (the 2020 notice, a province's published practice).
 */

import { CORROBORATION_DEFAULT, corroborationErrors, type CorroborationSettings } from './corroboration.js';
import { COMMITTEE_APPROVED_KINDS_DEFAULT, OUTCOME_KINDS, type OutcomeKind } from '../outcomes/kinds.js';

export const RATER_GROUPS = ['SUPERIOR', 'PEER', 'SUBORDINATE', 'SERVICE_RECIPIENT'] as const;
export type RaterGroup = (typeof RATER_GROUPS)[number];

export const PENALTY_KINDS = [
  'PARTY_WARNING',
  'GOVERNMENT_WARNING',
  'ADMONISHMENT',
  'REASSIGNMENT',
  'SERIOUS_PARTY_WARNING',
  'DEMERIT',
  'ORDERED_RESIGNATION',
  'REMOVAL',
  'DEMOTION',
  'MAJOR_DEMERIT',
  'DOWNGRADE',
  'DISMISSAL_FROM_POST',
  'REMOVAL_FROM_PARTY_POST',
  'PARTY_PROBATION',
  'EXPULSION',
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

/** What a penalty does to the annual grade, lightest first: heaviest effect wins. */
export const PENALTY_EFFECTS = ['NO_EXCELLENT', 'UNGRADED_THIS_YEAR', 'UNGRADED_THIS_AND_NEXT_YEAR', 'INCOMPETENT'] as const;
export type PenaltyEffect = (typeof PENALTY_EFFECTS)[number];

export interface RuleSettings {
  scoring: {
    /** [S] City teams: high-quality development share of the performance score, within [min, max]. */
    cityHighQualityDevelopmentPercent: { min: number; max: number; default: number };
    /** [S] County teams: rural revitalisation + county strength together. */
    countyRuralRevitalisationAndStrengthPercent: number;
    /** [S] Public-opinion survey share of a team's annual score. */
    publicSurveyPercent: number;
    /** [L] Service departments: share of their 好差评 rating score in the survey component (the rest is the published surveys' score). Absent in older rule sets: 20. */
    serviceRatingSharePercent?: number;
    /** [S] Regular-assessment share of the annual score (some places ≥ 40). */
    regularAssessmentPercent: number;
    /** [S] Individual cadre: work results vs abilities. */
    cadreWorkResultsPercent: number;
    cadreAbilitiesPercent: number;
    /** [L] A regular result graded without a score counts as this score in the annual's regular component (好 / 较好 / 一般 / 较差). */
    regularGradeScores: { GOOD: number; FAIR: number; AVERAGE: number; POOR: number };
    /** [L] The most points special assessments may add to an annual composite in one year, all bonuses together. */
    specialBonusMaxPoints: number;
    /** [L] The most points special assessments may take off an annual composite in one year, all deductions together. */
    specialDeductionMaxPoints: number;
    /** [L] Term assessments: the term targets' share of the term score; the years' annual grades weigh the rest. */
    termTargetsPercent: number;
    /** [L] Term assessments: the score each annual grade of the term counts as. */
    termYearGradeScores: { EXCELLENT: number; COMPETENT: number; BASICALLY_COMPETENT: number; INCOMPETENT: number };
    /** [N] GDP may not be the main indicator; in restricted-development zones its weight is 0. */
    gdpMayBeMainIndicator: boolean;
    gdpWeightInRestrictedZones: number;
  };
  democraticEvaluation: {
    raterGroupWeights: Record<RaterGroup, number>;
    /** Ballots returned / invited, in percent, below which the evaluation is not valid. */
    minimumTurnoutPercent: number;
    /** A rater group with fewer ballots than this is never shown on its own. */
    anonymityMinimumRaters: number;
    /** Drop the highest and lowest score in each group before averaging. */
    trimExtremes: boolean;
    /** [L] excellent + competent share below this → admonishment or adjustment considered. */
    admonishmentFlagBelowPercent: number;
    /** [L] incompetent share above this → removal or demotion considered. */
    removalFlagAbovePercent: number;
  };
  gates: {
    /** [N~] At most this share of those graded in a unit may be EXCELLENT (rounded half up). */
    excellentQuotaPercent: number;
    /** [N~] …raisable to this only with a recorded approval. */
    excellentQuotaRaisedPercent: number;
    /** [L] Quotas per rank level are not shifted between levels. */
    quotaPerRankLevel: boolean;
    /** [S] A regular-assessment score below this bars EXCELLENT. */
    regularScoreExcellentMinimum: number;
    /** Quarters graded AVERAGE or POOR in the year at or above which EXCELLENT is barred. */
    poorQuartersBarExcellent: number;
    /** [S] Political-quality review not 好 → no EXCELLENT; 一般/较差 → one level down. */
    politicalReviewBarsExcellentBelowGood: boolean;
    politicalReviewLowersOneLevel: boolean;
    /** [N] The 7 situations of the 条例 that bar EXCELLENT, as a configurable checklist. */
    negativeList: Array<{ code: string; label: string }>;
    /** [N] Penalty matrix: heaviest effect wins. */
    penaltyEffects: Record<PenaltyKind, PenaltyEffect>;
    /** [N~] Sick or personal leave beyond this many months in the year → UNGRADED. */
    longLeaveMonths: number;
    /** [S] Team EXCELLENT only from units with outstanding high-quality development results. */
    teamExcellentNeedsOutstandingDevelopment: boolean;
    /**
     * [S] The members' excellent quota tilts toward teams graded well (the 2020 notice): the
     * share of a unit's members that may be EXCELLENT, by the grade of the unit's
     * leadership team. Never above the raised quota.
     */
    membersExcellentPercentByTeamGrade: { EXCELLENT: number; GOOD: number; AVERAGE: number; POOR: number };
  };
  grading: {
    /** Composite score at or above which each grade is proposed, best first (below the last: the lowest grade). */
    cadreBands: { EXCELLENT: number; COMPETENT: number; BASICALLY_COMPETENT: number };
    teamBands: { EXCELLENT: number; GOOD: number; AVERAGE: number };
    /** A leadership team's high-quality development score at or above this is "outstanding" (needed for team EXCELLENT). */
    outstandingDevelopmentScore: number;
  };
  notice: {
    /** [N] Public notice of EXCELLENT proposals lasts at least this many Chinese working days. */
    publicNoticeWorkingDays: number;
    /** [L] No confirmation while an objection is open. */
    blockDecisionWhileObjectionOpen: boolean;
  };
  appeals: {
    /** [N] 公务员法 Arts. 95–96. */
    reviewRequestDays: number;
    reviewDecisionDays: number;
    appealAfterReviewDays: number;
    directAppealDays: number;
    appealDecisionDays: number;
    appealExtensionDays: number;
    /** The statute names INCOMPETENT; whether BASICALLY_COMPETENT may be reviewed is local. */
    basicallyCompetentReviewable: boolean;
    /** The role that decides appeals (the civil-service authority at the same level): ORG_ADMIN, COMMITTEE or HR. */
    appealDecidedBy: string;
  };
  results: {
    excellentCommendation: boolean;
    excellentRankReductionMonths: number;
    meritConsecutiveExcellentYears: number;
    salaryStepCumulativeYears: number;
    salaryLevelCumulativeYears: number;
    /** [N~] leading cadre BASICALLY_COMPETENT this many years running → organisational adjustment. */
    basicallyCompetentAdjustmentConsecutiveYears: number;
    incompetentDismissalConsecutiveYears: number;
    /** [L] team AVERAGE this many years running (or POOR once) → admonishment talk etc. */
    teamAverageConsecutiveYears: number;
    improvementDeadlineDays: number;
  };
  /**
   * Results application as tracked tasks (docs/domain.md §6). The thresholds that
   * justify an outcome (3 consecutive EXCELLENT, 2 / 5 cumulative years…) are
   * in `results`; here: what `results` does not say.
   */
  outcomes: {
    /** [L] A team graded POOR this many years running (default: once) → admonishment talk, self-examination, rectification, adjustment. */
    teamPoorConsecutiveYears: number;
    /** Outcomes the party committee approves (组织处理, 辞退); the organisation department approves the others. */
    committeeApprovedKinds: OutcomeKind[];
    /** Days to approve a proposed outcome before it is flagged overdue. */
    approvalDays: number;
    /** Days to carry out an approved outcome (except those with their own deadline: improvement, rectification). */
    carryOutDays: number;
    /** [L] Days a team has for rectification (限期整改). */
    rectificationDays: number;
    /** Days to enrol the person in remedial training, and to complete it once enrolled. */
    trainingEnrolmentDays: number;
    trainingCompletionDays: number;
    /** Reminders go out this many days before a task's deadline, once a day. */
    reminderLeadDays: number;
  };
  penaltyPeriods: {
    /** Months a penalty's effects last (warning 6, demerit 12, major demerit 18, downgrade or dismissal 24). */
    warningMonths: number;
    demeritMonths: number;
    majorDemeritMonths: number;
    downgradeOrDismissalMonths: number;
  };
  cycle: {
    /** [L] Regular assessment frequency. */
    regularFrequency: 'QUARTERLY' | 'MONTHLY' | 'HALF_YEARLY';
    /** [S] Gansu: annual assessment finished by the end of March of the next year. */
    annualFinishByMonthDay: string;
    selfReportDays: number;
    evaluationDays: number;
    committeeReviewDays: number;
  };
  faultTolerance: {
    acceptanceDays: number;
    investigationDays: number;
    decisionDays: number;
    feedbackDays: number;
    /** Days to file the decision with the organisation department. */
    filingDays: number;
    /** Days within which the correction (纠错) is to be verified. */
    correctionVerificationDays: number;
    /** [L] The same mistake repeated is not tolerated. */
    repeatedMistakeNotTolerated: boolean;
  };
  /** Findings of supervision, inspection tours, audit, petitions and discipline, and consultations on veto items (workflows/rules/corroboration.ts). */
  corroboration: CorroborationSettings;
  /** Announcing and using a cycle's results (docs/domain.md §6a). */
  announcing: {
    /**
     * [S] 年度考核奖: the bonus coefficient of a unit's staff by the grade of the unit's
     * leadership team (0 to 3). Only staff graded COMPETENT (合格) or better get it.
     */
    bonusCoefficientByTeamGrade: { EXCELLENT: number; GOOD: number; AVERAGE: number; POOR: number };
    /** [L] 通报批评 also names teams graded AVERAGE (一般), not only POOR (较差). */
    criticiseAverageTeams: boolean;
  };
}

export const NEGATIVE_LIST_DEFAULT: RuleSettings['gates']['negativeList'] = [
  { code: 'POLITICAL_STANDARD', label: '政治立场不坚定、贯彻党中央决策部署不力' },
  { code: 'MAJOR_MISTAKE', label: '因工作失职失责造成重大损失或恶劣影响' },
  { code: 'INTEGRITY', label: '违反廉洁自律规定受到组织处理' },
  { code: 'FORMALISM', label: '形式主义、官僚主义问题突出' },
  { code: 'TEAM_UNITY', label: '领导班子不团结、内耗严重' },
  { code: 'SAFETY_ACCIDENT', label: '发生重大安全生产、生态环境、群体性事件等问题负有责任' },
  { code: 'INSPECTION_FINDINGS', label: '巡视巡察、审计等发现问题整改不力' },
];

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  scoring: {
    cityHighQualityDevelopmentPercent: { min: 55, max: 70, default: 60 },
    countyRuralRevitalisationAndStrengthPercent: 60,
    publicSurveyPercent: 5,
    serviceRatingSharePercent: 20,
    regularAssessmentPercent: 30,
    cadreWorkResultsPercent: 70,
    cadreAbilitiesPercent: 30,
    regularGradeScores: { GOOD: 95, FAIR: 85, AVERAGE: 70, POOR: 50 },
    specialBonusMaxPoints: 5,
    specialDeductionMaxPoints: 10,
    termTargetsPercent: 50,
    termYearGradeScores: { EXCELLENT: 95, COMPETENT: 85, BASICALLY_COMPETENT: 70, INCOMPETENT: 50 },
    gdpMayBeMainIndicator: false,
    gdpWeightInRestrictedZones: 0,
  },
  democraticEvaluation: {
    raterGroupWeights: { SUPERIOR: 30, PEER: 30, SUBORDINATE: 30, SERVICE_RECIPIENT: 10 },
    minimumTurnoutPercent: 80,
    anonymityMinimumRaters: 5,
    trimExtremes: false,
    admonishmentFlagBelowPercent: (2 / 3) * 100,
    removalFlagAbovePercent: (1 / 3) * 100,
  },
  gates: {
    excellentQuotaPercent: 20,
    excellentQuotaRaisedPercent: 25,
    quotaPerRankLevel: true,
    regularScoreExcellentMinimum: 90,
    poorQuartersBarExcellent: 2,
    politicalReviewBarsExcellentBelowGood: true,
    politicalReviewLowersOneLevel: true,
    negativeList: NEGATIVE_LIST_DEFAULT,
    penaltyEffects: {
      PARTY_WARNING: 'NO_EXCELLENT',
      GOVERNMENT_WARNING: 'NO_EXCELLENT',
      ADMONISHMENT: 'NO_EXCELLENT',
      REASSIGNMENT: 'NO_EXCELLENT',
      SERIOUS_PARTY_WARNING: 'UNGRADED_THIS_YEAR',
      DEMERIT: 'UNGRADED_THIS_YEAR',
      ORDERED_RESIGNATION: 'UNGRADED_THIS_YEAR',
      REMOVAL: 'UNGRADED_THIS_YEAR',
      DEMOTION: 'UNGRADED_THIS_YEAR',
      MAJOR_DEMERIT: 'UNGRADED_THIS_AND_NEXT_YEAR',
      DOWNGRADE: 'UNGRADED_THIS_AND_NEXT_YEAR',
      DISMISSAL_FROM_POST: 'UNGRADED_THIS_AND_NEXT_YEAR',
      REMOVAL_FROM_PARTY_POST: 'INCOMPETENT',
      PARTY_PROBATION: 'INCOMPETENT',
      EXPULSION: 'INCOMPETENT',
    },
    longLeaveMonths: 6,
    teamExcellentNeedsOutstandingDevelopment: true,
    membersExcellentPercentByTeamGrade: { EXCELLENT: 25, GOOD: 20, AVERAGE: 20, POOR: 20 },
  },
  grading: {
    cadreBands: { EXCELLENT: 90, COMPETENT: 75, BASICALLY_COMPETENT: 60 },
    teamBands: { EXCELLENT: 90, GOOD: 75, AVERAGE: 60 },
    outstandingDevelopmentScore: 90,
  },
  notice: {
    publicNoticeWorkingDays: 5,
    blockDecisionWhileObjectionOpen: true,
  },
  appeals: {
    reviewRequestDays: 30,
    reviewDecisionDays: 30,
    appealAfterReviewDays: 15,
    directAppealDays: 30,
    appealDecisionDays: 60,
    appealExtensionDays: 30,
    basicallyCompetentReviewable: false,
    appealDecidedBy: 'ORG_ADMIN',
  },
  results: {
    excellentCommendation: true,
    excellentRankReductionMonths: 6,
    meritConsecutiveExcellentYears: 3,
    salaryStepCumulativeYears: 2,
    salaryLevelCumulativeYears: 5,
    basicallyCompetentAdjustmentConsecutiveYears: 2,
    incompetentDismissalConsecutiveYears: 2,
    teamAverageConsecutiveYears: 2,
    improvementDeadlineDays: 90,
  },
  outcomes: {
    teamPoorConsecutiveYears: 1,
    committeeApprovedKinds: COMMITTEE_APPROVED_KINDS_DEFAULT,
    approvalDays: 30,
    carryOutDays: 60,
    rectificationDays: 90,
    trainingEnrolmentDays: 30,
    trainingCompletionDays: 90,
    reminderLeadDays: 3,
  },
  penaltyPeriods: {
    warningMonths: 6,
    demeritMonths: 12,
    majorDemeritMonths: 18,
    downgradeOrDismissalMonths: 24,
  },
  cycle: {
    regularFrequency: 'QUARTERLY',
    annualFinishByMonthDay: '03-31',
    selfReportDays: 15,
    evaluationDays: 20,
    committeeReviewDays: 15,
  },
  faultTolerance: {
    acceptanceDays: 5,
    investigationDays: 30,
    decisionDays: 15,
    feedbackDays: 5,
    filingDays: 10,
    correctionVerificationDays: 90,
    repeatedMistakeNotTolerated: true,
  },
  corroboration: CORROBORATION_DEFAULT,
  announcing: {
    bonusCoefficientByTeamGrade: { EXCELLENT: 1.2, GOOD: 1.0, AVERAGE: 0.9, POOR: 0.8 },
    criticiseAverageTeams: false,
  },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Lays `patch` over `base`. Keys the base does not know are kept so that the
 * validator can name them; plain objects merge, everything else replaces.
 */
export function mergeSettings(base: RuleSettings, patch: unknown): unknown {
  const merge = (a: unknown, b: unknown): unknown => {
    if (b === undefined) return a;
    if (isPlainObject(a) && isPlainObject(b)) {
      const out: Record<string, unknown> = { ...a };
      for (const [key, value] of Object.entries(b)) out[key] = merge(a[key], value);
      return out;
    }
    return b;
  };
  return merge(base, patch);
}

export interface SettingsError {
  /** Dotted path of the setting, e.g. `gates.excellentQuotaPercent`. */
  field: string;
  message: string;
}

/**
 * Checks a complete settings object against the shape of the defaults and the
 * rules that tie figures together. Returns every problem, each naming its field.
 */
export function validateSettings(candidate: unknown): { ok: true; settings: RuleSettings } | { ok: false; errors: SettingsError[] } {
  const errors: SettingsError[] = [];
  checkShape(DEFAULT_RULE_SETTINGS, candidate, '', errors);
  if (errors.length > 0) return { ok: false, errors };
  const s = candidate as RuleSettings;
  const percent = (field: string, value: number) => {
    if (value < 0 || value > 100) errors.push({ field, message: 'must be between 0 and 100' });
  };
  const positiveInt = (field: string, value: number) => {
    if (!Number.isInteger(value) || value < 1) errors.push({ field, message: 'must be a whole number of at least 1' });
  };

  const hqd = s.scoring.cityHighQualityDevelopmentPercent;
  for (const k of ['min', 'max', 'default'] as const) percent(`scoring.cityHighQualityDevelopmentPercent.${k}`, hqd[k]);
  if (hqd.min > hqd.max) errors.push({ field: 'scoring.cityHighQualityDevelopmentPercent.min', message: 'must not exceed max' });
  if (hqd.default < hqd.min || hqd.default > hqd.max)
    errors.push({ field: 'scoring.cityHighQualityDevelopmentPercent.default', message: 'must lie between min and max' });
  percent('scoring.countyRuralRevitalisationAndStrengthPercent', s.scoring.countyRuralRevitalisationAndStrengthPercent);
  percent('scoring.publicSurveyPercent', s.scoring.publicSurveyPercent);
  if (s.scoring.serviceRatingSharePercent !== undefined) percent('scoring.serviceRatingSharePercent', s.scoring.serviceRatingSharePercent);
  percent('scoring.regularAssessmentPercent', s.scoring.regularAssessmentPercent);
  if (s.scoring.cadreWorkResultsPercent + s.scoring.cadreAbilitiesPercent !== 100)
    errors.push({ field: 'scoring.cadreAbilitiesPercent', message: 'work results and abilities must sum to 100' });
  for (const [grade, value] of Object.entries(s.scoring.regularGradeScores)) percent(`scoring.regularGradeScores.${grade}`, value);
  for (const [grade, value] of Object.entries(s.scoring.termYearGradeScores)) percent(`scoring.termYearGradeScores.${grade}`, value);
  percent('scoring.specialBonusMaxPoints', s.scoring.specialBonusMaxPoints);
  percent('scoring.specialDeductionMaxPoints', s.scoring.specialDeductionMaxPoints);
  percent('scoring.termTargetsPercent', s.scoring.termTargetsPercent);
  if (s.scoring.gdpWeightInRestrictedZones !== 0)
    errors.push({ field: 'scoring.gdpWeightInRestrictedZones', message: 'GDP weighs 0 in restricted-development zones (national rule)' });
  if (s.scoring.gdpMayBeMainIndicator)
    errors.push({ field: 'scoring.gdpMayBeMainIndicator', message: 'GDP may not be the main indicator (national rule)' });

  const groups = s.democraticEvaluation.raterGroupWeights;
  const groupSum = RATER_GROUPS.reduce((sum, g) => sum + groups[g], 0);
  if (Math.abs(groupSum - 100) > 1e-9) errors.push({ field: 'democraticEvaluation.raterGroupWeights', message: `must sum to 100 (now ${groupSum})` });
  for (const g of RATER_GROUPS) percent(`democraticEvaluation.raterGroupWeights.${g}`, groups[g]);
  percent('democraticEvaluation.minimumTurnoutPercent', s.democraticEvaluation.minimumTurnoutPercent);
  positiveInt('democraticEvaluation.anonymityMinimumRaters', s.democraticEvaluation.anonymityMinimumRaters);
  percent('democraticEvaluation.admonishmentFlagBelowPercent', s.democraticEvaluation.admonishmentFlagBelowPercent);
  percent('democraticEvaluation.removalFlagAbovePercent', s.democraticEvaluation.removalFlagAbovePercent);

  percent('gates.excellentQuotaPercent', s.gates.excellentQuotaPercent);
  percent('gates.excellentQuotaRaisedPercent', s.gates.excellentQuotaRaisedPercent);
  if (s.gates.excellentQuotaRaisedPercent < s.gates.excellentQuotaPercent)
    errors.push({ field: 'gates.excellentQuotaRaisedPercent', message: 'must be at least the ordinary quota' });
  for (const [grade, value] of Object.entries(s.gates.membersExcellentPercentByTeamGrade)) {
    percent(`gates.membersExcellentPercentByTeamGrade.${grade}`, value);
    if (value > s.gates.excellentQuotaRaisedPercent)
      errors.push({ field: `gates.membersExcellentPercentByTeamGrade.${grade}`, message: 'must not exceed the raised quota' });
  }
  percent('gates.regularScoreExcellentMinimum', s.gates.regularScoreExcellentMinimum);
  positiveInt('gates.poorQuartersBarExcellent', s.gates.poorQuartersBarExcellent);
  positiveInt('gates.longLeaveMonths', s.gates.longLeaveMonths);
  s.gates.negativeList.forEach((item, i) => {
    if (!isPlainObject(item) || typeof item.code !== 'string' || !item.code || typeof item.label !== 'string' || !item.label)
      errors.push({ field: `gates.negativeList.${i}`, message: 'needs a code and a label' });
  });
  for (const kind of PENALTY_KINDS) {
    if (!PENALTY_EFFECTS.includes(s.gates.penaltyEffects[kind]))
      errors.push({ field: `gates.penaltyEffects.${kind}`, message: `must be one of ${PENALTY_EFFECTS.join(', ')}` });
  }

  for (const [field, bands] of [
    ['grading.cadreBands', [s.grading.cadreBands.EXCELLENT, s.grading.cadreBands.COMPETENT, s.grading.cadreBands.BASICALLY_COMPETENT]],
    ['grading.teamBands', [s.grading.teamBands.EXCELLENT, s.grading.teamBands.GOOD, s.grading.teamBands.AVERAGE]],
  ] as const) {
    bands.forEach((b) => percent(field, b));
    if (!(bands[0] > bands[1] && bands[1] > bands[2])) errors.push({ field, message: 'must fall from the best grade to the lowest' });
  }
  percent('grading.outstandingDevelopmentScore', s.grading.outstandingDevelopmentScore);

  if (!Number.isInteger(s.notice.publicNoticeWorkingDays) || s.notice.publicNoticeWorkingDays < 5)
    errors.push({ field: 'notice.publicNoticeWorkingDays', message: 'must be at least 5 working days (national rule)' });
  for (const key of Object.keys(s.appeals) as Array<keyof RuleSettings['appeals']>) {
    if (key !== 'basicallyCompetentReviewable' && key !== 'appealDecidedBy') positiveInt(`appeals.${key}`, s.appeals[key] as number);
  }
  if (!['ORG_ADMIN', 'COMMITTEE', 'HR'].includes(s.appeals.appealDecidedBy))
    errors.push({ field: 'appeals.appealDecidedBy', message: 'must be ORG_ADMIN, COMMITTEE or HR' });
  for (const key of Object.keys(s.results) as Array<keyof RuleSettings['results']>) {
    const value = s.results[key];
    if (typeof value === 'number' && key !== 'excellentRankReductionMonths') positiveInt(`results.${key}`, value);
  }
  for (const key of Object.keys(s.outcomes) as Array<keyof RuleSettings['outcomes']>) {
    if (key !== 'committeeApprovedKinds') positiveInt(`outcomes.${key}`, s.outcomes[key] as number);
  }
  s.outcomes.committeeApprovedKinds.forEach((kind, i) => {
    if (!(OUTCOME_KINDS as readonly unknown[]).includes(kind)) errors.push({ field: `outcomes.committeeApprovedKinds.${i}`, message: `must be one of ${OUTCOME_KINDS.join(', ')}` });
  });
  if (new Set(s.outcomes.committeeApprovedKinds).size !== s.outcomes.committeeApprovedKinds.length)
    errors.push({ field: 'outcomes.committeeApprovedKinds', message: 'names a kind twice' });
  if (s.results.meritConsecutiveExcellentYears > 10)
    errors.push({ field: 'results.meritConsecutiveExcellentYears', message: 'must be at most 10 years' });
  if (s.results.salaryLevelCumulativeYears <= s.results.salaryStepCumulativeYears)
    errors.push({ field: 'results.salaryLevelCumulativeYears', message: 'must be more years than a salary step' });
  for (const key of Object.keys(s.penaltyPeriods) as Array<keyof RuleSettings['penaltyPeriods']>)
    positiveInt(`penaltyPeriods.${key}`, s.penaltyPeriods[key]);
  if (!['QUARTERLY', 'MONTHLY', 'HALF_YEARLY'].includes(s.cycle.regularFrequency))
    errors.push({ field: 'cycle.regularFrequency', message: 'must be QUARTERLY, MONTHLY or HALF_YEARLY' });
  if (!/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(s.cycle.annualFinishByMonthDay))
    errors.push({ field: 'cycle.annualFinishByMonthDay', message: 'must be MM-DD' });
  for (const key of ['selfReportDays', 'evaluationDays', 'committeeReviewDays'] as const) positiveInt(`cycle.${key}`, s.cycle[key]);
  for (const key of ['acceptanceDays', 'investigationDays', 'decisionDays', 'feedbackDays', 'filingDays', 'correctionVerificationDays'] as const)
    positiveInt(`faultTolerance.${key}`, s.faultTolerance[key]);

  errors.push(...corroborationErrors(s.corroboration, s.gates.negativeList));
  const bonus = s.announcing.bonusCoefficientByTeamGrade;
  for (const [grade, value] of Object.entries(bonus)) {
    if (value < 0 || value > 3) errors.push({ field: `announcing.bonusCoefficientByTeamGrade.${grade}`, message: 'must be between 0 and 3' });
  }
  if (!(bonus.EXCELLENT >= bonus.GOOD && bonus.GOOD >= bonus.AVERAGE && bonus.AVERAGE >= bonus.POOR))
    errors.push({ field: 'announcing.bonusCoefficientByTeamGrade', message: 'must not rise from a better grade to a worse one' });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings: s };
}

/** Same keys and primitive types as the template; records of the template are closed. */
function checkShape(template: unknown, value: unknown, path: string, errors: SettingsError[]): void {
  const here = path || '(root)';
  if (Array.isArray(template)) {
    if (!Array.isArray(value)) errors.push({ field: here, message: 'must be a list' });
    return;
  }
  if (isPlainObject(template)) {
    if (!isPlainObject(value)) {
      errors.push({ field: here, message: 'must be an object' });
      return;
    }
    for (const key of Object.keys(value)) {
      if (!(key in template)) errors.push({ field: path ? `${path}.${key}` : key, message: 'is not a known setting' });
    }
    for (const [key, sub] of Object.entries(template)) {
      const subPath = path ? `${path}.${key}` : key;
      if (!(key in value)) errors.push({ field: subPath, message: 'is missing' });
      else checkShape(sub, value[key], subPath, errors);
    }
    return;
  }
  if (typeof template === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) errors.push({ field: here, message: 'must be a number' });
    return;
  }
  if (typeof value !== typeof template) errors.push({ field: here, message: `must be a ${typeof template}` });
}
