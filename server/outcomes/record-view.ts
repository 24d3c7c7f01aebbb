import { OUTCOME_LABELS_ZH } from '../../workflows/outcomes/kinds.js';
import type { Accusation } from '../cases/accusations/accusation.types.js';
import type { FaultToleranceCase } from '../cases/fault-tolerance/fault-tolerance.types.js';
import type { PromotionBlockers } from '../cases/penalties/penalty.types.js';
import type { RecordEntries } from '../cases/record/case-record.service.js';
import type { ReviewCase } from '../cases/review/review.types.js';
import { view } from '../cases/shared/case-view.js';
import { ResultVersion } from '../cases/versions/result-version.types.js';
import type { RecordShape } from './record.service.js';
import { YearResult, type CadreRecord, type TimelineEntry } from './record.types.js';

const SOURCE_ZH: Record<string, string> = { DECISION: '审定', REVIEW: '复核', APPEAL: '申诉', FAULT_TOLERANCE: '容错纠错', INVESTIGATION_CLOSED: '结案补定' };
/** Same instant: the result first, then its corrections, the cases, and the outcomes they led to. */
const KIND_ORDER = ['RESULT', 'RESULT_VERSION', 'REVIEW', 'APPEAL', 'FAULT_TOLERANCE', 'ACCUSATION', 'CLEARING', 'OUTCOME'];

function caseEntries(entries: RecordEntries): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const { row, year } of entries.reviews) {
    const review = row.extra.route === 'REVIEW';
    out.push({ at: row.createdAt, year, kind: review ? 'REVIEW' : 'APPEAL', entityType: row.table, entityId: row.id, status: row.state, title: `${year}年度考核结果${review ? '复核' : '申诉'}`, item: view(row) as ReviewCase });
  }
  for (const { row, year } of entries.faultTolerance) {
    const outcome = row.extra.outcome as string | null;
    out.push({ at: row.createdAt, year, kind: 'FAULT_TOLERANCE', entityType: row.table, entityId: row.id, status: row.state, title: `容错纠错${outcome ? `: ${outcome}` : ''}`, item: view(row) as FaultToleranceCase });
  }
  for (const { row, year } of entries.accusations) {
    const item = view(row) as Accusation;
    out.push({ at: row.createdAt, year, kind: 'ACCUSATION', entityType: row.table, entityId: row.id, status: row.state, title: `${year}年度问题线索核查`, item });
    // The clearing is the accusation's last step: its time is the row's last change.
    if (row.state === 'cleared') out.push({ at: row.updatedAt, year, kind: 'CLEARING', entityType: row.table, entityId: row.id, status: row.state, title: `澄清正名`, item });
  }
  return out;
}

/** The GraphQL record: results with their versions, and one timeline of results, corrections, cases and outcomes. */
export function toRecord(shape: RecordShape, entries: RecordEntries, promotion: PromotionBlockers | null): CadreRecord {
  const versionsOf = new Map<string, ResultVersion[]>();
  for (const v of entries.versions) versionsOf.set(v.assessmentId, [...(versionsOf.get(v.assessmentId) ?? []), Object.assign(new ResultVersion(), v)]);
  const results = shape.results.map((r) => Object.assign(new YearResult(), r, { versions: versionsOf.get(r.assessmentId) ?? [] }));
  const timeline: TimelineEntry[] = [
    ...results.map((r) => ({ at: r.decidedAt, year: r.year, kind: 'RESULT', entityType: 'assessment', entityId: r.assessmentId, status: r.grade, title: `${r.year}年度考核结果: ${r.grade}`, item: r })),
    ...results.flatMap((r) =>
      r.versions
        .filter((v) => v.version > 1)
        .map((v) => ({
          at: v.decidedAt,
          year: r.year,
          kind: 'RESULT_VERSION',
          entityType: 'assessment',
          entityId: r.assessmentId,
          status: v.grade,
          title: `${r.year}年度考核结果更正（${SOURCE_ZH[v.source] ?? v.source}）: ${v.previousGrade ?? '—'} → ${v.grade}`,
          item: v,
        })),
    ),
    ...caseEntries(entries),
    ...shape.outcomes.map((t) => ({
      at: t.createdAt,
      year: t.year,
      kind: 'OUTCOME',
      entityType: 'outcome_task',
      entityId: t.id,
      status: t.state,
      title: `${t.year}年度结果运用: ${OUTCOME_LABELS_ZH[t.kind]}`,
      item: t,
    })),
  ].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime() || a.year - b.year || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  return { ...shape, results, timeline, counters: shape.counters, blocked: shape.blocked, promotionBlockers: promotion };
}
