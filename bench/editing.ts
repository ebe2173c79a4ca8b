// Editing from the page, in headless Chromium against the real server, on the generated graph
// of 10,000 articles (bench/ingest.ts):
// - opening the review queue: from the click to the first pairs listed (target ≤ 1 s), and
//   choosing a pair until both sides are shown;
// - adding 100 generated pages (about 80,000 characters) through the Add articles sheet: from
//   the click on its button to the sheet saying done, when all are searchable (target ≤ 15 s).
//
// Neo4j fresh from start runs its first queries and writes on cold code (see bench/api.ts): the
// first opening of the queue, and a first batch of 30 other pages, are printed as the cold
// figures; the targets are for a server that has been running.
//
//   npx tsx bench/editing.ts [OPENINGS=5]
// With BENCH_DATA_DIR set (as `npm run bench` sets it after the ingest bench) it reads the graph
// kept there; with NEO4J_URI, that server's; otherwise it builds the 10,000-article graph in a
// temporary folder first (a few minutes) and deletes it afterwards. It writes the 100 pages into
// that graph, never into the product's DATA_DIR. CHROMIUM_PATH overrides /usr/bin/chromium.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { settingsFrom, type Neo4jTarget } from '../server/config.ts';
import { openGraph, type Graph } from '../server/graph/neo4j.ts';
import { ensureSchema } from '../server/graph/schema.ts';
import { startHttpServer, type RunningServer } from '../server/http/server.ts';
import { launchChromium } from '../test/setup/chromium.ts';
import { generatePage } from './generate.ts';
import { benchIngest } from './ingest.ts';

const GRAPH_ARTICLES = 10_000;
const UPLOAD_PAGES = 100;
/** Other seeds than the graph's (bench/ingest.ts uses seed 1), so the pages are new to it. */
const UPLOAD_SEED = 7;
const WARMUP_PAGES = 30;
const WARMUP_SEED = 8;
const TARGET_QUEUE_MS = 1000;
const TARGET_UPLOAD_S = 15;

/** The graph to measure on: the one the ingest bench kept, a remote one, or one built now. */
async function benchGraph(): Promise<{ graph: Graph; cleanUp: () => void }> {
  const settings = settingsFrom();
  if (settings.neo4j.kind === 'remote') {
    const graph = await openGraph(settings.neo4j);
    const [row] = await graph.run<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
    if (!row?.n) {
      await graph.close();
      await benchIngest(GRAPH_ARTICLES, 1);
      return { graph: await openGraph(settings.neo4j), cleanUp: () => {} };
    }
    return { graph, cleanUp: () => {} };
  }
  const kept = process.env.BENCH_DATA_DIR;
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'bench-editing-'));
  const home = join(dir, 'neo4j');
  if (!existsSync(home)) {
    console.log(`building the graph of ${GRAPH_ARTICLES} generated articles in ${dir} first (bench/ingest.ts)`);
    process.env.BENCH_DATA_DIR = dir;
    await benchIngest(GRAPH_ARTICLES, 1);
  }
  const target: Neo4jTarget = { kind: 'local', home, port: 0, heapMb: 1024, pagecacheMb: 512, database: 'neo4j' };
  return { graph: await openGraph(target), cleanUp: () => (kept ? undefined : rmSync(dir, { recursive: true, force: true })) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function signIn(page: Page, token: string): Promise<void> {
  await page.click('[data-action="sign-in"]');
  await page.fill('#sign-in-token', token);
  await page.click('[data-action="sign-in-submit"]');
  await page.waitForSelector('#editing .signed-in');
}

/** Opens the queue `times` times from a click; returns the milliseconds to the first pairs listed, and to a pair shown. */
async function openQueue(page: Page, times: number): Promise<{ open: number[]; pair: number[] }> {
  const open: number[] = [];
  const pair: number[] = [];
  for (let i = 0; i < times; i++) {
    let started = performance.now();
    await page.click('#review-queue');
    await page.waitForSelector('dialog.review-queue .pair-row', { timeout: 30_000 });
    open.push(performance.now() - started);
    started = performance.now();
    await page.locator('dialog.review-queue .pair-choice').nth(i).click();
    await page.waitForSelector('dialog.review-queue .pair .side >> nth=1', { timeout: 30_000 });
    pair.push(performance.now() - started);
    await page.click('[data-action="close-review-queue"]');
  }
  return { open, pair };
}

/** Adds `count` generated pages through the sheet; returns the seconds from the click to done, and what it says. */
async function upload(page: Page, count: number, seed: number) {
  const pages = Array.from({ length: count }, (_, i) => generatePage(seed * 1_000_003 + i));
  await page.click('#add-articles');
  await page.click('[data-action="clear-uploads"]');
  await page.setInputFiles(
    '#upload-files',
    pages.map((text, i) => ({ name: `bench-upload-${seed}-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') })),
  );
  const started = performance.now();
  await page.click('[data-action="upload"]');
  await page.waitForSelector('dialog.uploads[data-state="done"]', { timeout: 300_000 });
  const seconds = (performance.now() - started) / 1000;
  const result = {
    seconds,
    characters: pages.reduce((sum, p) => sum + p.length, 0),
    stories: await page.locator('dialog.uploads .story').count(),
    failed: await page.locator('dialog.uploads li.upload[data-state="failed"]').count(),
    summary: (await page.textContent('dialog.uploads .upload-summary')) ?? '',
  };
  await page.click('[data-action="close-uploads"]');
  return result;
}

async function main(openings: number): Promise<void> {
  const { graph, cleanUp } = await benchGraph();
  let server: RunningServer | undefined;
  const browser = await launchChromium();
  try {
    await ensureSchema(graph);
    const [size] = await graph.run<{ articles: number; pairs: number }>(
      'CALL () { MATCH (a:Article) RETURN count(a) AS articles } RETURN articles, COUNT { ()-[:CANDIDATE_SAME_AS]->() } AS pairs',
    );
    console.log(`graph at ${graph.uri}: ${size?.articles} articles, ${size?.pairs} candidate pairs`);
    const token = randomBytes(16).toString('hex');
    server = await startHttpServer(graph, 0, '127.0.0.1', [{ label: 'bench', token }]);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await signIn(page, token);

    const queue = await openQueue(page, openings);
    const fmt = (ms: number[]) => ms.map((m) => m.toFixed(0)).join(', ');
    const steady = median(queue.open.slice(1));
    console.log(`review queue: opened ${openings} times: ${fmt(queue.open)} ms (the first on cold Neo4j; median of the others ${steady.toFixed(0)} ms)`);
    console.log(`review queue: ${steady <= TARGET_QUEUE_MS ? 'ok' : 'OVER'} (target ≤ ${TARGET_QUEUE_MS} ms)`);
    console.log(`review queue: a chosen pair's two sides shown in ${fmt(queue.pair)} ms (median ${median(queue.pair).toFixed(0)} ms)`);

    const cold = await upload(page, WARMUP_PAGES, WARMUP_SEED);
    console.log(`upload, cold: the first ${WARMUP_PAGES} pages (${cold.stories} stories) in ${cold.seconds.toFixed(1)} s`);
    const added = await upload(page, UPLOAD_PAGES, UPLOAD_SEED);
    console.log(
      `upload: ${UPLOAD_PAGES} pages (${added.characters.toLocaleString('en')} characters, ${added.stories} stories) in ${added.seconds.toFixed(1)} s from the click to done`,
    );
    console.log(
      `upload: ${added.seconds <= TARGET_UPLOAD_S ? 'ok' : 'OVER'} (target ≤ ${TARGET_UPLOAD_S} s); ${added.failed} failed; the sheet says: ${added.summary}`,
    );
  } finally {
    await browser.close();
    await server?.close();
    await graph.close();
    cleanUp();
  }
}

main(Number(process.argv[2] ?? 5)).then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`bench stopped: ${error.message}`);
    process.exit(1);
  },
);
