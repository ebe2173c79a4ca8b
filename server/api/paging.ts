import { apiError } from './errors.ts';

/** The largest page any list field gives out. */
export const MAX_PAGE = 100;

/** `first` checked against the maximum page size. */
export function pageSize(first: number | null | undefined, fallback = 20, max = MAX_PAGE, name = 'first'): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw apiError('BAD_USER_INPUT', `${name} must be between 1 and ${max}; got ${size}`);
  }
  return size;
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

/** A Relay-style connection from rows fetched with one extra, which says whether more follow. */
export function connection<T, E>(rows: T[], first: number, skip: number, edge: (row: T, cursor: string) => E) {
  const edges = rows.slice(0, first).map((row, i) => edge(row, encodeCursor(skip + i)));
  const last = edges.at(-1) as { cursor: string } | undefined;
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: last?.cursor ?? null } };
}
