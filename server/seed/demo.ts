import type { EntityManager } from 'typeorm';
import type { OrganisationCategory, OrganisationKind } from '../../workflows/org/categories.js';
import { appendAudit } from '../audit/audit.service.js';
import { hashPassword } from '../auth/auth.service.js';
import type { Role } from '../auth/roles.js';
import type { PositionType, RankLevel } from '../cadres/cadre.entity.js';
import { seedServiceRatings } from './surveys.js';
import { chineseName, prng } from './names.js';

/** Every demo account signs in with this password. */
export const DEMO_PASSWORD = 'Demo@2026';

interface OrgSpec {
  code: string;
  name: string;
  kind: OrganisationKind;
  category: OrganisationCategory;
  restricted?: boolean;
  children?: OrgSpec[];
  /** Leading posts of the unit: [post, rank, principal/deputy]. */
  posts?: Array<[string, RankLevel, PositionType]>;
  /** Extra deputies and internal-unit heads to reach a realistic size. */
  extra?: number;
}

const cityPosts = (isPrefecture: boolean): Array<[string, RankLevel, PositionType]> => [
  [isPrefecture ? '州委书记' : '市委书记', 'BUREAU_PRINCIPAL', 'PRINCIPAL'],
  [isPrefecture ? '州长' : '市长', 'BUREAU_PRINCIPAL', 'PRINCIPAL'],
  [isPrefecture ? '州委副书记' : '市委副书记', 'BUREAU_DEPUTY', 'DEPUTY'],
  ['常务副' + (isPrefecture ? '州长' : '市长'), 'BUREAU_DEPUTY', 'DEPUTY'],
  ['组织部部长', 'BUREAU_DEPUTY', 'DEPUTY'],
  ['纪委书记', 'BUREAU_DEPUTY', 'DEPUTY'],
  ['宣传部部长', 'BUREAU_DEPUTY', 'DEPUTY'],
  ['副' + (isPrefecture ? '州长' : '市长'), 'BUREAU_DEPUTY', 'DEPUTY'],
  ['副' + (isPrefecture ? '州长' : '市长'), 'BUREAU_DEPUTY', 'DEPUTY'],
];
const countyPosts: Array<[string, RankLevel, PositionType]> = [
  ['县委书记', 'DIVISION_PRINCIPAL', 'PRINCIPAL'],
  ['县长', 'DIVISION_PRINCIPAL', 'PRINCIPAL'],
  ['县委副书记', 'DIVISION_DEPUTY', 'DEPUTY'],
  ['常务副县长', 'DIVISION_DEPUTY', 'DEPUTY'],
  ['组织部部长', 'DIVISION_DEPUTY', 'DEPUTY'],
  ['纪委书记', 'DIVISION_DEPUTY', 'DEPUTY'],
  ['副县长', 'DIVISION_DEPUTY', 'DEPUTY'],
];
const deptPosts = (head: string): Array<[string, RankLevel, PositionType]> => [
  [head, 'BUREAU_PRINCIPAL', 'PRINCIPAL'],
  ['党组副书记', 'BUREAU_DEPUTY', 'DEPUTY'],
  ['副' + head.replace(/^党组书记、/, ''), 'BUREAU_DEPUTY', 'DEPUTY'],
  ['副' + head.replace(/^党组书记、/, ''), 'BUREAU_DEPUTY', 'DEPUTY'],
];

/** 青禾省: a fictional province with cities of the three types, counties, departments and institutions. */
export const DEMO_PROVINCE: OrgSpec = {
  code: 'QH',
  name: '青禾省',
  kind: 'PROVINCE',
  category: 'PROVINCE_GENERAL',
  children: [
    {
      code: 'QH-TN', name: '泰宁市', kind: 'CITY', category: 'CITY_STRONG_ECONOMY', posts: cityPosts(false), extra: 12,
      children: [
        { code: 'QH-TN-DJ', name: '东江区', kind: 'COUNTY', category: 'COUNTY_DISTRICT', posts: countyPosts, extra: 9 },
        { code: 'QH-TN-LS', name: '临山县', kind: 'COUNTY', category: 'COUNTY_DISTRICT', posts: countyPosts, extra: 9 },
      ],
    },
    {
      code: 'QH-HF', name: '禾丰市', kind: 'CITY', category: 'CITY_RURAL_REVITALISATION', posts: cityPosts(false), extra: 12,
      children: [
        { code: 'QH-HF-ST', name: '石塘县', kind: 'COUNTY', category: 'COUNTY_RURAL_REVITALISATION', posts: countyPosts, extra: 9 },
        { code: 'QH-HF-YC', name: '雁城县', kind: 'COUNTY', category: 'COUNTY_RURAL_REVITALISATION', posts: countyPosts, extra: 9 },
      ],
    },
    {
      code: 'QH-XY', name: '雪原藏族自治州', kind: 'CITY', category: 'CITY_ETHNIC_REGION', posts: cityPosts(true), extra: 12,
      children: [
        { code: 'QH-XY-GB', name: '高坝县', kind: 'COUNTY', category: 'COUNTY_ECOLOGICAL_PROTECTION', restricted: true, posts: countyPosts, extra: 9 },
        { code: 'QH-XY-MQ', name: '玛曲源县', kind: 'COUNTY', category: 'COUNTY_ECOLOGICAL_PROTECTION', restricted: true, posts: countyPosts, extra: 9 },
      ],
    },
    { code: 'QH-D-XCB', name: '省委宣传部', kind: 'DEPARTMENT', category: 'DEPT_PARTY_POLITICAL', posts: deptPosts('部长'), extra: 6 },
    { code: 'QH-D-TZB', name: '省委统战部', kind: 'DEPARTMENT', category: 'DEPT_PARTY_POLITICAL', posts: deptPosts('部长'), extra: 6 },
    { code: 'QH-D-FGW', name: '省发展和改革委员会', kind: 'DEPARTMENT', category: 'DEPT_ECONOMIC', posts: deptPosts('党组书记、主任'), extra: 8 },
    { code: 'QH-D-CZT', name: '省财政厅', kind: 'DEPARTMENT', category: 'DEPT_ECONOMIC', posts: deptPosts('党组书记、厅长'), extra: 8 },
    { code: 'QH-D-SWT', name: '省商务厅', kind: 'DEPARTMENT', category: 'DEPT_ECONOMIC', posts: deptPosts('党组书记、厅长'), extra: 6 },
    { code: 'QH-D-JYT', name: '省教育厅', kind: 'DEPARTMENT', category: 'DEPT_SOCIAL_DEVELOPMENT', posts: deptPosts('党组书记、厅长'), extra: 8 },
    { code: 'QH-D-WJW', name: '省卫生健康委员会', kind: 'DEPARTMENT', category: 'DEPT_SOCIAL_DEVELOPMENT', posts: deptPosts('党组书记、主任'), extra: 8 },
    { code: 'QH-D-SCJ', name: '省市场监督管理局', kind: 'DEPARTMENT', category: 'DEPT_LAW_ENFORCEMENT_SUPERVISION', posts: deptPosts('党组书记、局长'), extra: 6 },
    { code: 'QH-D-STT', name: '省生态环境厅', kind: 'DEPARTMENT', category: 'DEPT_LAW_ENFORCEMENT_SUPERVISION', posts: deptPosts('党组书记、厅长'), extra: 6 },
    { code: 'QH-D-JGJ', name: '省机关事务管理局', kind: 'DEPARTMENT', category: 'DEPT_OTHER', posts: deptPosts('党组书记、局长'), extra: 4 },
    { code: 'QH-U-QHU', name: '青禾大学', kind: 'PUBLIC_INSTITUTION', category: 'PI_UNIVERSITY', posts: deptPosts('党委书记'), extra: 6 },
    { code: 'QH-U-NKY', name: '省农业科学院', kind: 'PUBLIC_INSTITUTION', category: 'PI_RESEARCH_INSTITUTE', posts: deptPosts('党委书记、院长'), extra: 4 },
    { code: 'QH-E-NY', name: '青禾能源集团有限公司', kind: 'STATE_OWNED_ENTERPRISE', category: 'SOE_INDUSTRIAL_COMMERCIAL', posts: deptPosts('党委书记、董事长'), extra: 4 },
  ],
};

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  /** Code of the jurisdiction root. */
  scope: string;
  /** Link to a cadre of this organisation (for CADRE and RATER). */
  cadreOf?: string;
  what: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'orgadmin', displayName: '省委组织部 考核办', role: 'ORG_ADMIN', scope: 'QH', what: '组织部门: plans and runs cycles for the province' },
  { username: 'orgadmin.taining', displayName: '泰宁市委组织部', role: 'ORG_ADMIN', scope: 'QH-TN', what: '组织部门 of 泰宁市 only' },
  { username: 'orgadmin.hefeng', displayName: '禾丰市委组织部', role: 'ORG_ADMIN', scope: 'QH-HF', what: '组织部门 of 禾丰市 only' },
  { username: 'assessor', displayName: '省考核组 第一组', role: 'ASSESSOR', scope: 'QH', what: '考核组: self-reports, ballots, proposals' },
  { username: 'rater', displayName: '测评人(泰宁市)', role: 'RATER', scope: 'QH-TN', cadreOf: 'QH-TN', what: '测评人: fills evaluation ballots' },
  { username: 'cadre', displayName: '干部(东江区)', role: 'CADRE', scope: 'QH-TN-DJ', cadreOf: 'QH-TN-DJ', what: '干部本人: self-report, results, appeals' },
  { username: 'committee', displayName: '省委常委会 成员', role: 'COMMITTEE', scope: 'QH', what: '党委(党组): approves grades' },
  { username: 'discipline', displayName: '省纪委监委', role: 'DISCIPLINE', scope: 'QH', what: '纪检监察: opinions, investigations, fault tolerance' },
  { username: 'hr', displayName: '省人社厅 干部处', role: 'HR', scope: 'QH', what: '人事部门: rewards, sanctions, training' },
  { username: 'hr.verifier', displayName: '省人社厅 干部监督处', role: 'HR', scope: 'QH', what: '人事部门: verifies what another HR user carried out (four eyes)' },
  { username: 'auditor', displayName: '审计查阅员', role: 'AUDITOR', scope: 'QH', what: '审计: reads the audit trail' },
  { username: 'dept.eco', displayName: '省生态环境厅 考核处', role: 'DEPARTMENT', scope: 'QH-D-STT', what: '业务考核部门: enters 生态环境保护 results (1+N)' },
  { username: 'dept.ideology', displayName: '省委宣传部 考核处', role: 'DEPARTMENT', scope: 'QH-D-XCB', what: '业务考核部门: enters 意识形态工作 results (1+N)' },
  { username: 'dept.market', displayName: '省市场监管局 考核处', role: 'DEPARTMENT', scope: 'QH-D-SCJ', what: '业务考核部门: enters 市场监管 results (1+N)' },
  { username: 'sysadmin', displayName: '系统管理员', role: 'SYSTEM_ADMIN', scope: 'QH', what: 'user management only' },
];

function flatten(spec: OrgSpec, parent: OrgSpec | null, out: Array<{ spec: OrgSpec; parent: OrgSpec | null }> = []) {
  out.push({ spec, parent });
  for (const child of spec.children ?? []) flatten(child, spec, out);
  return out;
}

const unitHeads: Array<[string, RankLevel, PositionType]> = [
  ['办公室主任', 'DIVISION_PRINCIPAL', 'PRINCIPAL'],
  ['综合处处长', 'DIVISION_PRINCIPAL', 'PRINCIPAL'],
  ['规划处副处长', 'DIVISION_DEPUTY', 'DEPUTY'],
  ['人事处处长', 'DIVISION_PRINCIPAL', 'PRINCIPAL'],
  ['政策法规处副处长', 'DIVISION_DEPUTY', 'DEPUTY'],
  ['督查室主任', 'DIVISION_PRINCIPAL', 'PRINCIPAL'],
  ['财务处副处长', 'DIVISION_DEPUTY', 'DEPUTY'],
  ['机关党委专职副书记', 'DIVISION_DEPUTY', 'DEPUTY'],
  ['信息中心主任', 'DIVISION_PRINCIPAL', 'PRINCIPAL'],
];
const countyUnitHeads: Array<[string, RankLevel, PositionType]> = [
  ['县委办公室主任', 'SECTION_PRINCIPAL', 'PRINCIPAL'],
  ['县政府办公室主任', 'SECTION_PRINCIPAL', 'PRINCIPAL'],
  ['发展和改革局局长', 'SECTION_PRINCIPAL', 'PRINCIPAL'],
  ['财政局副局长', 'SECTION_DEPUTY', 'DEPUTY'],
  ['乡村振兴局局长', 'SECTION_PRINCIPAL', 'PRINCIPAL'],
  ['镇党委书记', 'SECTION_PRINCIPAL', 'PRINCIPAL'],
  ['镇长', 'SECTION_PRINCIPAL', 'PRINCIPAL'],
];

/**
 * Seeds the demo province on an empty database: organisations, about 300
 * cadres, a few status facts, and one demo account per role. Deterministic.
 */
export async function seedDemo(m: EntityManager): Promise<{ organisations: number; cadres: number; users: number }> {
  const rand = prng(20261121);
  const orgs = flatten(DEMO_PROVINCE, null);
  const ids = new Map<string, { id: string; path: string }>();
  for (const { spec, parent } of orgs) {
    const parentRow = parent ? ids.get(parent.code)! : null;
    const [row] = (await m.query(
      `INSERT INTO organisation (id, parent_id, code, name, kind, category, path, depth, restricted_development)
       SELECT id, $1::uuid, $2, $3, $4, $5, coalesce($6, '/') || id || '/', $7, $8 FROM (SELECT gen_random_uuid() AS id) g
       RETURNING id, path`,
      [parentRow?.id ?? null, spec.code, spec.name, spec.kind, spec.category, parentRow?.path ?? null, parentRow ? parentRow.path.split('/').length - 2 : 0, spec.restricted ?? false],
    )) as Array<{ id: string; path: string }>;
    ids.set(spec.code, row!);
  }

  const cadreRows: unknown[][] = [];
  const firstCadreOf = new Map<string, number>();
  let serial = 1;
  for (const { spec } of orgs) {
    if (!spec.posts) continue;
    const heads = spec.kind === 'COUNTY' ? countyUnitHeads : unitHeads;
    const posts = [...spec.posts, ...heads.slice(0, Math.min(heads.length, spec.extra ?? 0))];
    while (posts.length < spec.posts.length + (spec.extra ?? 0)) posts.push(heads[posts.length % heads.length]!);
    for (const [post, rank, position] of posts) {
      const age = 38 + Math.floor(rand() * 20);
      const birth = `${2026 - age}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
      const took = `${2018 + Math.floor(rand() * 7)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-01`;
      if (!firstCadreOf.has(spec.code) && position === 'DEPUTY') firstCadreOf.set(spec.code, cadreRows.length);
      cadreRows.push([ids.get(spec.code)!.id, `QH${String(serial++).padStart(6, '0')}`, chineseName(rand), rand() < 0.3 ? 'FEMALE' : 'MALE', birth, post, rank, position, took]);
    }
  }
  const cadreIds: Array<{ id: string }> = await m.query(
    `INSERT INTO cadre (organisation_id, person_no, name, gender, birth_date, post, rank_level, position_type, took_post_on)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[], $9::date[])
     RETURNING id`,
    Array.from({ length: 9 }, (_, col) => cadreRows.map((r) => r[col])),
  );

  // A few status facts the grading rules will meet: probation, long sick leave, an open investigation, maternity.
  const statusFacts: Array<[number, string, string, string | null, string]> = [
    [12, 'PROBATION', '2026-03-01', '2027-02-28', '新任职试用期一年'],
    [40, 'SICK_LEAVE', '2026-02-10', '2026-09-30', '病假'],
    [75, 'INVESTIGATION', '2026-06-18', null, '省纪委监委立案审查'],
    [101, 'MATERNITY', '2026-04-01', '2026-08-31', '产假'],
  ];
  for (const [index, kind, startsOn, endsOn, note] of statusFacts) {
    const cadre = cadreIds[index];
    if (cadre) {
      await m.query(`INSERT INTO cadre_status_period (cadre_id, kind, starts_on, ends_on, note) VALUES ($1,$2,$3,$4,$5)`, [cadre.id, kind, startsOn, endsOn, note]);
    }
  }

  await seedServiceRatings(m, ids);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const cadreIndex = account.cadreOf ? firstCadreOf.get(account.cadreOf) : undefined;
    const cadreId = cadreIndex !== undefined ? cadreIds[cadreIndex]!.id : null;
    const [user] = (await m.query(
      `INSERT INTO user_account (username, display_name, password_hash, cadre_id) VALUES ($1,$2,$3,$4) RETURNING id`,
      [account.username, account.displayName, passwordHash, cadreId],
    )) as Array<{ id: string }>;
    await m.query(`INSERT INTO role_assignment (user_id, role, organisation_id) VALUES ($1,$2,$3)`, [user!.id, account.role, ids.get(account.scope)!.id]);
  }
  await appendAudit(m, {
    entityType: 'system',
    entityId: 'seed',
    action: 'DEMO_DATA_SEEDED',
    actorUserId: null,
    actorRole: null,
    scopePath: null,
    payload: { organisations: orgs.length, cadres: cadreIds.length, users: DEMO_ACCOUNTS.length },
  });
  return { organisations: orgs.length, cadres: cadreIds.length, users: DEMO_ACCOUNTS.length };
}
