import { QueryFailedError, type EntityManager } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';

/** Escapes LIKE wildcards so user text matches literally. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `LIKE ANY` patterns for a set of jurisdiction paths: each subtree. */
export function subtreePatterns(paths: string[]): string[] {
  return paths.map((p) => `${likeEscape(p)}%`);
}

/** Named parameters (:p1, :p2, …) for TypeORM query builders, added as conditions are. */
export class Params {
  readonly values: Record<string, unknown> = {};
  private n = 0;
  add(value: unknown): string {
    const name = `p${++this.n}`;
    this.values[name] = value;
    return `:${name}`;
  }
}

/**
 * Rows of an `UPDATE … RETURNING` or `DELETE … RETURNING` run through
 * TypeORM's `query()`, which answers those two commands with
 * `[rows, rowCount]` instead of the rows (every other command gives the rows).
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/** A statement and its parameters ($1 … $n, numbered from 1 within the fragment). */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** Renumbers a fragment's $n placeholders to start after `offset`, so several fragments share one statement. */
export function shiftParams(sql: string, offset: number): string {
  return offset === 0 ? sql : sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const statementNames = new Map<string, string>();

/**
 * Runs `text` as a named prepared statement on the transaction's own
 * connection: PostgreSQL parses and plans it once per connection instead of
 * on every call. For the hot path of a transition; everything else goes
 * through `m.query()`. The statement still reaches TypeORM's logger, so query
 * counts in tests and benchmarks stay honest. Returns the rows (also for
 * UPDATE … RETURNING, unlike `m.query()`).
 */
export async function preparedQuery<T>(m: EntityManager, text: string, params: unknown[]): Promise<T[]> {
  const runner = m.queryRunner;
  if (!runner || !(runner instanceof PostgresQueryRunner)) return returnedRows<T>(await m.query(text, params));
  let name = statementNames.get(text);
  if (!name) {
    name = `s${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  m.connection.logger.logQuery(text, params, runner);
  const client = (await runner.connect()) as PgClient;
  try {
    const result = await client.query({ name, text, values: params });
    return result.rows as T[];
  } catch (error) {
    m.connection.logger.logQueryError(error as Error, text, params, runner);
    throw new QueryFailedError(text, params, error as Error);
  }
}
