import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { AppError } from './errors.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most 200' })
  @Min(1)
  @Max(200)
  first: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  /** A getter: the count query runs only when the client asks for the field. */
  readonly totalCount: Promise<number>;
}

/** A Relay-style connection type for `Item`, named `${name}Connection`. */
export function Connection<T extends object>(Item: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor: string;

    @Field(() => Item)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [Item], { description: 'The nodes of the edges, for clients that need no cursors' })
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { complexity: 20, description: 'Counts all matching rows: costs one extra query' })
    totalCount: Promise<number>;
  }
  return ConnectionType;
}

/** Keyset cursors: the sort key and the id of the last row, opaque to clients. */
export function encodeCursor(key: ReadonlyArray<string | number | null>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, length: number): Array<string | number | null> | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === length) return value as Array<string | number | null>;
  } catch {
    /* fall through */
  }
  throw new AppError('VALIDATION', 'The cursor is not valid', { fields: [{ field: 'after', messages: ['is not a cursor this list gave out'] }] });
}

/**
 * Builds a connection from `first + 1` rows fetched in order: the extra row
 * only says whether another page exists.
 */
export function toConnection<T>(rows: T[], first: number, keyOf: (row: T) => Array<string | number | null>, count: () => Promise<number>): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  let counted: Promise<number> | null = null;
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      return (counted ??= count());
    },
  };
}
