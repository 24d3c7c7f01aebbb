import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unanimous } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * `availableActions` on penalties and investigations: what the viewer may do
 * to the record now, from the same rule functions the mutations enforce.
 * For the cadre, the unit (its organisation department, and the unit's
 * application recorded by discipline inspection), discipline inspection and
 * outsiders (HR reads but acts on nothing; another city's discipline office
 * does not even read): what the field offers the mutation accepts, what it
 * withholds the mutation refuses.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
const at = (iso: string) => new Date(`${iso}+08:00`);
let cadreId: string;

type PenaltyView = { id: string; decidedOn: string | null; tolerated: boolean; availableActions: string[] };
type InvestigationView = { id: string; conclusion: string | null; availableActions: string[] };

async function gql<T>(token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.gql<T>(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}
const penalties = async (who: string) =>
  (await gql<{ penaltiesOf: PenaltyView[] }>(tokens[who], `query($c: ID!) { penaltiesOf(cadreId: $c) { id decidedOn tolerated availableActions } }`, { c: cadreId })).penaltiesOf;
const actionsOn = async (who: string, penaltyId: string) => (await penalties(who)).find((p) => p.id === penaltyId)!.availableActions;
const investigations = async (who: string) =>
  (await gql<{ investigationsOf: InvestigationView[] }>(tokens[who], `query($c: ID!) { investigationsOf(cadreId: $c) { id conclusion availableActions } }`, { c: cadreId })).investigationsOf;

const openFt = (who: string, penaltyId: string, origin: string, mistakeKey: string) =>
  t.gql<{ openFaultToleranceCase: { id: string; state: string } }>(
    `mutation($input: OpenFaultToleranceInput!) { openFaultToleranceCase(input: $input) { id state } }`,
    { input: { cadreId, penaltyId, origin, mistakeKey, grounds: '书面申请容错：系推进改革中的探索性失误。' } },
    { token: tokens[who] },
  );
const decide = (who: string, penaltyId: string) =>
  t.gql<{ decidePenalty: PenaltyView }>(`mutation($input: DecidePenaltyInput!) { decidePenalty(input: $input) { id decidedOn tolerated availableActions } }`, { input: { penaltyId, decidedOn: '2026-03-10' } }, { token: tokens[who] });
const close = (who: string, investigationId: string) =>
  t.gql<{ closeInvestigation: InvestigationView }>(`mutation($input: CloseInvestigationInput!) { closeInvestigation(input: $input) { id conclusion availableActions } }`, {
    input: { investigationId, closedOn: '2026-03-20', penaltyKind: null, note: '经审查，未发现违纪违法问题。' },
  }, { token: tokens[who] });
const start = async (kind: string) =>
  (await gql<{ startAccountability: PenaltyView }>(tokens.discipline, `mutation($input: StartAccountabilityInput!) { startAccountability(input: $input) { id decidedOn tolerated availableActions } }`, {
    input: { cadreId, kind, startedOn: '2026-03-01', note: '项目审批问责' },
  })).startAccountability;

const ALL = ['DECIDE_PENALTY', 'APPLY_FAULT_TOLERANCE', 'OPEN_FAULT_TOLERANCE_CASE'];

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(at('2026-03-05T09:00:00'));
  for (const u of ['discipline', 'cadre', 'orgadmin.taining', 'hr', 'sysadmin']) tokens[u] = await t.signIn(u);
  [{ cadre_id: cadreId }] = (await t.dataSource.query(`SELECT cadre_id FROM user_account WHERE username = 'cadre'`)) as [{ cadre_id: string }];
  // Discipline inspection of another city: no jurisdiction over 东江区.
  const [hefeng] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-HF'`)) as [{ id: string }];
  const created = await gql<{ createUser: { id: string } }>(tokens.sysadmin, `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
    input: { username: 'hf.discipline', displayName: '禾丰市纪委监委', password: 'discipline-password-2026' },
  });
  await gql(tokens.sysadmin, `mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: DISCIPLINE, organisationId: $o }) { id } }`, { u: created.createUser.id, o: hefeng.id });
  tokens.elsewhere = await t.signIn('hf.discipline', 'discipline-password-2026');
});
afterAll(() => t?.close());

describe('penalty availableActions', () => {
  let p1: string;

  it('accountability under way: discipline may decide it, record an application or open a case; the cadre may apply; the unit’s organisation department and HR may do nothing', async () => {
    const started = await start('DEMERIT');
    p1 = started.id;
    expect(started.availableActions).toEqual(ALL);
    expect(await actionsOn('discipline', p1)).toEqual(ALL);
    expect(await actionsOn('cadre', p1)).toEqual(['APPLY_FAULT_TOLERANCE']);
    expect(await actionsOn('orgadmin.taining', p1)).toEqual([]);
    expect(await actionsOn('hr', p1)).toEqual([]);
    // Another city's discipline office does not even see the record.
    expect(codeOf(await t.gql(`query($c: ID!) { penaltiesOf(cadreId: $c) { id } }`, { c: cadreId }, { token: tokens.elsewhere }))).toBe('FORBIDDEN');
  });

  it('what is withheld is refused', async () => {
    // The cadre: no own-motion case, no decision.
    expect(codeOf(await openFt('cadre', p1, 'OWN_MOTION', 'PROJECT_APPROVAL'))).toBe('FORBIDDEN');
    expect(codeOf(await openFt('cadre', p1, 'UNIT_APPLICATION', 'PROJECT_APPROVAL'))).toBe('FORBIDDEN');
    expect(codeOf(await decide('cadre', p1))).toBe('FORBIDDEN');
    // The unit's organisation department and HR: nothing (a unit's application is recorded by discipline inspection).
    for (const who of ['orgadmin.taining', 'hr']) {
      for (const origin of ['CADRE_APPLICATION', 'UNIT_APPLICATION', 'OWN_MOTION']) expect(codeOf(await openFt(who, p1, origin, 'PROJECT_APPROVAL'))).toBe('FORBIDDEN');
      expect(codeOf(await decide(who, p1))).toBe('FORBIDDEN');
    }
    // Discipline inspection outside its jurisdiction.
    expect(codeOf(await openFt('elsewhere', p1, 'OWN_MOTION', 'PROJECT_APPROVAL'))).toBe('FORBIDDEN');
    expect(codeOf(await decide('elsewhere', p1))).toBe('FORBIDDEN');
    expect(await actionsOn('discipline', p1)).toEqual(ALL);
  });

  it('what is offered is accepted: the cadre’s application, the unit’s application recorded by discipline, the decision', async () => {
    const own = await openFt('cadre', p1, 'CADRE_APPLICATION', 'PROJECT_APPROVAL');
    expect(own.errors).toBeUndefined();
    expect(own.data!.openFaultToleranceCase.state).toBe('awaitingAcceptance');
    const unit = await openFt('discipline', p1, 'UNIT_APPLICATION', 'PROJECT_APPROVAL_UNIT');
    expect(unit.errors).toBeUndefined();
    const decided = await decide('discipline', p1);
    expect(decided.errors).toBeUndefined();
    // Decided: only the body's own motion remains, for discipline inspection.
    expect(decided.data!.decidePenalty).toMatchObject({ decidedOn: '2026-03-10', availableActions: ['OPEN_FAULT_TOLERANCE_CASE'] });
  });

  it('once decided, applications and a second decision are withheld and refused; the own-motion case offered and accepted', async () => {
    expect(await actionsOn('cadre', p1)).toEqual([]);
    expect(await actionsOn('discipline', p1)).toEqual(['OPEN_FAULT_TOLERANCE_CASE']);
    expect(codeOf(await openFt('cadre', p1, 'CADRE_APPLICATION', 'PROJECT_APPROVAL_2'))).toBe('NOT_ELIGIBLE');
    expect(codeOf(await openFt('discipline', p1, 'UNIT_APPLICATION', 'PROJECT_APPROVAL_2'))).toBe('NOT_ELIGIBLE');
    expect(codeOf(await decide('discipline', p1))).toBe('CONFLICT');
    const ownMotion = await openFt('discipline', p1, 'OWN_MOTION', 'PROJECT_APPROVAL_3');
    expect(ownMotion.errors).toBeUndefined();
  });

  it('a sanction exempted while undecided: nothing is offered to anyone, and deciding it or applying about it is refused', async () => {
    const p2 = (await start('PARTY_WARNING')).id;
    const opened = await openFt('discipline', p2, 'OWN_MOTION', 'LAND_PILOT');
    const caseId = opened.data!.openFaultToleranceCase.id;
    await gql(tokens.discipline, `mutation($input: CaseActionInput!) { acceptFaultToleranceCase(input: $input) { state } }`, { input: { caseId } });
    await gql(tokens.discipline, `mutation($input: FtTextInput!) { completeFaultToleranceInvestigation(input: $input) { state } }`, { input: { caseId, text: '经调查，属改革试点中的探索性失误。' } });
    const factors = { motive: '推动工作落实', objectiveConditions: '政策界限尚不明确', procedure: '经集体研究', natureAndDegree: '工作失误', consequences: '影响较小', remedialEffort: '主动纠正' };
    await gql(tokens.discipline, `mutation($input: DecideFaultToleranceInput!) { decideFaultToleranceCase(input: $input) { outcome } }`, {
      input: { caseId, outcome: 'EXEMPT', distinction: 'EXPLORATION_NOT_YET_RESTRICTED', factors, collective: unanimous, reason: '符合容错情形，予以免责' },
    });
    expect((await penalties('discipline')).find((p) => p.id === p2)).toMatchObject({ decidedOn: null, tolerated: true, availableActions: [] });
    expect(await actionsOn('cadre', p2)).toEqual([]);
    expect(codeOf(await decide('discipline', p2))).toBe('CONFLICT');
    expect(codeOf(await openFt('cadre', p2, 'CADRE_APPLICATION', 'LAND_PILOT_2'))).toBe('NOT_ELIGIBLE');
    expect(codeOf(await openFt('discipline', p2, 'OWN_MOTION', 'LAND_PILOT_2'))).toBe('NOT_ELIGIBLE');
  });

  it('is computed from the rows as loaded: the same number of statements for one penalty or many', async () => {
    t.queries.length = 0;
    const rows = await penalties('discipline');
    const many = t.queries.length;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    t.queries.length = 0;
    await gql(tokens.discipline, `query($c: ID!) { penaltiesOf(cadreId: $c) { id } }`, { c: cadreId });
    expect(t.queries.length).toBe(many);
  });
});

describe('investigation availableActions', () => {
  let investigationId: string;

  it('open: only discipline inspection with jurisdiction is offered the closing; everyone else is refused it', async () => {
    investigationId = (await gql<{ openInvestigation: { id: string } }>(tokens.discipline, `mutation($input: OpenInvestigationInput!) { openInvestigation(input: $input) { id } }`, {
      input: { cadreId, startsOn: '2026-03-06', note: '立案审查' },
    })).openInvestigation.id;
    expect((await investigations('discipline')).map((i) => i.availableActions)).toEqual([['CLOSE_INVESTIGATION']]);
    for (const who of ['cadre', 'orgadmin.taining', 'hr']) {
      expect((await investigations(who)).map((i) => i.availableActions)).toEqual([[]]);
      expect(codeOf(await close(who, investigationId))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(`query($c: ID!) { investigationsOf(cadreId: $c) { id } }`, { c: cadreId }, { token: tokens.elsewhere }))).toBe('FORBIDDEN');
    expect(codeOf(await close('elsewhere', investigationId))).toBe('FORBIDDEN');
  });

  it('offered → accepted; closed → withheld and refused', async () => {
    const closed = await close('discipline', investigationId);
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeInvestigation).toMatchObject({ conclusion: 'NO_PENALTY', availableActions: [] });
    expect((await investigations('discipline')).map((i) => i.availableActions)).toEqual([[]]);
    expect(codeOf(await close('discipline', investigationId))).toBe('CONFLICT');
  });
});
