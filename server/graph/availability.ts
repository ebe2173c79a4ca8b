// When the graph cannot answer: the local Neo4j is restarting, a remote one is unreachable, the
// driver's pool cannot get a connection. Callers get one typed error at once instead of a driver
// error after the driver's own retries (30 s by default), so the API can say "try again".

export class GraphUnavailableError extends Error {
  readonly retryable = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphUnavailableError';
  }
}

// Driver error codes that mean the server (not the query) is the problem.
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** Whether an error (ours or the driver's) means the graph cannot be reached right now. */
export function isGraphUnavailable(error: unknown): boolean {
  if (error instanceof GraphUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  // The pool's acquisition timeout carries no code, only this message.
  return error.message.startsWith('Connection acquisition timed out');
}

/** A transaction that ran past its timeout: the query, not the server, is at fault. */
export function isQueryTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration';
}
