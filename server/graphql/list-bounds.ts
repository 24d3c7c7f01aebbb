import type { AnyStateNode } from 'xstate';
import { describeMachine } from '../../workflows/lifecycle.js';
import { MACHINES } from '../../workflows/registry.js';
import { INVESTIGATION_ACTIONS, PENALTY_ACTIONS } from '../cases/penalties/record-actions.js';
import { SCORE_COMPONENTS } from '../grading/evaluation-inputs.js';
import { NEGATIVE_LIST_MAX } from '../grading/evaluation-records.js';
import { CORROBORATION_LIST_MAX, CORROBORATION_OPTIONS_MAX } from '../corroboration/corroboration.service.js';
import { FINDING_ATTACHMENTS_MAX } from '../attachments/attachment-settings.js';
import { getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isObjectType, type GraphQLSchema } from 'graphql';

/**
 * Every list of the API has a bound, and the cost estimate (complexity.ts)
 * multiplies what one item costs by it, so that a query's cost follows the
 * number of items it can return, not the length of its text. A list is
 * bounded in one of three ways:
 *
 * - a page size: the field takes `first` (at most PAGE_SIZE_MAX, 200 unless
 *   listed below), and the lists inside its page (`edges`, `nodes`, `items`)
 *   are as long as that page;
 * - an enum: a list of a closed vocabulary holds at most its values;
 * - a declared maximum (FIXED_LIST_BOUNDS) for the naturally short lists, with
 *   the reason; where the service's query has a LIMIT, the figure is that limit.
 *
 * test/api/list-bounds.test.ts walks the built schema and fails on a list
 * field without a bound, and on a list argument or input field without a
 * maximum length, so that a new list cannot ship unbounded.
 */

/** The argument that sets a page size. */
export const PAGE_SIZE_ARGUMENT = 'first';

/** The largest page of a connection (PageArgs). */
export const DEFAULT_PAGE_SIZE_MAX = 200;

/** Page sizes capped lower than DEFAULT_PAGE_SIZE_MAX (by validation or by the service). */
export const PAGE_SIZE_MAX: Readonly<Record<string, number>> = {
  'Query.myWork': 100,
  'Query.openVetoConsultations': 100,
  'Query.raterCandidates': 100,
  'Query.accountCadreCandidates': 20,
  'AssessmentCycle.gradingRuns': 20,
};

/** The lists inside a page: as long as the page the field above asked for, whose `first` already counts them. */
export const PAGE_ITEM_LISTS: ReadonlySet<string> = new Set(['NotificationPage.nodes', 'RaterCandidatePage.items', 'RosterImportErrorPage.nodes', 'RosterDifferencePage.nodes']);

export interface ListBound {
  /** The most items the list returns. */
  max: number;
  /** Why it cannot be longer. */
  why: string;
  /** When the arguments say how many items come back (a mutation answers one per input item): that many, at most `max`. */
  sizeOf?: (args: Record<string, unknown>) => number | undefined;
}

/** The length of the list at `input.<field>` of the arguments. */
const inputLength =
  (field: string) =>
  (args: Record<string, unknown>): number | undefined => {
    const list = (args.input as Record<string, unknown> | undefined)?.[field];
    return Array.isArray(list) ? list.length : undefined;
  };

/** The largest figures of the workflow machines: states, transitions, and the events one state accepts. */
function machineFigures(): { states: number; transitions: number; events: number } {
  let states = 0;
  let transitions = 0;
  let events = 0;
  const walk = (node: AnyStateNode, inherited: ReadonlySet<string>) => {
    const here = new Set([...inherited, ...node.transitions.keys()]);
    const children = Object.values(node.states);
    if (children.length === 0) events = Math.max(events, here.size);
    for (const child of children) walk(child, here);
  };
  for (const spec of Object.values(MACHINES)) {
    const { nodes, edges } = describeMachine(spec.machine);
    states = Math.max(states, nodes.length);
    transitions = Math.max(transitions, edges.length);
    walk(spec.machine.root, new Set());
  }
  return { states, transitions, events };
}
const MACHINE = machineFigures();

const ACTIONS: ListBound = { max: MACHINE.events, why: 'the events one state of a workflow machine accepts (counted from the machines)' };

/** The naturally short lists, `Type.field`, with their maximum and why. */
export const FIXED_LIST_BOUNDS: Readonly<Record<string, ListBound>> = {
  'Query.myAssessments': { max: 50, why: 'the service reads the 50 most recent (LIMIT 50)' },
  'RosterDifference.changes': { max: 12, why: 'one entry per field of a cadre (12), an organisation (6) or a status fact (3)' },
  'Query.publicNotices': { max: 500, why: 'the service reads at most 500 entries under notice (LIMIT 500)' },
  'Query.cycles': { max: 200, why: 'the service reads the 200 most recent cycles (LIMIT 200)' },
  'Query.myBallotInvitations': { max: 200, why: 'a rater is invited to at most the 200 assessments of one invitation, one cycle at a time' },
  'Query.indicatorSchemeVersions': { max: 50, why: 'the scheme versions of one jurisdiction: a few per year' },
  'Query.cadreProfile': { max: 50, why: 'one profile year per year of a career' },
  'SelectionRecord.years': { max: 10, why: 'the last ten annual results of one cadre' },
  'SelectionRecord.blockers': { max: 50, why: 'the blockers of one cadre' },
  'SelectionRecord.promotions': { max: 20, why: 'the last twenty promotions of one cadre' },
  'CandidateListDetail.members': { max: 100, why: 'a candidate list holds at most 100 candidates (CANDIDATE_LIST_MAX)' },
  'Query.promotionExcellentShares': { max: 20, why: 'one row per year, at most 20 years' },
  'Query.teamProfile': { max: 50, why: 'one profile year per year of a team' },
  'Query.penaltiesOf': { max: 50, why: 'the penalties of one cadre' },
  'Query.investigationsOf': { max: 50, why: 'the investigations of one cadre' },
  'Query.resultVersionsOf': { max: 20, why: 'the versions of one result: the decision, a review, an appeal, corrections' },
  'Query.raterTurnout': { max: 200, why: 'the assessments of one unit in one cycle' },
  'Query.ruleSets': { max: 50, why: 'the rule-set versions of one jurisdiction: a few per year' },
  'Query.surveys': { max: 50, why: 'the service reads the 50 most recent surveys of one cycle (LIMIT 50)' },
  'Query.serviceRatings': { max: 500, why: 'the service reads at most 500 departments of one year (LIMIT 500)' },
  'SurveyView.questions': { max: 50, why: 'a questionnaire has at most 50 questions (PlanSurveyInput.questions)' },
  'ComponentSourceView.surveys': { max: 3, why: 'one published survey per survey kind of a cycle covers a team (three kinds)' },
  'SurveyView.sample': { max: 500, why: 'a sample plan has at most 500 organisations (PlanSurveyInput.sample)' },
  'Assessment.availableActions': ACTIONS,
  'GradeLimitsView.allowedGrades': { max: 4, why: 'the grades of one scale' },
  'GradeLimitsView.gates': { max: 16, why: 'the binding gates of docs/domain.md §5, each at most once' },
  'CalendarInfo.warnings': { max: 2, why: 'this year and the next, at most' },
  'CalendarYearView.days': { max: 366, why: 'the days of one year' },
  'EnrolmentReport.skipped': { max: 500, why: 'the report lists the first 500 left out (SKIPPED_REPORTED); skippedCount says how many' },
  'Assessment.members': { max: 50, why: 'the members of one leadership team' },
  'SelfReport.attachments': { max: 50, why: 'ATTACHMENT_MAX_PER_OWNER per self-report; the service reads at most 50 (LIMIT 50)' },
  'ReviewCase.attachments': { max: 50, why: 'ATTACHMENT_MAX_PER_OWNER per case; the service reads at most 50 (LIMIT 50)' },
  'Objection.attachments': { max: 50, why: 'ATTACHMENT_MAX_PER_OBJECTION per objection; the service reads at most 50 (LIMIT 50)' },
  'CorroboratingFindingView.attachments': { max: FINDING_ATTACHMENTS_MAX, why: 'at most 20 documents per finding (attachments/attachment-owners.ts); the service reads at most 20' },
  'AttachmentLimits.extensions': { max: 20, why: 'the extensions of the allow-list (attachments/attachment-kinds.ts)' },
  'Assessment.objections': { max: 50, why: 'objections to one notice: each address may lodge 5 per 10 minutes during a 5-working-day notice' },
  'Assessment.evaluationRecords': { max: 20, why: 'talks and political reviews of one assessment' },
  'Assessment.reviewCases': { max: 20, why: 'the service reads the 20 most recent (LIMIT 20)' },
  'Assessment.resultVersions': { max: 20, why: 'the versions of one result' },
  'Assessment.scoreInputs': { max: SCORE_COMPONENTS.length, why: 'one score per component of one assessment' },
  'Assessment.negativeFindings': { max: 50, why: 'the service reads the first 50 findings of one assessment (LIMIT 50)' },
  'Assessment.corroboratingFindings': { max: CORROBORATION_LIST_MAX, why: 'the service reads the first 100 corroborating findings of one assessment (LIMIT 100)' },
  'Assessment.vetoConsultations': { max: CORROBORATION_LIST_MAX, why: 'the service reads the first 100 consultations of one assessment (LIMIT 100)' },
  'CorroborationOptions.findingTypes': { max: CORROBORATION_OPTIONS_MAX, why: 'the finding types of one cycle’s settings: the service gives at most the first 200' },
  'CorroborationOptions.vetoItems': { max: CORROBORATION_OPTIONS_MAX, why: 'the veto items of one cycle’s settings: the service gives at most the first 200' },
  'EvaluationInputOptions.scoreComponents': { max: SCORE_COMPONENTS.length, why: 'the score components' },
  'EvaluationInputOptions.negativeList': { max: NEGATIVE_LIST_MAX, why: 'the negative list of one cycle’s settings: the service gives at most the first 100 items' },
  'LifecycleView.nodes': { max: MACHINE.states, why: 'the states of the largest workflow machine' },
  'LifecycleView.edges': { max: MACHINE.transitions, why: 'the transitions of the largest workflow machine' },
  'Cadre.profile': { max: 50, why: 'one profile year per year of a career' },
  'Cadre.statusPeriods': { max: 50, why: 'probation, leave and investigation periods of one cadre' },
  'Cadre.postings': { max: 50, why: 'one annual or term assessment per year of a career (the query has LIMIT 50)' },
  'ProfileYearView.components': { max: 10, why: 'the score components of a grading scheme' },
  'ProfileYearView.dimensionScores': { max: 10, why: 'the dimensions of an indicator scheme' },
  'AssessmentCycle.indicatorSchemeVersions': { max: 10, why: 'one pinned scheme per organisation type (five types)' },
  'AssessmentCycle.availableActions': ACTIONS,
  'AssessmentCycle.progress': { max: MACHINE.states, why: 'one count per state of the assessment machine' },
  'GradingResultView.components': { max: 10, why: 'the score components of a grading scheme' },
  'GradingResultView.gates': { max: 20, why: 'the gates of the grading engine' },
  'GradingResultView.flags': { max: 20, why: 'the flags of the grading engine' },
  'ReviewWindow.reviewableGrades': { max: 10, why: 'the grades of a scale' },
  'ReviewWindow.availableRoutes': { max: 5, why: 'review, appeal and their variants' },
  'ReviewCase.availableActions': ACTIONS,
  'Accusation.availableActions': ACTIONS,
  'FaultToleranceCase.availableActions': ACTIONS,
  'Penalty.availableActions': { max: PENALTY_ACTIONS.length, why: 'the actions a penalty offers' },
  'Investigation.availableActions': { max: INVESTIGATION_ACTIONS.length, why: 'the actions an investigation offers' },
  'OutcomeTask.availableActions': ACTIONS,
  'CalendarInfo.libraryYears': { max: 100, why: 'years of the holiday library' },
  'CalendarInfo.confirmedYears': { max: 100, why: 'years confirmed by the administrator' },
  'CalendarInfo.coveredYears': { max: 100, why: 'years the calendar covers' },
  'CalendarInfo.additions': { max: 500, why: 'holidays and make-up workdays the administrator entered: about 30 a year' },
  'IndicatorSchemeVersionView.issues': { max: 200, why: 'one issue per node of a scheme at most (a scheme has at most 200 indicators)' },
  'PromotionBlockers.blockers': { max: 50, why: 'the blockers of one cadre' },
  'PromotionBlockers.disregarded': { max: 50, why: 'the disregarded blockers of one cadre' },
  'ViewerView.grants': { max: 50, why: 'role × organisation grants of one user' },
  'ViewerView.permissions': { max: 100, why: 'the permissions of the role policy' },
  'CreateAccountsForUnitPayload.created': { max: 200, why: 'one run creates at most MAX_ACCOUNTS_PER_RUN accounts (bulk-accounts.ts)' },
  'CreateAccountsForUnitPayload.skipped': { max: 1000, why: 'the answer lists at most MAX_SKIPPED_LISTED skipped cadres; skippedCount counts them all' },
  'CounterAlert.countedYears': { max: 50, why: 'years of one career' },
  'OutcomeCounter.countedYears': { max: 50, why: 'years of one career' },
  'OutcomeCounter.notCounted': { max: 50, why: 'years of one career' },
  'CadreRecord.timeline': { max: 200, why: 'results, outcomes and cases of one career' },
  'CadreRecord.results': { max: 50, why: 'one result per year of a career' },
  'CadreRecord.outcomes': { max: 200, why: 'the outcome tasks of one career' },
  'CadreRecord.counters': { max: 20, why: 'the counters of the outcome rules' },
  'CadreRecord.blocked': { max: 50, why: 'the blocked outcomes of one cadre' },
  'YearResult.gates': { max: 20, why: 'the gates of the grading engine' },
  'YearResult.versions': { max: 20, why: 'the versions of one result' },
  'BlockedOutcomeView.statuses': { max: 10, why: 'the status kinds of a cadre' },
  'AssessmentTurnoutView.invited': { max: 10, why: 'one count per rater group' },
  'MyWork.sections': { max: 5, why: 'the five sections of myWork' },
  'CycleIndicatorsView.teams': { max: 200, why: 'the teams of one cycle that have indicators' },
  'TeamIndicatorView.dimensions': { max: 10, why: 'the dimensions of an indicator scheme' },
  'TeamIndicatorView.components': { max: 50, why: 'the components of an indicator scheme' },
  'CycleReportView.quotaPools': { max: 200, why: 'the quota pools of one cycle' },
  'QuotaSummaryView.regions': { max: 200, why: 'the direct children of one organisation, and the organisation itself' },
  'Query.quotaPoolsOf': { max: 500, why: 'one pool per unit and rank level (at most nine) of at most 50 units, and the teams’ pool' },
  'CycleReportView.gradeDistribution': { max: 200, why: 'one row per organisation of the report' },
  'CycleReportView.progress': { max: 200, why: 'one row per organisation of the report' },
  'ResultsReportView.regions': { max: 200, why: 'the direct children of one organisation, and the organisation itself' },
  'ResultsReportView.categories': { max: 20, why: 'one row per organisation category (20 categories)' },
  'ResultsReportView.bonusCoefficients': { max: 4, why: 'one per team grade' },
  'ReportTeamListView.nodes': { max: 500, why: 'the service reads the first 500 teams (REPORT_TEAM_LIMIT); totalCount says how many' },
  'Query.announcementLists': { max: 4, why: 'the four kinds of list' },
  'AnnouncementListView.entries': { max: 500, why: 'the service shows the first 500 entries of a list (LIST_VIEW_LIMIT); entryCount says how many' },
  'UserAccount.roles': { max: 50, why: 'role × organisation grants of one user' },
  'UserAccount.externalIdentities': { max: 20, why: 'the identity-provider subjects linked to one account (a person has one or two)' },
  'Vocabulary.gradeScales': { max: 10, why: 'the grade scales of the regulation' },
  'Mutation.openPublicNotice': { max: 500, why: 'one per decision it publishes: the input holds at most 500', sizeOf: inputLength('assessmentIds') },
  'Mutation.assignIndicatorResponsibilities': { max: 200, why: 'one per indicator code it assigns: the input holds at most 200', sizeOf: inputLength('indicatorCodes') },
  'GradingRun.byGrade': { max: 10, why: 'one count per grade of a scale' },
  'GradingRunRecord.byGrade': { max: 10, why: 'one count per grade of a scale' },
  'AssessmentCycle.quotaRaises': { max: 1000, why: 'the quota raises of one cycle: the query has LIMIT 1000' },
  'Query.businessAssessments': { max: 30, why: 'a cycle absorbs at most 30 business assessments (BUSINESS_ASSESSMENTS_MAX); the query has LIMIT 30' },
  'Query.myBusinessAssessments': { max: 100, why: 'the query has LIMIT 100' },
  'Query.businessAssessmentUnits': { max: 2000, why: 'the query has LIMIT 2000 (BUSINESS_UNITS_MAX)' },
  'BusinessReportView.lines': { max: 30, why: 'one line per business assessment of the cycle, at most 30' },
  'BusinessAssessmentView.organisationKinds': { max: 8, why: 'organisation kinds, a closed vocabulary' },
  'Assessment.termTargets': { max: 20, why: 'a term assessment holds at most 20 targets (TermTargetsInput)' },
  'Assessment.termYears': { max: 11, why: 'the years inside a term (the query has LIMIT 11)' },
  'Mutation.setTermTargets': { max: 20, why: 'the targets it sets: the input holds at most 20', sizeOf: inputLength('targets') },
};

/**
 * Every list a request may send, `Input.field` or `Type.field(argument)`,
 * with its most items: a longer one is refused with VALIDATION before any
 * resolver runs (input-limits.ts). Where the input class also declares
 * ArrayMaxSize the figure is the same.
 */
export const INPUT_LIST_MAX: Readonly<Record<string, number>> = {
  'CreateAccountsForUnitInput.roles': 2,
  'Mutation.setScores(rows)': 5000,
  'Mutation.markNotificationsRead(ids)': 500,
  'CollectiveDecisionInput.recusals': 50,
  'OpenNoticeInput.assessmentIds': 500,
  'EnrolInput.organisationIds': 500,
  'Query.quotaPoolsOf(organisationIds)': 50,
  'InviteRatersInput.raters': 500,
  'AssignResponsibilitiesInput.indicatorCodes': 200,
  'RecordAccusationInput.points': 50,
  'VerifyAccusationInput.findings': 50,
  'ClearAccusationInput.points': 50,
  'InviteRatersToAssessmentsInput.assessmentIds': 200,
  'InviteRatersToAssessmentsInput.raters': 500,
  'ChangeCandidateListInput.add': 100,
  'ChangeCandidateListInput.remove': 100,
  'CandidateSearchInput.rankLevels': 10,
  'DeclareBusinessAssessmentInput.organisationKinds': 8,
  'EnterBusinessResultsInput.results': 500,
  'PlanSurveyInput.sample': 500,
  'PlanSurveyInput.questions': 50,
  'UpdateSurveyPlanInput.sample': 500,
  'UpdateSurveyPlanInput.questions': 50,
  'EnterSurveyResultInput.questionScores': 50,
  'TermTargetsInput.targets': 20,
};

/** How one output list is bounded; null when it is not. */
export type ListRule = { kind: 'page'; max: number } | { kind: 'pageItems' } | { kind: 'enum'; max: number } | { kind: 'fixed'; max: number; sizeOf?: ListBound['sizeOf'] };

/** The rule of every list field (and of every field with a page size), keyed `Type.field`. */
export function listRules(schema: GraphQLSchema): Map<string, ListRule | null> {
  const rules = new Map<string, ListRule | null>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const paged = field.args.some((a) => a.name === PAGE_SIZE_ARGUMENT);
      const isList = isListType(getNullableType(field.type));
      if (paged) rules.set(key, { kind: 'page', max: PAGE_SIZE_MAX[key] ?? DEFAULT_PAGE_SIZE_MAX });
      else if (!isList) continue;
      else if (PAGE_ITEM_LISTS.has(key) || (type.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes'))) rules.set(key, { kind: 'pageItems' });
      else if (FIXED_LIST_BOUNDS[key]) rules.set(key, { kind: 'fixed', max: FIXED_LIST_BOUNDS[key].max, sizeOf: FIXED_LIST_BOUNDS[key].sizeOf });
      else {
        const item = getNamedType(field.type);
        rules.set(key, isEnumType(item) ? { kind: 'enum', max: item.getValues().length } : null);
      }
    }
  }
  return rules;
}

/** Every list a request may send: `Input.field` or `Type.field(argument)`. */
export function inputLists(schema: GraphQLSchema): string[] {
  const keys: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (isListType(getNullableType(field.type))) keys.push(`${type.name}.${field.name}`);
    } else if (isObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        for (const arg of field.args) if (isListType(getNullableType(arg.type))) keys.push(`${type.name}.${field.name}(${arg.name})`);
    }
  }
  return keys;
}
