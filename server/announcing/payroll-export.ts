import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { bonusCoefficient, type BonusBasis } from '../../workflows/announcing/bonus.js';
import { WORKFLOW_WORDS_ZH_CN as WORDS } from '../../workflows/labels/zh-CN.js';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import { sheetWithHeader, streamingWorkbook, streamRowsIntoSheet } from '../common/sheet-writer.js';
import { readFromReplica } from '../db/replica.js';

interface PayrollRow {
  personNo: string;
  name: string;
  unit: string;
  post: string | null;
  ownGrade: string | null;
  teamGrade: string | null;
}

/**
 * Every cadre of the cycle in the jurisdiction with their unit's leadership
 * team's grade: the team assessment the cadre's was tied to at enrolment,
 * else the team of the same unit in the cycle.
 */
const PAYROLL_SQL = `
  SELECT c.person_no AS "personNo", c.name, o.name AS unit, coalesce(a.post_title, c.post) AS post, a.final_grade AS "ownGrade",
         coalesce(t.final_grade, (SELECT x.final_grade FROM assessment x WHERE a.team_assessment_id IS NULL AND x.cycle_id = a.cycle_id AND x.kind = 'TEAM_ANNUAL'
                                    AND x.organisation_id = a.organisation_id AND x.state <> 'cancelled' ORDER BY x.updated_at DESC LIMIT 1)) AS "teamGrade"
    FROM assessment a
    JOIN organisation o ON o.id = a.organisation_id
    JOIN cadre c ON c.id = a.cadre_id
    LEFT JOIN assessment t ON t.id = a.team_assessment_id AND t.state <> 'cancelled'
   WHERE a.cycle_id = $1 AND a.kind = 'CADRE_ANNUAL' AND a.state <> 'cancelled' AND a.org_path LIKE ANY($2::text[])
   ORDER BY o.path, c.name, a.id`;

export async function countPayrollRows(m: Pick<EntityManager, 'query'>, cycleId: string, patterns: string[]): Promise<number> {
  const [row] = (await m.query(
    `SELECT count(*)::int AS n FROM assessment a WHERE a.cycle_id = $1 AND a.kind = 'CADRE_ANNUAL' AND a.state <> 'cancelled' AND a.org_path LIKE ANY($2::text[])`,
    [cycleId, patterns],
  )) as Array<{ n: number }>;
  return row?.n ?? 0;
}

export const BASIS_WORDS: Record<BonusBasis, string> = {
  TEAM_GRADE: '按所在单位领导班子等次确定系数',
  OWN_BELOW_COMPETENT: '本人等次为基本称职（基本合格）或不称职（不合格），不发放年度考核奖',
  OWN_NOT_GRADED: '本人不定等次或只写评语，不发放年度考核奖',
  OWN_UNDECIDED: '本人考核结果尚未确定',
  TEAM_UNDECIDED: '所在单位领导班子考核结果尚未确定',
};

const gradeWord = (grade: string | null) => (grade ? ((WORDS.grades as Record<string, string>)[grade] ?? grade) : '');

const COLUMNS: Array<Partial<ExcelJS.Column>> = [
  { header: '序号', key: 'no', width: 6 },
  { header: '干部编号', key: 'personNo', width: 12 },
  { header: '姓名', key: 'name', width: 12 },
  { header: '单位', key: 'unit', width: 24 },
  { header: '职务', key: 'post', width: 28 },
  { header: '本人等次', key: 'ownGrade', width: 12 },
  { header: '所在单位领导班子等次', key: 'teamGrade', width: 20 },
  { header: '年度考核奖系数', key: 'coefficient', width: 14 },
  { header: '说明', key: 'basis', width: 44 },
];

/** Writes the payroll sheet to `out` as the rows are read (a server-side cursor, exceljs's streaming writer): memory stays flat. */
export async function writePayrollWorkbook(dataSource: DataSource, cycleId: string, patterns: string[], settings: RuleSettings, out: Writable, created: Date): Promise<number> {
  return readFromReplica(
    dataSource,
    async (_m, runner) => {
      const client = (await runner.connect()) as PoolClient;
      const workbook = streamingWorkbook(out, created);
      const sheet = sheetWithHeader(workbook, '年度考核奖系数', COLUMNS);
      const rows = await streamRowsIntoSheet<PayrollRow>(client, PAYROLL_SQL, [cycleId, patterns], sheet, (r, no) => {
        const bonus = bonusCoefficient(r.ownGrade, r.teamGrade, settings);
        return {
          no,
          personNo: r.personNo,
          name: r.name,
          unit: r.unit,
          post: r.post ?? '',
          ownGrade: gradeWord(r.ownGrade),
          teamGrade: gradeWord(r.teamGrade),
          coefficient: bonus.coefficient,
          basis: BASIS_WORDS[bonus.basis],
        };
      }, out);
      await workbook.commit();
      return rows;
    },
    { retryOnPrimary: false },
  );
}
