/**
 * Reads the lifecycle context (`Assessment.context`, a JSON object) into the
 * few shapes the pages show. Defensive: a field missing or of another type is
 * read as absent, never trusted blindly.
 */

export interface CollectiveDecision {
  membersTotal: number;
  attendance: number;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  recusals: string[];
}

export interface Proposal {
  grade: string;
  comment: string;
  at: string | null;
}

export interface Decision {
  grade: string;
  changedFrom: string | null;
  reason: string | null;
  at: string | null;
  collective: CollectiveDecision | null;
  /** The comment (评语) the decision carries, as the assessed reads it (they are not shown the proposal). */
  comment: string | null;
}

export interface NoticeWindow {
  startsOn: string;
  endsOn: string;
}

export interface AssessmentContext {
  scale: string | null;
  overlayReason: string | null;
  proposal: Proposal | null;
  decision: Decision | null;
  notice: NoticeWindow | null;
  returns: Array<{ reason: string; at: string | null }>;
  refused: boolean;
  overdue: boolean;
  excellentWithdrawn: boolean;
  sendBacks: number;
  talks: number;
  ballotsOpenedAt: string | null;
  ballotsClosedAt: string | null;
  signature: { at: string | null; opinion: string | null } | null;
  writtenNoticeAt: string | null;
  feedbackAt: string | null;
  /** Regular and special assessments: the appraisal. */
  grade: string | null;
  score: number | null;
}

type Json = Record<string, unknown>;

const obj = (value: unknown): Json | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function collectiveOf(value: unknown): CollectiveDecision | null {
  const c = obj(value);
  if (!c) return null;
  return {
    membersTotal: num(c.membersTotal) ?? 0,
    attendance: num(c.attendance) ?? 0,
    votesFor: num(c.votesFor) ?? 0,
    votesAgainst: num(c.votesAgainst) ?? 0,
    abstentions: num(c.abstentions) ?? 0,
    recusals: Array.isArray(c.recusals) ? c.recusals.filter((r): r is string => typeof r === 'string') : [],
  };
}

export function readContext(context: Record<string, unknown> | null | undefined): AssessmentContext {
  const c = obj(context) ?? {};
  const proposal = obj(c.proposal);
  const decision = obj(c.decision);
  const notice = obj(c.notice);
  const selfReport = obj(c.selfReport) ?? {};
  const evaluation = obj(c.evaluation) ?? {};
  const signature = obj(c.signature);
  return {
    scale: str(c.scale),
    overlayReason: str(c.overlayReason),
    proposal: proposal && str(proposal.grade) ? { grade: str(proposal.grade)!, comment: str(proposal.comment) ?? '', at: str(proposal.at) } : null,
    decision:
      decision && str(decision.grade)
        ? {
            grade: str(decision.grade)!,
            changedFrom: str(decision.changedFrom),
            reason: str(decision.reason),
            at: str(decision.at),
            collective: collectiveOf(decision.collective),
            comment: str(decision.comment),
          }
        : null,
    notice: notice && str(notice.startsOn) && str(notice.endsOn) ? { startsOn: str(notice.startsOn)!, endsOn: str(notice.endsOn)! } : null,
    returns: Array.isArray(selfReport.returns)
      ? selfReport.returns.flatMap((r) => {
          const o = obj(r);
          return o && str(o.reason) ? [{ reason: str(o.reason)!, at: str(o.at) }] : [];
        })
      : [],
    refused: selfReport.refused === true,
    overdue: selfReport.overdue === true,
    excellentWithdrawn: c.excellentWithdrawn === true,
    sendBacks: num(c.sendBacks) ?? 0,
    talks: num(evaluation.talks) ?? 0,
    ballotsOpenedAt: str(evaluation.ballotsOpenedAt),
    ballotsClosedAt: str(evaluation.ballotsClosedAt),
    signature: signature ? { at: str(signature.at), opinion: str(signature.opinion) } : null,
    writtenNoticeAt: str(c.writtenNoticeAt),
    feedbackAt: str(c.feedbackAt),
    grade: str(c.grade),
    score: num(c.score),
  };
}
