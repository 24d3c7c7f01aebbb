import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { sheetWithHeader, streamingWorkbook, streamRowsIntoSheet } from '../common/sheet-writer.js';
import { readFromReplica } from '../db/replica.js';
import { COVERED, current } from './business-sql.js';
import type { BusinessMode } from './business.types.js';

/** What the "1+N" report says per business assessment (BusinessService.report's lines). */
export interface BusinessReportLine {
  name: string;
  departmentName: string;
  mode: BusinessMode;
  unitsCovered: number;
  resultsEntered: number;
  resultsMissing: number;
  failed: number;
  inspectionsReplaced: number;
}

interface UnitRow {
  code: string;
  unit: string;
  name: string;
  department: string;
  mode: BusinessMode;
  weight: number | null;
  score: number | null;
  passed: boolean | null;
  note: string | null;
  version: number | null;
  recordedAt: Date | null;
  recordedBy: string | null;
}

/** Every covered unit with every business assessment covering it, and the result in force (its highest version), or none yet. */
const UNIT_RESULTS_SQL = `
  WITH covered AS (${COVERED} AND ba.cycle_id = $1 AND o.path LIKE ANY($2::text[])),
       cur AS (${current('IN (SELECT id FROM business_assessment WHERE cycle_id = $1)')})
  SELECT c.code, c.name AS unit, ba.name, d.name AS department, ba.mode, ba.weight::float8 AS weight,
         cur.score, cur.passed, cur.note, cur.version, cur.recorded_at AS "recordedAt", cur.recorded_by_name AS "recordedBy"
    FROM covered c
    JOIN business_assessment ba ON ba.id = c.ba_id
    JOIN organisation d ON d.id = ba.department_id
    LEFT JOIN cur ON cur.business_assessment_id = c.ba_id AND cur.organisation_id = c.organisation_id
   ORDER BY c.path, ba.declared_at, ba.name`;

export const MODE_WORDS: Record<BusinessMode, string> = { SCORE: '计分（按权重计入）', GATE: '否决（未通过不得评为优秀）' };

const beijing = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

const SUMMARY_COLUMNS: Array<Partial<ExcelJS.Column>> = [
  { header: '序号', key: 'no', width: 6 },
  { header: '业务考核', key: 'name', width: 24 },
  { header: '牵头部门', key: 'department', width: 22 },
  { header: '计入方式', key: 'mode', width: 26 },
  { header: '覆盖单位', key: 'units', width: 10 },
  { header: '已录入结果', key: 'entered', width: 12 },
  { header: '待录入结果', key: 'missing', width: 12 },
  { header: '未通过', key: 'failed', width: 8 },
  { header: '减少单独实地检查（次）', key: 'inspections', width: 22 },
];

const UNIT_COLUMNS: Array<Partial<ExcelJS.Column>> = [
  { header: '序号', key: 'no', width: 6 },
  { header: '单位代码', key: 'code', width: 14 },
  { header: '单位', key: 'unit', width: 22 },
  { header: '业务考核', key: 'name', width: 24 },
  { header: '牵头部门', key: 'department', width: 22 },
  { header: '计入方式', key: 'mode', width: 26 },
  { header: '权重（%）', key: 'weight', width: 10 },
  { header: '得分', key: 'score', width: 8 },
  { header: '是否通过', key: 'passed', width: 10 },
  { header: '说明', key: 'note', width: 36 },
  { header: '结果版本', key: 'version', width: 10 },
  { header: '录入时间（北京时间）', key: 'recordedAt', width: 20 },
  { header: '录入人', key: 'recordedBy', width: 14 },
];

const passedWord = (r: UnitRow) => (r.version === null ? '' : r.passed === null ? '—' : r.passed ? '通过' : '未通过');

/**
 * The "1+N" workbook of a cycle in the reader's jurisdiction: 汇总, the
 * report's line per business assessment with its totals, then 各单位结果,
 * every covered unit under each business assessment with the result in force
 * (未录入 where none is), written as it is read (a server-side cursor,
 * exceljs's streaming writer). Returns the rows of the second sheet.
 */
export async function writeBusinessWorkbook(
  dataSource: DataSource,
  cycleId: string,
  patterns: string[],
  lines: readonly BusinessReportLine[],
  out: Writable,
  created: Date,
): Promise<number> {
  return readFromReplica(
    dataSource,
    async (_m, runner) => {
      const client = (await runner.connect()) as PoolClient;
      const workbook = streamingWorkbook(out, created);
      const summary = sheetWithHeader(workbook, '汇总', SUMMARY_COLUMNS);
      lines.forEach((l, i) =>
        summary
          .addRow({
            no: i + 1,
            name: l.name,
            department: l.departmentName,
            mode: MODE_WORDS[l.mode],
            units: l.unitsCovered,
            entered: l.resultsEntered,
            missing: l.resultsMissing,
            failed: l.failed,
            inspections: l.inspectionsReplaced,
          })
          .commit(),
      );
      const sum = (k: keyof BusinessReportLine) => lines.reduce((s, l) => s + (l[k] as number), 0);
      const total = summary.addRow({ no: '', name: '合计', entered: sum('resultsEntered'), missing: sum('resultsMissing'), failed: sum('failed'), inspections: sum('inspectionsReplaced') });
      total.font = { bold: true };
      total.commit();
      summary.commit();

      const sheet = sheetWithHeader(workbook, '各单位结果', UNIT_COLUMNS);
      const rows = await streamRowsIntoSheet<UnitRow>(client, UNIT_RESULTS_SQL, [cycleId, patterns], sheet, (r, no) => ({
        no,
        code: r.code,
        unit: r.unit,
        name: r.name,
        department: r.department,
        mode: MODE_WORDS[r.mode],
        weight: r.mode === 'SCORE' ? r.weight : '',
        score: r.version === null ? '未录入' : (r.score ?? ''),
        passed: passedWord(r),
        note: r.note ?? '',
        version: r.version ?? '',
        recordedAt: r.recordedAt ? beijing.format(r.recordedAt) : '',
        recordedBy: r.recordedBy ?? '',
      }), out);
      await workbook.commit();
      return rows;
    },
    { retryOnPrimary: false },
  );
}
