import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain, type ChainVerification } from '../../server/audit/audit.service.js';
import { KeyedAuditHashes1764500000000 } from '../../migrations/1764500000000-KeyedAuditHashes.js';
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

describe('the audit trail against rewriting', () => {
  it('a row changed and sealed again with an unkeyed hash (all an administrator without the key can do) is found', async () => {
    const res = await tampered([
      `UPDATE audit_log SET payload = '{"event":{"type":"OPEN_CYCLE","at":"2026-01-01T00:00:00.000Z"}}'::jsonb,
                            hash = encode(sha256(convert_to(payload::text, 'UTF8')), 'hex')
        WHERE id = (SELECT id FROM audit_log WHERE entity_type = 'assessment_cycle' AND entity_id = $1::text ORDER BY seq DESC LIMIT 1)`,
    ]);
    expect(res.ok).toBe(false);
    expect(res.reason).toMatch(/was altered: its content no longer matches its hash/);
  });
});

describe('sealing an existing trail with the key (the migration to keyed hashes)', () => {
  it('a trail hashed otherwise before the upgrade verifies once the migration has sealed it again', async () => {
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`ALTER TABLE audit_log DISABLE TRIGGER USER`);
      await runner.query(`UPDATE audit_log SET hash = md5(id::text), prev_hash = CASE WHEN seq = 1 THEN NULL ELSE 'unkeyed' END`);
      await runner.query(`ALTER TABLE audit_log ENABLE TRIGGER USER`);
      expect((await verifyAuditChain(runner.manager)).ok).toBe(false);
      await new KeyedAuditHashes1764500000000().up(runner);
      expect(await verifyAuditChain(runner.manager)).toMatchObject({ ok: true, reason: null });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

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
