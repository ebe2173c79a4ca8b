import type { GraphQLError } from 'graphql';
import { createGraphQLError, maskError } from 'graphql-yoga';
import { isGraphUnavailable, isQueryTimeout } from '../graph/availability.ts';

/** Error codes a client developer can act on; each message says what to change. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'QUERY_TOO_COMPLEX' | 'GRAPH_UNAVAILABLE' | 'QUERY_TIMEOUT';

// Built with yoga's own constructor: under tsx, graphql can load twice (ESM and CommonJS), and
// an error from the other copy fails yoga's instanceof check and is masked as "Unexpected error".
export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return createGraphQLError(message, { extensions: { ...extensions, code } });
}

/** How long a client should wait before asking again while the graph restarts. */
const RETRY_AFTER_S = 2;

/**
 * Yoga's error masking, except for the database's own failures, which a client can act on: an
 * unreachable graph is GRAPH_UNAVAILABLE (retryable, HTTP 503 with Retry-After), a query that ran
 * past its time is QUERY_TIMEOUT. Everything else unexpected stays "Unexpected error.".
 */
export function maskServerError(error: unknown, message: string, isDev?: boolean): Error {
  const graphqlError = error as Partial<GraphQLError> | undefined;
  const original = graphqlError?.originalError ?? error;
  const at = { path: graphqlError?.path, nodes: graphqlError?.nodes };
  if (isGraphUnavailable(original)) {
    return createGraphQLError(`${(original as Error).message} (the server retries by itself; nothing was lost)`, {
      ...at,
      extensions: { code: 'GRAPH_UNAVAILABLE', retryable: true, http: { status: 503, headers: { 'retry-after': String(RETRY_AFTER_S) } } },
    });
  }
  if (isQueryTimeout(original)) {
    return createGraphQLError('The query ran past its time limit; ask for less (a smaller depth, fewer items) and try again.', {
      ...at,
      extensions: { code: 'QUERY_TIMEOUT', retryable: false },
    });
  }
  return maskError(error, message, isDev);
}
