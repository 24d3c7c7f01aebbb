import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { chinaDay } from '../../server/calendar/calendar.service.js';
import { postGraphQL, type GraphQLResponse } from './harness.js';
import type { LifecycleItem, RoleUser } from './lifecycle-seed.js';

/**
 * The steps of `--mix lifecycle`, each one GraphQL mutation sent by the role
 * that does it in real life, and the driver that takes one assessment
 * through them: self-report submitted by the cadre and accepted, ballots
 * opened, cast by three raters and closed, a talk and a discipline opinion
 * recorded, evaluation completed, a grade proposed (one in eight EXCELLENT,
 * against the quota) and approved by the committee; an EXCELLENT decision
 * goes on public notice, and the client then closes a notice opened a
 * fortnight earlier (setup) and carries that assessment on; the written
 * notice issued and signed, feedback given, the file closed.
 */

const A = 'id state version overlay';
const unanimous = { membersTotal: 9, attendance: 8, votesFor: 8, votesAgainst: 0, abstentions: 0, recusals: [] as string[] };

export type Who = RoleUser | 'cadre' | 'rater';

export interface StepDef {
  name: string;
  who: Who;
  query: string;
}

const action = (name: string, who: Who, inputType = 'ActionInput'): StepDef => ({ name, who, query: `mutation($input: ${inputType}!) { ${name}(input: $input) { ${A} } }` });

export const STEPS = {
  submitSelfReport: action('submitSelfReport', 'cadre'),
  acceptSelfReport: action('acceptSelfReport', 'assessor'),
  openBallots: action('openBallots', 'assessor'),
  castBallot: { name: 'castBallot', who: 'rater', query: `mutation($input: CastBallotInput!) { castBallot(input: $input) }` } as StepDef,
  recordTalk: action('recordTalk', 'assessor', 'RecordTalkInput'),
  recordOpinion: action('recordOpinion', 'discipline', 'RecordOpinionInput'),
  closeBallots: action('closeBallots', 'assessor'),
  completeEvaluation: action('completeEvaluation', 'assessor'),
  proposeGrade: action('proposeGrade', 'assessor', 'ProposeGradeInput'),
  approveGrade: action('approveGrade', 'committee', 'ApproveGradeInput'),
  openPublicNotice: { name: 'openPublicNotice', who: 'orgadmin', query: `mutation($input: OpenNoticeInput!) { openPublicNotice(input: $input) { ${A} } }` } as StepDef,
  closePublicNotice: action('closePublicNotice', 'orgadmin'),
  issueWrittenNotice: action('issueWrittenNotice', 'orgadmin'),
  signWrittenNotice: action('signWrittenNotice', 'cadre', 'SignNoticeInput'),
  giveFeedback: action('giveFeedback', 'assessor', 'FeedbackInput'),
  fileAssessment: action('fileAssessment', 'orgadmin'),
} satisfies Record<string, StepDef>;
export type StepName = keyof typeof STEPS;
export const STEP_NAMES = Object.keys(STEPS) as StepName[];

/** Latencies and refusals per step type. */
export class StepStats {
  readonly latencies = new Map<StepName, number[]>();
  readonly errors = new Map<string, number>();
  /** EXCELLENT proposals the quota (or a gate) refused, proposed again as COMPETENT: an answer, not a failure. */
  refusedProposals = 0;
  firstError: string | null = null;
  /** Statements the server sent per step (the census), when measured. */
  readonly statements = new Map<StepName, number[]>();
  /** With `retries`: requests sent again, those then acknowledged, those given up. */
  readonly retry: RetryStats = { retried: 0, retriedAcked: 0, lost: 0 };

  ok(step: StepName, ms: number): void {
    let list = this.latencies.get(step);
    if (!list) this.latencies.set(step, (list = []));
    list.push(ms);
  }

  fail(step: StepName, code: string, detail: string): void {
    const key = `${step}:${code}`;
    this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
    this.firstError ??= `${step}: ${detail.slice(0, 400)}`;
  }

  get total(): number {
    let n = 0;
    for (const list of this.latencies.values()) n += list.length;
    return n;
  }
}

export interface MixClient {
  agent: http.Agent;
  port: number;
  tokens: Record<RoleUser, string>;
  raterTokens: string[];
  /** Fresh assessments (selfReport.drafting), taken in turn. */
  items: LifecycleItem[];
  next: number;
  /** Assessments whose public notice opened a fortnight ago (or decided without one): the decisions this client carries on. */
  noticed: Array<LifecycleItem & { state: string }>;
}

export interface DriveOptions {
  stats: StepStats;
  /** Stop before a step once this time (performance.now()) has passed. */
  deadline: number;
  /** The server's clock offset, for the notice's first day. */
  clockOffsetMs: number;
  /** Setup: propose EXCELLENT wherever the overlay allows, stop once the notice is open. */
  prepare?: boolean;
  /** Called around each request (the statement census). */
  around?: (step: StepName, request: () => Promise<boolean>) => Promise<boolean>;
  /**
   * Through a balancer whose servers may die (`npm run scaleout`): each
   * mutation carries an idempotency key, and one whose answer did not arrive
   * (the connection cut, a 502/503, no answer in time) is sent again with the
   * same key up to this many times. A ballot has no key: sent again, "already
   * voted" (CONFLICT) says the first one was counted.
   */
  retries?: number;
  /** Each acknowledged request: its answer (null for a ballot, whose answer is only `true`). */
  onAck?: (step: StepName, item: LifecycleItem, answer: Answer) => void;
}

/** Sends again, or gives up, after one failed attempt of a step through a balancer. */
export interface RetryStats {
  retried: number;
  retriedAcked: number;
  lost: number;
}

export type Answer = { id: string; state: string; version: number; overlay: string } | null;

let proposals = 0;

/** An attempt whose answer did not come from a server that did the work: worth sending again with the same key. */
function unanswered(status: number, code: string | undefined): boolean {
  return status === 0 || status >= 500 || code === 'SERVICE_UNAVAILABLE' || code?.startsWith('NETWORK_') === true;
}

/** The bearer token of whoever does a step: the assessed cadre, one of the raters, or the role's user. */
export function tokenFor(client: MixClient, item: LifecycleItem, who: Who, raterIndex = 0): string {
  return who === 'cadre' ? item.cadreToken : who === 'rater' ? client.raterTokens[raterIndex % client.raterTokens.length]! : client.tokens[who];
}

/** One request of one step (sent again with its key after a cut answer, with `retries`); true when it succeeded. */
async function send(client: MixClient, item: LifecycleItem, step: StepName, variables: { input: Record<string, unknown> }, o: DriveOptions, raterIndex = 0): Promise<{ ok: boolean; answer: Answer; json: GraphQLResponse }> {
  const def: StepDef = STEPS[step];
  const token = tokenFor(client, item, def.who, raterIndex);
  const keyed = o.retries !== undefined && step !== 'castBallot' ? { input: { ...variables.input, idempotencyKey: randomUUID() } } : variables;
  const body = JSON.stringify({ query: def.query, variables: keyed });
  let answer: Answer = null;
  let json: GraphQLResponse = {};
  const request = async () => {
    for (let attempt = 0; ; attempt++) {
      const t0 = performance.now();
      let status = 0;
      try {
        const res = await postGraphQL(client.agent, client.port, body, token, o.retries !== undefined ? 15_000 : undefined);
        status = res.status;
        json = res.json;
        const data = json.data?.[def.name];
        const recounted = attempt > 0 && step === 'castBallot' && json.errors?.[0]?.extensions?.code === 'CONFLICT';
        if ((res.status === 200 && !json.errors && data !== undefined && data !== null) || recounted) {
          answer = (Array.isArray(data) ? data[0] : data && typeof data === 'object' ? data : null) as Answer;
          o.stats.ok(step, performance.now() - t0);
          if (attempt > 0) o.stats.retry.retriedAcked++;
          o.onAck?.(step, item, answer);
          return true;
        }
      } catch (error) {
        json = { errors: [{ message: String(error), extensions: { code: `NETWORK_${(error as NodeJS.ErrnoException).code ?? 'ERROR'}` } }] };
        if (o.retries !== undefined) {
          // Through the balancer the connection is gone: a fresh one for the next request.
          client.agent.destroy();
          client.agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        }
      }
      if (o.retries === undefined || !unanswered(status, json.errors?.[0]?.extensions?.code)) return false;
      if (attempt >= o.retries) {
        o.stats.retry.lost++;
        return false;
      }
      o.stats.retry.retried++;
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
    }
  };
  const ok = o.around ? await o.around(step, request) : await request();
  return { ok, answer, json };
}

function failed(o: DriveOptions, step: StepName, json: GraphQLResponse): void {
  o.stats.fail(step, json.errors?.[0]?.extensions?.code ?? 'NO_DATA', JSON.stringify(json.errors ?? json));
}

/** Issue, sign, feedback, file: the decided assessment's tail. */
async function tail(client: MixClient, item: LifecycleItem, o: DriveOptions): Promise<void> {
  const steps: Array<[StepName, Record<string, unknown>]> = [
    ['issueWrittenNotice', { assessmentId: item.id }],
    ['signWrittenNotice', { assessmentId: item.id, opinion: null }],
    ['giveFeedback', { assessmentId: item.id, strengths: '工作扎实，敢于担当。', shortcomings: '统筹协调有待加强。', improvementDemands: '加强学习，提升统筹能力。' }],
    ['fileAssessment', { assessmentId: item.id }],
  ];
  for (const [step, input] of steps) {
    if (performance.now() >= o.deadline) return;
    const r = await send(client, item, step, { input }, o);
    if (!r.ok) return failed(o, step, r.json);
  }
}

/** Takes one fresh assessment as far as the deadline allows (or, preparing, to its open notice). */
export async function driveOne(client: MixClient, item: LifecycleItem, o: DriveOptions): Promise<void> {
  const id = item.id;
  const simple: Array<[StepName, Record<string, unknown>, number?]> = [
    ['submitSelfReport', { assessmentId: id }],
    ['acceptSelfReport', { assessmentId: id }],
    ['openBallots', { assessmentId: id }],
    ...client.raterTokens.map((_, i): [StepName, Record<string, unknown>, number] => [
      'castBallot',
      { assessmentId: id, scores: { morality: 92, ability: 88 + i, diligence: 90, results: 89, integrity: 95 }, overall: i === 0 && !o.prepare ? 'COMPETENT' : 'EXCELLENT' },
      i,
    ]),
    ['recordTalk', { assessmentId: id, summary: '与该同志所在单位主要负责人个别谈话：工作扎实，作风务实。' }],
    ['recordOpinion', { assessmentId: id, source: 'DISCIPLINE', summary: '经查，未发现违纪违法问题。' }],
    ['closeBallots', { assessmentId: id }],
    ['completeEvaluation', { assessmentId: id }],
  ];
  let last: Answer = null;
  for (const [step, input, rater] of simple) {
    if (performance.now() >= o.deadline) return;
    const r = await send(client, item, step, { input }, o, rater);
    if (!r.ok) return failed(o, step, r.json);
    if (r.answer) last = r.answer;
  }
  if (performance.now() >= o.deadline) return;
  const overlay = last?.overlay ?? 'NONE';
  const wanted = overlay === 'UNGRADED' ? 'UNGRADED' : overlay === 'COMMENT_ONLY' ? 'COMMENT_ONLY' : o.prepare || proposals++ % 8 === 0 ? 'EXCELLENT' : 'COMPETENT';
  const comment = '该同志政治立场坚定，工作认真负责，完成年度目标任务。';
  let proposed = await send(client, item, 'proposeGrade', { input: { assessmentId: id, grade: wanted, comment } }, o);
  if (!proposed.ok && wanted === 'EXCELLENT') {
    // The quota (or a gate) refused EXCELLENT, naming the rule: the assessment team proposes COMPETENT instead.
    o.stats.refusedProposals++;
    proposed = await send(client, item, 'proposeGrade', { input: { assessmentId: id, grade: 'COMPETENT', comment } }, o);
  }
  if (!proposed.ok) return failed(o, 'proposeGrade', proposed.json);
  if (performance.now() >= o.deadline) return;
  const approved = await send(client, item, 'approveGrade', { input: { assessmentId: id, collective: unanimous } }, o);
  if (!approved.ok) return failed(o, 'approveGrade', approved.json);
  let carry: LifecycleItem | null = item;
  if (approved.answer?.state === 'awaitingNotice') {
    if (performance.now() >= o.deadline) return;
    const startsOn = chinaDay(new Date(Date.now() + o.clockOffsetMs));
    const opened = await send(client, item, 'openPublicNotice', { input: { assessmentIds: [id], startsOn } }, o);
    if (!opened.ok) return failed(o, 'openPublicNotice', opened.json);
    if (o.prepare) {
      client.noticed.push({ ...item, state: 'publicNotice' });
      return;
    }
    // This notice runs its five working days; the client carries on with one opened a fortnight ago.
    const old = client.noticed.shift();
    carry = old ?? null;
    if (old?.state === 'publicNotice') {
      if (performance.now() >= o.deadline) return;
      const closed = await send(client, old, 'closePublicNotice', { input: { assessmentId: old.id } }, o);
      if (!closed.ok) return failed(o, 'closePublicNotice', closed.json);
    }
  } else if (o.prepare) {
    client.noticed.push({ ...item, state: approved.answer?.state ?? 'decided' });
    return;
  }
  if (carry) await tail(client, carry, o);
}
