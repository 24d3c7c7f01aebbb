import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { AnyStateMachine } from 'xstate';
import { ACCUSATION_SOURCES, CLEARING_METHODS, CLEARING_SCOPES, POINT_FINDINGS, accusationMachine } from '../../workflows/cases/accusation.machine.js';
import { FT_ORIGINS, FT_OUTCOMES, THREE_DISTINCTIONS, faultToleranceMachine } from '../../workflows/cases/fault-tolerance.machine.js';
import { CASE_DECISIONS, reviewMachine } from '../../workflows/cases/review.machine.js';
import { OPINION_SOURCES, annualMachine } from '../../workflows/assessment/annual.machine.js';
import { cycleMachine } from '../../workflows/assessment/cycle.machine.js';
import { regularMachine } from '../../workflows/assessment/regular.machine.js';
import { PENALTY_CATEGORIES, RESULT_SOURCES } from '../../workflows/cases/correction.js';
import { OVERALL_VOTES } from '../../workflows/grading/ballots.js';
import { DATA_SOURCE_KINDS, DIRECTIONS, SCHEME_DIMENSIONS, SCORING_METHODS, WEIGHTINGS } from '../../workflows/indicators/scheme.js';
import { outcomeMachine } from '../../workflows/outcomes/outcome.machine.js';
import { trainingMachine } from '../../workflows/outcomes/training.machine.js';
import { GRADE_SCALES, NON_GRADE_RESULTS, type GradeScaleId } from '../../workflows/rules/grades.js';
import { PENALTY_KINDS, RATER_GROUPS } from '../../workflows/rules/settings.js';
import { AUDIT_ACTION_VALUES, AUDIT_ENTITY_TYPES, AuditActionEnum, AuditEntityTypeEnum } from '../audit/audit-vocabulary.js';
import { ERROR_CODES } from '../common/errors.js';
import { enumObject } from '../common/enum.js';
import { OutcomeKindEnum } from '../outcomes/outcome.entity.js';

/**
 * The closed lists the API speaks in, as GraphQL enums: each derived from the
 * `as const` list (or the machine) it names, each value described once here.
 * Fields that carry these codes stay `String` for compatibility; the enums
 * reach clients through `vocabulary` and their generated types.
 */
function describedEnum<const T extends readonly string[]>(values: T, name: string, description: string, described: Record<T[number], string>) {
  const object = enumObject(values);
  const valuesConfig = Object.fromEntries(values.map((v) => [v, { description: described[v as T[number]] }])) as Partial<Record<T[number], { description: string }>>;
  registerEnumType(object, { name, description, valuesConfig });
  return object;
}

/** The top-level states of a machine, each described by the machine's own `description` (its name when it has none). */
function machineStates(machine: AnyStateMachine): string[] {
  return Object.keys(machine.root.states);
}
function stateEnum(machine: AnyStateMachine, name: string, description: string): Record<string, string> {
  const values = machineStates(machine);
  const object = Object.fromEntries(values.map((v) => [v, v]));
  const valuesConfig = Object.fromEntries(values.map((v) => [v, { description: machine.root.states[v]?.description ?? v }]));
  registerEnumType(object, { name, description, valuesConfig });
  return object;
}

/** The events machines take (their own names, not XState's internal ones), each described by the machines that take it. */
function machineEvents(...machines: AnyStateMachine[]): string[] {
  return [...new Set(machines.flatMap((m) => m.events))].filter((e) => e && !e.startsWith('xstate.') && e !== '*');
}
function eventEnum(machines: AnyStateMachine[], name: string, description: string): Record<string, string> {
  const values = machineEvents(...machines);
  const object = Object.fromEntries(values.map((v) => [v, v]));
  const takenBy = (event: string) => machines.filter((m) => m.events.includes(event)).map((m) => m.id);
  const valuesConfig = Object.fromEntries(values.map((v) => [v, { description: `An event of ${takenBy(v).join(' and ')}` }]));
  registerEnumType(object, { name, description, valuesConfig });
  return object;
}

export const ErrorCodeEnum = describedEnum(ERROR_CODES, 'ErrorCode', 'Every code a client can find in errors[].extensions.code', {
  UNAUTHENTICATED: 'No session or token, or it has expired: sign in',
  PASSWORD_SIGN_IN_DISABLED: 'The password was right, but this account signs in only through the organisation’s identity provider',
  INVALID_CREDENTIALS: 'The username or password is wrong (also: changePassword’s current password is wrong)',
  PASSWORD_CHANGE_REQUIRED: 'The account must change its password first (`reason`: ONE_TIME or EXPIRED): only me, passwordPolicy, changePassword and signOut are answered until then',
  UNKNOWN_PERSON_NO: 'No cadre has the personnel number (干部编号) given; `personNo` repeats it',
  ACCOUNT_LOCKED: 'No longer sent (failed sign-ins now slow down: TOO_MANY_ATTEMPTS); kept for older clients',
  TOO_MANY_ATTEMPTS: 'Too many failed sign-ins for this account or from this address; wait extensions.retryAfterSeconds',
  RATE_LIMITED: 'Too many requests of an anonymous operation from this address (HTTP 429); wait extensions.retryAfterSeconds',
  FORBIDDEN: 'The viewer may not do this here (role or jurisdiction)',
  NOT_FOUND: 'The record does not exist or is outside the viewer’s jurisdiction',
  VALIDATION: 'Some input is not valid; extensions.fields lists each field with its messages',
  CONFLICT: 'Someone changed the record first (expectedVersion is stale): reload and try again',
  INVALID_TRANSITION: 'The lifecycle refuses this event now; extensions name the state, the event and the allowed events',
  QUOTA_EXCEEDED: 'The EXCELLENT quota of the pool is used up; extensions give used, allowed and graded',
  GRADE_REFUSED: 'The grade breaks a binding gate; extensions.rule names the first, extensions.refusals every gate with its facts, extensions.allowedGrades what may be chosen',
  DEADLINE_PASSED: 'A statutory window has run out; extensions.lastDay names its last day',
  CONFLICT_OF_INTEREST: 'The person deciding took part in the decision under review',
  NOT_ELIGIBLE: 'The record is not open to this procedure',
  QUERY_TOO_COMPLEX: 'The query exceeds the depth, alias or cost limits',
  CALENDAR_NOT_COVERED: 'Working days were asked of a year whose official calendar is not entered yet; extensions.year names it',
  ALREADY_ENROLLED: 'The cadre or team already has an assessment of this kind for this period; extensions.cycleId, cycleName and assessmentId name it',
  OUTSIDE_MANAGING_JURISDICTION: 'The cycle’s organisation is below the cadre’s managing jurisdiction (干部管理权限); extensions.managingOrganisationId and managingOrganisationName name it',
  NOT_SERVING: 'The cadre has retired or left (在职状态): only serving cadres are enrolled or moved',
  UNIT_RETIRED: 'The unit is retired (撤销): no new enrolment, cadre or child organisation there; extensions.organisationId names it',
  DUPLICATE: 'A unique key is already taken (a personnel-file number, an organisation code); extensions.field and value name it',
  ORGANISATION_CYCLE: 'An organisation cannot move below itself or below one of its own subordinates',
  ORGANISATION_IN_USE: 'The organisation still has serving cadres, open assessments or live child units; extensions.servingCadres, openAssessments and liveChildren count them',
  BAD_REQUEST: 'The request is not a valid GraphQL operation',
  SERVICE_UNAVAILABLE: 'The database cannot be reached for the moment; nothing was changed; retry after extensions.retryAfterSeconds',
  DOCUMENT_FONT_MISSING: 'No Chinese font is installed for official documents; install fonts-wqy-zenhei or set DOCUMENT_FONT (HTTP 503)',
  ATTACHMENT_TOO_LARGE: 'An attachment is larger than the limit (ATTACHMENT_MAX_MB); extensions.maxBytes names it (HTTP 413)',
  ATTACHMENT_TYPE_REFUSED: 'An attachment is not of an accepted kind, or its content is not what its extension says; extensions.extension, detected and allowed (HTTP 415)',
  ATTACHMENT_LIMIT: 'The record already has the most attachments allowed; extensions.max names it (HTTP 409)',
  CONSULTATION_PENDING: 'A consultation of the competent department on a veto item is still open: no grade may be set until it is answered or withdrawn; extensions.consultations names them',
  SEARCH_TOO_BROAD: 'A candidate search matched more cadres than it ranks at once; extensions.matched and extensions.max say how many: narrow the search',
  RUN_ABANDONED: 'A background run (a grading run) gave no sign of life within its lease — its process stopped — and was marked failed; nothing was written, it may be started again',
  CYCLE_NOT_ACCEPTING_INPUTS: 'The cycle takes no business-assessment results now (it is not open); extensions.state names where it stands',
  RESULTS_NOT_DECIDED: 'A commendation or criticism list was asked of a cycle whose results it draws on are not all final; extensions.undecided counts them',
  INTERNAL: 'The server failed; nothing was changed and details are only in the server log',
});

export const PenaltyKindEnum = describedEnum(PENALTY_KINDS, 'PenaltyKind', 'Party discipline, government sanctions and organisational handling, lightest group first (the penalty matrix)', {
  PARTY_WARNING: '党内警告; by default no EXCELLENT that year',
  GOVERNMENT_WARNING: '警告 (政务处分); by default no EXCELLENT that year',
  ADMONISHMENT: '诫勉; by default no EXCELLENT that year',
  REASSIGNMENT: '调离岗位; by default no EXCELLENT that year',
  SERIOUS_PARTY_WARNING: '党内严重警告; by default UNGRADED that year',
  DEMERIT: '记过; by default UNGRADED that year',
  ORDERED_RESIGNATION: '责令辞职; by default UNGRADED that year',
  REMOVAL: '免职; by default UNGRADED that year',
  DEMOTION: '降职; by default UNGRADED that year',
  MAJOR_DEMERIT: '记大过; by default UNGRADED this year and next',
  DOWNGRADE: '降级; by default UNGRADED this year and next',
  DISMISSAL_FROM_POST: '撤职; by default UNGRADED this year and next',
  REMOVAL_FROM_PARTY_POST: '撤销党内职务; by default INCOMPETENT',
  PARTY_PROBATION: '留党察看; by default INCOMPETENT',
  EXPULSION: '开除党籍; by default INCOMPETENT',
});

export const FaultToleranceOutcomeEnum = describedEnum(FT_OUTCOMES, 'FaultToleranceOutcome', 'What a fault-tolerance decision finds (容错认定)', {
  EXEMPT: '免责: no negative evaluation; the incident leaves every gate and the sanction is cancelled',
  MITIGATED: '从轻减轻: only a lighter sanction',
  NOT_TOLERATED: '不予容错',
});

export const ToleranceDistinctionEnum = describedEnum(THREE_DISTINCTIONS, 'ToleranceDistinction', 'The three distinctions (三个区分开来) a tolerated mistake falls under', {
  PILOTING_REFORM_INEXPERIENCE: 'Mistakes from inexperience while piloting reform, not knowing violations',
  EXPLORATION_NOT_YET_RESTRICTED: 'Mistakes in exploration not yet restricted, not defiance of an explicit ban',
  UNINTENDED_ERROR_FOR_DEVELOPMENT: 'Unintended errors while promoting development, not violations for private gain',
});

export const FaultToleranceOriginEnum = describedEnum(FT_ORIGINS, 'FaultToleranceOrigin', 'Who started a fault-tolerance case', {
  CADRE_APPLICATION: 'A written application by the cadre',
  UNIT_APPLICATION: 'A written application by the cadre’s unit',
  OWN_MOTION: 'The body with jurisdiction, on its own motion',
});

export const AccusationSourceEnum = describedEnum(ACCUSATION_SOURCES, 'AccusationSource', 'Where an accusation came from', {
  PETITION: '信访: a petition',
  REPORT: '举报: a report',
  INSPECTION: '巡视巡察: an inspection tour',
});

export const PointFindingEnum = describedEnum(POINT_FINDINGS, 'PointFinding', 'What verification found for one point of an accusation', {
  UNTRUE: '失实: may be cleared',
  UNPROVEN: '查无实据: not proven, but not shown untrue; cannot be cleared',
  SUBSTANTIATED: '属实',
});

export const ClearingMethodEnum = describedEnum(CLEARING_METHODS, 'ClearingMethod', 'How a cleared accusation is made known (澄清正名)', {
  LETTER: 'By letter',
  IN_PERSON: 'In person',
  CIRCULAR: 'By circular',
});

export const ClearingScopeEnum = describedEnum(CLEARING_SCOPES, 'ClearingScope', 'To whom a cleared accusation is made known', {
  PERSON_ONLY: 'The person only',
  UNIT: 'The person’s unit',
  SYSTEM: 'The whole system (条线)',
  PUBLIC: 'The public',
});

export const ReviewDecisionEnum = describedEnum(CASE_DECISIONS, 'ReviewDecision', 'The ruling on a review or an appeal', {
  UPHELD: 'The result stands',
  CORRECTED: 'The result is corrected (never to a worse grade): a new version of the result',
});

export const RaterGroupEnum = describedEnum(RATER_GROUPS, 'RaterGroup', 'The rater groups of a democratic evaluation (民主测评)', {
  SUPERIOR: '上级',
  PEER: '同级',
  SUBORDINATE: '下级',
  SERVICE_RECIPIENT: '服务对象',
});

export const OpinionSourceEnum = describedEnum(OPINION_SOURCES, 'OpinionSource', 'Who gives an opinion or finding during the evaluation', {
  DISCIPLINE: '纪检监察: discipline inspection and supervision',
  INSPECTION_TOUR: '巡视巡察: inspection tours',
  AUDIT: '审计',
  PETITION: '信访: petitions',
  SUPERVISION: '督查: supervision',
});

export const PenaltyCategoryEnum = describedEnum(PENALTY_CATEGORIES, 'PenaltyCategory', 'The three families of sanctions', {
  PARTY_DISCIPLINE: '党纪处分: party discipline',
  GOVERNMENT_SANCTION: '政务处分: government sanctions',
  ORGANISATIONAL_HANDLING: '组织处理: organisational handling',
});

export const ResultSourceEnum = describedEnum(RESULT_SOURCES, 'ResultSource', 'Where a version of a final result comes from', {
  DECISION: 'The committee’s decision',
  REVIEW: 'Corrected on review (复核)',
  APPEAL: 'Corrected on appeal (申诉)',
  FAULT_TOLERANCE: 'Re-decided after an exemption or mitigation (容错)',
  INVESTIGATION_CLOSED: 'Graded once the investigation closed with no penalty or a warning',
});

export const OverallVoteEnum = describedEnum(OVERALL_VOTES, 'OverallVote', 'The overall grade a rater votes for on a ballot', {
  EXCELLENT: '优秀',
  COMPETENT: '称职',
  BASICALLY_COMPETENT: '基本称职',
  INCOMPETENT: '不称职',
  GOOD: '良好: a leadership team’s ballot only (team scale)',
  AVERAGE: '一般: a leadership team’s ballot only (team scale)',
  POOR: '较差: a leadership team’s ballot only (team scale)',
});

export const SchemeDimensionEnum = describedEnum(SCHEME_DIMENSIONS, 'SchemeDimension', 'The dimensions of an indicator scheme: the five development concepts, then livelihood, party building and safety', {
  INNOVATION: '创新发展: high-quality development',
  COORDINATION: '协调发展: high-quality development',
  GREEN: '绿色发展: high-quality development',
  OPENNESS: '开放发展: high-quality development',
  SHARING: '共享发展: high-quality development',
  LIVELIHOOD: '民生保障: other indicators',
  PARTY_BUILDING: '党的建设: other indicators',
  SAFETY: '安全稳定: other indicators',
});

export const IndicatorWeightingEnum = describedEnum(WEIGHTINGS, 'IndicatorWeighting', 'Whose emphasis a set of dimension weights is', {
  TEAM: 'The leadership team',
  PRINCIPAL: 'Its principal (正职)',
  DEPUTY: 'A deputy (副职)',
});

export const IndicatorDirectionEnum = describedEnum(DIRECTIONS, 'IndicatorDirection', 'Which way an indicator improves', {
  HIGHER_IS_BETTER: 'A higher value scores better',
  LOWER_IS_BETTER: 'A lower value scores better',
});

export const ScoringMethodEnum = describedEnum(SCORING_METHODS, 'ScoringMethod', 'How an indicator’s value becomes a score', {
  LINEAR_TO_TARGET: 'Linear from the baseline to the target',
  THRESHOLDS: 'By threshold bands',
  RANK_AMONG_PEERS: 'By rank among peer organisations',
});

export const DataSourceKindEnum = describedEnum(DATA_SOURCE_KINDS, 'DataSourceKind', 'Where an indicator’s value comes from', {
  STATISTICS: 'A statistics import',
  SURVEY: 'A survey',
  MANUAL: 'Entered by hand',
});

const GRADE_SCALE_IDS = Object.keys(GRADE_SCALES) as GradeScaleId[];
/** Every grade of every scale, each once, in the order the scales list them. */
const GRADES = [...new Set(Object.values(GRADE_SCALES).flat())];

export const GradeScaleEnum = describedEnum(GRADE_SCALE_IDS, 'GradeScale', 'The grade scales, by population and kind of assessment', {
  TEAM: 'Leadership teams (领导班子): 优秀 / 良好 / 一般 / 较差',
  CADRE: 'Leading cadres and civil servants: 优秀 / 称职 / 基本称职 / 不称职',
  PUBLIC_INSTITUTION: 'Public-institution staff: 优秀 / 合格 / 基本合格 / 不合格',
  REGULAR: 'Regular and special assessments: 好 / 较好 / 一般 / 较差',
});

export const GradeEnum = describedEnum(GRADES, 'Grade', 'A grade on one of the scales (gradeScales says which)', {
  EXCELLENT: '优秀',
  GOOD: '良好 (team) or 好 (regular)',
  AVERAGE: '一般',
  POOR: '较差',
  COMPETENT: '称职',
  BASICALLY_COMPETENT: '基本称职',
  INCOMPETENT: '不称职',
  QUALIFIED: '合格',
  BASICALLY_QUALIFIED: '基本合格',
  UNQUALIFIED: '不合格',
  FAIR: '较好 (regular)',
});

export const NonGradeResultEnum = describedEnum(NON_GRADE_RESULTS, 'NonGradeResult', 'A result that is not a grade on any scale', {
  UNGRADED: '不定等次: an open investigation, long leave or a penalty',
  COMMENT_ONLY: '只写评语: probationers',
});

@ObjectType({ description: 'A grade scale with its grades, best first' })
export class GradeScaleView {
  @Field(() => GradeScaleEnum, { description: 'Which scale' })
  scale: string;

  @Field(() => [GradeEnum], { description: 'Its grades, best first' })
  grades: string[];
}

export const FaultToleranceStateEnum = stateEnum(faultToleranceMachine, 'FaultToleranceState', 'The states of a fault-tolerance case (the faultToleranceCase machine)');
export const ReviewCaseStateEnum = stateEnum(reviewMachine, 'ReviewCaseState', 'The states of a review or appeal case (the reviewCase machine)');
export const AccusationStateEnum = stateEnum(accusationMachine, 'AccusationState', 'The states of an accusation (the accusation machine)');
export const OutcomeTaskStateEnum = stateEnum(outcomeMachine, 'OutcomeTaskState', 'The top-level states of an outcome task (the outcomeTask machine; overdue steps add .overdue)');
export const AssessmentEventEnum = eventEnum([annualMachine, regularMachine], 'AssessmentEvent', 'The events of the assessment lifecycles (annual; regular, special and term): availableActions holds some of them');
export const CycleEventEnum = eventEnum([cycleMachine], 'CycleEvent', 'The events of a cycle');
export const ReviewCaseEventEnum = eventEnum([reviewMachine], 'ReviewCaseEvent', 'The events of a review or appeal case');
export const FaultToleranceEventEnum = eventEnum([faultToleranceMachine], 'FaultToleranceEvent', 'The events of a fault-tolerance case');
export const AccusationEventEnum = eventEnum([accusationMachine], 'AccusationEvent', 'The events of an accusation');
export const OutcomeTaskEventEnum = eventEnum([outcomeMachine, trainingMachine], 'OutcomeTaskEvent', 'The events of outcome tasks and remedial training');
export const TrainingStateEnum = stateEnum(trainingMachine, 'TrainingState', 'The top-level states of remedial training (the remedialTraining machine; overdue steps add .overdue)');

@ObjectType({ description: 'The closed lists of the API, each value with its description: for clients that list, filter or label them' })
export class Vocabulary {
  @Field(() => [ErrorCodeEnum], { description: 'Codes in errors[].extensions.code' })
  errorCodes: string[];

  @Field(() => [PenaltyKindEnum], { description: 'Penalty kinds, lightest group first' })
  penaltyKinds: string[];

  @Field(() => [OutcomeKindEnum], { description: 'Outcomes that follow a final result' })
  outcomeKinds: string[];

  @Field(() => [FaultToleranceOutcomeEnum], { description: 'Outcomes of a fault-tolerance decision' })
  faultToleranceOutcomes: string[];

  @Field(() => [ToleranceDistinctionEnum], { description: 'The three distinctions' })
  toleranceDistinctions: string[];

  @Field(() => [FaultToleranceOriginEnum], { description: 'How a fault-tolerance case starts' })
  faultToleranceOrigins: string[];

  @Field(() => [AccusationSourceEnum], { description: 'Where accusations come from' })
  accusationSources: string[];

  @Field(() => [PointFindingEnum], { description: 'Findings on a point of an accusation' })
  pointFindings: string[];

  @Field(() => [ClearingMethodEnum], { description: 'How a name is cleared' })
  clearingMethods: string[];

  @Field(() => [ClearingScopeEnum], { description: 'To whom a name is cleared' })
  clearingScopes: string[];

  @Field(() => [ReviewDecisionEnum], { description: 'Rulings on a review or appeal' })
  reviewDecisions: string[];

  @Field(() => [RaterGroupEnum], { description: 'Rater groups of a democratic evaluation' })
  raterGroups: string[];

  @Field(() => [OpinionSourceEnum], { description: 'Sources of opinions and findings' })
  opinionSources: string[];

  @Field(() => [PenaltyCategoryEnum], { description: 'Families of sanctions' })
  penaltyCategories: string[];

  @Field(() => [ResultSourceEnum], { description: 'Where a version of a result comes from' })
  resultSources: string[];

  @Field(() => [OverallVoteEnum], { description: 'Overall votes on a ballot, best first' })
  overallVotes: string[];

  @Field(() => [SchemeDimensionEnum], { description: 'Dimensions of an indicator scheme, in the scheme’s order' })
  schemeDimensions: string[];

  @Field(() => [IndicatorWeightingEnum], { description: 'Whose emphasis dimension weights are' })
  indicatorWeightings: string[];

  @Field(() => [IndicatorDirectionEnum], { description: 'Which way an indicator improves' })
  indicatorDirections: string[];

  @Field(() => [ScoringMethodEnum], { description: 'How an indicator is scored' })
  scoringMethods: string[];

  @Field(() => [DataSourceKindEnum], { description: 'Where an indicator’s value comes from' })
  dataSourceKinds: string[];

  @Field(() => [GradeScaleView], { description: 'The grade scales with their grades, best first' })
  gradeScales: GradeScaleView[];

  @Field(() => [NonGradeResultEnum], { description: 'Results that are not a grade' })
  nonGradeResults: string[];

  @Field(() => [AssessmentEventEnum], { description: 'Events of the assessment lifecycles' })
  assessmentEvents: string[];

  @Field(() => [CycleEventEnum], { description: 'Events of a cycle' })
  cycleEvents: string[];

  @Field(() => [ReviewCaseEventEnum], { description: 'Events of a review or appeal case' })
  reviewCaseEvents: string[];

  @Field(() => [FaultToleranceEventEnum], { description: 'Events of a fault-tolerance case' })
  faultToleranceEvents: string[];

  @Field(() => [AccusationEventEnum], { description: 'Events of an accusation' })
  accusationEvents: string[];

  @Field(() => [OutcomeTaskEventEnum], { description: 'Events of outcome tasks and remedial training' })
  outcomeTaskEvents: string[];

  @Field(() => [FaultToleranceStateEnum], { description: 'States of a fault-tolerance case' })
  faultToleranceStates: string[];

  @Field(() => [ReviewCaseStateEnum], { description: 'States of a review or appeal case' })
  reviewCaseStates: string[];

  @Field(() => [AccusationStateEnum], { description: 'States of an accusation' })
  accusationStates: string[];

  @Field(() => [OutcomeTaskStateEnum], { description: 'Top-level states of an outcome task' })
  outcomeTaskStates: string[];

  @Field(() => [TrainingStateEnum], { description: 'Top-level states of remedial training' })
  trainingStates: string[];

  @Field(() => [AuditEntityTypeEnum], { description: 'The kinds of record the audit trail speaks of' })
  auditEntityTypes: string[];

  @Field(() => [AuditActionEnum], { description: 'The actions an audit row may name, lifecycle events last' })
  auditActions: string[];
}

/** The one value of `vocabulary`: every list in its own order. */
export function vocabulary(): Vocabulary {
  return {
    errorCodes: [...ERROR_CODES],
    penaltyKinds: [...PENALTY_KINDS],
    outcomeKinds: Object.values(OutcomeKindEnum),
    faultToleranceOutcomes: [...FT_OUTCOMES],
    toleranceDistinctions: [...THREE_DISTINCTIONS],
    faultToleranceOrigins: [...FT_ORIGINS],
    accusationSources: [...ACCUSATION_SOURCES],
    pointFindings: [...POINT_FINDINGS],
    clearingMethods: [...CLEARING_METHODS],
    clearingScopes: [...CLEARING_SCOPES],
    reviewDecisions: [...CASE_DECISIONS],
    raterGroups: [...RATER_GROUPS],
    opinionSources: [...OPINION_SOURCES],
    penaltyCategories: [...PENALTY_CATEGORIES],
    resultSources: [...RESULT_SOURCES],
    overallVotes: [...OVERALL_VOTES],
    schemeDimensions: [...SCHEME_DIMENSIONS],
    indicatorWeightings: [...WEIGHTINGS],
    indicatorDirections: [...DIRECTIONS],
    scoringMethods: [...SCORING_METHODS],
    dataSourceKinds: [...DATA_SOURCE_KINDS],
    gradeScales: GRADE_SCALE_IDS.map((scale) => ({ scale, grades: [...GRADE_SCALES[scale]] })),
    nonGradeResults: [...NON_GRADE_RESULTS],
    assessmentEvents: machineEvents(annualMachine, regularMachine),
    cycleEvents: machineEvents(cycleMachine),
    reviewCaseEvents: machineEvents(reviewMachine),
    faultToleranceEvents: machineEvents(faultToleranceMachine),
    accusationEvents: machineEvents(accusationMachine),
    outcomeTaskEvents: machineEvents(outcomeMachine, trainingMachine),
    faultToleranceStates: machineStates(faultToleranceMachine),
    reviewCaseStates: machineStates(reviewMachine),
    accusationStates: machineStates(accusationMachine),
    outcomeTaskStates: machineStates(outcomeMachine),
    trainingStates: machineStates(trainingMachine),
    auditEntityTypes: [...AUDIT_ENTITY_TYPES],
    auditActions: [...AUDIT_ACTION_VALUES],
  };
}
