import { startPrimaryAndReplica, waitForReplica } from '../scripts/scaleout/cluster.ts';
import pg from 'pg';
const c = await startPrimaryAndReplica('/tmp/scaleout-try/x', console.log);
try {
  const p = new pg.Client({ connectionString: c.primary.url('cadre') }); await p.connect();
  await p.query('CREATE TABLE t (x int)'); await p.query('INSERT INTO t VALUES (1)'); await p.end();
  console.log('caught up in', await waitForReplica(c.primary.url(), c.replica.url(), 10000));
  const r = new pg.Client({ connectionString: c.replica.url('cadre') }); await r.connect();
  console.log((await r.query('SELECT count(*) FROM t')).rows, (await r.query('select pg_is_in_recovery()')).rows); await r.end();
} finally { await c.stop(); }
