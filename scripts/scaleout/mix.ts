import { randomUUID } from 'node:crypto';
import http from 'node:http';

/**
 * The lifecycle mix sent through the balancer: clients signed in once (a
 * session any server process accepts), each firing recordTalk on its own
 * assessments (valid self-transitions, each with an idempotency key) and, one
 * request in `readEvery`, the cycle's report (read on the replica). A
 * transition whose answer did not arrive (connection cut, 502/503 while a
 * server dies) is sent again with the same key, up to `retries` times; every
 * acknowledged one — an answer with its new version — is recorded, to be
 * looked for in the primary afterwards.
 */

export interface Ack {
  assessmentId: string;
  /** The version the transition produced; its audit row has from_version = version - 1. */
  version: number;
}

export interface MixResult {
  acks: Ack[];
  /** Acknowledged transitions per second of the run, second by second. */
  perSecond: number[];
  reads: number;
  /** Errors the clients saw, by code (HTTP_502, NETWORK_ECONNRESET, a GraphQL code…), retries included. */
  errors: Map<string, number>;
  /** Transitions sent again after an error, and how many of those were then acknowledged. */
  retried: number;
  retriedAcked: number;
  /** Transitions given up after the last retry. */
  lost: number;
  firstError: string | null;
}

interface Answer {
  status: number;
  json: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

function post(agent: http.Agent, port: number, body: string, token: string | null): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        timeout: 15_000,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as Answer['json'] });
          } catch {
            resolve({ status: res.statusCode ?? 0, json: { errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${res.statusCode}` } }] } });
          }
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', reject);
    req.end(body);
  });
}

export async function signIn(port: number, username: string, password: string): Promise<string> {
  const agent = new http.Agent({ keepAlive: false });
  const { json } = await post(agent, port, JSON.stringify({ query: `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, variables: { input: { username, password } } }), null);
  const token = (json.data?.signIn as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(json.errors)}`);
  return token;
}

const TALK = `mutation Talk($input: RecordTalkInput!) { recordTalk(input: $input) { id version } }`;
const REPORT = `query Report($cycleId: ID!) { cycleReport(cycleId: $cycleId) { cycleId progress { key count } } }`;

export interface MixOptions {
  port: number;
  token: string;
  cycleId: string;
  /** The assessments, shared out among the clients (each client its own, so two never race for one). */
  assessmentIds: string[];
  clients: number;
  seconds: number;
  readEvery: number;
  retries: number;
  /** Called once, `at` seconds into the run (the kill). */
  at?: { seconds: number; run: () => void };
}

export async function runMix(options: MixOptions): Promise<MixResult> {
  const acks: Ack[] = [];
  const perSecond = Array.from({ length: Math.ceil(options.seconds) }, () => 0);
  const errors = new Map<string, number>();
  let firstError: string | null = null;
  let reads = 0;
  let retried = 0;
  let retriedAcked = 0;
  let lost = 0;
  const begin = performance.now();
  const deadline = begin + options.seconds * 1000;
  const noteError = (code: string, detail: string) => {
    errors.set(code, (errors.get(code) ?? 0) + 1);
    firstError ??= detail.slice(0, 300);
  };
  const timer = options.at ? setTimeout(options.at.run, options.at.seconds * 1000) : null;
  const parts = Array.from({ length: options.clients }, (_, c) => options.assessmentIds.filter((_id, i) => i % options.clients === c));

  const client = async (ids: string[]) => {
    // keep-alive, as a browser's connection to the balancer; a fresh connection after a failure.
    let agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let sent = 0;
    while (performance.now() < deadline) {
      sent++;
      if (sent % options.readEvery === 0) {
        try {
          const { status, json } = await post(agent, options.port, JSON.stringify({ query: REPORT, variables: { cycleId: options.cycleId } }), options.token);
          if (status === 200 && !json.errors) reads++;
          else noteError(json.errors?.[0]?.extensions?.code ?? `HTTP_${status}`, JSON.stringify(json.errors ?? status));
        } catch (error) {
          noteError(`NETWORK_${(error as NodeJS.ErrnoException).code ?? 'ERROR'}`, String(error));
          agent.destroy();
          agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        }
        continue;
      }
      const assessmentId = ids[sent % ids.length]!;
      const body = JSON.stringify({ query: TALK, variables: { input: { assessmentId, summary: '扩展部署演练: 个别谈话记录。', idempotencyKey: randomUUID() } } });
      for (let attempt = 0; attempt <= options.retries; attempt++) {
        if (attempt > 0) {
          retried++;
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        }
        try {
          const { status, json } = await post(agent, options.port, body, options.token);
          const result = json.data?.recordTalk as { version?: number } | undefined;
          if (status === 200 && !json.errors && typeof result?.version === 'number') {
            acks.push({ assessmentId, version: result.version });
            const second = Math.floor((performance.now() - begin) / 1000);
            if (second < perSecond.length) perSecond[second]!++;
            if (attempt > 0) retriedAcked++;
            break;
          }
          const code = json.errors?.[0]?.extensions?.code ?? `HTTP_${status}`;
          noteError(code, JSON.stringify(json.errors ?? status));
          // Only a failure of the path to a server is worth a retry; a refusal by the server is final.
          if (status < 500 && code !== 'SERVICE_UNAVAILABLE') break;
        } catch (error) {
          noteError(`NETWORK_${(error as NodeJS.ErrnoException).code ?? 'ERROR'}`, String(error));
          agent.destroy();
          agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        }
        if (attempt === options.retries) lost++;
      }
    }
    agent.destroy();
  };
  await Promise.all(parts.map(client));
  if (timer) clearTimeout(timer);
  return { acks, perSecond, reads, errors, retried, retriedAcked, lost, firstError };
}
