import type { EntityManager } from 'typeorm';
import { initialTransition } from 'xstate';
import { annualMachine } from '../../workflows/assessment/annual.machine.js';
import { cycleMachine } from '../../workflows/assessment/cycle.machine.js';
import { DEFAULT_RULE_SETTINGS } from '../../workflows/rules/settings.js';
import { persist } from '../workflow/transition.js';

/** A closed annual cycle's snapshot, as the cycle machine would leave it (every page reads its context). */
function closedCycleSnapshot(year: number): unknown {
  const snapshot = persist(initialTransition(cycleMachine, { kind: 'ANNUAL' })[0]) as { value: unknown; status: string; context: Record<string, unknown> };
  return { ...snapshot, value: 'closed', status: 'done', context: { ...snapshot.context, openedAt: `${year + 1}-01-05T01:00:00.000Z`, closedAt: `${year + 1}-03-31T09:00:00.000Z` } };
}

/** A filed cadre assessment's snapshot with its final grade, as the annual machine would leave it (every page reads its context). */
function filedSnapshot(year: number, grade: string): unknown {
  const input = { subject: 'CADRE', kind: 'ANNUAL', scale: 'CADRE', overlay: 'NONE', overlayReason: null };
  const snapshot = persist(initialTransition(annualMachine, input as never)[0]) as { value: unknown; context: Record<string, unknown> };
  const at = `${year + 1}-03-20T02:00:00.000Z`;
  return { ...snapshot, value: 'filed', context: { ...snapshot.context, finalGrade: grade, writtenNoticeAt: at, feedbackAt: at } };
}

/**
 * Past annual results filed before the system ran (the records brought over
 * from paper), promotions and a candidate list: demo data for 选任参考, and
 * the figures of its tests. Each past year is one closed annual cycle of the
 * root organisation; each result a filed assessment with its final grade.
 */
export interface PastResult {
  cadreId: string;
  year: number;
  grade: string;
}

export async function seedPastResults(m: Pick<EntityManager, 'query'>, rootId: string, results: readonly PastResult[]): Promise<void> {
  const [root] = (await m.query(`SELECT id, path FROM organisation WHERE id = $1`, [rootId])) as Array<{ id: string; path: string }>;
  if (!root) throw new Error('no root organisation');
  const cycles = new Map<number, string>();
  for (const year of [...new Set(results.map((r) => r.year))].sort()) {
    const [existing] = (await m.query(`SELECT id FROM assessment_cycle WHERE organisation_id = $1 AND kind = 'ANNUAL' AND year = $2 AND name LIKE '%（历史）'`, [root.id, year])) as Array<{ id: string }>;
    const id =
      existing?.id ??
      ((await m.query(
        `INSERT INTO assessment_cycle (kind, name, year, organisation_id, org_path, settings, deadlines, machine_id, machine_version, state, snapshot, assessing_organisation_id)
         VALUES ('ANNUAL', $1, $2, $3, $4, $5, $6, 'cycle', 1, 'closed', $7, $3) RETURNING id`,
        [
          `${year}年度考核（历史）`, year, root.id, root.path, JSON.stringify(DEFAULT_RULE_SETTINGS),
          JSON.stringify({ selfReportDue: `${year + 1}-01-20T18:00:00+08:00`, evaluationDue: null, reviewDue: null, finishBy: `${year + 1}-03-31T18:00:00+08:00` }),
          JSON.stringify(closedCycleSnapshot(year)),
        ],
      )) as Array<{ id: string }>)[0]!.id;
    cycles.set(year, id);
  }
  for (const r of results) {
    await m.query(
      `INSERT INTO assessment (cycle_id, kind, cadre_id, organisation_id, org_path, machine_id, machine_version, input, state, snapshot, final_grade, post_title, rank_level, position_type)
       SELECT $1, 'CADRE_ANNUAL', c.id, c.organisation_id, o.path, 'annualAssessment', 1, $4, 'filed', $5, $3, c.post, c.rank_level, c.position_type
         FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $2`,
      [
        cycles.get(r.year), r.cadreId, r.grade,
        JSON.stringify({ subject: 'CADRE', kind: 'ANNUAL', scale: 'CADRE', overlay: 'NONE', overlayReason: null }),
        JSON.stringify(filedSnapshot(r.year, r.grade)),
      ],
    );
  }
}

export async function seedPromotion(m: Pick<EntityManager, 'query'>, cadreId: string, kind: 'PROMOTED' | 'FURTHER_USED', promotedOn: string, post: string | null): Promise<void> {
  await m.query(
    `INSERT INTO cadre_promotion (cadre_id, kind, promoted_on, organisation_id, org_path, post)
     SELECT c.id, $2, $3, c.organisation_id, o.path, $4 FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $1`,
    [cadreId, kind, promotedOn, post],
  );
}

/**
 * The demo's selection data for 青禾省: the cadres of 泰宁市 and its counties
 * with their annual results of 2021–2025, a few promotions in 2024 and 2025,
 * and a candidate list for a vacancy. Grades cycle through a fixed pattern so
 * the share report and the counters show real figures.
 */
export async function seedSelectionDemo(m: EntityManager, rootId: string): Promise<void> {
  const cadres = (await m.query(
    `SELECT c.id, c.post FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE o.code LIKE 'QH-TN%' ORDER BY o.path, c.person_no LIMIT 24`,
  )) as Array<{ id: string; post: string }>;
  const patterns = [
    ['EXCELLENT', 'EXCELLENT', 'EXCELLENT', 'COMPETENT', 'EXCELLENT'],
    ['COMPETENT', 'EXCELLENT', 'COMPETENT', 'COMPETENT', 'COMPETENT'],
    ['COMPETENT', 'COMPETENT', 'COMPETENT', 'COMPETENT', 'COMPETENT'],
    ['COMPETENT', 'COMPETENT', 'EXCELLENT', 'EXCELLENT', 'EXCELLENT'],
    ['BASICALLY_COMPETENT', 'COMPETENT', 'COMPETENT', 'COMPETENT', 'COMPETENT'],
  ];
  const results: PastResult[] = [];
  cadres.forEach((c, i) => patterns[i % patterns.length]!.forEach((grade, k) => results.push({ cadreId: c.id, year: 2021 + k, grade })));
  await seedPastResults(m, rootId, results);
  const promoted = cadres.filter((_, i) => i % 3 === 0).slice(0, 6);
  for (const [i, c] of promoted.entries()) await seedPromotion(m, c.id, i % 2 ? 'FURTHER_USED' : 'PROMOTED', i < 3 ? `2024-0${i + 3}-15` : `2025-0${i}-20`, null);
  const [tn] = (await m.query(`SELECT id, path FROM organisation WHERE code = 'QH-TN'`)) as Array<{ id: string; path: string }>;
  if (!tn) return;
  const [{ id: listId }] = (await m.query(
    `INSERT INTO candidate_list (name, purpose, organisation_id, org_path) VALUES ('泰宁市副市长人选', '泰宁市人民政府副市长职位空缺，酝酿人选', $1, $2) RETURNING id`,
    [tn.id, tn.path],
  )) as [{ id: string }];
  for (const [i, c] of cadres.filter((_, k) => k % 5 === 0 || k % 5 === 3).slice(0, 4).entries()) {
    await m.query(`INSERT INTO candidate_list_member (list_id, cadre_id, position) VALUES ($1, $2, $3)`, [listId, c.id, i + 1]);
  }
}
