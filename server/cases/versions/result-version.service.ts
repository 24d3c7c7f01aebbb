import type { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '../../common/sql.js';
import type { Viewer } from '../../auth/policy.js';
import type { Assessment } from '../../assessments/assessment.entity.js';
import type { FinalResultChanged } from '../../results/result-events.js';

export interface ResultVersionRow {
  assessmentId: string;
  version: number;
  grade: string;
  previousGrade: string | null;
  source: string;
  reason: string | null;
  caseId: string | null;
  decidedBy: string | null;
  decidedRole: string | null;
  decidedAt: Date;
}

/** Reading an assessment as the viewer may (the assessments' reads): whoever may read it may read its versions. */
export interface AssessmentReader {
  get(viewer: Viewer | null, id: string): Promise<Assessment>;
}

/** Result versions: every decided or corrected final result as an immutable row (1 when decided, one more per correction). */
export class ResultVersionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentReader,
  ) {}

  /** The final-result listener: version 1 when decided, a new version for each correction. Immutable rows. */
  async recordResultVersion(m: EntityManager, change: FinalResultChanged): Promise<void> {
    if (change.grade === null) return;
    await preparedQuery(
      m,
      `INSERT INTO result_version (assessment_id, version, grade, previous_grade, source, reason, case_id, decided_by, decided_role, decided_at)
       SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9 FROM result_version WHERE assessment_id = $1`,
      [change.assessmentId, change.grade, change.previousGrade, change.source, change.reason, change.caseId, change.actor.userId, change.actor.role, change.at],
    );
  }

  /** The listener for a batch of changes: one statement, each assessment's versions numbered on as one by one would number them. */
  async recordResultVersions(m: EntityManager, changes: readonly FinalResultChanged[]): Promise<void> {
    const rows = changes.filter((c) => c.grade !== null);
    if (rows.length === 0) return;
    await m.query(
      `INSERT INTO result_version (assessment_id, version, grade, previous_grade, source, reason, case_id, decided_by, decided_role, decided_at)
       SELECT x.a, coalesce((SELECT max(r.version) FROM result_version r WHERE r.assessment_id = x.a), 0) + row_number() OVER (PARTITION BY x.a ORDER BY x.n),
              x.grade, x.previous, x.source, x.reason, x.case_id, x.by, x.role, x.at
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::text[], $9::timestamptz[]) WITH ORDINALITY
           AS x(a, grade, previous, source, reason, case_id, by, role, at, n)
        ORDER BY x.n`,
      [
        rows.map((c) => c.assessmentId),
        rows.map((c) => c.grade),
        rows.map((c) => c.previousGrade),
        rows.map((c) => c.source),
        rows.map((c) => c.reason),
        rows.map((c) => c.caseId),
        rows.map((c) => c.actor.userId),
        rows.map((c) => c.actor.role),
        rows.map((c) => c.at),
      ],
    );
  }

  async resultVersions(viewer: Viewer | null, assessmentId: string): Promise<ResultVersionRow[]> {
    await this.assessments.get(viewer, assessmentId);
    return this.resultVersionsOf([assessmentId]).then((rows) => rows);
  }

  resultVersionsOf(assessmentIds: string[], m: EntityManager = this.dataSource.manager): Promise<ResultVersionRow[]> {
    return m.query(
      `SELECT assessment_id AS "assessmentId", version, grade, previous_grade AS "previousGrade", source, reason, case_id AS "caseId",
              decided_by AS "decidedBy", decided_role AS "decidedRole", decided_at AS "decidedAt"
         FROM result_version WHERE assessment_id = ANY($1::uuid[]) ORDER BY assessment_id, version`,
      [assessmentIds],
    );
  }
}
