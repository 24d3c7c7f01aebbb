import http from 'node:http';
import { postGraphQL } from '../bench/harness.js';
import type { LifecycleItem, RoleUser } from '../bench/lifecycle-seed.js';
import { driveOne, StepStats, type MixClient, type StepName } from '../bench/lifecycle-steps.js';

/**
 * The lifecycle mix sent through the balancer, as `npm run bench:transitions
 * -- --mix lifecycle` drives it (scripts/bench/lifecycle-steps.ts): each
 * client takes its own assessments through every step, each step sent by
 * the role that does it — the cadre submits the self-report, the assessment
 * team accepts it and opens the ballots, three raters vote, a talk and a
 * discipline opinion are recorded, the ballots close, the evaluation
 * completes, a grade is proposed (one in eight EXCELLENT, against the quota)
 * and approved by the committee, an EXCELLENT decision goes on public
 * notice, and the others are issued, signed, given feedback and filed — and,
 * one request in `readEvery`, reads the cycle's report (on the replica).
 * Every mutation carries an idempotency key; one whose answer did not
 * arrive (connection cut, 502/503 while a server dies) is sent again with
 * the same key. Every acknowledged step is recorded, to be looked for in the
 * primary and the replica afterwards.
 */

/** An acknowledged transition: the assessment and the version it produced (its audit row has from_version = version - 1). */
export interface Ack {
  assessmentId: string;
  version: number;
  step: StepName;
}

export interface MixResult {
  acks: Ack[];
  /** Acknowledged ballots, by assessment: each must be counted as returned (its invitation marked voted). */
  ballots: Map<string, number>;
  /** Acknowledged requests (transitions and ballots) per second of the run, second by second. */
  perSecond: number[];
  /** Acknowledged requests by step. */
  bySteps: Map<StepName, number>;
  reads: number;
  /** Errors the clients saw, by step and code (HTTP_502, NETWORK_ECONNRESET, a GraphQL code…), retries included. */
  errors: Map<string, number>;
  /** Requests sent again after a cut answer, and how many of those were then acknowledged. */
  retried: number;
  retriedAcked: number;
  /** Requests given up after the last retry. */
  lost: number;
  firstError: string | null;
  /** The assessments the clients took up (a later run takes others). */
  consumed: Set<string>;
}

const REPORT = `query Report($cycleId: ID!) { cycleReport(cycleId: $cycleId) { cycleId progress { key count } } }`;

export interface MixOptions {
  port: number;
  tokens: Record<RoleUser, string>;
  raterTokens: string[];
  /** The cycle whose report is read. */
  cycleId: string;
  /** Fresh assessments, shared out among the clients (each client its own, so two never race for one); taken from the front. */
  items: LifecycleItem[];
  clients: number;
  seconds: number;
  readEvery: number;
  retries: number;
  /** Called once, `at` seconds into the run (the kill). */
  at?: { seconds: number; run: () => void };
}

export async function runMix(options: MixOptions): Promise<MixResult> {
  const stats = new StepStats();
  const acks: Ack[] = [];
  const ballots = new Map<string, number>();
  const perSecond = Array.from({ length: Math.ceil(options.seconds) }, () => 0);
  const bySteps = new Map<StepName, number>();
  const errors = new Map<string, number>();
  let firstError: string | null = null;
  let reads = 0;
  const begin = performance.now();
  const deadline = begin + options.seconds * 1000;
  const timer = options.at ? setTimeout(options.at.run, options.at.seconds * 1000) : null;
  const perClient = Math.floor(options.items.length / options.clients);
  const clients: MixClient[] = Array.from({ length: options.clients }, (_, c) => ({
    agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
    port: options.port,
    tokens: options.tokens,
    raterTokens: options.raterTokens,
    items: options.items.slice(c * perClient, (c + 1) * perClient),
    next: 0,
    noticed: [],
  }));
  const readError = (code: string, detail: string) => {
    errors.set(`cycleReport:${code}`, (errors.get(`cycleReport:${code}`) ?? 0) + 1);
    firstError ??= `cycleReport: ${detail.slice(0, 300)}`;
  };
  const onAck = (step: StepName, item: LifecycleItem, answer: { id: string; version: number } | null) => {
    const second = Math.floor((performance.now() - begin) / 1000);
    if (second < perSecond.length) perSecond[second]!++;
    bySteps.set(step, (bySteps.get(step) ?? 0) + 1);
    if (step === 'castBallot') ballots.set(item.id, (ballots.get(item.id) ?? 0) + 1);
    else if (answer) acks.push({ assessmentId: answer.id, version: answer.version, step });
  };

  await Promise.all(
    clients.map(async (client) => {
      let sent = 0;
      // One request in `readEvery` is preceded by a read of the cycle's report (the replica's share).
      const around = async (_step: StepName, request: () => Promise<boolean>) => {
        if (++sent % options.readEvery === 0) {
          try {
            const { status, json } = await postGraphQL(client.agent, client.port, JSON.stringify({ query: REPORT, variables: { cycleId: options.cycleId } }), options.tokens.orgadmin, 15_000);
            if (status === 200 && !json.errors) reads++;
            else readError(json.errors?.[0]?.extensions?.code ?? `HTTP_${status}`, JSON.stringify(json.errors ?? status));
          } catch (error) {
            readError(`NETWORK_${(error as NodeJS.ErrnoException).code ?? 'ERROR'}`, String(error));
            client.agent.destroy();
            client.agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
          }
        }
        return request();
      };
      while (performance.now() < deadline) {
        const item = client.items[client.next++];
        if (!item) break;
        await driveOne(client, item, { stats, deadline, clockOffsetMs: 0, retries: options.retries, onAck, around });
      }
      client.agent.destroy();
    }),
  );
  if (timer) clearTimeout(timer);
  for (const [key, n] of stats.errors) errors.set(key, n);
  firstError = stats.firstError ?? firstError;
  const consumed = new Set(clients.flatMap((c) => c.items.slice(0, c.next).map((i) => i.id)));
  return { acks, ballots, perSecond, bySteps, reads, errors, retried: stats.retry.retried, retriedAcked: stats.retry.retriedAcked, lost: stats.retry.lost, firstError, consumed };
}
