import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admissionOf, enforceMutationRules, MUTATION_RULES, renderMutationRules, type MutationRule } from '../../server/auth/mutation-rules.js';
import type { Role } from '../../server/auth/roles.js';
import { DEMO_PASSWORD } from '../../server/seed/demo.js';
import { openCycleFor } from '../support/lifecycle.js';
import { decideAndNotify } from '../support/review-fixture.js';
import { codeOf, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/**
 * Every mutation, listed by introspection, sent by every role — each a user of
 * one city, 泰宁市 (QH-TN) — with arguments built from the introspected types:
 * once against records of its own city, once against the records of another
 * city, 禾丰市 (QH-HF). Roles the table does not admit are refused before the
 * resolver runs; roles it admits are never refused by the table, and never
 * succeed against another city's records.
 */

const OWN = 'QH-TN';
const OTHER = 'QH-HF';
const PASSWORD = 'matrix-password-2026';

interface Caller {
  name: string;
  role: Role | null;
  username: string | null;
  password: string;
}
const CALLERS: Caller[] = [
  { name: 'ORG_ADMIN', role: 'ORG_ADMIN', username: 'orgadmin.taining', password: DEMO_PASSWORD },
  ...(['ASSESSOR', 'COMMITTEE', 'DISCIPLINE', 'HR', 'AUDITOR', 'SYSTEM_ADMIN'] as const).map((role) => ({
    name: role,
    role,
    username: `matrix.${role.toLowerCase()}`,
    password: PASSWORD,
  })),
  { name: 'RATER', role: 'RATER', username: 'rater', password: DEMO_PASSWORD },
  { name: 'a plain cadre', role: 'CADRE', username: 'cadre', password: DEMO_PASSWORD },
  { name: 'anonymous', role: null, username: null, password: '' },
];

// ---- introspection -------------------------------------------------------

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Arg {
  name: string;
  type: TypeRef;
}
interface MutationField {
  name: string;
  args: Arg[];
  type: TypeRef;
}
interface NamedType {
  kind: string;
  name: string;
  inputFields: Arg[] | null;
  enumValues: Array<{ name: string }> | null;
}

const TYPE_REF = `kind name ofType { kind name ofType { kind name ofType { kind name } } }`;
const INTROSPECTION = `{
  __schema {
    mutationType { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } }
    types { kind name inputFields { name type { ${TYPE_REF} } } enumValues { name } }
  }
}`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const typeString = (t: TypeRef): string =>
  t.kind === 'NON_NULL' ? `${typeString(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeString(t.ofType!)}]` : t.name!;

// ---- arguments built from the types --------------------------------------

/** Records a mutation may target, by kind; ids absent here are random. */
type RecordKind =
  | 'assessment'
  | 'cycle'
  | 'cadre'
  | 'organisation'
  | 'penalty'
  | 'investigation'
  | 'user'
  | 'assignment'
  | 'reviewCase'
  | 'faultToleranceCase'
  | 'accusation'
  | 'objection'
  | 'outcome';
type Records = Partial<Record<RecordKind, string>>;

/** Which record an id field names, by field name (a case id by the machine the rule names). */
function recordKindOf(field: string, inputType: string | null, rule: MutationRule): RecordKind | null {
  const byName: Record<string, RecordKind> = {
    assessmentId: 'assessment',
    assessmentIds: 'assessment',
    cycleId: 'cycle',
    cadreId: 'cadre',
    organisationId: 'organisation',
    organisationIds: 'organisation',
    jurisdictionId: 'organisation',
    penaltyId: 'penalty',
    investigationId: 'investigation',
    userId: 'user',
    assignmentId: 'assignment',
    objectionId: 'objection',
    outcomeId: 'outcome',
    parentId: 'organisation',
    managingOrganisationId: 'organisation',
  };
  if (byName[field]) return byName[field];
  if (field === 'id' && ['UpdateCadreInput', 'MoveCadreInput', 'SetCadreEmploymentStatusInput', 'SetManagingJurisdictionInput'].includes(inputType ?? '')) return 'cadre';
  if (field === 'id' && ['UpdateOrganisationInput', 'MoveOrganisationInput', 'RetireOrganisationInput'].includes(inputType ?? '')) return 'organisation';
  if (field === 'caseId') {
    const machine = rule.kind === 'LIFECYCLE' ? rule.events[0]!.machine : rule.kind === 'SPECIAL' ? rule.event?.machine : undefined;
    if (machine === 'reviewCase' || machine === 'faultToleranceCase' || machine === 'accusation') return machine;
  }
  return null;
}

/** Plausible values for string fields whose service accepts a closed list or a format (else VALIDATION would answer before the record is read). */
const STRINGS: Record<string, string> = {
  route: 'REVIEW',
  decision: 'UPHELD',
  grade: 'COMPETENT',
  kind: 'PARTY_WARNING',
  origin: 'OWN_MOTION',
  mistakeKey: 'LATE_REPORTING',
  source: 'PETITION',
  overall: 'COMPETENT',
  rating: 'GOOD',
  username: 'matrix.created',
  password: PASSWORD,
  fileName: 'figures.csv',
  contentBase64: Buffer.from('organisationCode,personNo,indicatorCode,value,period,source\nQH,,GDP_GROWTH,1,2025,统计局\n').toString('base64'),
  csv: 'assessmentId,component,value,source\n',
  method: 'LETTER',
  scope: 'UNIT',
  'AppraiseInput.grade': 'GOOD',
  overlay: 'UNGRADED',
  group: 'PEER',
  pool: 'MEMBERS',
  findings: 'UNTRUE',
  outcome: 'EXEMPT',
  component: 'WORK_RESULTS',
  category: 'PROVINCE_GENERAL',
  personNo: 'AM-2026-0001',
  'CreateOrganisationInput.code': 'AM-ORG-2026',
  'SetCadreEmploymentStatusInput.since': '2026-12-01',
};
const INTS: Record<string, number> = { year: 2025, concernsYear: 2025, days: 10, expectedVersion: 1, draftVersion: 0 };
const isDay = (field: string) => /(On|From|^day)$/.test(field) || field === 'day';

interface Build {
  types: Map<string, NamedType>;
  records: Records;
  rule: MutationRule;
  /** Whether an id named a real record. */
  hit: boolean;
}

function valueOf(b: Build, type: TypeRef, field: string, inputType: string | null): unknown {
  if (type.kind === 'NON_NULL') return valueOf(b, type.ofType!, field, inputType);
  if (type.kind === 'LIST') return [valueOf(b, type.ofType!, field, inputType)];
  const t = b.types.get(type.name!)!;
  if (t.kind === 'ENUM') return t.enumValues![0]!.name;
  if (t.kind === 'INPUT_OBJECT') {
    const out: Record<string, unknown> = {};
    for (const f of t.inputFields!) {
      const kind = recordKindOf(f.name, t.name, b.rule);
      // Required fields, and optional ones that name a record of the city.
      if (f.type.kind === 'NON_NULL' || (kind && b.records[kind])) out[f.name] = valueOf(b, f.type, f.name, t.name);
    }
    return out;
  }
  switch (t.name) {
    case 'ID': {
      const kind = recordKindOf(field, inputType, b.rule);
      const id = kind ? b.records[kind] : undefined;
      if (id) b.hit = true;
      return id ?? randomUUID();
    }
    case 'String':
      return STRINGS[`${inputType}.${field}`] ?? STRINGS[field] ?? (isDay(field) ? '2026-12-01' : '授权矩阵：一段足够长的说明文字');
    case 'Int':
      return INTS[field] ?? 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return '2026-12-01T09:00:00+08:00';
    default:
      return {};
  }
}

function operationFor(b: Build, m: MutationField): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const decls: string[] = [];
  const uses: string[] = [];
  for (const a of m.args) {
    const value = a.type.kind === 'NON_NULL' || recordKindOf(a.name, null, b.rule) ? valueOf(b, a.type, a.name, null) : undefined;
    if (value === undefined) continue;
    variables[a.name] = value;
    decls.push(`$${a.name}: ${typeString(a.type)}`);
    uses.push(`${a.name}: $${a.name}`);
  }
  const returned = b.types.get(named(m.type).name!)!;
  const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(returned.kind) ? ' { __typename }' : '';
  const query = `mutation${decls.length ? `(${decls.join(', ')})` : ''} { ${m.name}${uses.length ? `(${uses.join(', ')})` : ''}${selection} }`;
  return { query, variables };
}

// ---- the app and its records ---------------------------------------------

let t: TestApp;
let mutations: MutationField[];
let types: Map<string, NamedType>;
const tokens = new Map<string, string | null>();
const records: Record<string, Records> = {};

async function must<T>(res: Promise<GraphQLResponse<T>>): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

const one = async (sql: string, params: unknown[]) => ((await t.dataSource.query(sql, params)) as Array<{ id: string }>)[0]!.id;

/** The records of one city a mutation may target: a cycle with its assessments, a review case, a fault-tolerance case, an accusation, a penalty, an investigation, a user with a role. */
async function cityRecords(code: string, province: Record<string, string>): Promise<Records> {
  const organisation = await one(`SELECT id FROM organisation WHERE code = $1`, [code]);
  const cycle = await openCycleFor(t, province.orgadmin!, code);
  const [assessment, decided] = (await t.dataSource.query(
    `SELECT a.id, a.cadre_id AS "cadreId", a.organisation_id AS "organisationId" FROM assessment a JOIN cadre c ON c.id = a.cadre_id
      WHERE a.cycle_id = $1 AND a.machine_id = 'annualAssessment' ORDER BY c.person_no DESC LIMIT 2`,
    [cycle],
  )) as Array<{ id: string; cadreId: string; organisationId: string }>;
  // The assessed of the decided one signs in as CADRE and asks for a review.
  const user = (await must(t.gql<{ createUser: { id: string } }>(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
    input: { username: `matrix.subject.${code.toLowerCase()}`, displayName: '被考核人', password: PASSWORD, cadreId: decided!.cadreId },
  }, { token: province.sysadmin }))).createUser.id;
  await must(t.gql(`mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: CADRE, organisationId: $o }) { id } }`, { u: user, o: decided!.organisationId }, { token: province.sysadmin }));
  const assignment = await one(`SELECT id FROM role_assignment WHERE user_id = $1`, [user]);
  await decideAndNotify(t, { assessor: province.assessor!, committee: province.committee!, orgadmin: province.orgadmin! }, cycle, [decided!.id], 'INCOMPETENT');
  const subject = await t.signIn(`matrix.subject.${code.toLowerCase()}`, PASSWORD);
  const review = await must(t.gql<{ requestReview: { id: string } }>(`mutation($input: RequestReviewInput!) { requestReview(input: $input) { id } }`, {
    input: { assessmentId: decided!.id, route: 'REVIEW', grounds: '请求复核考核结果' },
  }, { token: subject }));
  const cadre = assessment!.cadreId;
  const discipline = { token: province.discipline };
  const penalty = (await must(t.gql<{ startAccountability: { id: string } }>(`mutation($input: StartAccountabilityInput!) { startAccountability(input: $input) { id } }`, {
    input: { cadreId: cadre, kind: 'PARTY_WARNING', startedOn: '2026-10-01', note: '问责程序启动' },
  }, discipline))).startAccountability.id;
  const ft = (await must(t.gql<{ openFaultToleranceCase: { id: string } }>(`mutation($input: OpenFaultToleranceInput!) { openFaultToleranceCase(input: $input) { id } }`, {
    input: { cadreId: cadre, penaltyId: penalty, origin: 'OWN_MOTION', mistakeKey: 'LATE_REPORTING', grounds: '依职权启动容错纠错程序' },
  }, discipline))).openFaultToleranceCase.id;
  const accusation = (await must(t.gql<{ recordAccusation: { id: string } }>(`mutation($input: RecordAccusationInput!) { recordAccusation(input: $input) { id } }`, {
    input: { cadreId: cadre, source: 'PETITION', points: ['违规使用公车'], concernsYear: 2025, receivedOn: '2026-10-06' },
  }, discipline))).recordAccusation.id;
  const investigation = (await must(t.gql<{ openInvestigation: { id: string } }>(`mutation($input: OpenInvestigationInput!) { openInvestigation(input: $input) { id } }`, {
    input: { cadreId: cadre, startsOn: '2026-10-02', note: '立案审查' },
  }, discipline))).openInvestigation.id;
  // An objection as the public would have lodged it (the row the notice service writes), on the assessment in progress.
  const objection = await one(`INSERT INTO objection (assessment_id, content, lodged_at) VALUES ($1, '异议内容', now()) RETURNING id`, [assessment!.id]);
  // The INCOMPETENT result proposed its outcome tasks.
  const outcome = await one(`SELECT id FROM outcome_task WHERE assessment_id = $1 ORDER BY id LIMIT 1`, [decided!.id]);
  return {
    assessment: assessment!.id,
    cycle,
    cadre,
    organisation,
    penalty,
    investigation,
    user,
    assignment,
    reviewCase: review.requestReview.id,
    faultToleranceCase: ft,
    accusation,
    objection,
    outcome,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  const schema = await must(t.gql<{ __schema: { mutationType: { fields: MutationField[] }; types: NamedType[] } }>(INTROSPECTION));
  mutations = schema.__schema.mutationType.fields;
  types = new Map(schema.__schema.types.map((x) => [x.name, x]));
  const province: Record<string, string> = {};
  for (const u of ['orgadmin', 'assessor', 'committee', 'discipline', 'sysadmin']) province[u] = await t.signIn(u);
  const own = await one(`SELECT id FROM organisation WHERE code = $1`, [OWN]);
  for (const c of CALLERS.filter((x) => x.username?.startsWith('matrix.'))) {
    const id = (await must(t.gql<{ createUser: { id: string } }>(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { username: c.username, displayName: c.name, password: PASSWORD },
    }, { token: province.sysadmin }))).createUser.id;
    await must(t.gql(`mutation($u: ID!, $r: Role!, $o: ID!) { assignRole(input: { userId: $u, role: $r, organisationId: $o }) { id } }`, { u: id, r: c.role, o: own }, { token: province.sysadmin }));
  }
  for (const c of CALLERS) tokens.set(c.name, c.username ? await t.signIn(c.username, c.password) : null);
  records[OWN] = await cityRecords(OWN, province);
  records[OTHER] = await cityRecords(OTHER, province);
  // What is due on the (fixed) test clock is fired now, so that no deadline of either city fires during the walk.
  for (const run of ['runDueDeadlines', 'runCaseDeadlines', 'runOutcomeDeadlines']) await must(t.gql(`mutation { ${run} { __typename } }`, {}, { token: province.orgadmin }));
});
afterAll(() => t?.close());

// ---- the table and the schema --------------------------------------------

describe('the table names every mutation, and only those', () => {
  it('every mutation listed by introspection has a rule, and every rule a mutation', () => {
    const names = mutations.map((m) => m.name).sort();
    expect(names.length).toBeGreaterThan(80);
    expect(names.filter((n) => !(n in MUTATION_RULES))).toEqual([]);
    expect(Object.keys(MUTATION_RULES).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('a schema with a mutation that has no rule is not built, naming it; a rule without a mutation neither', () => {
    const sdl = () => buildSchema(`type Query { me: Int } type Mutation { signIn: Int signOut: Int grantEverything: Int }`);
    const rules = { signIn: MUTATION_RULES.signIn!, signOut: MUTATION_RULES.signOut! };
    expect(() => enforceMutationRules(sdl(), rules)).toThrow(/without a rule.*grantEverything/);
    expect(() => enforceMutationRules(sdl(), { ...rules, grantEverything: MUTATION_RULES.signOut!, revokeEverything: MUTATION_RULES.signOut! })).toThrow(
      /do not exist: revokeEverything/,
    );
    expect(() => enforceMutationRules(sdl(), { ...rules, grantEverything: { kind: 'LIFECYCLE', events: [{ machine: 'cycle', event: 'GRANT' }] } })).toThrow(
      /cycle has no event GRANT/,
    );
  });

  it('docs/security.md "Who may call what" is the table', () => {
    const doc = readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');
    const section = /<!-- mutation-rules:start -->\n([\s\S]*?)\n<!-- mutation-rules:end -->/.exec(doc)?.[1];
    const table = renderMutationRules();
    if (section !== table) console.error(`docs/security.md, between the mutation-rules markers, should read:\n${table}`);
    expect(section).toBe(table);
  });

  // Written out by hand from the regulation and the brief, not derived from the table under test.
  it.each([
    ['setCalendarDay', ['ORG_ADMIN', 'SYSTEM_ADMIN'], true],
    ['confirmCalendarYear', ['ORG_ADMIN', 'SYSTEM_ADMIN'], true],
    ['extendAppeal', ['ORG_ADMIN', 'COMMITTEE', 'HR'], false],
    ['decideAppeal', ['ORG_ADMIN', 'COMMITTEE', 'HR'], false],
    ['castBallot', ['RATER'], false],
    ['createUser', ['SYSTEM_ADMIN'], false],
    ['approveGrade', ['COMMITTEE'], false],
    ['requestReview', ['CADRE'], false],
    ['publishRuleSet', ['ORG_ADMIN'], false],
    ['issueAnnouncementList', ['ORG_ADMIN'], false],
    ['createOrganisation', ['ORG_ADMIN', 'SYSTEM_ADMIN'], false],
    ['retireOrganisation', ['ORG_ADMIN', 'SYSTEM_ADMIN'], false],
    ['createCadre', ['ORG_ADMIN', 'HR'], false],
    ['moveCadre', ['ORG_ADMIN', 'HR'], false],
    ['recordFinding', ['ORG_ADMIN', 'ASSESSOR', 'DISCIPLINE'], false],
    ['answerVetoConsultation', ['ORG_ADMIN'], false],
    ['requestVetoConsultation', ['ORG_ADMIN', 'ASSESSOR'], false],
  ] as const)('%s: only %j (root only: %s)', (name, roles, rootOnly) => {
    const admission = admissionOf(MUTATION_RULES[name]!);
    expect(admission).toEqual({ anonymous: false, roles, rootOnly });
  });

  it.each(['signIn', 'lodgeObjection'])('%s is open to anyone', (name) => {
    expect(admissionOf(MUTATION_RULES[name]!).anonymous).toBe(true);
  });
});

// ---- the matrix ----------------------------------------------------------

interface Answer {
  mutation: string;
  caller: string;
  city: string;
  admitted: boolean;
  hit: boolean;
  code: string | undefined;
  message: string | undefined;
  /** A bulk input refused whole, naming the rows outside the caller's jurisdiction. */
  rowsOutside: boolean;
  tableRefusal: boolean;
  succeeded: boolean;
}

function admits(rule: MutationRule, caller: Caller): boolean {
  const a = admissionOf(rule);
  if (!caller.role) return a.anonymous;
  // Every caller's grant is inside one city: a root-only rule admits none of them.
  return a.anonymous || (!a.rootOnly && a.roles.includes(caller.role));
}

async function send(m: MutationField, caller: Caller, city: string): Promise<Answer> {
  const rule = MUTATION_RULES[m.name]!;
  const b: Build = { types, records: records[city]!, rule, hit: false };
  const { query, variables } = operationFor(b, m);
  // Signing out ends a session: a session of its own, so that the caller's stays.
  const token = (m.name === 'signOut' || m.name === 'endSession') && caller.username ? await t.signIn(caller.username, caller.password) : tokens.get(caller.name)!;
  const res = await t.gql<Record<string, unknown>>(query, variables, { token });
  const error = res.errors?.[0];
  return {
    mutation: m.name,
    caller: caller.name,
    city,
    admitted: admits(rule, caller),
    hit: b.hit,
    code: codeOf(res),
    message: error?.message,
    rowsOutside:
      error?.extensions?.code === 'VALIDATION' &&
      (error.extensions.fields as Array<{ messages: string[] }> | undefined)?.some((f) => f.messages.includes('outside your jurisdiction')) === true,
    tableRefusal: error?.extensions?.mutation === m.name,
    succeeded: !res.errors && res.data?.[m.name] !== undefined && res.data?.[m.name] !== null,
  };
}

describe('every mutation × every role × own and another city', () => {
  const answers: Answer[] = [];
  let writtenInOther: string[] = [];
  const auditRowsIn = async (code: string): Promise<Array<{ seq: string; action: string; entity_type: string }>> =>
    t.dataSource.query(`SELECT seq, action, entity_type FROM audit_log WHERE scope_path LIKE (SELECT path FROM organisation WHERE code = $1) || '%'`, [code]);

  beforeAll(async () => {
    const before = new Set((await auditRowsIn(OTHER)).map((r) => r.seq));
    // Another city's records first: nothing may change there.
    for (const city of [OTHER, OWN]) {
      for (const m of mutations) {
        const answersOfMutation = await Promise.all(CALLERS.map((c) => send(m, c, city)));
        answers.push(...answersOfMutation);
      }
      if (city === OTHER) writtenInOther = (await auditRowsIn(OTHER)).filter((r) => !before.has(r.seq)).map((r) => `${r.entity_type} ${r.action}`);
    }
  }, 240_000);

  it('walked every mutation as every caller in both cities', () => {
    expect(answers).toHaveLength(mutations.length * CALLERS.length * 2);
  });

  it("the callers of one city wrote nothing in another city's trail", () => {
    expect(writtenInOther).toEqual([]);
  });

  it('nothing answers INTERNAL', () => {
    expect(answers.filter((a) => a.code === 'INTERNAL').map((a) => `${a.mutation} as ${a.caller} in ${a.city}`)).toEqual([]);
  });

  it('a caller the table does not admit is refused before the resolver: UNAUTHENTICATED when anonymous, else FORBIDDEN naming the mutation', () => {
    const wrong = answers
      .filter((a) => !a.admitted)
      .filter((a) => (a.caller === 'anonymous' ? a.code !== 'UNAUTHENTICATED' : a.code !== 'FORBIDDEN' || !a.tableRefusal) || a.succeeded)
      .map((a) => `${a.mutation} as ${a.caller} in ${a.city}: ${a.code}`);
    expect(wrong).toEqual([]);
  });

  it('a caller the table admits is never refused by the table', () => {
    expect(answers.filter((a) => a.admitted && a.tableRefusal).map((a) => `${a.mutation} as ${a.caller}`)).toEqual([]);
  });

  it('in its own city an admitted caller is never refused as outside its jurisdiction (the record may still refuse: not the subject, not invited, not the appeal body)', () => {
    const own = answers.filter((a) => a.city === OWN && a.admitted && a.code === 'FORBIDDEN');
    expect(own.filter((a) => /jurisdiction/i.test(a.message ?? '')).map((a) => `${a.mutation} as ${a.caller}: ${a.message}`)).toEqual([]);
  });

  it("against another city's records an admitted caller is refused FORBIDDEN or NOT_FOUND (a bulk input: each row outside the jurisdiction), never succeeds", () => {
    // Public and own-data mutations have no jurisdiction.
    const recordBound = (name: string) => MUTATION_RULES[name]!.kind !== 'SIGNED_IN' && !admissionOf(MUTATION_RULES[name]!).anonymous;
    const other = answers.filter((a) => a.city === OTHER && a.admitted && a.hit && recordBound(a.mutation));
    expect(other.filter((a) => a.code !== 'FORBIDDEN' && a.code !== 'NOT_FOUND' && !a.rowsOutside).map((a) => `${a.mutation} as ${a.caller}: ${a.code} ${a.message ?? ''}`)).toEqual([]);
  });

  it('a root-only mutation, refused to every city caller above, is admitted for the root jurisdiction', async () => {
    const rootOnly = mutations.filter((m) => MUTATION_RULES[m.name]!.kind === 'ROOT_ONLY');
    expect(rootOnly.map((m) => m.name).sort()).toEqual(['confirmCalendarYear', 'setCalendarDay']);
    for (const username of ['orgadmin', 'sysadmin']) {
      const caller: Caller = { name: `${username} (root)`, role: null, username, password: DEMO_PASSWORD };
      tokens.set(caller.name, await t.signIn(username));
      for (const m of rootOnly) {
        const a = await send(m, caller, OWN);
        expect([a.tableRefusal, a.code === 'INTERNAL']).toEqual([false, false]);
      }
    }
  });

  it("every lifecycle mutation (assessments, cycles, cases, outcome tasks) and special rule reached another city's record, not a random id", () => {
    const targeted = new Set(answers.filter((a) => a.city === OTHER && a.hit).map((a) => a.mutation));
    const lifecycle = Object.entries(MUTATION_RULES)
      .filter(([, r]) => r.kind === 'LIFECYCLE' || r.kind === 'SPECIAL')
      .map(([name]) => name);
    expect(lifecycle.filter((name) => !targeted.has(name))).toEqual([]);
  });
});
