import { Max, Min } from 'class-validator';
import DataLoader from 'dataloader';
import { ArgsType, Field, Int } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { validation } from '../common/errors.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../common/pagination.js';
import { AuditEntry } from './audit-entry.entity.js';

/** The most entries one page of a record's trail holds (as every connection). */
export const HISTORY_PAGE_MAX = 200;

@ArgsType()
export class HistoryPageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'How many entries to return, 1 to 200' })
  @Min(1)
  @Max(HISTORY_PAGE_MAX)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page; omit it for the oldest entries' })
  after?: string | null;
}

@ArgsType()
export class HistoryArgs {
  @Field(() => Int, { defaultValue: HISTORY_PAGE_MAX, description: 'How many of the oldest entries to return, 1 to 200 (page with historyPage for more)' })
  @Min(1)
  @Max(HISTORY_PAGE_MAX)
  first: number;
}

export const HISTORY_DEPRECATION = 'Returns at most `first` (200) entries, oldest first: use historyPage to read a longer trail page by page';

interface HistoryKey {
  /** `entityType:entityId` */
  stream: string;
  afterSeq: number;
  first: number;
  /** Only entries of these actions (comma-separated); empty: every entry. */
  only?: string;
}

const COLUMNS = `a.id, a.entity_type AS "entityType", a.entity_id AS "entityId", a.seq, a.scope_path AS "scopePath", a.occurred_at AS "occurredAt",
  a.actor_user_id AS "actorUserId", a.actor_role AS "actorRole", a.action, a.from_state AS "fromState", a.to_state AS "toState",
  a.from_version AS "fromVersion", a.payload, a.prev_hash AS "prevHash", a.hash`;

/**
 * Per-request loaders of records' audit trails: one statement for every
 * record of a list, each trail cut at its page size in the database (a
 * LATERAL … LIMIT per record over the (entity_type, entity_id, seq) index),
 * so that a long trail never travels whole.
 */
export function createHistoryLoaders(dataSource: DataSource) {
  const entries = new DataLoader<HistoryKey, AuditEntry[], string>(
    async (keys) => {
      const streams = keys.map((k) => k.stream.split(':'));
      const rows = (await dataSource.query(
        `SELECT ${COLUMNS}, k.n::int AS n
           FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[]) WITH ORDINALITY AS k(entity_type, entity_id, after_seq, lim, only_actions, n)
           CROSS JOIN LATERAL (SELECT * FROM audit_log a WHERE a.entity_type = k.entity_type AND a.entity_id = k.entity_id AND a.seq > k.after_seq
                                  AND (k.only_actions = '' OR a.action = ANY(string_to_array(k.only_actions, ',')))
                                ORDER BY a.seq LIMIT k.lim) a
          ORDER BY k.n, a.seq`,
        [streams.map((s) => s[0]), streams.map((s) => s.slice(1).join(':')), keys.map((k) => k.afterSeq), keys.map((k) => k.first), keys.map((k) => k.only ?? '')],
      )) as Array<AuditEntry & { n: number }>;
      const out = keys.map((): AuditEntry[] => []);
      for (const { n, ...row } of rows) out[n - 1]!.push(Object.assign(new AuditEntry(), row));
      return out;
    },
    { cacheKeyFn: (k) => `${k.stream}|${k.afterSeq}|${k.first}|${k.only ?? ''}` },
  );
  // Keyed `only|stream`: the actions filter (empty for all), then the stream.
  const counts = new DataLoader<string, number>(async (keys) => {
    const only = keys.map((k) => k.slice(0, k.indexOf('|')));
    const split = keys.map((k) => k.slice(k.indexOf('|') + 1).split(':'));
    const rows = (await dataSource.query(
      `SELECT k.n::int AS n, (SELECT count(*)::int FROM audit_log a WHERE a.entity_type = k.entity_type AND a.entity_id = k.entity_id
                                 AND (k.only_actions = '' OR a.action = ANY(string_to_array(k.only_actions, ',')))) AS count
         FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS k(entity_type, entity_id, only_actions, n)`,
      [split.map((s) => s[0]), split.map((s) => s.slice(1).join(':')), only],
    )) as Array<{ n: number; count: number }>;
    const out = keys.map(() => 0);
    for (const r of rows) out[r.n - 1] = r.count;
    return out;
  });
  return {
    /** The oldest `first` entries of a record's trail (the deprecated `history` field). */
    oldest: (stream: string, first: number, only?: readonly string[]) => entries.load({ stream, afterSeq: 0, first, only: only?.join(',') ?? '' }),
    /** One page of a record's trail, oldest first, after the cursor (only entries of the `only` actions, when given). */
    page: async (stream: string, first: number, after?: string | null, only?: readonly string[]): Promise<ConnectionShape<AuditEntry>> => {
      const cursor = decodeCursor(after, 1);
      const afterSeq = cursor ? Number(cursor[0]) : 0;
      if (!Number.isInteger(afterSeq) || afterSeq < 0) throw validation([{ field: 'after', messages: ['is not a cursor this list gave out'] }], 'The cursor is not valid');
      const filter = only?.join(',') ?? '';
      const rows = await entries.load({ stream, afterSeq, first: first + 1, only: filter });
      return toConnection(rows, first, (a) => [a.seq], () => counts.load(`${filter}|${stream}`));
    },
  };
}
export type HistoryLoaders = ReturnType<typeof createHistoryLoaders>;
