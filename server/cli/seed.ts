import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase, prepareDatabase } from '../db/bootstrap.js';
import { seedSynthetic } from '../seed/synthetic.js';

/**
 * `npm run seed`: the demo province on an empty database.
 * `npm run seed -- --cadres 100000`: adds a synthetic province of that many cadres, for benchmarks.
 */
const { values } = parseArgs({ options: { cadres: { type: 'string' }, code: { type: 'string' } } });
const log = (line: string) => console.log(line);
const db = await openDatabase(loadConfig(), log);
try {
  await prepareDatabase(db.dataSource, { seed: true, log });
  if (values.cadres) {
    const cadres = Number(values.cadres);
    if (!Number.isInteger(cadres) || cadres < 1) throw new Error('--cadres takes a whole number');
    const started = performance.now();
    const result = await db.dataSource.transaction((m) => seedSynthetic(m, { cadres, code: values.code }));
    log(`Synthetic province: ${result.organisations} organisations, ${result.cadres} cadres in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await db.close();
}
