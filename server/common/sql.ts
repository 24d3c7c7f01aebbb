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
