import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain, type ChainVerification } from '../../server/audit/audit.service.js';
import { openCycleFor } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * What a database administrator could do behind the application's back —
 * switch the append-only triggers off and delete rows — and what the
 * verification then says. Each tampering runs in a transaction that is
 * rolled back, so the cases do not disturb each other.
 */
let t: TestApp;
let cycleId: string;
beforeAll(async () => {
  t = await startTestApp();
  cycleId = await openCycleFor(t, await t.signIn('orgadmin'), 'QH-TN-DJ');
});
afterAll(() => t?.close());

async function tampered(sql: string[], stream?: { entityType: string; entityId: string }): Promise<ChainVerification> {
  const runner = t.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    await runner.query(`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    for (const statement of sql) await runner.query(statement, [cycleId]);
    return await verifyAuditChain(runner.manager, stream);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

describe('the audit trail against deletion', () => {
  it('an untouched log verifies', async () => {
    expect(await verifyAuditChain(t.dataSource.manager)).toMatchObject({ ok: true, reason: null });
    const [cycle] = (await t.dataSource.query(`SELECT version FROM assessment_cycle WHERE id = $1`, [cycleId])) as Array<{ version: number }>;
    expect(cycle!.version).toBeGreaterThan(1);
  });

  it('a deleted last row is found: the record is at a version its trail does not reach', async () => {
    const deleteLast = `DELETE FROM audit_log WHERE id = (SELECT id FROM audit_log WHERE entity_type = 'assessment_cycle' AND entity_id = $1::text ORDER BY seq DESC LIMIT 1)`;
    const whole = await tampered([deleteLast]);
    expect(whole.ok).toBe(false);
    expect(whole.reason).toMatch(new RegExp(`assessment_cycle:${cycleId} is at version \\d+ but its audit trail ends at the change from version \\d+`));
    expect((await tampered([deleteLast], { entityType: 'assessment_cycle', entityId: cycleId })).ok).toBe(false);
  });

  it('a whole deleted chain is found', async () => {
    const res = await tampered([`DELETE FROM audit_log WHERE entity_type = 'assessment_cycle' AND entity_id = $1::text`]);
    expect(res.ok).toBe(false);
    expect(res.reason).toMatch(/is at version \d+ but has no audit trail at all/);
  });
});
