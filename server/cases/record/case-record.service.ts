import type { DataSource, EntityManager } from 'typeorm';
import type { PenaltyService } from '../penalties/penalty.service.js';
import { toCaseRow, type CaseRow, type CaseTable } from '../shared/case-row.js';
import type { ResultVersionRow, ResultVersionService } from '../versions/result-version.service.js';

/** A case in a cadre's (or team's) record, with the assessment year it belongs to. */
export interface RecordCase {
  row: CaseRow;
  year: number;
}

/** What the cases add to a record: every result version, and the cases of the cadre or of the team's results. */
export interface RecordEntries {
  versions: ResultVersionRow[];
  reviews: RecordCase[];
  faultTolerance: RecordCase[];
  accusations: RecordCase[];
}

/** The case side of a cadre's (or team's) record: result versions, cases and, for a cadre, the promotion blockers. */
export class CaseRecordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: ResultVersionService,
    private readonly penalties: PenaltyService,
  ) {}

  /**
   * The case side of a record, in four queries whatever the history: every
   * version of the given results; the review and appeal cases of the cadre
   * or of those results (a team's); the cadre's fault-tolerance cases and
   * accusations. The caller has checked the viewer may read the record.
   */
  async recordEntries(m: EntityManager, who: { cadreId: string | null; assessmentIds: string[] }): Promise<RecordEntries> {
    const versions = await this.versions.resultVersionsOf(who.assessmentIds, m);
    const reviews = (await m.query(
      `SELECT r.*, c.year AS record_year FROM review_case r JOIN assessment a ON a.id = r.assessment_id JOIN assessment_cycle c ON c.id = a.cycle_id
        WHERE a.cadre_id = $1 OR r.assessment_id = ANY($2::uuid[]) ORDER BY r.created_at, r.id`,
      [who.cadreId, who.assessmentIds],
    )) as Array<Record<string, unknown>>;
    const tolerance = (await m.query(
      `SELECT f.*, coalesce(extract(year FROM p.decided_on), extract(year FROM p.started_on), extract(year FROM f.created_at AT TIME ZONE 'Asia/Shanghai'))::int AS record_year
         FROM fault_tolerance_case f LEFT JOIN penalty p ON p.id = f.penalty_id WHERE f.cadre_id = $1 ORDER BY f.created_at, f.id`,
      [who.cadreId],
    )) as Array<Record<string, unknown>>;
    const accusations = (await m.query(`SELECT *, concerns_year AS record_year FROM accusation WHERE cadre_id = $1 ORDER BY created_at, id`, [who.cadreId])) as Array<Record<string, unknown>>;
    const cases = (table: CaseTable, rows: Array<Record<string, unknown>>) => rows.map((r) => ({ row: toCaseRow(table, r), year: Number(r.record_year) }));
    return { versions, reviews: cases('review_case', reviews), faultTolerance: cases('fault_tolerance_case', tolerance), accusations: cases('accusation', accusations) };
  }

  /** The case side of a record (entries and, for a cadre, the promotion blockers), for a viewer already allowed to read it. */
  async recordExtras(who: { cadreId: string | null; assessmentIds: string[] }) {
    const m = this.dataSource.manager;
    const entries = await this.recordEntries(m, who);
    return { ...entries, promotion: who.cadreId ? await this.penalties.promotionBlockersOf(m, who.cadreId) : null };
  }
}
