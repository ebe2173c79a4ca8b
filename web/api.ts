// The UI's only way to the server: GraphQL over HTTP, with failures turned into messages a
// reader can act on. `unreachable` tells "the server is down" apart from "the server said no".
// While the graph database restarts (GRAPH_UNAVAILABLE), a request waits and asks again by
// itself, and the page says why it waits. An analyst's token, once signed in, goes with every
// request as `Authorization: Bearer …`.

export class ApiError extends Error {
  constructor(
    message: string,
    readonly unreachable = false,
    /** The first error's `extensions.code` (UNAUTHENTICATED, BAD_USER_INPUT, …), when the server gave one. */
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

interface Reply<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

interface Answer<T> {
  status: number;
  retryAfter: number;
  body: Reply<T> | null;
}

export interface RequestOptions {
  /** Send this token instead of the signed-in one (checking a token before keeping it); null sends none. */
  token?: string | null;
  /** Called as the request body goes out, with the share sent (0 to 1); sent by XMLHttpRequest, which reports it. */
  uploaded?: (share: number) => void;
}

/** How long a request waits out a restarting graph before it fails with the server's message. */
const OUTAGE_PATIENCE_MS = 120_000;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const UNREACHABLE = 'The server cannot be reached. Check that it is still running, then try again.';

let bearerToken: string | null = null;
/** The token every request carries from now on; null to carry none. */
export function useToken(token: string | null): void {
  bearerToken = token;
}

let outageListener: ((restarting: boolean) => void) | undefined;
/** Called with true when a request starts waiting for the graph, false when the graph answers again. */
export function onGraphOutage(listener: (restarting: boolean) => void): void {
  outageListener = listener;
}

let refusedListener: ((error: ApiError) => void) | undefined;
/** Called when the server refuses a request for want of a valid token (UNAUTHENTICATED). */
export function onTokenRefused(listener: (error: ApiError) => void): void {
  refusedListener = listener;
}

function headersFor(token: string | null): Record<string, string> {
  return token ? { 'content-type': 'application/json', authorization: `Bearer ${token}` } : { 'content-type': 'application/json' };
}

const parse = <T>(text: string): Reply<T> | null => {
  try {
    return JSON.parse(text) as Reply<T>;
  } catch {
    return null;
  }
};

async function postByFetch<T>(body: string, token: string | null): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers: headersFor(token), body });
  } catch {
    throw new ApiError(UNREACHABLE, true);
  }
  return { status: response.status, retryAfter: Number(response.headers.get('retry-after')), body: parse<T>(await response.text()) };
}

// fetch does not report how much of a body has gone out; XMLHttpRequest does.
function postByXhr<T>(body: string, token: string | null, uploaded: (share: number) => void): Promise<Answer<T>> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/graphql');
    for (const [name, value] of Object.entries(headersFor(token))) request.setRequestHeader(name, value);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) uploaded(event.loaded / event.total);
    });
    request.upload.addEventListener('load', () => uploaded(1));
    request.addEventListener('load', () =>
      resolve({ status: request.status, retryAfter: Number(request.getResponseHeader('retry-after')), body: parse<T>(request.responseText) }),
    );
    request.addEventListener('error', () => reject(new ApiError(UNREACHABLE, true)));
    request.send(body);
  });
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<T> {
  const started = Date.now();
  const token = options.token === undefined ? bearerToken : options.token;
  const body = JSON.stringify({ query, variables });
  let waited = false;
  for (;;) {
    const answer = options.uploaded ? await postByXhr<T>(body, token, options.uploaded) : await postByFetch<T>(body, token);
    const errors = answer.body?.errors;
    const outage = errors?.some((e) => e.extensions?.code === 'GRAPH_UNAVAILABLE') ?? false;
    if (outage && Date.now() - started < OUTAGE_PATIENCE_MS) {
      waited = true;
      outageListener?.(true);
      await sleep(1000 * Math.min(answer.retryAfter || 2, 10));
      continue;
    }
    if (waited) outageListener?.(false);
    if (!answer.body) throw new ApiError(`The server answered ${answer.status} without a readable body.`, answer.status >= 500);
    if (errors?.length) {
      const error = new ApiError(errors.map((e) => e.message).join('; '), outage, errors[0]?.extensions?.code ?? null);
      if (error.code === 'UNAUTHENTICATED' && options.token === undefined) refusedListener?.(error);
      throw error;
    }
    if (!answer.body.data) throw new ApiError('The server answered with no data.');
    return answer.body.data;
  }
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : `Something went wrong: ${String(error)}`);
