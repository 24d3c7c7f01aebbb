import type { AssessmentEvent, AssessmentSummaryFieldsFragment, OpinionSource } from '../gql/graphql';
import { ApiError, request } from '../shared/api';
import { everyValue } from '../shared/enums';
import type { CollectiveDecision } from './context';
import {
  AcceptSelfReportMutation,
  AppraiseMutation,
  ApproveGradeMutation,
  ChangeGradeMutation,
  ClosePublicNoticeMutation,
  CloseBallotsMutation,
  CompleteEvaluationMutation,
  CompleteFactFindingMutation,
  DismissObjectionMutation,
  FileAssessmentMutation,
  GiveFeedbackMutation,
  InvestigateObjectionMutation,
  IssueWrittenNoticeMutation,
  LodgeObjectionMutation,
  OpenBallotsMutation,
  OpenPublicNoticeMutation,
  ProposeGradeMutation,
  RecordOpinionMutation,
  RecordRefusalMutation,
  RecordTalkMutation,
  ReturnSelfReportMutation,
  SendBackProposalMutation,
  SignWrittenNoticeMutation,
  SubmitSelfReportMutation,
  SubmitSummaryMutation,
  UpholdObjectionMutation,
} from './mutations';
import { AssessmentSummaryQuery } from './queries';

/** The input an action asks for before it is sent. */
export type ActionForm =
  | 'none'
  | 'reason'
  | 'talk'
  | 'opinion'
  | 'propose'
  | 'approve'
  | 'change'
  | 'sendBack'
  | 'notice'
  | 'objection'
  | 'objectionDecision'
  | 'sign'
  | 'feedback'
  | 'appraise'
  | 'turnout';

export interface ActionSpec {
  form: ActionForm;
  /** Button style: the step forward is primary, steps back or against the person are warnings. */
  tone: 'primary' | 'default' | 'warning' | 'danger' | 'success';
}

/** Who gives an opinion or finding during the evaluation: every value of the schema's OpinionSource. */
export const OPINION_SOURCES = everyValue<OpinionSource>()(['DISCIPLINE', 'INSPECTION_TOUR', 'AUDIT', 'PETITION', 'SUPERVISION']);

/**
 * Every machine event the web can send, with the form it needs. Which of them
 * a viewer sees is `availableActions` from the server, never this list. An
 * event the server offers that is missing here (SET_OVERLAY has no mutation
 * yet) shows no button.
 */
export const ACTION_SPECS: Readonly<Record<string, ActionSpec>> = {
  SUBMIT_SELF_REPORT: { form: 'none', tone: 'primary' },
  RETURN_SELF_REPORT: { form: 'reason', tone: 'warning' },
  ACCEPT_SELF_REPORT: { form: 'none', tone: 'primary' },
  RECORD_REFUSAL: { form: 'reason', tone: 'danger' },
  OPEN_BALLOTS: { form: 'none', tone: 'primary' },
  CLOSE_BALLOTS: { form: 'turnout', tone: 'primary' },
  RECORD_TALK: { form: 'talk', tone: 'default' },
  RECORD_OPINION: { form: 'opinion', tone: 'default' },
  COMPLETE_EVALUATION: { form: 'none', tone: 'primary' },
  PROPOSE_GRADE: { form: 'propose', tone: 'primary' },
  APPROVE_GRADE: { form: 'approve', tone: 'success' },
  CHANGE_GRADE: { form: 'change', tone: 'warning' },
  SEND_BACK: { form: 'sendBack', tone: 'danger' },
  OPEN_NOTICE: { form: 'notice', tone: 'primary' },
  LODGE_OBJECTION: { form: 'objection', tone: 'default' },
  INVESTIGATE_OBJECTION: { form: 'objectionDecision', tone: 'default' },
  UPHOLD_OBJECTION: { form: 'objectionDecision', tone: 'danger' },
  DISMISS_OBJECTION: { form: 'objectionDecision', tone: 'primary' },
  CLOSE_NOTICE: { form: 'none', tone: 'primary' },
  ISSUE_WRITTEN_NOTICE: { form: 'none', tone: 'primary' },
  SIGN_NOTICE: { form: 'sign', tone: 'primary' },
  GIVE_FEEDBACK: { form: 'feedback', tone: 'primary' },
  FILE: { form: 'none', tone: 'primary' },
  SUBMIT_SUMMARY: { form: 'none', tone: 'primary' },
  COMPLETE_FACT_FINDING: { form: 'none', tone: 'primary' },
  APPRAISE: { form: 'appraise', tone: 'primary' },
} satisfies Partial<Record<AssessmentEvent, ActionSpec>>;

/** The order buttons appear in: forward steps first, recording and going back after. */
const ORDER = Object.keys(ACTION_SPECS);

/** The events of `available` that have a button, in a stable order. */
export function actionButtons(available: readonly string[], hidden: readonly string[] = []): string[] {
  return available.filter((e) => ACTION_SPECS[e] && !hidden.includes(e)).sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
}

export interface ActionValues {
  reason: string;
  summary: string;
  source: string;
  grade: string;
  comment: string;
  score: number | null;
  collective: CollectiveDecision;
  startsOn: string;
  content: string;
  name: string;
  contact: string;
  objectionId: string;
  finding: string;
  opinion: string;
  strengths: string;
  shortcomings: string;
  improvementDemands: string;
}

export function emptyCollective(): CollectiveDecision {
  return { membersTotal: 0, attendance: 0, votesFor: 0, votesAgainst: 0, abstentions: 0, recusals: [] };
}

export function emptyValues(): ActionValues {
  return {
    reason: '',
    summary: '',
    source: '',
    grade: '',
    comment: '',
    score: null,
    collective: emptyCollective(),
    startsOn: '',
    content: '',
    name: '',
    contact: '',
    objectionId: '',
    finding: '',
    opinion: '',
    strengths: '',
    shortcomings: '',
    improvementDemands: '',
  };
}

/** The fields each form needs filled before it is sent (lengths and rules are checked by the server). */
export function missingFields(form: ActionForm, v: ActionValues): string[] {
  const required: Record<ActionForm, Array<keyof ActionValues>> = {
    none: [],
    reason: ['reason'],
    talk: ['summary'],
    opinion: ['source', 'summary'],
    propose: ['grade', 'comment'],
    approve: [],
    change: ['grade', 'reason'],
    sendBack: ['reason'],
    notice: ['startsOn'],
    objection: ['content'],
    objectionDecision: ['objectionId', 'finding'],
    sign: [],
    feedback: ['strengths', 'shortcomings', 'improvementDemands'],
    appraise: ['grade', 'comment'],
    // The exception's reason is asked for, but needed only when the turnout falls short (the server says so).
    turnout: [],
  };
  return required[form].filter((field) => {
    const value = v[field];
    return typeof value === 'string' ? value.trim() === '' : value === null;
  });
}

/** Fields filled with a figure outside what the rule allows: a score is a whole number from 0 to 100, said so rather than clamped. */
export function outOfRangeFields(form: ActionForm, v: ActionValues): string[] {
  if (form !== 'appraise' || v.score === null) return [];
  return Number.isInteger(v.score) && v.score >= 0 && v.score <= 100 ? [] : ['score'];
}

const collectiveInput = (c: CollectiveDecision) => ({
  membersTotal: c.membersTotal,
  attendance: c.attendance,
  votesFor: c.votesFor,
  votesAgainst: c.votesAgainst,
  abstentions: c.abstentions,
  recusals: c.recusals,
});

/**
 * Sends one action. `expectedVersion` is the version the viewer saw, so a
 * change made meanwhile comes back as CONFLICT instead of being overwritten.
 */
export async function runAction(
  event: string,
  target: { id: string; version: number },
  v: ActionValues,
  idempotencyKey: string,
): Promise<AssessmentSummaryFieldsFragment> {
  const base = { assessmentId: target.id, expectedVersion: target.version, idempotencyKey };
  const text = (s: string) => s.trim();
  switch (event) {
    case 'SUBMIT_SELF_REPORT':
      return (await request(SubmitSelfReportMutation, { input: base })).submitSelfReport;
    case 'RETURN_SELF_REPORT':
      return (await request(ReturnSelfReportMutation, { input: { ...base, reason: text(v.reason) } })).returnSelfReport;
    case 'ACCEPT_SELF_REPORT':
      return (await request(AcceptSelfReportMutation, { input: base })).acceptSelfReport;
    case 'RECORD_REFUSAL':
      return (await request(RecordRefusalMutation, { input: { ...base, reason: text(v.reason) } })).recordRefusal;
    case 'OPEN_BALLOTS':
      return (await request(OpenBallotsMutation, { input: base })).openBallots;
    case 'CLOSE_BALLOTS':
      return (await request(CloseBallotsMutation, { input: base, turnoutException: text(v.reason) ? { reason: text(v.reason) } : null })).closeBallots;
    case 'RECORD_TALK':
      return (await request(RecordTalkMutation, { input: { ...base, summary: text(v.summary) } })).recordTalk;
    case 'RECORD_OPINION':
      return (await request(RecordOpinionMutation, { input: { ...base, source: v.source, summary: text(v.summary) } })).recordOpinion;
    case 'COMPLETE_EVALUATION':
      return (await request(CompleteEvaluationMutation, { input: base })).completeEvaluation;
    case 'PROPOSE_GRADE':
      return (await request(ProposeGradeMutation, { input: { ...base, grade: v.grade, comment: text(v.comment) } })).proposeGrade;
    case 'APPROVE_GRADE':
      return (await request(ApproveGradeMutation, { input: { ...base, collective: collectiveInput(v.collective) } })).approveGrade;
    case 'CHANGE_GRADE':
      return (await request(ChangeGradeMutation, { input: { ...base, grade: v.grade, reason: text(v.reason), collective: collectiveInput(v.collective) } })).changeGrade;
    case 'SEND_BACK':
      return (await request(SendBackProposalMutation, { input: { ...base, reason: text(v.reason), collective: collectiveInput(v.collective) } })).sendBackProposal;
    case 'OPEN_NOTICE': {
      const list = (await request(OpenPublicNoticeMutation, { input: { assessmentIds: [target.id], startsOn: v.startsOn, idempotencyKey } })).openPublicNotice;
      const mine = list.find((a) => a.id === target.id);
      if (!mine) throw new ApiError('INTERNAL', 'The notice answer did not include this assessment');
      return mine;
    }
    case 'LODGE_OBJECTION': {
      await request(LodgeObjectionMutation, {
        input: { assessmentId: target.id, content: text(v.content), name: text(v.name) || null, contact: text(v.contact) || null, idempotencyKey },
      });
      return (await request(AssessmentSummaryQuery, { id: target.id })).assessment;
    }
    case 'INVESTIGATE_OBJECTION':
      return (await request(InvestigateObjectionMutation, { input: { objectionId: v.objectionId, finding: text(v.finding), idempotencyKey } })).investigateObjection;
    case 'UPHOLD_OBJECTION':
      return (await request(UpholdObjectionMutation, { input: { objectionId: v.objectionId, finding: text(v.finding), idempotencyKey } })).upholdObjection;
    case 'DISMISS_OBJECTION':
      return (await request(DismissObjectionMutation, { input: { objectionId: v.objectionId, finding: text(v.finding), idempotencyKey } })).dismissObjection;
    case 'CLOSE_NOTICE':
      return (await request(ClosePublicNoticeMutation, { input: base })).closePublicNotice;
    case 'ISSUE_WRITTEN_NOTICE':
      return (await request(IssueWrittenNoticeMutation, { input: base })).issueWrittenNotice;
    case 'SIGN_NOTICE':
      return (await request(SignWrittenNoticeMutation, { input: { ...base, opinion: text(v.opinion) || null } })).signWrittenNotice;
    case 'GIVE_FEEDBACK':
      return (
        await request(GiveFeedbackMutation, {
          input: { ...base, strengths: text(v.strengths), shortcomings: text(v.shortcomings), improvementDemands: text(v.improvementDemands) },
        })
      ).giveFeedback;
    case 'FILE':
      return (await request(FileAssessmentMutation, { input: base })).fileAssessment;
    case 'SUBMIT_SUMMARY':
      return (await request(SubmitSummaryMutation, { input: base })).submitSummary;
    case 'COMPLETE_FACT_FINDING':
      return (await request(CompleteFactFindingMutation, { input: base })).completeFactFinding;
    case 'APPRAISE':
      return (await request(AppraiseMutation, { input: { ...base, grade: v.grade, score: v.score, comment: text(v.comment) } })).appraise;
    default:
      throw new ApiError('BAD_REQUEST', `No action ${event} in this web app`);
  }
}
