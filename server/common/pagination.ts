import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { AppError } from './errors.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'How many items to return, 1 to 200' })
  @Min(1)
  @Max(200)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page; omit it for the first page' })
  after?: string | null;
}

@ObjectType({ description: 'Where a page sits in its list: pass endCursor as `after` to fetch the next one' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page' })
  hasNextPage: boolean;

  @Field(() => Boolean, {
    description: 'Always false: lists page forwards only (first/after), and the Relay spec lets a server answer false when paging forwards',
  })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item of this page; null when the page is empty' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item of this page, to pass as `after`; null when the page is empty' })
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
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with the cursor that points at it` })
  class Edge {
    @Field(() => String, { description: `Opaque position of this ${name} in the list: pass it as \`after\` to continue after it` })
    cursor: string;

    @Field(() => Item, { description: `The ${name} itself` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `One page of a ${name} list, in the list's order, with its cursors and total count` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: `The ${name} items of this page, each with its cursor` })
    edges: Edge[];

    @Field(() => [Item], { description: 'The nodes of the edges, for clients that need no cursors' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Whether another page follows, and the cursor to fetch it' })
    pageInfo: PageInfo;

    @Field(() => Int, { complexity: 20, description: 'How many items the whole list holds, over all pages; costs one extra query' })
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
    pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      return (counted ??= count());
    },
  };
}
