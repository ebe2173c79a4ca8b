import { relative } from 'node:path';
import { PROJECT_ROOT, settingsFrom } from './config.ts';
import { API_RETRY_MS, openGraph, type Graph } from './graph/neo4j.ts';
import { ensureSchema } from './graph/schema.ts';
import { startHttpServer } from './http/server.ts';
import { pageFiles } from './extract/input.ts';
import { ingestFiles } from './ingest/index.ts';

async function graphIsEmpty(graph: Graph): Promise<boolean> {
  const [row] = await graph.run<{ any: boolean }>('RETURN EXISTS { MATCH (:Article) } AS any');
  return !row?.any;
}

/**
 * A fresh graph gets the sample pages, so the UI has something to show on first start. A
 * shutdown (`stop`) lets the pages in flight finish; the next start ingests the rest.
 */
async function seedIfEmpty(graph: Graph, seedsDir: string, stop: AbortSignal): Promise<void> {
  if (!(await graphIsEmpty(graph))) return;
  const files = await pageFiles([seedsDir]);
  const started = Date.now();
  const outcomes = await ingestFiles(graph, files, { sourceOf: (file) => relative(PROJECT_ROOT, file), signal: stop });
  const failed = outcomes.filter((o) => !o.ok);
  console.log(`Ingested ${outcomes.length - failed.length} of ${files.length} sample pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const outcome of failed) console.error(`  ${outcome.source}: ${outcome.error}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const settings = settingsFrom();
  const graph = await openGraph(settings.neo4j, { retryMs: API_RETRY_MS });
  const stopping = new AbortController();
  let http: Awaited<ReturnType<typeof startHttpServer>> | undefined;
  let seeding: Promise<void> | undefined;
  // SIGTERM (an orchestrator, Ctrl-C): stop taking requests, finish those in flight (up to 10 s)
  // and the sample pages being written, then stop Neo4j cleanly, so its store needs no recovery.
  const shutdown = async (code: number, why: string) => {
    if (stopping.signal.aborted) return;
    stopping.abort();
    console.log(
      `Shutting down (${why}): finishing ${http?.inFlight ?? 0} requests in flight${seeding ? ' and the sample pages being written' : ''}, then stopping Neo4j`,
    );
    await http?.close();
    await seeding?.catch(() => undefined);
    await graph.close();
    console.log('Stopped cleanly');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0, 'SIGINT'));
  process.on('SIGTERM', () => void shutdown(0, 'SIGTERM'));
  try {
    await ensureSchema(graph);
    seeding = seedIfEmpty(graph, settings.seedsDir, stopping.signal);
    await seeding;
    seeding = undefined;
    if (stopping.signal.aborted) return;
    http = await startHttpServer(graph, settings.port, settings.host);
  } catch (error) {
    console.error(`Could not start: ${(error as Error).message}`);
    await shutdown(1, 'could not start');
    return;
  }
  console.log(`Neo4j: ${graph.uri}${settings.neo4j.kind === 'local' ? ` (local, data in ${settings.neo4j.home})` : ''}`);
  console.log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${http.url} (GraphQL and GraphiQL at ${http.url}graphql)`);
}

void main();
