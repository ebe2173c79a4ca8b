// Ingest throughput: ≥ 10,000 generated articles (bench/generate.ts) through extraction into
// Neo4j, end to end. Prints articles/s and graph writes/s (Neo4j's own update counters).
//
//   npx tsx bench/ingest.ts [ARTICLES=10000] [SEED=1]
// With NEO4J_URI set it writes to that server (into an empty graph only); otherwise it starts a
// local Neo4j in BENCH_DATA_DIR (kept, so `npm run bench` can measure the API on it) or, unset,
// in a temporary folder deleted afterwards. It never writes into the product's DATA_DIR.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { settingsFrom } from '../server/config.ts';
import { awaitSearchIndex, ensureSchema } from '../server/graph/schema.ts';
import { INGEST_CONCURRENCY, inPool, ingestPage, openGraphForIngest } from '../server/ingest/index.ts';
import { generatePage } from './generate.ts';

export async function benchIngest(articles: number, seed: number): Promise<void> {
  const settings = settingsFrom();
  const kept = process.env.BENCH_DATA_DIR;
  const home = settings.neo4j.kind !== 'local' ? undefined : kept ? join(kept, 'neo4j') : mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  const graph = await openGraphForIngest(home ? { kind: 'local', home, port: 0, heapMb: 1024, pagecacheMb: 512, database: 'neo4j' } : settings.neo4j);
  try {
    await ensureSchema(graph);
    const [existing] = await graph.run<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
    if (existing?.n) throw new Error(`the graph at ${graph.uri} already holds ${existing.n} articles; bench into an empty one`);
    const pages: string[] = [];
    for (let stories = 0, i = 0; stories < articles; i++) {
      const page = generatePage(seed * 1_000_003 + i);
      pages.push(page);
      stories += page.split('本报讯').length - 1;
    }
    const started = performance.now();
    let written = 0,
      writes = 0;
    // When half the articles were in: a fresh Neo4j runs its first pages on cold code and first
    // plans, so the second half's rate shows what a warm server sustains.
    let half: { at: number; written: number } | undefined;
    await inPool([...pages.entries()], INGEST_CONCURRENCY, async ([i, page]) => {
      const result = await ingestPage(graph, page, `generated/page-${i}.txt`);
      written += result.stories.length;
      writes += result.writes;
      if (!half && written >= articles / 2) half = { at: performance.now(), written };
    });
    // Done means searchable: the wait for the search index is part of the time.
    await awaitSearchIndex(graph);
    const ended = performance.now();
    const seconds = (ended - started) / 1000;
    const [counts] = await graph.run<{ nodes: number; edges: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS edges } RETURN nodes, edges',
    );
    console.log(`ingest: ${written} articles from ${pages.length} pages in ${seconds.toFixed(1)} s`);
    console.log(`ingest: ${(written / seconds).toFixed(1)} articles/s end to end (target ≥ 100)`);
    if (half) {
      const warm = (written - half.written) / ((ended - half.at) / 1000);
      console.log(`ingest: ${warm.toFixed(1)} articles/s over the second half, on a warmed-up Neo4j`);
    }
    console.log(`ingest: ${(writes / seconds).toFixed(0)} graph writes/s (${writes} writes; target ≥ 5000)`);
    console.log(`ingest: graph now holds ${counts?.nodes} nodes and ${counts?.edges} edges`);
  } finally {
    await graph.close();
    if (home && !kept) rmSync(home, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('ingest.ts')) {
  const [articles = '10000', seed = '1'] = process.argv.slice(2);
  await benchIngest(Number(articles), Number(seed));
}
