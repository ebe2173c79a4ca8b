import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGraphqlApi } from '../api/server.ts';
import type { Graph } from '../graph/neo4j.ts';
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
  close(): Promise<void>;
}

/** Serves the web UI and the GraphQL API from one port on `host`. */
export async function startHttpServer(graph: Graph, port: number, host: string): Promise<RunningServer> {
  const api = createGraphqlApi(graph);
  const assets = await loadWebAssets();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/graphql') {
      void api(request, response);
      return;
    }
    serveAsset(assets, path, request, response);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE'
        ? new Error(`port ${port} is already in use on ${host}; stop what holds it, or set PORT to another port`)
        : error);
    });
    server.listen(port, host, () => resolveListen());
  });
  const address = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shownHost}:${address.port}/`,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
