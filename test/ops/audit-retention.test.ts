import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthsBefore, pruneAudit } from '../../server/audit/audit-prune.js';
import { verifyAuditChain } from '../../server/audit/audit.service.js';
import { loadConfig, parseAuditRetention } from '../../server/config.js';
import { sha256File } from '../../server/backup/backup.js';
import { runCli } from '../support/cli.js';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { openCycleFor } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Audit retention (AUDIT_RETENTION_MONTHS): the setting's bounds, the prune
 * that archives entries older than the retention before deleting them and
 * keeps every chain verifiable, and the database refusing every other
 * deletion. Old entries are made by acting through the API with the clock
 * set back to January 2025, young ones with the clock at the real now (the
 * database's own guard counts six months from its real clock).
 */
let t: TestApp;
let dir: string;
const OLD = '2025-01-06T10:00:00+08:00';

beforeAll(async () => {
  t = await startTestApp();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cadre-audit-prune-'));
  t.clock.set(OLD);
  const orgadmin = await t.signIn('orgadmin');
  const cycleId = await openCycleFor(t, orgadmin, 'QH-HF', 2024);
  const ids = ((await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1`, [cycleId])) as Array<{ id: string }>).map((r) => r.id);
  await advanceAssessments(t, cycleId, ids, ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT']);
  t.clock.set(new Date());
  // Young entries in streams that also have old ones (the demo users' sign-ins).
  await t.signIn('orgadmin');
  await t.signIn('auditor');
});
afterAll(async () => {
  await t?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

const verifyAsAuditor = async () => {
  const res = await t.gql<{ verifyAuditChain: { ok: boolean; rowsChecked: number; reason: string | null } }>(
    `{ verifyAuditChain { ok rowsChecked reason } }`,
    {},
    { token: await t.signIn('auditor') },
  );
  return res.data!.verifyAuditChain;
};

describe('the AUDIT_RETENTION_MONTHS setting', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['6', 6],
    ['13', 13],
    ['120', 120],
  ])('%j keeps entries for %j months (null: for ever)', (raw, months) => {
    expect(parseAuditRetention(raw)).toBe(months);
    expect(loadConfig(raw === undefined ? {} : { AUDIT_RETENTION_MONTHS: raw }).auditRetentionMonths).toBe(months);
  });

  it.each(['5', '0', '-12', '6.5', 'twelve'])('%j is refused with a clear message', (raw) => {
    expect(() => loadConfig({ AUDIT_RETENTION_MONTHS: raw })).toThrow(`AUDIT_RETENTION_MONTHS must be a whole number of months, at least 6, got "${raw}"`);
  });

  it('a server started with AUDIT_RETENTION_MONTHS=3 refuses to start and says why', async () => {
    const res = await runCli('../main.ts', [], { AUDIT_RETENTION_MONTHS: '3', DATABASE_URL: t.databaseUrl, PORT: '0' });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('Refusing to start: AUDIT_RETENTION_MONTHS must be a whole number of months, at least 6, got "3"');
  });

  it.each([
    ['2026-12-05T12:00:00Z', 6, '2026-06-05T12:00:00.000Z'],
    ['2026-08-31T00:00:00Z', 6, '2026-02-28T00:00:00.000Z'],
    ['2028-08-31T00:00:00Z', 6, '2028-02-29T00:00:00.000Z'],
    ['2027-01-15T03:00:00Z', 24, '2025-01-15T03:00:00.000Z'],
  ])('the cut-off %s less %i months is %s', (now, months, cutoff) => {
    expect(monthsBefore(new Date(now), months).toISOString()).toBe(cutoff);
  });
});

describe('the database refuses to delete or change audit entries outside a prune', () => {
  it.each([
    ['UPDATE of an old entry', `UPDATE audit_log SET action = action WHERE occurred_at < '2025-02-01'`, null],
    ['DELETE of an old entry with no cut-off set', `DELETE FROM audit_log WHERE occurred_at < '2025-02-01'`, null],
    ['DELETE of a young entry under a cut-off of now', `DELETE FROM audit_log WHERE occurred_at > now() - interval '1 day'`, 'now'],
    ['DELETE of an old entry under a cut-off less than six months ago', `DELETE FROM audit_log WHERE occurred_at < '2025-02-01'`, 'five months'],
    ['DELETE of an old entry no checkpoint covers', `DELETE FROM audit_log WHERE occurred_at < '2025-02-01'`, 'seven months'],
    ['TRUNCATE', `TRUNCATE audit_log`, null],
  ])('%s', async (_case, statement, cutoff) => {
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const at = { now: `now()`, 'five months': `now() - interval '5 months'`, 'seven months': `now() - interval '7 months'` }[cutoff ?? 'none'];
      if (at) await runner.query(`SELECT set_config('cadre.audit_prune_cutoff', (${at})::text, true)`);
      await expect(runner.query(statement)).rejects.toThrow(/audit_log is append-only: (UPDATE|DELETE|TRUNCATE) refused/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

describe('npm run audit:prune', () => {
  it('without AUDIT_RETENTION_MONTHS does nothing and says so', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`);
    const res = await runCli('audit-prune.ts', [], { AUDIT_RETENTION_MONTHS: undefined, DATABASE_URL: t.databaseUrl, BACKUP_DIR: dir });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('AUDIT_RETENTION_MONTHS is not set: the audit trail is kept for ever, nothing is pruned.');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`)).toEqual(before);
    expect((await pruneAudit(t.dataSource, { retentionMonths: null, archiveDir: dir })).pruned).toBe(false);
  });

  it('with a retention below six months refuses (exit 1) and removes nothing', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`);
    const res = await runCli('audit-prune.ts', [], { AUDIT_RETENTION_MONTHS: '5', DATABASE_URL: t.databaseUrl, BACKUP_DIR: dir });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('AUDIT_RETENTION_MONTHS must be a whole number of months, at least 6, got "5"');
    await expect(pruneAudit(t.dataSource, { retentionMonths: 4, archiveDir: dir })).rejects.toThrow('at least 6');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`)).toEqual(before);
  });

  it('with a retention longer than the oldest entry removes nothing', async () => {
    const res = await pruneAudit(t.dataSource, { retentionMonths: 12 * 20, archiveDir: dir });
    expect(res).toMatchObject({ pruned: false, entries: 0 });
    expect(res.reason).toMatch(/No audit entry is older than/);
  });

  it('archives the entries older than the retention, removes them, keeps every young entry and each stream’s newest, and the chain still verifies', async () => {
    type Row = { id: string; occurred_at: Date; head: boolean };
    const all = (await t.dataSource.query(
      `SELECT id::text AS id, occurred_at, seq = max(seq) OVER (PARTITION BY entity_type, entity_id) AS head FROM audit_log`,
    )) as Row[];
    const cutoff = monthsBefore(new Date(), 6);
    const young = all.filter((r) => new Date(r.occurred_at) >= cutoff).map((r) => r.id);
    const oldHeads = all.filter((r) => new Date(r.occurred_at) < cutoff && r.head).map((r) => r.id);
    expect(young.length).toBeGreaterThan(0);
    expect(all.length - young.length - oldHeads.length).toBeGreaterThan(10);

    const res = await runCli('audit-prune.ts', [], { AUDIT_RETENTION_MONTHS: '6', DATABASE_URL: t.databaseUrl, BACKUP_DIR: dir });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const [, entries] = /Pruned (\d+) audit entries/.exec(res.stdout) ?? [];
    expect(Number(entries)).toBeGreaterThan(10);

    const remaining = ((await t.dataSource.query(`SELECT id::text AS id FROM audit_log`)) as Array<{ id: string }>).map((r) => r.id);
    // Everything young, every stream's newest entry and the prune's own entry remain; the rest is gone.
    expect(new Set(remaining)).toEqual(new Set([...young, ...oldHeads, ...remaining.filter((id) => !all.some((r) => r.id === id))]));
    expect(remaining.length).toBe(young.length + oldHeads.length + 1);
    expect(all.length - young.length - oldHeads.length).toBe(Number(entries));

    const archive = /Archive: (.+)/.exec(res.stdout)![1]!;
    expect(path.dirname(archive)).toBe(path.join(dir, 'audit-archive'));
    const lines = (await fs.readFile(archive, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { id: string; hash: string; occurred_at: string });
    expect(lines).toHaveLength(Number(entries));
    expect(lines.every((l) => new Date(l.occurred_at) < cutoff && /^[0-9a-f]{64}$/.test(l.hash))).toBe(true);
    expect((await fs.readFile(`${archive}.sha256`, 'utf8')).split(' ')[0]).toBe(await sha256File(archive));

    const [pruned] = (await t.dataSource.query(`SELECT payload FROM audit_log WHERE action = 'AUDIT_PRUNED'`)) as Array<{ payload: { entries: number } }>;
    expect(pruned!.payload.entries).toBe(Number(entries));
    // The auditor signing in to verify adds one entry of its own.
    expect(await verifyAsAuditor()).toMatchObject({ ok: true, reason: null, rowsChecked: remaining.length + 1 });
  });

  it('after the prune, rewriting the first remaining entry of a pruned stream is still found', async () => {
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`ALTER TABLE audit_log DISABLE TRIGGER USER`);
      await runner.query(
        `UPDATE audit_log a SET prev_hash = 'forged' FROM audit_checkpoint c
          WHERE c.entity_type = a.entity_type AND c.entity_id = a.entity_id AND a.seq = c.last_pruned_seq + 1
            AND a.id = (SELECT min(a2.id) FROM audit_log a2 JOIN audit_checkpoint c2 USING (entity_type, entity_id) WHERE a2.seq = c2.last_pruned_seq + 1)`,
      );
      const res = await verifyAuditChain(runner.manager);
      expect(res.ok).toBe(false);
      expect(res.reason).toMatch(/does not link to the previous entry/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('a second prune with nothing newly old removes nothing', async () => {
    const res = await pruneAudit(t.dataSource, { retentionMonths: 6, archiveDir: dir });
    expect(res.pruned).toBe(false);
    expect(await verifyAsAuditor()).toMatchObject({ ok: true });
  });
});
