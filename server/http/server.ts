import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGraphqlApi } from '../api/server.ts';
import type { Graph } from '../graph/neo4j.ts';
import { cachedAnswersFrom, type ApiToken } from '../config.ts';
import { AnswerCache, type Execute } from './answer-cache.ts';
import { HEALTH_PATHS, serveHealth } from './health.ts';
import { loadWebAssets, type Asset } from './web-assets.ts';

// The UI's own pages allow only their own scripts and styles: article text that slipped into
// markup could not run. GraphiQL (at /graphql) brings its own inline code and keeps yoga's headers.
const UI_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Answers a request for one of the UI's files, with the UI's headers. */
export function serveAsset(assets: Map<string, Asset>, path: string, request: IncomingMessage, response: ServerResponse): void {
  const asset = assets.get(path);
  if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...UI_HEADERS });
    response.end(`Not found: ${path}. The UI is at / and the API at /graphql.\n`);
    return;
  }
  response.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-cache', ...UI_HEADERS });
  response.end(request.method === 'HEAD' ? undefined : asset.body);
}

export interface RunningServer {
  server: Server;
  url: string;
  /**
   * Stops taking requests (new ones get 503, /readyz says so), lets those in flight finish for
   * up to `graceMs`, then closes every connection.
   */
  close(graceMs?: number): Promise<void>;
  /** Requests being answered now. */
  readonly inFlight: number;
}

/** How long a shutdown waits for requests in flight (an ingest mutation writes a page at most). */
export const SHUTDOWN_GRACE_MS = 10_000;

/** A request that failed outside GraphQL (its body was cut off, say): a 500 if nothing was sent yet. */
function failed(response: ServerResponse, error: unknown): void {
  console.error(`A GraphQL request failed outside GraphQL: ${(error as Error).message}`);
  if (response.headersSent) response.destroy();
  else response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('The request failed; send it again.\n');
}

/**
 * Serves the web UI and the GraphQL API from one port on `host`. `apiTokens` are the tokens
 * mutations accept; by default those of API_TOKEN and API_TOKENS.
 */
export async function startHttpServer(
  graph: Graph,
  port: number,
  host: string,
  apiTokens?: readonly ApiToken[],
  cachedAnswers = cachedAnswersFrom(),
): Promise<RunningServer> {
  const api = createGraphqlApi(graph, { apiTokens });
  const answers = cachedAnswers > 0 ? new AnswerCache(graph, cachedAnswers) : undefined;
  // The endpoint for a request whose body the cache read: yoga through its fetch interface.
  const execute: Execute = async (request, body) => {
    const headers = Object.entries(request.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)] as [string, string]]));
    const reply = await api.fetch(`http://localhost${request.url ?? '/graphql'}`, { method: 'POST', headers, body });
    return {
      status: reply.status,
      headers: [...reply.headers].filter(([name]) => name !== 'content-length'),
      body: Buffer.from(await reply.arrayBuffer()),
    };
  };
  const assets = await loadWebAssets();
  let accepting = true;
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (HEALTH_PATHS.has(path)) {
      void serveHealth(graph, path, accepting, request, response);
      return;
    }
    if (!accepting) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', connection: 'close', 'retry-after': '5' });
      response.end('This server is shutting down; send the request again (another instance, or this one once restarted).\n');
      return;
    }
    inFlight += 1;
    response.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    });
    if (path === '/graphql') {
      if (answers && AnswerCache.handles(request)) void answers.serve(request, response, execute).catch((error: unknown) => failed(response, error));
      else void api(request, response);
      return;
    }
    serveAsset(assets, path, request, response);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is already in use on ${host}; stop what holds it, or set PORT to another port`) : error);
    });
    server.listen(port, host, () => resolveListen());
  });
  const address = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shownHost}:${address.port}/`,
    get inFlight() {
      return inFlight;
    },
    async close(graceMs = SHUTDOWN_GRACE_MS) {
      accepting = false;
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([new Promise<void>((done) => (drained = done)), new Promise<void>((done) => (timer = setTimeout(done, graceMs)))]);
        clearTimeout(timer);
      }
      server.closeAllConnections();
      await closed;
    },
  };
}
