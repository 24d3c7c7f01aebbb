import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';
import { WORKFLOW_WORDS_ZH_CN as WORDS } from '../../workflows/labels/zh-CN.js';
import { subtreePatterns } from '../common/sql.js';
import { readFromReplica } from '../db/replica.js';
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

/** Rows fetched from the cursor at a time: parsing a batch holds the event loop, so a small one keeps every other request's wait short. */
export const EXPORT_BATCH_ROWS = 250;
/**
 * The longest the export works before giving the event loop back to other requests (then it goes on after their I/O). Short: a
 * request passes through the event loop several times (its body, the session, each statement, the answer) and may wait behind one
 * slice each time, so a slice's length counts several times in another request's wait (scripts/bench/web.ts measures it).
 */
export const EXPORT_SLICE_MS = 2;
/**
 * Deflate level of the workbook's zip: the fastest. Compressing runs beside the event loop but takes CPU from every other request
 * on a small server; a somewhat larger file costs less than that.
 */
export const EXPORT_ZLIB_LEVEL = 1;
/**
 * Bytes the response may hold unsent before the export waits for the client to read them; it also waits whenever the response
 * asks for a drain (backpressure: the zip's and the sheet's buffers stay small with a slow client).
 */
export const EXPORT_BUFFERED_BYTES = 1 << 20;

/**
 * Gives the event loop back when the export has held it for EXPORT_SLICE_MS,
 * and waits while the client has not yet read what was written.
 */
export function exportPacer(out: Writable, sliceMs = EXPORT_SLICE_MS, bufferedBytes = EXPORT_BUFFERED_BYTES): () => Promise<void> | null {
  let since = performance.now();
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('close', done);
        resolve();
      };
      out.once('drain', done);
      out.once('close', done);
    });
  return () => {
    if ((out.writableNeedDrain || out.writableLength > bufferedBytes) && !out.destroyed && !out.writableEnded) return drained().then(() => void (since = performance.now()));
    if (performance.now() - since < sliceMs) return null;
    return new Promise<void>((resolve) => setImmediate(resolve)).then(() => void (since = performance.now()));
  };
}

/**
 * Writes the results workbook to `out` as it reads them: rows come from a
 * server-side cursor EXPORT_BATCH_ROWS at a time and leave through exceljs's
 * streaming writer, so memory stays flat whatever the size of the province;
 * the event loop is given back every EXPORT_SLICE_MS of work, and the export
 * waits while the client has more than EXPORT_BUFFERED_BYTES left to read.
 */
export async function writeResultsWorkbook(dataSource: DataSource, cycle: AssessmentCycle, scope: string[], out: Writable, created: Date): Promise<number> {
  // On a replica when there is one: the export is a snapshot that may be a moment old (db/replica.ts).
  return readFromReplica(dataSource, async (_m, runner) => {
    const client = (await runner.connect()) as PoolClient;
    let rows = 0;
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip: { zlib: { level: EXPORT_ZLIB_LEVEL } } });
    workbook.creator = '干部考核系统';
    workbook.created = created;
    const sheet = workbook.addWorksheet('考核结果', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = COLUMNS;
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    const stream = client.query(new QueryStream(RESULTS_SQL, [cycle.id, subtreePatterns(scope)], { batchSize: EXPORT_BATCH_ROWS }));
    const pace = exportPacer(out);
    for await (const row of stream as AsyncIterable<ResultRow>) {
      rows += 1;
      sheet.addRow(sheetRow(row, rows)).commit();
      const pause = pace();
      if (pause) await pause;
    }
    sheet.commit();
    await workbook.commit();
    return rows;
  }, { retryOnPrimary: false });
}
