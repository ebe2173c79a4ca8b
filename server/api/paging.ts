import { apiError } from './errors.ts';

/** The largest page any list field gives out. */
export const MAX_PAGE = 100;

// Page sizes default in schema.graphql (graphql-js fills them in before a resolver runs) and are
// capped here: each default and each limit is written once.

/** A page size (`first`, `maxNodes`) checked against its maximum. */
export function pageSize(first: number | null | undefined, max = MAX_PAGE, name = 'first'): number {
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > max) {
    throw apiError('BAD_USER_INPUT', `${name} must be between 1 and ${max}; got ${first}`);
  }
  return first;
}

// Cursors are opaque to clients; inside they are a position in a stable order.
export const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

/** How many items to skip to continue after `cursor`. */
export function skipAfter(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw apiError('BAD_USER_INPUT', "after is not a cursor this API gave out; pass a previous page's endCursor");
  return Number(match[1]) + 1;
}

/** The page a connection's `first` and `after` ask for: how many to skip and how many to give. */
export function pageOf(args: { first?: number | null; after?: string | null }, max = MAX_PAGE): { first: number; skip: number } {
  return { first: pageSize(args.first, max), skip: skipAfter(args.after) };
}

/** A connection over a list already in memory, with its total count. */
export function sliceConnection<T, E>(
  items: readonly T[],
  args: { first?: number | null; after?: string | null },
  max: number,
  edge: (item: T, cursor: string) => E,
) {
  const { first, skip } = pageOf(args, max);
  return { ...connection(items.slice(skip, skip + first + 1), first, skip, edge), totalCount: items.length };
}

/** A Relay-style connection from rows fetched with one extra, which says whether more follow. */
export function connection<T, E>(rows: T[], first: number, skip: number, edge: (row: T, cursor: string) => E) {
  const edges = rows.slice(0, first).map((row, i) => edge(row, encodeCursor(skip + i)));
  const last = edges.at(-1) as { cursor: string } | undefined;
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: last?.cursor ?? null } };
}
