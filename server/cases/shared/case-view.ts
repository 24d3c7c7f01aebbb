import { Accusation } from '../accusations/accusation.types.js';
import { FaultToleranceCase } from '../fault-tolerance/fault-tolerance.types.js';
import { ReviewCase } from '../review/review.types.js';
import type { ConnectionShape } from '../../common/pagination.js';
import type { CaseRow } from './case-row.js';
import type { CaseView } from './case.types.js';

/** The GraphQL view of a case row: a ReviewCase, FaultToleranceCase or Accusation. */
export function view(row: CaseRow): CaseView {
  const base = {
    id: row.id,
    cadreId: row.cadreId,
    organisationId: row.organisationId,
    state: row.state,
    version: row.version,
    dueAt: row.dueAt,
    dueEvent: row.dueEvent,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    context: row.snapshot.context,
    table: row.table,
    row,
  };
  const e = row.extra;
  if (row.table === 'review_case') return Object.assign(new ReviewCase(), base, { assessmentId: e.assessment_id, route: e.route });
  if (row.table === 'fault_tolerance_case') return Object.assign(new FaultToleranceCase(), base, { penaltyId: e.penalty_id, origin: e.origin, mistakeKey: e.mistake_key, outcome: e.outcome });
  const received = e.received_on instanceof Date ? e.received_on.toISOString().slice(0, 10) : String(e.received_on);
  return Object.assign(new Accusation(), base, { source: e.source, concernsYear: e.concerns_year, negativeCode: e.negative_code, receivedOn: received, countsAgainst: e.counts_against });
}

/** Maps a connection of case rows to their GraphQL views. */
export function mappedCases(conn: ConnectionShape<CaseRow>) {
  return {
    edges: conn.edges.map((e) => ({ cursor: e.cursor, node: view(e.node) })),
    nodes: conn.nodes.map(view),
    pageInfo: conn.pageInfo,
    get totalCount() {
      return conn.totalCount;
    },
  };
}
