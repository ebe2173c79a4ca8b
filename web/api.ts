// The UI's only way to the server: GraphQL over fetch, with failures turned into messages a
// reader can act on. `unreachable` tells "the server is down" apart from "the server said no".
// While the graph database restarts (GRAPH_UNAVAILABLE), a request waits and asks again by
// itself, and the page says why it waits.

export class ApiError extends Error {
  constructor(
    message: string,
    readonly unreachable = false,
  ) {
    super(message);
  }
}

interface Reply<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** How long a request waits out a restarting graph before it fails with the server's message. */
const OUTAGE_PATIENCE_MS = 120_000;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

let outageListener: ((restarting: boolean) => void) | undefined;
/** Called with true when a request starts waiting for the graph, false when the graph answers again. */
export function onGraphOutage(listener: (restarting: boolean) => void): void {
  outageListener = listener;
}

async function post<T>(query: string, variables: Record<string, unknown>): Promise<{ response: Response; body: Reply<T> | null }> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The server cannot be reached. Check that it is still running, then try again.', true);
  }
  return { response, body: (await response.json().catch(() => null)) as Reply<T> | null };
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const started = Date.now();
  let waited = false;
  for (;;) {
    const { response, body } = await post<T>(query, variables);
    const outage = body?.errors?.some((e) => e.extensions?.code === 'GRAPH_UNAVAILABLE');
    if (outage && Date.now() - started < OUTAGE_PATIENCE_MS) {
      waited = true;
      outageListener?.(true);
      await sleep(1000 * Math.min(Number(response.headers.get('retry-after')) || 2, 10));
      continue;
    }
    if (waited) outageListener?.(false);
    if (!body) throw new ApiError(`The server answered ${response.status} without a readable body.`, response.status >= 500);
    if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '), outage);
    if (!body.data) throw new ApiError('The server answered with no data.');
    return body.data;
  }
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : `Something went wrong: ${String(error)}`);
