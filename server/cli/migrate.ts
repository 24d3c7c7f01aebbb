import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase, prepareDatabase } from '../db/bootstrap.js';

/** `npm run migrate`: applies pending migrations (embedded PostgreSQL or DATABASE_URL); `-- --revert` undoes the last one. */
const log = (line: string) => console.log(line);
const db = await openDatabase(loadConfig(), log);
try {
  if (process.argv.includes('--revert')) {
    await db.dataSource.undoLastMigration({ transaction: 'each' });
    log('Reverted the last migration.');
  } else {
    await prepareDatabase(db.dataSource, { seed: false, log });
    log('Migrations are up to date.');
  }
} finally {
  await db.close();
}
