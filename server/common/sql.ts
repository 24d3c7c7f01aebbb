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
