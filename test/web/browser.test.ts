// The web UI in headless Chromium against the real server and a real Neo4j, with pages ingested
// through the real extractor. Screenshots go to test-artifacts/.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../setup/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import type { Graph } from '../../server/graph/neo4j.ts';
import type { RunningServer } from '../../server/http/server.ts';
import { ingestText } from '../../server/ingest/index.ts';
import { clearGraph, testGraph } from '../setup/graph.ts';
import { post, testServer } from '../setup/server.ts';
import { HOSTILE_PAGE, PROJECT_PAGES } from './pages.ts';

const ARTIFACTS = resolve(PROJECT_ROOT, 'test-artifacts');

let graph: Graph;
let server: RunningServer;
let browser: Browser;
/** Entity ids by Chinese name, from the API, to find nodes on the canvas. */
const ids = new Map<string, string>();

async function idOf(name: string): Promise<string> {
  const known = ids.get(name);
  if (known) return known;
  const reply = await post<{ search: { edges: Array<{ node: { id: string; name: string } }> } }>(
    server,
    'query ($q: String!) { search(query: $q, first: 5) { edges { node { id name } } } }',
    { q: name },
  );
  const id = reply.data?.search.edges.find((e) => e.node.name === name)?.node.id;
  if (!id) throw new Error(`the fixture pages gave no entity named ${name}`);
  ids.set(name, id);
  return id;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  graph = await testGraph();
  await clearGraph(graph);
  for (const [i, page] of PROJECT_PAGES.entries()) await ingestText(graph, page, `project-page-${i}.txt`);
  await ingestText(graph, HOSTILE_PAGE, 'hostile.txt');
  server = await testServer(graph);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await graph?.close();
});

async function openPage(query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await page.goto(new URL(query ? `/?${query}` : '/', server.url).href);
  return page;
}

/** Polls until the expectation holds; generous, since the machine may be busy. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

const shoot = (page: Page, name: string) => page.screenshot({ path: resolve(ARTIFACTS, `web-${name}.png`) });
const nodesDrawn = async (page: Page) => Number(await page.getAttribute('#graph', 'data-nodes'));

/** Searches and picks the suggestion whose Chinese name is `name`. */
async function searchAndChoose(page: Page, typed: string, name: string): Promise<void> {
  await page.fill('#query', typed);
  await page.locator('#results li[role="option"]', { hasText: name }).first().click();
  await eventually(() => page.textContent('#panel .zh')).toBe(name);
  await page.waitForFunction(() => Number(document.querySelector<HTMLCanvasElement>('#graph')?.dataset.nodes) > 0);
}

/** Where a node is drawn, in page coordinates, once the layout has placed it. */
async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction(
    (nodeId) => (window as unknown as { initiativeGraph: { positionOf(id: string): unknown } }).initiativeGraph.positionOf(nodeId) !== null,
    id,
  );
  const [x, y] = await page.evaluate(
    (nodeId) => (window as unknown as { initiativeGraph: { positionOf(id: string): [number, number] } }).initiativeGraph.positionOf(nodeId),
    id,
  );
  const box = (await page.locator('#graph').boundingBox())!;
  return { x: box.x + x, y: box.y + y };
}

/** Waits for the layout to rest, so a node stays where the test reads it. */
const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('#graph')?.dataset.layout === 'settled', undefined, { timeout: 20_000 });

/** Canvas pixels that are not background: something was really drawn. */
const paintedPixels = (page: Page) =>
  page.$eval('#graph', (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });

describe('the web UI in headless Chromium', () => {
  it('typing pinyin suggests entities, and choosing one draws its neighbourhood and opens its panel', async () => {
    const page = await openPage();
    await page.type('#query', 'wangjianguo');
    const suggestion = page.locator('#results li[role="option"]').first();
    await eventually(() => suggestion.textContent()).toContain('王建国');
    expect(await suggestion.textContent()).toContain('Wang Jianguo');
    await suggestion.click();
    await eventually(() => page.textContent('#panel h2')).toBe('Wang Jianguo');
    expect(await page.textContent('#panel .zh')).toBe('王建国');
    expect(await page.textContent('#panel .pinyin')).toBe('wang jian guo');
    await eventually(() => nodesDrawn(page)).toBeGreaterThanOrEqual(5); // his article, its people, places, bodies
    await settled(page);
    expect(await paintedPixels(page)).toBeGreaterThan(2000);
    await shoot(page, 'search');
    await page.close();
  });

  it('clicking a node adds its neighbours to the graph and selects it', async () => {
    const page = await openPage();
    await searchAndChoose(page, '王建国', '王建国');
    await settled(page);
    const before = await nodesDrawn(page);
    const meng = await pointOf(page, await idOf('孟景伟'));
    await page.mouse.click(meng.x, meng.y);
    await eventually(() => page.textContent('#panel h2')).toBe('Meng Jingwei');
    // His second article and the people, places and projects in it.
    await eventually(() => nodesDrawn(page)).toBeGreaterThan(before + 3);
    expect(await page.textContent('#status')).toMatch(/added/);
    await settled(page);
    await shoot(page, 'expand');
    await page.close();
  });

  it('every relation in the panel shows its evidence with the names marked, and opens the article with its mentions marked', async () => {
    const page = await openPage();
    await searchAndChoose(page, 'Meng Jingwei', '孟景伟');
    const position = page.locator('#panel .edge[data-relation="HOLDS_POSITION"]').first();
    expect(await position.locator('.position-title').textContent()).toBe('书记');
    const marked = await position.locator('blockquote mark').allTextContents();
    expect(marked).toEqual(expect.arrayContaining(['孟景伟', '通州区委']));
    await position.locator('a.article-link').first().click();
    const article = page.locator('dialog.article-view');
    await eventually(() => article.locator('.article-text').textContent()).toContain('孟景伟');
    const mentions = await article.locator('mark.mention').allTextContents();
    expect(mentions).toEqual(expect.arrayContaining(['孟景伟', '通州区委', '王建国']));
    // The address is written at most every 200 ms (explorer.ts saveUrl): an article served from
    // the answer cache can be shown before it is.
    await eventually(() => page.url()).toMatch(/[?&]article=article-/);
    await shoot(page, 'evidence-article');
    // A marked name in the article opens that entity.
    await article.locator('mark.mention', { hasText: '王建国' }).first().click();
    await eventually(() => page.textContent('#panel h2')).toBe('Wang Jianguo');
    await page.close();
  });

  it('the path finder finds a path between two officials and draws it', async () => {
    const page = await openPage();
    await searchAndChoose(page, '王建国', '王建国');
    await page.click('[data-action="path"]');
    await page.fill('.path-finder [data-end="to"]', 'Li Hongmei');
    await page.locator('.path-finder li[role="option"]', { hasText: '李红梅' }).first().click();
    const first = page.locator('.paths > li.path').first();
    await eventually(() => first.count()).toBe(1);
    const steps = await first.locator('.step-node').allTextContents();
    expect(steps[0]).toContain('王建国');
    expect(steps.at(-1)).toContain('李红梅');
    expect(await first.locator('.step-hop blockquote').count()).toBeGreaterThan(0);
    // Both ends are drawn, the far one added by the path.
    await pointOf(page, await idOf('李红梅'));
    const path = `path=${await idOf('王建国')}.${await idOf('李红梅')}`;
    await eventually(() => page.url()).toContain(path);
    await settled(page);
    await shoot(page, 'path');
    await page.close();
  });

  it("a person's timeline lists the articles naming them, oldest first, with the positions they state", async () => {
    const page = await openPage();
    await searchAndChoose(page, '孟景伟', '孟景伟');
    await page.click('[data-action="timeline"]');
    await eventually(() => page.locator('.timeline .entry').count()).toBe(2);
    expect(await page.locator('.timeline .entry time').allTextContents()).toEqual(['2024-03-05', '2024-06-18']);
    expect(await page.locator('.timeline .positions').first().textContent()).toContain('书记');
    await shoot(page, 'timeline');
    await page.close();
  });

  it('a place view lists the projects within the place and totals their investment', async () => {
    const page = await openPage();
    await searchAndChoose(page, '通州区', '通州区');
    await page.click('[data-action="place"]');
    await eventually(() => page.textContent('.investment-summary .total')).toBe('CNY 2 billion');
    expect(await page.textContent('.investment-summary')).toContain('20亿元');
    const projects = await page.locator('ul.projects > li').allTextContents();
    expect(projects[0]).toContain('12亿元'); // largest first
    expect(projects[1]).toContain('8亿元');
    await shoot(page, 'place');
    await page.close();
  });

  it('hiding, pinning by dragging, filters and the label language are kept in the address and restored on reload', async () => {
    const page = await openPage();
    await searchAndChoose(page, '孟景伟', '孟景伟');
    await settled(page);
    // Drag the village (two steps from him, so his panel stays) to pin it somewhere else.
    const village = await idOf('小堡村');
    const from = await pointOf(page, village);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(from.x - 12 * i, from.y + 10 * i);
    await page.mouse.up();
    await eventually(() => page.url()).toContain(`pin=${village}~`);
    // Hide him, switch labels to Chinese, filter out articles.
    const meng = await idOf('孟景伟');
    const shown = await nodesDrawn(page);
    await page.click('#panel [data-action="hide"]');
    await eventually(() => nodesDrawn(page)).toBe(shown - 1);
    expect(await page.isHidden('#panel')).toBe(true);
    await page.click('#lang-zh');
    await page.uncheck('#legend input[data-kind="ARTICLE"]');
    await eventually(() => nodesDrawn(page)).toBeLessThan(shown - 1);
    await eventually(() => page.url()).toMatch(/nokind=ARTICLE/);
    expect(page.url()).toMatch(/lang=zh/);
    expect(page.url()).toContain(`hide=${meng}`);
    const drawn = await nodesDrawn(page);
    const pinnedAt = await pointOf(page, village);

    await page.reload();
    await eventually(() => nodesDrawn(page)).toBe(drawn);
    expect(await page.getAttribute('#lang-zh', 'aria-pressed')).toBe('true');
    expect(await page.isChecked('#legend input[data-kind="ARTICLE"]')).toBe(false);
    expect(await page.isChecked('#legend input[data-kind="PERSON"]')).toBe(true);
    expect(await page.isVisible('#show-hidden')).toBe(true);
    // The pinned node is where it was left, at the same zoom.
    const restoredAt = await pointOf(page, village);
    expect(Math.abs(restoredAt.x - pinnedAt.x)).toBeLessThan(2);
    expect(Math.abs(restoredAt.y - pinnedAt.y)).toBeLessThan(2);
    await shoot(page, 'restored');
    await page.close();
  });

  it("markup in an ingested article's headline and text is shown as text and never runs", async () => {
    const page = await openPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
    await page.evaluate(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(d: string): void }).reportViolation(e.violatedDirective),
      ),
    );
    await searchAndChoose(page, '台湖镇', '台湖镇');
    await eventually(() => page.textContent('#panel .mentions')).toContain('“<img src=x onerror=window.__pwned=1>”工程');
    await page.locator('#panel .mentions a.article-link').first().click();
    await eventually(() => page.textContent('dialog.article-view h2')).toBe('台湖镇启动“<img src=x onerror=window.__pwned=1>”工程');
    expect(await page.textContent('dialog .article-text')).toContain('<script>window.__pwned=2</script>');
    expect(await page.locator('img, dialog script, #panel script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(violations).toEqual([]);
    await shoot(page, 'hostile-markup');
    await page.close();
  });

  it('the visible graph exports as JSON and GraphML and the view as PNG, and the JSON loads back', async () => {
    const page = await openPage();
    await searchAndChoose(page, '孟景伟', '孟景伟');
    await settled(page);
    const drawn = await nodesDrawn(page);
    const saved = async (button: string) => {
      await page.click('details.menu summary');
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      return readFileSync((await file.path())!);
    };
    const json = JSON.parse((await saved('#export-json')).toString('utf8')) as { nodes: Array<{ id: string; x: number }>; edges: unknown[] };
    expect(json.nodes).toHaveLength(drawn);
    expect(json.nodes.map((n) => n.id)).toContain(await idOf('孟景伟'));
    expect(typeof json.nodes[0]!.x).toBe('number');
    const graphml = (await saved('#export-graphml')).toString('utf8');
    expect(graphml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"');
    expect(graphml.match(/<node /g)).toHaveLength(drawn);
    expect(graphml.match(/<edge /g)).toHaveLength(json.edges.length);
    const png = await saved('#export-png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');

    const fresh = await openPage();
    await fresh.setInputFiles('#import-file', { name: 'exported.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
    await eventually(() => nodesDrawn(fresh)).toBe(drawn);
    expect(await fresh.textContent('#status')).toMatch(/Loaded from exported\.json/);
    await fresh.close();
    await page.close();
  });

  it('a graph of thousands of nodes loaded from a file is drawn, and stays drawn while zooming', async () => {
    // 3,000 nodes in a ring with chords: dense enough for the large-graph drawing path.
    const count = 3000;
    const kinds = ['PERSON', 'ORG', 'PLACE', 'PROJECT', 'ARTICLE'];
    const nodes = Array.from({ length: count }, (_, i) => ({ id: `node-${i}`, kind: kinds[i % kinds.length], name: `节点${i}`, en: `Node ${i}` }));
    const edges = nodes.flatMap((_, i) => [
      { source: `node-${i}`, target: `node-${(i + 1) % count}`, relation: 'PART_OF' },
      { source: `node-${i}`, target: `node-${(i * 7 + 13) % count}`, relation: 'INVOLVED_IN' },
    ]);
    const page = await openPage();
    await page.setInputFiles('#import-file', { name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ nodes, edges })) });
    await eventually(() => nodesDrawn(page)).toBe(count);
    await page.waitForFunction(() => performance.getEntriesByName('graph-first-frame').length > 0);
    const before = await paintedPixels(page);
    expect(before).toBeGreaterThan(20_000);
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -120);
    await page.mouse.wheel(0, -120);
    await eventually(() => paintedPixels(page)).toBeGreaterThan(20_000);
    await shoot(page, 'large-graph');
    await page.close();
  });

  it('fit to view brings every node back on screen after zooming in', async () => {
    const page = await openPage();
    await searchAndChoose(page, '孟景伟', '孟景伟');
    await settled(page);
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + 100, box.y + 100);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -300);
    const meng = await idOf('孟景伟');
    const offScreen = async () => {
      const { x, y } = await pointOf(page, meng);
      return x < box.x || y < box.y || x > box.x + box.width || y > box.y + box.height;
    };
    await eventually(offScreen).toBe(true);
    await page.click('#fit');
    await eventually(offScreen).toBe(false);
    await page.close();
  });

  it('a search with no hits says so', async () => {
    const page = await openPage();
    await page.fill('#query', 'zzzz-no-such-name');
    await page.press('#query', 'Enter');
    await eventually(() => page.textContent('#status')).toMatch(/Nothing found for “zzzz-no-such-name”/);
    await page.close();
  });

  it('when the server cannot be reached the page says so, and trying again recovers', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(server.url);
    await eventually(() => page.getAttribute('#status', 'data-state')).toBe('error');
    expect(await page.textContent('#status')).toMatch(/cannot be reached/);
    await shoot(page, 'unreachable');
    await page.unroute('**/graphql');
    await page.click('#status [data-action="retry"]');
    await eventually(() => page.textContent('#stats')).toMatch(/The graph holds \d+ articles/);
    expect(await page.getAttribute('#status', 'data-state')).toBe('info');
    await page.close();
  });
});
