import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword, hashToken } from '../../server/auth/auth.service.js';
import type { Viewer } from '../../server/auth/policy.js';
import type { CycleDeadlines } from '../../server/cycles/cycle.entity.js';
import { prepareDatabase } from '../../server/db/bootstrap.js';
import { DEMO_PASSWORD } from '../../server/seed/demo.js';
import { seedSynthetic } from '../../server/seed/synthetic.js';
import { createServices } from '../../server/services.js';
import { log as benchLog } from './harness.js';

/**
 * The data `--mix lifecycle` drives: a synthetic province with an annual
 * cycle planned, enrolled and opened through the services; one account per
 * role over the whole province (organisation department, assessment team,
 * committee, discipline), three raters invited to every cadre's assessment,
 * an account for every cadre (CADRE over their unit) with a saved self-report
 * draft, and a session for each account — set up in bulk SQL, since signing
 * 20,000 people in through the password hash is not what is measured.
 */

export const ROLE_USERS = { orgadmin: 'ORG_ADMIN', assessor: 'ASSESSOR', committee: 'COMMITTEE', discipline: 'DISCIPLINE' } as const;
export type RoleUser = keyof typeof ROLE_USERS;
export const RATERS = 3;
const RATER_GROUPS = ['SUPERIOR', 'PEER', 'SUBORDINATE'];

export interface LifecycleItem {
  id: string;
  /** The assessed cadre's bearer token (SUBJECT: submits the self-report, signs the written notice). */
  cadreToken: string;
}

export interface LifecycleSeeded {
  cycleIds: string[];
  rootPath: string;
  /** Bearer tokens of the role accounts and of the raters. */
  tokens: Record<RoleUser, string>;
  raterTokens: string[];
  /** Cadre assessments in selfReport.drafting with a complete draft, raters invited. */
  items: LifecycleItem[];
  totalAssessments: number;
}

const token = () => randomBytes(24).toString('base64url');

/**
 * `province`: one cycle over the whole province (every quota pool is read
 * from all its assessments); `unit`: one cycle per unit (a city, county or
 * department of ≈ 300 cadres), as a city or county organisation department
 * runs its own.
 */
export type CycleScope = 'province' | 'unit';

export async function seedLifecycle(ds: DataSource, cadres: number, scope: CycleScope, log: (line: string) => void = benchLog): Promise<LifecycleSeeded> {
  await prepareDatabase(ds, { seed: true, log });
  let t = performance.now();
  const synthetic = await ds.transaction((m) => seedSynthetic(m, { cadres, code: 'BENCH' }));
  const [root] = (await ds.query(`SELECT path FROM organisation WHERE id = $1`, [synthetic.rootId])) as Array<{ path: string }>;
  log(`Synthetic province BENCH: ${synthetic.organisations} organisations, ${synthetic.cadres} cadres (${((performance.now() - t) / 1000).toFixed(1)} s)`);

  t = performance.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const expires = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const sessions: Array<{ userId: string; token: string }> = [];
  const account = async (username: string, role: string, organisationId: string) => {
    const [user] = (await ds.query(`INSERT INTO user_account (username, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [username, `基准 ${username}`, passwordHash])) as Array<{
      id: string;
    }>;
    await ds.query(`INSERT INTO role_assignment (user_id, role, organisation_id) VALUES ($1, $2, $3)`, [user!.id, role, organisationId]);
    const one = { userId: user!.id, token: token() };
    sessions.push(one);
    return one;
  };
  const tokens = {} as Record<RoleUser, string>;
  let orgAdminId = '';
  for (const [name, role] of Object.entries(ROLE_USERS) as Array<[RoleUser, string]>) {
    const made = await account(`bench.${name}`, role, synthetic.rootId);
    tokens[name] = made.token;
    if (name === 'orgadmin') orgAdminId = made.userId;
  }
  const raters: Array<{ userId: string; token: string }> = [];
  for (let i = 0; i < RATERS; i++) raters.push(await account(`bench.rater.${i}`, 'RATER', synthetic.rootId));

  // One account per cadre of the province, CADRE over their own unit.
  const cadreUsers = (await ds.query(
    `WITH c AS (SELECT c.id, c.name, c.organisation_id FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE o.path LIKE $1 || '%'),
          u AS (INSERT INTO user_account (username, display_name, password_hash, cadre_id) SELECT 'bench.c.' || c.id, c.name, $2, c.id FROM c RETURNING id, cadre_id)
     INSERT INTO role_assignment (user_id, role, organisation_id) SELECT u.id, 'CADRE', c.organisation_id FROM u JOIN c ON c.id = u.cadre_id RETURNING user_id`,
    [root!.path, passwordHash],
  )) as Array<{ user_id: string }>;
  const cadreTokens = new Map<string, string>();
  for (const u of cadreUsers) {
    const one = { userId: u.user_id, token: token() };
    sessions.push(one);
    cadreTokens.set(u.user_id, one.token);
  }
  await ds.query(`INSERT INTO auth_session (token_hash, user_id, expires_at) SELECT * FROM unnest($1::text[], $2::uuid[], $3::timestamptz[])`, [
    sessions.map((s) => hashToken(s.token)),
    sessions.map((s) => s.userId),
    sessions.map(() => expires),
  ]);
  log(`${sessions.length} accounts with a session (${Object.keys(ROLE_USERS).length} roles, ${RATERS} raters, ${cadreUsers.length} cadres) (${((performance.now() - t) / 1000).toFixed(1)} s)`);

  t = performance.now();
  const [granted] = (await ds.query(`SELECT id FROM user_account WHERE id = $1`, [orgAdminId])) as Array<{ id: string }>;
  const viewer: Viewer = {
    userId: granted!.id,
    username: 'bench.orgadmin',
    displayName: '基准 bench.orgadmin',
    cadreId: null,
    cadreOrganisationPath: null,
    cadreOrganisationId: null,
    cadrePositionType: null,
    grants: [{ role: 'ORG_ADMIN', organisationId: synthetic.rootId, organisationPath: root!.path }],
    sessionId: 'bench-setup',
  };
  const services = createServices(ds, { sessionHours: 12, lockout: { maxFailures: 5, minutes: 15 } }, () => new Date());
  const year = new Date().getFullYear();
  const deadlines: CycleDeadlines = { selfReportDue: `${year + 1}-01-20T18:00:00+08:00`, evaluationDue: null, reviewDue: null, finishBy: `${year + 1}-03-31T18:00:00+08:00` };
  const units =
    scope === 'province'
      ? [{ id: synthetic.rootId, code: 'BENCH', subtree: true }]
      : ((await ds.query(`SELECT o.id, o.code, false AS subtree FROM organisation o WHERE o.path LIKE $1 || '%' AND EXISTS (SELECT FROM cadre c WHERE c.organisation_id = o.id) ORDER BY o.path`, [
          root!.path,
        ])) as Array<{ id: string; code: string; subtree: boolean }>);
  const cycleIds: string[] = [];
  for (const unit of units) {
    const cycle = await services.cycles.planCycle(viewer, { kind: 'ANNUAL', name: `BENCH ${year} ${unit.code}`, year, organisationId: unit.id, deadlines });
    await services.cycles.enrol(viewer, cycle.id, { organisationIds: [unit.id], includeSubtree: unit.subtree, includeTeams: true });
    await services.cycles.openCycle(viewer, cycle.id);
    cycleIds.push(cycle.id);
  }
  log(`${cycleIds.length} cycle${cycleIds.length > 1 ? 's' : ''} (${scope === 'province' ? 'the whole province' : 'one per unit'}) planned, enrolled and opened (${((performance.now() - t) / 1000).toFixed(1)} s)`);

  t = performance.now();
  // Every cadre has written a complete draft (saving drafts is not a transition); three raters are invited to each.
  await ds.query(
    `INSERT INTO self_report (assessment_id, work_summary, duties_and_targets, responsibility_statement, integrity_statement, draft_version, draft_saved_at)
     SELECT id, '一年来，认真履行岗位职责，推进重点项目十二项，完成年度目标任务。', '分管发展改革、乡村振兴工作。', '严格落实全面从严治党主体责任和“一岗双责”。', '严格遵守廉洁自律各项规定，无违规违纪问题。', 1, now()
       FROM assessment WHERE cycle_id = ANY($1::uuid[]) AND cadre_id IS NOT NULL
     ON CONFLICT (assessment_id) DO UPDATE SET work_summary = excluded.work_summary, duties_and_targets = excluded.duties_and_targets,
       responsibility_statement = excluded.responsibility_statement, integrity_statement = excluded.integrity_statement, draft_version = 1, draft_saved_at = now()`,
    [cycleIds],
  );
  await ds.query(
    `INSERT INTO rater_invitation (assessment_id, rater_user_id, rater_group, invited_by, invited_at)
     SELECT a.id, r.user_id, r.grp, $2, now() FROM assessment a CROSS JOIN unnest($3::uuid[], $4::text[]) AS r(user_id, grp) WHERE a.cycle_id = ANY($1::uuid[]) AND a.cadre_id IS NOT NULL`,
    [cycleIds, orgAdminId, raters.map((r) => r.userId), RATER_GROUPS.slice(0, RATERS)],
  );
  for (const table of ['assessment', 'self_report', 'rater_invitation', 'user_account', 'auth_session', 'audit_log']) await ds.query(`VACUUM ANALYZE ${table}`);
  const rows = (await ds.query(
    `SELECT a.id, u.id AS user_id FROM assessment a JOIN user_account u ON u.cadre_id = a.cadre_id WHERE a.cycle_id = ANY($1::uuid[]) AND a.state = 'selfReport.drafting' ORDER BY a.id`,
    [cycleIds],
  )) as Array<{ id: string; user_id: string }>;
  const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM assessment WHERE cycle_id = ANY($1::uuid[])`, [cycleIds])) as [{ n: number }];
  log(`${rows.length} cadre assessments with a draft and ${RATERS} raters each, ready to drive (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  return {
    cycleIds,
    rootPath: root!.path,
    tokens,
    raterTokens: raters.map((r) => r.token),
    items: rows.map((r) => ({ id: r.id, cadreToken: cadreTokens.get(r.user_id)! })),
    totalAssessments: n,
  };
}
