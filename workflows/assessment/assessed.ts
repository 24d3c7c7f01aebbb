/**
 * What the assessed (the cadre, or a team's principal leader and report
 * author) is told and may read of their own assessment: what they must act
 * on, what they should know, and the decision with its reasons — never the
 * deliberation (the team's proposal before the committee, the committee's
 * change and votes, individual talks, objections and who lodged them, the
 * engine's ranking in the quota pool). One rule for the notifications and
 * for the reading.
 */

/**
 * Events of an assessment the assessed is notified of: the self-report
 * opened or returned (act), overdue (act), their name on the public notice
 * (know), the written notice to sign (act), the feedback talk (know), an
 * appraisal of a regular or special assessment (know), the year made
 * ungraded or comment-only by a status fact (know), a correction of the
 * result (know), the assessment cancelled (know). Their own steps, and every
 * internal step of the assessment team and the committee, notify nobody.
 */
export const ASSESSED_NOTIFIED_EVENTS: readonly string[] = [
  'START_SELF_REPORT',
  'RETURN_SELF_REPORT',
  'MARK_SELF_REPORT_OVERDUE',
  'OPEN_NOTICE',
  'ISSUE_WRITTEN_NOTICE',
  'GIVE_FEEDBACK',
  'APPRAISE',
  'SET_OVERLAY',
  'CORRECT_RESULT',
  'CANCEL_ASSESSMENT',
];

export function isAssessedNotified(eventType: string): boolean {
  return ASSESSED_NOTIFIED_EVENTS.includes(eventType);
}

/**
 * Entries of the assessment's audit trail the assessed reads: their own
 * steps, the steps that reach them, the public notice and the result. The
 * proposal, the committee's approval or change, send-backs, talks, opinions,
 * objections, political reviews and findings stay with those who decide.
 */
export const ASSESSED_HISTORY_ACTIONS: readonly string[] = [
  'START_SELF_REPORT',
  'SUBMIT_SELF_REPORT',
  'RETURN_SELF_REPORT',
  'ACCEPT_SELF_REPORT',
  'MARK_SELF_REPORT_OVERDUE',
  'OPEN_BALLOTS',
  'CLOSE_BALLOTS',
  'OPEN_NOTICE',
  'CLOSE_NOTICE',
  'ISSUE_WRITTEN_NOTICE',
  'SIGN_NOTICE',
  'GIVE_FEEDBACK',
  'FILE',
  'SUBMIT_SUMMARY',
  'APPRAISE',
  'SET_OVERLAY',
  'CORRECT_RESULT',
  'CANCEL_ASSESSMENT',
];

/** Entries whose details (payload) the assessed reads as well: a return's reason, their own signature, a correction's grade. */
const PAYLOAD_KEPT: readonly string[] = ['RETURN_SELF_REPORT', 'SIGN_NOTICE', 'CORRECT_RESULT', 'APPRAISE'];

export function assessedSeesPayload(action: string): boolean {
  return PAYLOAD_KEPT.includes(action);
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);

/** Only these keys of an object, those present. */
function pick(source: Json | null, keys: readonly string[]): Json | null {
  if (!source) return null;
  const out: Json = {};
  for (const k of keys) if (k in source) out[k] = source[k];
  return out;
}

/**
 * The lifecycle context as the assessed reads it. The decision keeps its
 * grade, day and the comment (评语) it carries; the proposal appears only as
 * that comment once decided; the notice keeps its window, not the objections;
 * the evaluation keeps when the ballots opened and closed; corrections keep
 * their grade, source and reason, not the meeting.
 */
export function assessedContext(context: unknown): Json {
  const c = obj(context) ?? {};
  const out: Json = {};
  for (const key of ['subject', 'kind', 'scale', 'overlay', 'overlayReason', 'finalGrade', 'writtenNoticeAt', 'signature', 'feedbackAt', 'grade', 'score', 'summaryAt', 'findingsAt', 'cancellation']) {
    if (key in c) out[key] = c[key];
  }
  const selfReport = obj(c.selfReport);
  if (selfReport) out.selfReport = pick(selfReport, ['submissions', 'returns', 'overdue', 'refused']);
  const evaluation = obj(c.evaluation);
  if (evaluation) out.evaluation = pick(evaluation, ['ballotsOpenedAt', 'ballotsClosedAt']);
  const decision = obj(c.decision);
  const proposal = obj(c.proposal);
  out.proposal = null;
  out.decision = decision ? { ...pick(decision, ['grade', 'at']), comment: typeof proposal?.comment === 'string' ? proposal.comment : null } : null;
  const notice = obj(c.notice);
  out.notice = notice ? pick(notice, ['startsOn', 'endsOn']) : null;
  if (Array.isArray(c.corrections)) out.corrections = c.corrections.map((k) => pick(obj(k), ['grade', 'previousGrade', 'source', 'reason', 'at']));
  const pending = obj(c.pendingCorrection);
  if ('pendingCorrection' in c) out.pendingCorrection = pending ? pick(pending, ['grade', 'source', 'at']) : null;
  return out;
}
