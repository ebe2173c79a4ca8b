// The UI's only way to the server: GraphQL over fetch, with failures turned into messages a
// reader can act on. `unreachable` tells "the server is down" apart from "the server said no".

export class ApiError extends Error {
  constructor(message: string, readonly unreachable = false) {
    super(message);
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
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
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: Array<{ message: string }> } | null;
  if (!body) throw new ApiError(`The server answered ${response.status} without a readable body.`, response.status >= 500);
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError('The server answered with no data.');
  return body.data;
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : `Something went wrong: ${String(error)}`);
