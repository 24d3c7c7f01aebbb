import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The permission matrix, written out by hand from the role descriptions (not
 * derived from the policy under test): which roles may perform each operation.
 */
const MATRIX: Array<{ name: string; allowed: string[]; query: string; variables: (ids: Ids) => Record<string, unknown> }> = [
  {
    name: 'list organisations',
    allowed: ['ORG_ADMIN', 'ASSESSOR', 'COMMITTEE', 'DISCIPLINE', 'HR', 'AUDITOR', 'SYSTEM_ADMIN'],
    query: `{ organisations(first: 1) { nodes { id } } }`,
    variables: () => ({}),
  },
  {
    name: 'list cadres',
    allowed: ['ORG_ADMIN', 'ASSESSOR', 'COMMITTEE', 'DISCIPLINE', 'HR', 'AUDITOR'],
    query: `{ cadres(first: 1) { nodes { id } } }`,
    variables: () => ({}),
  },
  {
    name: 'change a cadre',
    allowed: ['ORG_ADMIN', 'HR'],
    // A stale version: permitted roles get CONFLICT, so the record is never changed.
    query: `mutation($input: UpdateCadreInput!) { updateCadre(input: $input) { id } }`,
    variables: (ids) => ({ input: { id: ids.cadre, expectedVersion: 999, post: 'x' } }),
  },
  {
    name: 'record probation',
    allowed: ['ORG_ADMIN', 'HR'],
    query: `mutation($input: RecordCadreStatusInput!) { recordCadreStatus(input: $input) { id } }`,
    variables: (ids) => ({ input: { cadreId: ids.cadre, kind: 'PROBATION', startsOn: '2026-03-01', endsOn: '2026-02-01' } }),
  },
  {
    name: 'open an investigation',
    allowed: ['DISCIPLINE'],
    query: `mutation($input: RecordCadreStatusInput!) { recordCadreStatus(input: $input) { id } }`,
    variables: (ids) => ({ input: { cadreId: ids.cadre, kind: 'INVESTIGATION', startsOn: '2026-03-01', endsOn: '2026-02-01' } }),
  },
  {
    name: 'read the rule set in force',
    allowed: ['ORG_ADMIN', 'ASSESSOR', 'COMMITTEE', 'DISCIPLINE', 'HR', 'AUDITOR'],
    query: `query($org: ID!) { effectiveRuleSet(organisationId: $org, day: "2026-11-21") { jurisdictionId } }`,
    variables: (ids) => ({ org: ids.province }),
  },
  {
    name: 'publish a rule set',
    allowed: ['ORG_ADMIN'],
    // Invalid on purpose: permitted roles get VALIDATION, so no version is written.
    query: `mutation($input: PublishRuleSetInput!) { publishRuleSet(input: $input) { id } }`,
    variables: (ids) => ({ input: { jurisdictionId: ids.province, effectiveFrom: '2027-01-01', settings: { gates: { excellentQuotaPercent: 500 } } } }),
  },
  {
    name: 'list users',
    allowed: ['SYSTEM_ADMIN'],
    query: `{ users(first: 1) { nodes { id } } }`,
    variables: () => ({}),
  },
  {
    name: 'create a user',
    allowed: ['SYSTEM_ADMIN'],
    query: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    variables: () => ({ input: { username: 'orgadmin', displayName: 'dup', password: 'long-enough-password' } }),
  },
  {
    name: 'read the audit trail',
    allowed: ['AUDITOR'],
    query: `{ auditLog(first: 1) { nodes { id } } }`,
    variables: () => ({}),
  },
  {
    name: 'verify the hash chain',
    allowed: ['AUDITOR'],
    query: `{ verifyAuditChain { ok } }`,
    variables: () => ({}),
  },
];

const USERS: Record<string, string> = {
  ORG_ADMIN: 'orgadmin',
  ASSESSOR: 'assessor',
  RATER: 'rater',
  CADRE: 'cadre',
  COMMITTEE: 'committee',
  DISCIPLINE: 'discipline',
  HR: 'hr',
  AUDITOR: 'auditor',
  SYSTEM_ADMIN: 'sysadmin',
};

interface Ids {
  province: string;
  cadre: string;
}

let t: TestApp;
let ids: Ids;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  const [province] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH'`)) as Array<{ id: string }>;
  const [cadre] = (await t.dataSource.query(
    `SELECT c.id FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE o.code = 'QH-TN-DJ' ORDER BY person_no LIMIT 1`,
  )) as Array<{ id: string }>;
  ids = { province: province!.id, cadre: cadre!.id };
  for (const [role, username] of Object.entries(USERS)) tokens[role] = await t.signIn(username);
});
afterAll(() => t?.close());

const cases = MATRIX.flatMap((op) => Object.keys(USERS).map((role) => [op.name, role, op.allowed.includes(role)] as const));

describe('each role may do what it holds and nothing else', () => {
  it.each(cases)('%s as %s → allowed: %s', async (name, role, allowed) => {
    const op = MATRIX.find((o) => o.name === name)!;
    const res = await t.gql(op.query, op.variables(ids), { token: tokens[role] });
    if (allowed) {
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).not.toContain(codeOf(res));
    } else {
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
  });

  it.each(MATRIX.map((op) => [op.name]))('%s without signing in → UNAUTHENTICATED', async (name) => {
    const op = MATRIX.find((o) => o.name === name)!;
    expect(codeOf(await t.gql(op.query, op.variables(ids)))).toBe('UNAUTHENTICATED');
  });

  it('the refused attempts wrote nothing', async () => {
    const [{ n: versions }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM rule_set`)) as [{ n: number }];
    const [{ n: periods }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM cadre_status_period WHERE cadre_id = $1`, [ids.cadre])) as [{ n: number }];
    expect(versions).toBe(0);
    expect(periods).toBe(0);
  });
});
