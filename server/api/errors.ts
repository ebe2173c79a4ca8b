import { createGraphQLError } from 'graphql-yoga';

/** Error codes a client developer can act on; each message says what to change. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'QUERY_TOO_COMPLEX';

// Built with yoga's own constructor: under tsx, graphql can load twice (ESM and CommonJS), and
// an error from the other copy fails yoga's instanceof check and is masked as "Unexpected error".
export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return createGraphQLError(message, { extensions: { ...extensions, code } });
}
