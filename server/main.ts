import { relative } from 'node:path';
import { PROJECT_ROOT, settingsFrom } from './config.ts';
import { openGraph, type Graph } from './graph/neo4j.ts';
import { ensureSchema } from './graph/schema.ts';
import { startHttpServer } from './http/server.ts';
import { pageFiles } from './extract/input.ts';
import { ingestFiles } from './ingest/index.ts';

async function graphIsEmpty(graph: Graph): Promise<boolean> {
  const [row] = await graph.run<{ any: boolean }>('RETURN EXISTS { MATCH (:Article) } AS any');
  return !row?.any;
}

/** A fresh graph gets the sample pages, so the UI has something to show on first start. */
async function seedIfEmpty(graph: Graph, seedsDir: string): Promise<void> {
  if (!(await graphIsEmpty(graph))) return;
  const files = await pageFiles([seedsDir]);
  const started = Date.now();
  const outcomes = await ingestFiles(graph, files, (file) => relative(PROJECT_ROOT, file));
  const failed = outcomes.filter((o) => !o.ok);
  console.log(`Ingested ${outcomes.length - failed.length} of ${files.length} sample pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const outcome of failed) console.error(`  ${outcome.source}: ${outcome.error}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const settings = settingsFrom();
  const graph = await openGraph(settings.neo4j);
  let closing = false;
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    await http?.close();
    await graph.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  let http: Awaited<ReturnType<typeof startHttpServer>> | undefined;
  try {
    await ensureSchema(graph);
    await seedIfEmpty(graph, settings.seedsDir);
    http = await startHttpServer(graph, settings.port, settings.host);
  } catch (error) {
    console.error(`Could not start: ${(error as Error).message}`);
    await shutdown(1);
    return;
  }
  console.log(`Neo4j: ${graph.uri}${settings.neo4j.kind === 'local' ? ` (local, data in ${settings.neo4j.home})` : ''}`);
  console.log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${http.url} (GraphQL and GraphiQL at ${http.url}graphql)`);
}

void main();
