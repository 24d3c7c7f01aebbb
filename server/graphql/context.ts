import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import { In, type DataSource } from 'typeorm';
import { Assessment, EvaluationRecord, Objection, SelfReport } from '../assessments/assessment.entity.js';
import { AssessmentCycle } from '../cycles/cycle.entity.js';
import { auditSubjectNames } from '../audit/audit-subjects.js';
import { createHistoryLoaders } from '../audit/history.js';
import type { Viewer } from '../auth/policy.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { proposalApprovable } from '../grading/grade-decision.js';
import { Cadre, CadreStatusPeriod } from '../cadres/cadre.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { Services } from '../services.js';
import { RoleAssignment, UserAccount } from '../users/user.entity.js';

/** Per-request batch loaders: a list never runs one query per row. */
export function createLoaders(dataSource: DataSource, now: () => Date = () => new Date()) {
  const byIds = <T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await load([...ids]);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
  const groupBy = <T>(load: (ids: string[]) => Promise<T[]>, keyOf: (row: T) => string) =>
    new DataLoader<string, T[]>(async (ids) => {
      const rows = await load([...ids]);
      const map = new Map<string, T[]>();
      for (const row of rows) {
        const key = keyOf(row);
        map.set(key, [...(map.get(key) ?? []), row]);
      }
      return ids.map((id) => map.get(id) ?? []);
    });
  return {
    organisation: byIds((ids) => dataSource.getRepository(Organisation).findBy({ id: In(ids) })),
    cadre: byIds((ids) => dataSource.getRepository(Cadre).findBy({ id: In(ids) })),
    statusesByCadre: groupBy(
      (ids) => dataSource.getRepository(CadreStatusPeriod).find({ where: { cadreId: In(ids) }, order: { startsOn: 'ASC' } }),
      (row) => row.cadreId,
    ),
    assessment: byIds((ids) => dataSource.getRepository(Assessment).findBy({ id: In(ids) })),
    membersOf: groupBy(
      (ids) => dataSource.getRepository(Assessment).find({ where: { teamAssessmentId: In(ids) }, order: { id: 'ASC' } }),
      (row) => row.teamAssessmentId!,
    ),
    cycle: byIds((ids) => dataSource.getRepository(AssessmentCycle).findBy({ id: In(ids) })),
    /** The name an audit row is about, keyed `entityType|entityId` (see audit-subjects.ts). */
    auditSubject: new DataLoader<string, string | null>((keys) => auditSubjectNames(dataSource, keys)),
    selfReport: new DataLoader<string, SelfReport | null>(async (ids) => {
      const rows = await dataSource.getRepository(SelfReport).findBy({ assessmentId: In([...ids]) });
      const map = new Map(rows.map((r) => [r.assessmentId, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    objectionsOf: groupBy(
      (ids) => dataSource.getRepository(Objection).find({ where: { assessmentId: In(ids) }, order: { lodgedAt: 'ASC' } }),
      (row) => row.assessmentId,
    ),
    evaluationRecordsOf: groupBy(
      (ids) => dataSource.getRepository(EvaluationRecord).find({ where: { assessmentId: In(ids) }, order: { recordedAt: 'ASC' } }),
      (row) => row.assessmentId,
    ),
    /** Audit trails per record, keyed `entityType:entityId`, cut at their page size. */
    history: createHistoryLoaders(dataSource),
    /** Whether the standing proposal of each assessment in committee review may be approved today (the one decision path, set-based). */
    proposalApprovable: new DataLoader<string, boolean>(async (ids) => {
      const approvable = await proposalApprovable(dataSource.manager, ids, chinaDay(now()));
      return ids.map((id) => approvable.get(id) ?? true);
    }),
    /** The latest grading result per assessment. */
    gradingResult: new DataLoader<string, GradingResultRow | null>(async (ids) => {
      const rows: GradingResultRow[] = await dataSource.query(
        `SELECT DISTINCT ON (assessment_id) assessment_id AS "assessmentId", version, grade, score::float8 AS score, components, gates, flags, quota, evaluation, computed_at AS "computedAt"
           FROM grading_result WHERE assessment_id = ANY($1::uuid[]) ORDER BY assessment_id, version DESC`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.assessmentId, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    user: byIds((ids) => dataSource.getRepository(UserAccount).findBy({ id: In(ids) })),
    rolesByUser: groupBy(
      (ids) => dataSource.getRepository(RoleAssignment).find({ where: { userId: In(ids) }, order: { createdAt: 'ASC' } }),
      (row) => row.userId,
    ),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

export interface GradingResultRow {
  assessmentId: string;
  version: number;
  grade: string;
  score: number | null;
  components: Array<{ key: string; weight: number; value: number | null; contribution: number }>;
  gates: Array<{ code: string; effect: string; detail: string }>;
  flags: string[];
  quota: object | null;
  evaluation: object | null;
  computedAt: Date;
}

export interface GraphQLContext {
  viewer: Viewer | null;
  dataSource: DataSource;
  loaders: Loaders;
  services: Services;
  req: Request;
  res: Response;
  /** Injected clock: services never read the wall clock themselves. */
  now: () => Date;
}
