import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let orgadmin: string;
let taining: string;
const org: Record<string, string> = {};

const PUBLISH = `mutation($input: PublishRuleSetInput!) { publishRuleSet(input: $input) { version effectiveFrom settings jurisdiction { code } } }`;
const EFFECTIVE = `query($org: ID!, $day: String!) { effectiveRuleSet(organisationId: $org, day: $day) { jurisdictionId ruleSet { version } settings } }`;
type Effective = { effectiveRuleSet: { jurisdictionId: string | null; ruleSet: { version: number } | null; settings: { gates: { excellentQuotaPercent: number }; scoring: { regularAssessmentPercent: number } } } };

beforeAll(async () => {
  t = await startTestApp();
  orgadmin = await t.signIn('orgadmin');
  taining = await t.signIn('orgadmin.taining');
  for (const row of (await t.dataSource.query(`SELECT code, id FROM organisation`)) as Array<{ code: string; id: string }>) org[row.code] = row.id;
});
afterAll(() => t?.close());

describe('versioned, effective-dated rule sets per jurisdiction', () => {
  it('with nothing published, the national defaults apply', async () => {
    const res = await t.gql<Effective>(EFFECTIVE, { org: org['QH-TN-DJ'], day: '2026-06-01' }, { token: orgadmin });
    expect(res.data!.effectiveRuleSet).toMatchObject({ jurisdictionId: null, ruleSet: null });
    expect(res.data!.effectiveRuleSet.settings.gates.excellentQuotaPercent).toBe(20);
  });

  it('a province version applies to its cities from its effective date; a city version overrides it for the city only', async () => {
    const province = await t.gql(PUBLISH, { input: { jurisdictionId: org.QH, effectiveFrom: '2026-01-01', settings: { scoring: { regularAssessmentPercent: 40 } }, note: '平时考核占比提高' } }, { token: orgadmin });
    expect(province.errors).toBeUndefined();
    const city = await t.gql(PUBLISH, { input: { jurisdictionId: org['QH-TN'], effectiveFrom: '2026-07-01', settings: { gates: { excellentQuotaPercent: 15 } } } }, { token: taining });
    expect(city.errors).toBeUndefined();

    const before = await t.gql<Effective>(EFFECTIVE, { org: org['QH-TN-DJ'], day: '2026-06-30' }, { token: orgadmin });
    expect(before.data!.effectiveRuleSet.jurisdictionId).toBe(org.QH);
    expect(before.data!.effectiveRuleSet.settings.scoring.regularAssessmentPercent).toBe(40);
    expect(before.data!.effectiveRuleSet.settings.gates.excellentQuotaPercent).toBe(20);

    const after = await t.gql<Effective>(EFFECTIVE, { org: org['QH-TN-DJ'], day: '2026-07-01' }, { token: orgadmin });
    expect(after.data!.effectiveRuleSet.jurisdictionId).toBe(org['QH-TN']);
    // The city version was laid over the province's settings in force on its date.
    expect(after.data!.effectiveRuleSet.settings.scoring.regularAssessmentPercent).toBe(40);
    expect(after.data!.effectiveRuleSet.settings.gates.excellentQuotaPercent).toBe(15);

    const elsewhere = await t.gql<Effective>(EFFECTIVE, { org: org['QH-HF'], day: '2026-07-01' }, { token: orgadmin });
    expect(elsewhere.data!.effectiveRuleSet.settings.gates.excellentQuotaPercent).toBe(20);
  });

  it('versions count up per jurisdiction and old versions stay as they were', async () => {
    const second = await t.gql<{ publishRuleSet: { version: number } }>(PUBLISH, { input: { jurisdictionId: org.QH, effectiveFrom: '2027-01-01', settings: { gates: { excellentQuotaPercent: 18 } } } }, { token: orgadmin });
    expect(second.data!.publishRuleSet.version).toBe(2);
    const list = await t.gql<{ ruleSets: Array<{ version: number; effectiveFrom: string; settings: { gates: { excellentQuotaPercent: number } } }> }>(
      `query($j: ID!) { ruleSets(jurisdictionId: $j) { version effectiveFrom settings } }`,
      { j: org.QH },
      { token: orgadmin },
    );
    expect(list.data!.ruleSets.map((r) => [r.version, r.effectiveFrom, r.settings.gates.excellentQuotaPercent])).toEqual([
      [2, '2027-01-01', 18],
      [1, '2026-01-01', 20],
    ]);
  });

  it('invalid settings are refused with VALIDATION naming each field, and nothing is written', async () => {
    const res = await t.gql(
      PUBLISH,
      { input: { jurisdictionId: org.QH, effectiveFrom: '2028-01-01', settings: { gates: { excellentQuotaPercent: 30, excellentQuotaRaisedPercent: 25 }, notice: { publicNoticeWorkingDays: 3 } } } },
      { token: orgadmin },
    );
    expect(codeOf(res)).toBe('VALIDATION');
    expect((res.errors![0]!.extensions!.fields as Array<{ field: string }>).map((f) => f.field).sort()).toEqual([
      'input.settings.gates.excellentQuotaRaisedPercent',
      'input.settings.notice.publicNoticeWorkingDays',
    ]);
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM rule_set WHERE effective_from = '2028-01-01'`)) as [{ n: number }];
    expect(n).toBe(0);
  });

  it.each([
    ['an excellent quota above 20% without a recorded approval', { gates: { excellentQuotaPercent: 22 } }, 'gates.excellentQuotaPercent', /at most 20 without a recorded approval/],
    ['a raised quota above 25%', { gates: { excellentQuotaRaisedPercent: 30 } }, 'gates.excellentQuotaRaisedPercent', /at most 25/],
    ['a notice of 4 working days', { notice: { publicNoticeWorkingDays: 4 } }, 'notice.publicNoticeWorkingDays', /at least 5/],
    ['a review window of 20 days', { appeals: { reviewRequestDays: 20 } }, 'appeals.reviewRequestDays', /at least 30/],
    ['an appeal decided within 90 days', { appeals: { appealDecisionDays: 90 } }, 'appeals.appealDecisionDays', /at most 60/],
    ['a demerit that only bars EXCELLENT', { gates: { penaltyEffects: { DEMERIT: 'NO_EXCELLENT' } } }, 'gates.penaltyEffects.DEMERIT', /at least as heavy as UNGRADED/],
  ])('a local rule set may tighten a national figure, never loosen it: %s is refused naming the field and the bound', async (_name, settings, field, message) => {
    const res = await t.gql(PUBLISH, { input: { jurisdictionId: org['QH-TN'], effectiveFrom: '2030-01-01', settings } }, { token: orgadmin });
    expect(codeOf(res)).toBe('VALIDATION');
    const fields = res.errors![0]!.extensions!.fields as Array<{ field: string; messages: string[] }>;
    expect(fields.map((f) => f.field)).toContain(`input.settings.${field}`);
    expect(fields.find((f) => f.field === `input.settings.${field}`)!.messages.join(' ')).toMatch(message);
  });

  it('tightening is allowed: a 15% quota and a 7-day notice', async () => {
    const res = await t.gql(PUBLISH, { input: { jurisdictionId: org['QH-TN'], effectiveFrom: '2030-06-01', settings: { gates: { excellentQuotaPercent: 15 }, notice: { publicNoticeWorkingDays: 7 } } } }, { token: orgadmin });
    expect(res.errors).toBeUndefined();
  });

  it('two versions may not take effect on the same day', async () => {
    const res = await t.gql(PUBLISH, { input: { jurisdictionId: org.QH, effectiveFrom: '2027-01-01', settings: {} } }, { token: orgadmin });
    expect(codeOf(res)).toBe('CONFLICT');
  });

  it('a city organisation department cannot publish for the province or another city', async () => {
    expect(codeOf(await t.gql(PUBLISH, { input: { jurisdictionId: org.QH, effectiveFrom: '2029-01-01', settings: {} } }, { token: taining }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(PUBLISH, { input: { jurisdictionId: org['QH-HF'], effectiveFrom: '2029-01-01', settings: {} } }, { token: taining }))).toBe('FORBIDDEN');
  });
});
