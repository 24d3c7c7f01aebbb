import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/audit/audit.service.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let auditor: string;
let cadreId: string;

beforeAll(async () => {
  t = await startTestApp();
  auditor = await t.signIn('auditor');
  const hr = await t.signIn('hr');
  const [cadre] = (await t.dataSource.query(`SELECT id, version FROM cadre ORDER BY person_no LIMIT 1`)) as Array<{ id: string; version: number }>;
  cadreId = cadre!.id;
  // A few real changes, so the trail has several rows in one stream.
  let version = cadre!.version;
  for (const post of ['副市长', '市委副书记', '常务副市长']) {
    const res = await t.gql<{ updateCadre: { version: number } }>(
      `mutation($input: UpdateCadreInput!) { updateCadre(input: $input) { version } }`,
      { input: { id: cadreId, expectedVersion: version, post } },
      { token: hr },
    );
    version = res.data!.updateCadre.version;
  }
});
afterAll(() => t?.close());

describe('the audit log is append-only and hash-chained', () => {
  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(t.dataSource.query(`UPDATE audit_log SET action = 'X' WHERE id = (SELECT min(id) FROM audit_log)`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(t.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(t.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only: TRUNCATE refused/);
  });

  it('rule-set versions refuse UPDATE and DELETE too: a change is a new version', async () => {
    const orgadmin = await t.signIn('orgadmin');
    const [province] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH'`)) as Array<{ id: string }>;
    const res = await t.gql(
      `mutation($input: PublishRuleSetInput!) { publishRuleSet(input: $input) { version } }`,
      { input: { jurisdictionId: province!.id, effectiveFrom: '2026-01-01', settings: { gates: { excellentQuotaPercent: 18 } }, note: '省内收紧' } },
      { token: orgadmin },
    );
    expect(res.data).toEqual({ publishRuleSet: { version: 1 } });
    await expect(t.dataSource.query(`UPDATE rule_set SET note = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM rule_set`)).rejects.toThrow(/append-only/);
  });

  it('records each change with actor, role, versions and what changed, each row linking to the previous', async () => {
    const res = await t.gql<{ auditLog: { nodes: Array<{ action: string; actorRole: string; fromVersion: number; seq: number; payload: { changes: { post: { to: string } } }; prevHash: string | null; hash: string }> } }>(
      `query($id: String) { auditLog(first: 10, entityType: "cadre", entityId: $id) { nodes { action actorRole fromVersion seq payload prevHash hash } } }`,
      { id: cadreId },
      { token: auditor },
    );
    const rows = res.data!.auditLog.nodes.reverse();
    expect(rows.map((r) => [r.seq, r.action, r.actorRole, r.payload.changes.post.to])).toEqual([
      [1, 'CADRE_UPDATED', 'HR', '副市长'],
      [2, 'CADRE_UPDATED', 'HR', '市委副书记'],
      [3, 'CADRE_UPDATED', 'HR', '常务副市长'],
    ]);
    expect(rows[0]!.prevHash).toBeNull();
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    expect(new Set(rows.map((r) => r.fromVersion)).size).toBe(3);
  });

  it('names what each row is about: the cadre, the account, the organisation, by name rather than id', async () => {
    const res = await t.gql<{ auditLog: { nodes: Array<{ entityType: string; entityId: string; subjectName: string | null }> } }>(
      `{ auditLog(first: 200) { nodes { entityType entityId subjectName } } }`,
      {},
      { token: auditor },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.auditLog.nodes;
    const expected = async (type: string, id: string): Promise<string | null> => {
      const sql: Record<string, string> = {
        cadre: `SELECT name FROM cadre WHERE id = $1`,
        user: `SELECT display_name AS name FROM user_account WHERE id = $1`,
        organisation: `SELECT name FROM organisation WHERE id = $1`,
      };
      if (!sql[type]) return null;
      const [row] = (await t.dataSource.query(sql[type]!, [id])) as Array<{ name: string }>;
      return row?.name ?? null;
    };
    const checked = nodes.filter((n) => ['cadre', 'user', 'organisation'].includes(n.entityType));
    expect(checked.some((n) => n.entityType === 'cadre')).toBe(true);
    expect(checked.some((n) => n.entityType === 'user')).toBe(true);
    for (const n of checked) expect(n.subjectName, `${n.entityType} ${n.entityId}`).toBe(await expected(n.entityType, n.entityId));
    expect(nodes.find((n) => n.entityType === 'cadre' && n.entityId === cadreId)?.subjectName).toBe(
      (await t.dataSource.query(`SELECT name FROM cadre WHERE id = $1`, [cadreId]))[0].name,
    );
  });

  it('the chain verifies, for the whole log and for one record', async () => {
    const whole = await t.gql<{ verifyAuditChain: { ok: boolean; rowsChecked: number; brokenEntryId: string | null } }>(`{ verifyAuditChain { ok rowsChecked brokenEntryId } }`, {}, { token: auditor });
    expect(whole.data!.verifyAuditChain).toMatchObject({ ok: true, brokenEntryId: null });
    expect(whole.data!.verifyAuditChain.rowsChecked).toBeGreaterThanOrEqual(5);
    const one = await t.gql<{ verifyAuditChain: { ok: boolean; rowsChecked: number } }>(
      `query($id: String) { verifyAuditChain(entityType: "cadre", entityId: $id) { ok rowsChecked } }`,
      { id: cadreId },
      { token: auditor },
    );
    expect(one.data!.verifyAuditChain).toEqual({ ok: true, rowsChecked: 3 });
  });

  it('verification pages through a long log in batches', async () => {
    const result = await verifyAuditChain(t.dataSource.manager, undefined, 2);
    expect(result.ok).toBe(true);
  });

  it('detects a row altered behind the triggers’ back (by someone who could disable them)', async () => {
    const [target] = (await t.dataSource.query(`SELECT id FROM audit_log WHERE entity_type = 'cadre' AND entity_id = $1 AND seq = 2`, [cadreId])) as Array<{ id: string }>;
    await t.dataSource.transaction(async (m) => {
      await m.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
      await m.query(`UPDATE audit_log SET payload = jsonb_set(payload, '{changes,post,to}', '"篡改"') WHERE id = $1`, [target!.id]);
      await m.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    });
    const res = await t.gql<{ verifyAuditChain: { ok: boolean; brokenEntryId: string; reason: string } }>(`{ verifyAuditChain { ok brokenEntryId reason } }`, {}, { token: auditor });
    expect(res.data!.verifyAuditChain).toEqual({ ok: false, brokenEntryId: target!.id, reason: expect.stringMatching(/altered/) });
  });

  it('a city auditor sees only the rows of their city', async () => {
    const admin = await t.signIn('sysadmin');
    const [city] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-HF'`)) as Array<{ id: string }>;
    const created = await t.gql<{ createUser: { id: string } }>(
      `mutation { createUser(input: { username: "auditor.hefeng", displayName: "禾丰审计", password: "city-auditor-2026" }) { id } }`,
      {},
      { token: admin },
    );
    const userId = created.data!.createUser.id;
    expect(codeOf(await t.gql(`mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: AUDITOR, organisationId: $o }) { id } }`, { u: userId, o: city!.id }, { token: admin }))).toBeUndefined();
    const cityAuditor = await t.signIn('auditor.hefeng', 'city-auditor-2026');
    const res = await t.gql<{ auditLog: { nodes: Array<{ entityType: string; action: string }> } }>(`{ auditLog(first: 100) { nodes { entityType action } } }`, {}, { token: cityAuditor });
    // Only the role assignment made inside 禾丰市; none of the province-level or other-city rows.
    expect(res.data!.auditLog.nodes).toEqual([{ entityType: 'user', action: 'ROLE_ASSIGNED' }]);
  });
});
