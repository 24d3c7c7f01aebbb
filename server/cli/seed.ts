import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase, prepareDatabase } from '../db/bootstrap.js';
import { grantDemoRoles, seedSynthetic } from '../seed/synthetic.js';

/**
 * `npm run seed`: the demo province on an empty database.
 * `npm run seed -- --cadres 100000`: adds a synthetic province of that many cadres, for benchmarks,
 * granted to the demo accounts of the province's root (orgadmin, assessor, committee, discipline, hr,
 * hr.verifier, auditor, sysadmin); `--no-grants` leaves it to SQL grants.
 */
const { values } = parseArgs({ options: { cadres: { type: 'string' }, code: { type: 'string' }, 'no-grants': { type: 'boolean' } } });
const log = (line: string) => console.log(line);
const db = await openDatabase(loadConfig(), log);
try {
  await prepareDatabase(db.dataSource, { seed: true, log });
  if (values.cadres) {
    const cadres = Number(values.cadres);
    if (!Number.isInteger(cadres) || cadres < 1) throw new Error('--cadres takes a whole number');
    const started = performance.now();
    const result = await db.dataSource.transaction(async (m) => {
      const seeded = await seedSynthetic(m, { cadres, code: values.code });
      const granted = values['no-grants'] ? { grants: 0, usernames: [] } : await grantDemoRoles(m, seeded.rootId);
      return { ...seeded, ...granted };
    });
    log(`Synthetic province: ${result.organisations} organisations, ${result.cadres} cadres in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    log(result.grants ? `Granted to the demo accounts: ${result.usernames.join(', ')}` : 'Granted to no demo account');
  }
} finally {
  await db.close();
}
