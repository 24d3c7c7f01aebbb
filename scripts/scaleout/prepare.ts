import { ASSESSMENT_COLUMNS, deriveAssessmentColumns } from '../../server/assessments/assessment.service.js';
import type { Viewer } from '../../server/auth/policy.js';
import type { CycleDeadlines } from '../../server/cycles/cycle.entity.js';
import { prepareDatabase } from '../../server/db/bootstrap.js';
import { createDataSource } from '../../server/db/data-source.js';
import { createServices } from '../../server/services.js';
import { applyBulkTransition } from '../../server/workflow/transition.js';

export interface Prepared {
  cycleId: string;
  /** Assessments in evaluation.ballotsOpen, where recordTalk is a valid step. */
  assessmentIds: string[];
}

/**
 * Migrates the primary and seeds the demo province (291 cadres), then plans,
 * enrols and opens an annual cycle over it as the demo `orgadmin`, through
 * the services the GraphQL mutations call, and takes every assessment to
 * evaluation.ballotsOpen in bulk (as SYSTEM), so that the demo `assessor`
 * can record talks on each.
 */
export async function prepareData(primaryUrl: string, log: (line: string) => void): Promise<Prepared> {
  const ds = createDataSource(primaryUrl, { poolSize: 4, applicationName: 'cadre-scaleout-setup' });
  await ds.initialize();
  try {
    await prepareDatabase(ds, { seed: true, log });
    const grants = (await ds.query(
      `SELECT u.id AS "userId", ra.role, ra.organisation_id AS "organisationId", o.path AS "organisationPath"
         FROM user_account u JOIN role_assignment ra ON ra.user_id = u.id JOIN organisation o ON o.id = ra.organisation_id
        WHERE u.username = 'orgadmin'`,
    )) as Array<{ userId: string; role: string; organisationId: string; organisationPath: string }>;
    const root = grants.find((g) => g.role === 'ORG_ADMIN');
    if (!root) throw new Error('the demo account orgadmin is missing');
    const viewer: Viewer = {
      userId: root.userId,
      username: 'orgadmin',
      displayName: '省委组织部 考核办',
      cadreId: null,
      cadreOrganisationPath: null,
      cadreOrganisationId: null,
      cadrePositionType: null,
      grants: grants.map((g) => ({ role: g.role as Viewer['grants'][number]['role'], organisationId: g.organisationId, organisationPath: g.organisationPath })),
      sessionId: 'scaleout-setup',
    };
    const services = createServices(ds, { sessionHours: 12, lockout: { maxFailures: 5, minutes: 15 } }, () => new Date());
    const year = new Date().getFullYear();
    const deadlines: CycleDeadlines = {
      selfReportDue: `${year + 1}-01-20T18:00:00+08:00`,
      evaluationDue: null,
      reviewDue: null,
      finishBy: `${year + 1}-03-31T18:00:00+08:00`,
    };
    const cycle = await services.cycles.planCycle(viewer, { kind: 'ANNUAL', name: `扩展部署演练 ${year}`, year, organisationId: root.organisationId, deadlines });
    await services.cycles.enrol(viewer, cycle.id, { organisationIds: [root.organisationId], includeSubtree: true, includeTeams: true });
    await services.cycles.openCycle(viewer, cycle.id);
    const ids = ((await ds.query(`SELECT id FROM assessment WHERE cycle_id = $1 ORDER BY id`, [cycle.id])) as Array<{ id: string }>).map((r) => r.id);
    const derive = deriveAssessmentColumns(cycle.deadlines);
    for (const type of ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']) {
      const at = new Date().toISOString();
      await ds.transaction((m) => applyBulkTransition(m, 'assessment', ids, () => ({ type, at }), { userId: null, role: 'SYSTEM' }, { derive, deriveColumns: ASSESSMENT_COLUMNS }));
    }
    const ready = ((await ds.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND state = 'evaluation.ballotsOpen' ORDER BY id`, [cycle.id])) as Array<{ id: string }>).map(
      (r) => r.id,
    );
    log(`cycle ${cycle.id}: ${ids.length} assessments, ${ready.length} in evaluation.ballotsOpen`);
    return { cycleId: cycle.id, assessmentIds: ready };
  } finally {
    await ds.destroy();
  }
}
