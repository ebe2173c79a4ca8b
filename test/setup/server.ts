import type { ApiToken } from '../../server/config.ts';
import { startHttpServer, type RunningServer } from '../../server/http/server.ts';
import type { Graph } from '../../server/graph/neo4j.ts';

/** The real HTTP server (UI and GraphQL) on a free port; mutations take `apiTokens` (none: read-only). */
export function testServer(graph: Graph, apiTokens: readonly ApiToken[] = []): Promise<RunningServer> {
  return startHttpServer(graph, 0, '127.0.0.1', apiTokens);
}

export interface GraphqlReply<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Posts a GraphQL request over real HTTP. */
export async function post<T>(server: RunningServer, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlReply<T>> {
  const response = await fetch(new URL('graphql', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlReply<T>;
}
