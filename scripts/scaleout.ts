import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { HAPROXY_INSTALL } from './scaleout/haproxy.js';
import { describeScaleout, runScaleout } from './scaleout/run.js';

/**
 * `npm run scaleout`: two stateless server processes behind HAProxy, a
 * PostgreSQL primary with a streaming replica, the lifecycle mix through the
 * balancer with one server killed half-way; then every acknowledged
 * transition looked for on the primary and the replica. Installs nothing:
 * it needs HAProxy (apt-get install haproxy) and pg_basebackup (Debian's
 * postgresql-client-15); the PostgreSQL server is the embedded one.
 */

const HELP = `Usage: npm run scaleout -- [options]
  --seconds <n>     length of the lifecycle mix (default 20); one server is killed half-way
  --warmup <n>      seconds of the same mix before, not counted in the throughput (default 5)
  --clients <n>     concurrent clients through the balancer (default 8)
  --cadres <n>      cadres of the synthetic province whose assessments the mix drives (default 2000)
  --read-every <n>  one request in n is a report, read on the replica (default 5)
  --help
Needs: ${HAPROXY_INSTALL}; pg_basebackup 15 (apt-get install -y postgresql-client-15, or PG_BIN_DIR).`;

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    clients: { type: 'string', default: '8' },
    cadres: { type: 'string', default: '2000' },
    'read-every': { type: 'string', default: '5' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const whole = (name: string, raw: string, min: number) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number, at least ${min}\n\n${HELP}`);
    process.exit(2);
  }
  return n;
};

const started = performance.now();
try {
  const result = await runScaleout({
    seconds: whole('seconds', values.seconds, 4),
    warmup: whole('warmup', values.warmup, 0),
    clients: whole('clients', values.clients, 1),
    cadres: whole('cadres', values.cadres, 100),
    readEvery: whole('read-every', values['read-every'], 2),
    log: (line) => console.log(line),
  });
  console.log(describeScaleout(result));
  console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s in all; every process and folder it started is gone)`);
  const ok = result.missingOnPrimary === 0 && result.missingOnReplica === 0 && result.checked > 0 && result.survivorHealthy;
  process.exit(ok ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
