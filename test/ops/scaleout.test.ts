import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findTools } from '../../server/backup/pg-tools.js';
import { HAPROXY_INSTALL } from '../../scripts/scaleout/haproxy.js';
import { describeScaleout, runScaleout } from '../../scripts/scaleout/run.js';

/**
 * A short `npm run scaleout`: PostgreSQL primary and streaming replica, two
 * server processes behind a real HAProxy, the lifecycle mix through it with
 * one server killed (SIGKILL) half-way. Nothing acknowledged may be missing
 * on the primary or on the replica, the reports must have been read on the
 * replica, the survivor must keep answering. Needs HAProxy and pg_basebackup:
 * without them it is skipped loudly — or fails, with REQUIRE_HAPROXY=1 (CI).
 */
function haproxyPresent(): boolean {
  try {
    execFileSync(process.env.HAPROXY || 'haproxy', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const basebackup = (await findTools('pg_basebackup')).some((tool) => tool.major >= 15);
const missing = [haproxyPresent() ? null : `HAProxy (${HAPROXY_INSTALL})`, basebackup ? null : 'pg_basebackup 15 (apt-get install -y postgresql-client-15)'].filter(Boolean);
if (missing.length && process.env.REQUIRE_HAPROXY === '1') throw new Error(`REQUIRE_HAPROXY=1 but this machine lacks ${missing.join(' and ')}`);
if (missing.length) console.warn(`\n*** SKIPPED: the scale-out test — no ${missing.join(' and no ')} ***\n`);

describe.skipIf(missing.length > 0)('two servers behind HAProxy, a primary and a streaming replica', () => {
  it('loses nothing acknowledged when a server is killed, and serves reports from the replica', { timeout: 300_000 }, async () => {
    const lines: string[] = [];
    const r = await runScaleout({ seconds: 8, warmup: 2, clients: 4, cadres: 400, readEvery: 4, log: (line) => lines.push(line) });
    console.log(describeScaleout(r));
    expect(r.checked).toBeGreaterThan(0);
    // The lifecycle mix, not one step: self-reports, their acceptance and ballots went through the balancer (further steps follow as the machine allows).
    for (const step of ['submitSelfReport', 'acceptSelfReport', 'castBallot'] as const) expect(r.mix.bySteps.get(step) ?? 0, step).toBeGreaterThan(0);
    expect(r.missingOnPrimary).toBe(0);
    expect(r.missingOnReplica).toBe(0);
    // After the kill the other server carried on.
    expect(r.mix.perSecond.slice(Math.ceil(r.killAt)).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(r.survivorHealthy).toBe(true);
    // The reports were answered, on the replica.
    expect(r.mix.reads).toBeGreaterThan(0);
    expect(r.replicaTransactions).toBeGreaterThan(0);
  });
});
