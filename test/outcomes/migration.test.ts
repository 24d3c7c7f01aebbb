import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/data-source.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: false });
});
afterAll(() => t?.close());

const exists = async (sql: string) => ((await t.dataSource.query(sql)) as unknown[]).length > 0;
const table = () => exists(`SELECT 1 FROM information_schema.tables WHERE table_name = 'outcome_task'`);
const column = () => exists(`SELECT 1 FROM information_schema.columns WHERE table_name = 'notification' AND column_name = 'outcome_task_id'`);

describe('the Outcomes migration', () => {
  it('undoes cleanly and applies again', async () => {
    expect([await table(), await column()]).toEqual([true, true]);
    // Migrations that land after this one are undone first.
    for (let i = 0; i < 100 && (await table()); i++) await t.dataSource.undoLastMigration({ transaction: 'each' });
    expect([await table(), await column()]).toEqual([false, false]);
    expect(await migrate(t.dataSource)).toContain('Outcomes1764200000000');
    expect([await table(), await column()]).toEqual([true, true]);
  });
});
