import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { WORKFLOW_WORDS_ZH_CN as WORDS } from '../../workflows/labels/zh-CN.js';
import { subtreePatterns } from '../common/sql.js';
import { readFromReplica } from '../db/replica.js';
import { sheetWithHeader, streamingWorkbook, streamRowsIntoSheet } from '../common/sheet-writer.js';
import type { AssessmentCycle } from '../cycles/cycle.entity.js';

/** One row of the results sheet as the query gives it. */
export interface ResultRow {
  subject: string;
  post: string | null;
  organisationName: string;
  kind: string;
  state: string;
  overlay: string;
  proposedGrade: string | null;
  decidedGrade: string | null;
  finalGrade: string | null;
  score: number | null;
}

/**
 * The cycle's results inside a jurisdiction, in organisation-tree order. The
 * post is the one the cadre held when enrolled (kept after a move); the score
 * is the grading engine's latest composite, else the appraisal's own score.
 */
const RESULTS_SQL = `
  SELECT coalesce(c.name, o.name || '领导班子') AS subject, coalesce(a.post_title, c.post) AS post, o.name AS "organisationName", a.kind, a.state, a.overlay,
         a.proposed_grade AS "proposedGrade", a.snapshot->'context'->'decision'->>'grade' AS "decidedGrade", a.final_grade AS "finalGrade",
         coalesce(g.score::float8, CASE WHEN a.snapshot->'context'->>'score' ~ '^-?[0-9]+(\\.[0-9]+)?$' THEN (a.snapshot->'context'->>'score')::float8 END) AS score
    FROM assessment a
    JOIN organisation o ON o.id = a.organisation_id
    LEFT JOIN cadre c ON c.id = a.cadre_id
    LEFT JOIN LATERAL (SELECT score FROM grading_result r WHERE r.assessment_id = a.id ORDER BY r.version DESC LIMIT 1) g ON true
   WHERE a.cycle_id = $1 AND a.org_path LIKE ANY($2::text[])
   ORDER BY o.path, (a.kind = 'TEAM_ANNUAL') DESC, coalesce(a.rank_level, c.rank_level), c.name, a.id`;

export async function countResults(dataSource: Pick<DataSource, 'query'>, cycle: AssessmentCycle, scope: string[]): Promise<number> {
  const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM assessment a WHERE a.cycle_id = $1 AND a.org_path LIKE ANY($2::text[])`, [
    cycle.id,
    subtreePatterns(scope),
  ])) as Array<{ n: number }>;
  return row?.n ?? 0;
}

/** A dotted state id in words (`selfReport.drafting` → 撰写述职报告); an unknown one as it is. */
export function stateWords(state: string): string {
  return (WORDS.states as Record<string, string>)[state.replaceAll('.', '_')] ?? state;
}

/** A grade in words on the scale of its kind: regular and special assessments read 好/较好/一般/较差. */
export function gradeWords(grade: string | null, kind: string): string {
  if (!grade) return '';
  const regular = kind === 'REGULAR' || kind === 'SPECIAL';
  return (regular ? (WORDS.regularGrades as Record<string, string>)[grade] : undefined) ?? (WORDS.grades as Record<string, string>)[grade] ?? grade;
}

const COLUMNS: Array<Partial<ExcelJS.Column>> = [
  { header: '序号', key: 'no', width: 6 },
  { header: '对象', key: 'subject', width: 22 },
  { header: '职务', key: 'post', width: 28 },
  { header: '单位', key: 'organisationName', width: 22 },
  { header: '考核类别', key: 'kind', width: 16 },
  { header: '当前环节', key: 'state', width: 18 },
  { header: '特别情形', key: 'overlay', width: 14 },
  { header: '建议等次', key: 'proposedGrade', width: 12 },
  { header: '党委审定', key: 'decidedGrade', width: 12 },
  { header: '确定等次', key: 'finalGrade', width: 12 },
  { header: '综合得分', key: 'score', width: 10 },
];

export function sheetRow(r: ResultRow, no: number): Record<string, string | number | null> {
  return {
    no,
    subject: r.subject,
    post: r.post ?? '',
    organisationName: r.organisationName,
    kind: (WORDS.assessmentKinds as Record<string, string>)[r.kind] ?? r.kind,
    state: stateWords(r.state),
    overlay: r.overlay === 'NONE' ? '' : ((WORDS.overlays as Record<string, string>)[r.overlay] ?? r.overlay),
    proposedGrade: gradeWords(r.proposedGrade, r.kind),
    decidedGrade: gradeWords(r.decidedGrade, r.kind),
    finalGrade: gradeWords(r.finalGrade, r.kind),
    score: r.score === null ? null : Math.round(r.score * 100) / 100,
  };
}

/** Kept here for the callers that imported them from the results export. */
export { EXPORT_BATCH_ROWS, EXPORT_BUFFERED_BYTES, EXPORT_SLICE_MS, EXPORT_ZLIB_LEVEL, exportPacer } from '../common/sheet-writer.js';

/**
 * Writes the results workbook to `out` as it reads them (common/sheet-writer.ts:
 * a server-side cursor, exceljs's streaming writer, the event loop shared and
 * the client followed), so memory stays flat whatever the size of the province.
 */
export async function writeResultsWorkbook(dataSource: DataSource, cycle: AssessmentCycle, scope: string[], out: Writable, created: Date): Promise<number> {
  // On a replica when there is one: the export is a snapshot that may be a moment old (db/replica.ts).
  return readFromReplica(dataSource, async (_m, runner) => {
    const client = (await runner.connect()) as PoolClient;
    const workbook = streamingWorkbook(out, created);
    const sheet = sheetWithHeader(workbook, '考核结果', COLUMNS);
    const rows = await streamRowsIntoSheet<ResultRow>(client, RESULTS_SQL, [cycle.id, subtreePatterns(scope)], sheet, sheetRow, out);
    await workbook.commit();
    return rows;
  }, { retryOnPrimary: false });
}
