import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import type { Graph } from '../../server/graph/neo4j.ts';
import type { RunningServer } from '../../server/http/server.ts';
import { ingestText } from '../../server/ingest/index.ts';
import { HOSTILE_NAME_STORY, TWO_STORIES } from '../fixtures/pages.ts';
import { clearGraph, testGraph } from '../setup/graph.ts';
import { testServer } from '../setup/server.ts';

const ARTIFACTS = resolve(PROJECT_ROOT, 'test-artifacts');
// Debian's chromium; `.ci/run` installs it. The flags keep it off the network this machine lacks.
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let graph: Graph;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  graph = await testGraph();
  await clearGraph(graph);
  await ingestText(graph, TWO_STORIES, 'two-stories.txt');
  await ingestText(graph, HOSTILE_NAME_STORY, 'hostile.txt');
  server = await testServer(graph);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await graph?.close();
});

async function openPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  return page;
}

/** Counts canvas pixels that are not background, to know something was really drawn. */
const paintedPixels = (page: Page) =>
  page.$eval('#graph', (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });

describe('the web UI in headless Chromium', () => {
  it('searching draws the neighbourhood of the first hit and shows its panel', async () => {
    const page = await openPage();
    await page.fill('#query', 'Lin Xiaodong');
    await page.press('#query', 'Enter');
    await page.waitForFunction(() => Number(document.querySelector<HTMLCanvasElement>('#graph')?.dataset.nodes) > 0);
    const drawn = Number(await page.getAttribute('#graph', 'data-nodes'));
    expect(drawn).toBeGreaterThanOrEqual(5); // the reporter, two articles, places and a colleague
    await page.waitForTimeout(500);
    expect(await paintedPixels(page)).toBeGreaterThan(500);
    await expect.poll(() => page.textContent('#panel h2')).toBe('Lin Xiaodong');
    expect(await page.textContent('#panel')).toContain('林晓东');
    await page.screenshot({ path: resolve(ARTIFACTS, 'search-lin-xiaodong.png') });
    await page.close();
  });

  it('suggestions appear while typing', async () => {
    const page = await openPage();
    await page.type('#query', '宋庄');
    await page.waitForSelector('#results li');
    expect(await page.textContent('#results')).toContain('宋庄镇');
    await page.close();
  });

  it('a search with no hits says so', async () => {
    const page = await openPage();
    await page.fill('#query', 'zzzz-no-such-name');
    await page.press('#query', 'Enter');
    await expect.poll(() => page.textContent('#status')).toMatch(/Nothing found/);
    await page.close();
  });

  it('markup inside an article is shown as text and never runs', async () => {
    const page = await openPage();
    await page.fill('#query', '台湖镇');
    await page.press('#query', 'Enter');
    await expect.poll(() => page.textContent('#panel')).toContain('<img src=x onerror');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$('#panel img')).toBeNull();
    await page.screenshot({ path: resolve(ARTIFACTS, 'hostile-markup.png') });
    await page.close();
  });
});
