import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Graph } from '../graph/neo4j.ts';
import { schemaInPlace } from '../graph/schema.ts';

// Probes for load balancers and orchestrators (README, "Health"): /healthz says the process
// answers at all (restart it if not); /readyz says it can serve the graph now (send it traffic
// only if so). A restarting Neo4j makes the product unready, never unhealthy: it recovers alone.

/** How long readiness waits for Neo4j before calling it unreachable. */
const READY_TIMEOUT_MS = 2_000;

export const HEALTH_PATHS = new Set(['/healthz', '/readyz']);

function answer(request: IncomingMessage, response: ServerResponse, status: number, body: Record<string, unknown>): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(request.method === 'HEAD' ? undefined : `${JSON.stringify(body)}\n`);
}

async function readiness(graph: Graph): Promise<{ ready: boolean; graph: string; schema: boolean }> {
  if (!graph.available) return { ready: false, graph: 'unavailable', schema: false };
  if (!(await graph.ping(READY_TIMEOUT_MS))) return { ready: false, graph: 'unreachable', schema: false };
  const schema = await schemaInPlace(graph).catch(() => false);
  return { ready: schema, graph: 'reachable', schema };
}

/** Answers /healthz or /readyz. `accepting` is false once the server is shutting down. */
export async function serveHealth(graph: Graph, path: string, accepting: boolean, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    answer(request, response, 405, { error: `${path} answers GET and HEAD only` });
    return;
  }
  if (path === '/healthz') {
    answer(request, response, 200, { alive: true });
    return;
  }
  const state = accepting ? await readiness(graph) : { ready: false, graph: 'shutting down', schema: false };
  answer(request, response, state.ready ? 200 : 503, state);
}
