// Building and correcting the graph from the browser (issue 18), in headless Chromium against
// the real server and a real Neo4j: signing in, adding articles, the review queue, corrections
// from the side panel, the decisions and their undo. Screenshots go to test-artifacts/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import type { Graph } from '../../server/graph/neo4j.ts';
import type { RunningServer } from '../../server/http/server.ts';
import { ingestText } from '../../server/ingest/index.ts';
import { launchChromium } from '../setup/chromium.ts';
import { clearGraph, testGraph } from '../setup/graph.ts';
import { testServer } from '../setup/server.ts';
import { CORRECTED_PAGE, HOSTILE_FILE, QUEUE_PAGES, UPLOAD_FILES } from './pages.ts';

const ARTIFACTS = resolve(PROJECT_ROOT, 'test-artifacts');
const TOKEN = 'test-token';
const HOW_TO_ENABLE = 'Start the server with API_TOKEN=<token> (or API_TOKENS=alice:<token>,bob:<token>) to allow changes.';

let graph: Graph;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  graph = await testGraph();
  await clearGraph(graph);
  for (const [text, source] of QUEUE_PAGES) await ingestText(graph, text, source);
  await ingestText(graph, CORRECTED_PAGE.text, CORRECTED_PAGE.source);
  server = await testServer(graph, [{ label: 'alice', token: TOKEN }]);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await graph?.close();
});

/** A page in a browsing session of its own (its own sessionStorage), on `at` (the editing server by default). */
async function openPage(at: RunningServer = server): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(at.url);
  return page;
}

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
const shoot = (page: Page, name: string) => page.screenshot({ path: resolve(ARTIFACTS, `web-${name}.png`) });

async function signIn(page: Page, token = TOKEN): Promise<void> {
  await page.click('[data-action="sign-in"]');
  await page.fill('#sign-in-token', token);
  await page.click('[data-action="sign-in-submit"]');
}

const signedInAs = (page: Page) => page.locator('#editing .signed-in').textContent({ timeout: 20_000 });

/** Searches and picks the suggestion whose Chinese name is `name`, opening its panel. */
async function open(page: Page, typed: string, name: string): Promise<void> {
  await page.fill('#query', typed);
  await page.locator('#results li[role="option"]', { hasText: name }).first().click();
  await eventually(() => page.textContent('#panel .zh')).toBe(name);
}

/** Chooses files in the Add articles sheet and sends them; resolves once the sheet says done. */
async function upload(page: Page, files: ReadonlyArray<{ name: string; text?: string; bytes?: Buffer }>): Promise<void> {
  await page.setInputFiles(
    '#upload-files',
    files.map((f) => ({ name: f.name, mimeType: f.name.endsWith('.html') ? 'text/html' : 'text/plain', buffer: f.bytes ?? Buffer.from(f.text ?? '', 'utf8') })),
  );
  await page.click('[data-action="upload"]');
  await page.waitForSelector('dialog.uploads[data-state="done"]', { timeout: 60_000 });
}

/** The upload rows for a file name (a name may be added more than once). */
const rowsFor = (page: Page, name: string) => page.locator('ol.uploads > li.upload', { has: page.locator('.file-name', { hasText: name }) });

describe('editing the graph from the browser', () => {
  it('asks once for a token, keeps it for the browser session across reloads, and signs out', async () => {
    const page = await openPage();
    await eventually(() => page.locator('[data-action="sign-in"]').count()).toBe(1);
    expect(await page.isVisible('#add-articles')).toBe(true);
    // A token the server does not know is refused, and nothing is kept.
    await signIn(page, 'not-a-token');
    await eventually(() => page.textContent('dialog.sign-in .error')).toMatch(/does not know this token/);
    await page.fill('#sign-in-token', TOKEN);
    await page.click('[data-action="sign-in-submit"]');
    expect(await signedInAs(page)).toBe('Signed in as alice');
    expect(await page.isVisible('dialog.sign-in')).toBe(false);
    // The token lives in sessionStorage only: a reload keeps it, another session does not have it.
    expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([1, 0]);
    await page.reload();
    expect(await signedInAs(page)).toBe('Signed in as alice');
    expect(await page.isVisible('dialog.sign-in')).toBe(false);
    const other = await openPage();
    await eventually(() => other.locator('[data-action="sign-in"]').count()).toBe(1);
    await page.click('[data-action="sign-out"]');
    await eventually(() => page.locator('[data-action="sign-in"]').count()).toBe(1);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('a server started without tokens says how to allow changes and offers no editing controls', async () => {
    const readOnly = await testServer(graph);
    try {
      const page = await openPage(readOnly);
      await eventually(() => page.textContent('#editing-note')).toContain(HOW_TO_ENABLE);
      expect(await page.textContent('#editing summary')).toBe('Read-only');
      expect(await page.isHidden('#add-articles')).toBe(true);
      expect(await page.locator('[data-action="sign-in"]').count()).toBe(0);
      // The queue can be read, not decided.
      await page.click('#review-queue');
      await page.locator('.pair-choice').first().click();
      await eventually(() => page.locator('.pair .side').count()).toBe(2);
      expect(await page.locator('[data-action="merge-pair"], [data-action="keep-apart"]').count()).toBe(0);
      expect(await page.textContent('dialog.review-queue')).toContain(HOW_TO_ENABLE);
      // Nor does the entity panel offer corrections.
      await page.click('[data-action="close-review-queue"]');
      await open(page, '俞江帆', '俞江帆');
      expect(await page.locator('#panel .corrections, #panel [data-action="hide-relation"]').count()).toBe(0);
    } finally {
      await readOnly.close();
    }
  });

  it('uploads several pages with a progress bar each; a bad file fails alone with its reason, a repeat is unchanged, and what they name is searchable', async () => {
    const page = await openPage();
    await signIn(page);
    expect(await signedInAs(page)).toBe('Signed in as alice');
    await page.click('#add-articles');
    // Every stage a row goes through, to see the bars move.
    await page.evaluate(() => {
      const stages: Record<string, string[]> = {};
      Object.assign(window, { uploadStages: stages });
      new MutationObserver((records) => {
        for (const record of records) {
          const row = record.target as HTMLElement;
          const name = row.querySelector('.file-name')?.textContent ?? '';
          (stages[name] ??= []).push(record.oldValue ?? '');
        }
      }).observe(document.querySelector('ol.uploads')!, { subtree: true, attributes: true, attributeFilter: ['data-state'], attributeOldValue: true });
    });
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    await upload(page, [...UPLOAD_FILES, { name: 'scan.txt', bytes: binary }, { name: 'empty.txt', text: '' }]);

    for (const file of UPLOAD_FILES) {
      const row = rowsFor(page, file.name);
      expect(await row.getAttribute('data-state')).toBe('done');
      expect(await row.locator('progress').evaluate((bar: HTMLProgressElement) => bar.value === bar.max)).toBe(true);
      expect(await row.locator('.story').getAttribute('data-status')).toBe('WRITTEN');
      expect(await row.locator('.story .status').textContent()).toBe('written');
      expect(await row.locator('.story .chip.new').count()).toBeGreaterThan(0);
      expect(await row.locator('.story').textContent()).toMatch(/\d+ relations?/);
    }
    const stages = await page.evaluate(() => (window as unknown as { uploadStages: Record<string, string[]> }).uploadStages);
    expect(stages['tonglu-greenway.txt']).toEqual(expect.arrayContaining(['waiting', 'reading', 'sending', 'extracting']));
    const html = rowsFor(page, 'fuyang-park.html');
    expect(await html.locator('.headline').textContent()).toBe('《富阳区银湖科创园项目签约》');
    expect(await html.locator('.chip', { hasText: 'Shi Qingyuan' }).getAttribute('class')).toContain('new');
    // The bad files fail alone, each with the server's reason.
    expect(await rowsFor(page, 'scan.txt').getAttribute('data-state')).toBe('failed');
    expect(await rowsFor(page, 'scan.txt').locator('.error').textContent()).toMatch(/binary/);
    expect(await rowsFor(page, 'empty.txt').getAttribute('data-state')).toBe('failed');
    expect(await rowsFor(page, 'empty.txt').locator('.error').textContent()).toMatch(/empty/);
    expect(await page.textContent('.upload-summary')).toMatch(/3 of 5 pages added; 2 failed/);
    await shoot(page, 'upload');

    // The same file again changes nothing, and says so.
    await page.click('[data-action="clear-uploads"]');
    await upload(page, [UPLOAD_FILES[0]!]);
    const again = rowsFor(page, UPLOAD_FILES[0]!.name);
    expect(await again.locator('.story').getAttribute('data-status')).toBe('UNCHANGED');
    expect(await again.locator('.story .status').textContent()).toBe('unchanged');
    expect(await again.locator('.chip.new').count()).toBe(0);

    // Done means searchable: the search box finds the new official by pinyin.
    await page.click('[data-action="close-uploads"]');
    await page.fill('#query', 'qianshuning');
    await eventually(() => page.locator('#results li[role="option"]').first().textContent()).toContain('钱书宁');
  });

  it('the review queue merges a pair, the decisions view undoes the merge and the pair comes back, and keep apart takes a pair off', async () => {
    const page = await openPage();
    await signIn(page);
    expect(await signedInAs(page)).toBe('Signed in as alice');
    await page.click('#review-queue');
    const queue = page.locator('dialog.review-queue');
    await eventually(() => queue.locator('.pair-row').count()).toBeGreaterThanOrEqual(2);
    const total = Number(await queue.getAttribute('data-total'));
    // Strongest first: the two 县长 of one city, then the reporter of two counties of one city.
    const rows = queue.locator('.pair-row');
    expect(await rows.nth(0).textContent()).toMatch(/^4顾思齐title 县长, same city$/);
    expect(await rows.nth(1).textContent()).toMatch(/^2陶语桐same city$/);
    const strongest = (await rows.nth(0).getAttribute('data-pair'))!;

    await rows.nth(0).locator('button').click();
    const sides = queue.locator('.pair .side');
    await eventually(() => sides.count()).toBe(2);
    // Side by side: where each holds his position, his places, and the sentences naming him.
    const compared = await queue.locator('.pair .sides').textContent();
    expect(compared).toContain('长兴县人民政府');
    expect(compared).toContain('安吉县人民政府');
    expect(await sides.nth(0).locator('.position-title').textContent()).toBe('县长');
    const places = (await queue.locator('.pair .places').allTextContents()).join(' ');
    expect(places).toContain('长兴县');
    expect(places).toContain('安吉县');
    expect(await sides.nth(0).locator('blockquote').first().textContent()).toContain('顾思齐');
    await shoot(page, 'review-queue');
    await queue.locator('[data-action="merge-pair"]').click();
    await eventually(() => queue.locator(`.pair-row[data-pair="${strongest}"]`).count()).toBe(0);
    await eventually(() => queue.getAttribute('data-total')).toBe(String(total - 1));
    expect(await queue.locator('.queue-note').textContent()).toMatch(/^Merged 顾思齐/);
    await page.click('[data-action="close-review-queue"]');

    // The decisions view lists the merge, newest first, and undoes it.
    await page.click('#decisions');
    const decisions = page.locator('dialog.decisions-view');
    const merge = decisions.locator('.decision').first();
    await eventually(() => merge.getAttribute('data-kind')).toBe('MERGE');
    expect(await merge.textContent()).toMatch(/顾思齐 merged into 顾思齐/);
    expect(await merge.textContent()).toMatch(/by alice/);
    await merge.locator('[data-action="undo"]').click();
    await eventually(() => merge.getAttribute('class')).toContain('undone');
    expect(await merge.textContent()).toMatch(/undone by alice/);
    expect(await merge.locator('[data-action="undo"]').isDisabled()).toBe(true);
    await page.click('[data-action="close-decisions-view"]');

    // The pair is back in the queue; keeping the other pair apart takes it off.
    await page.click('#review-queue');
    await eventually(() => queue.locator(`.pair-row[data-pair="${strongest}"]`).count()).toBe(1);
    expect(await queue.getAttribute('data-total')).toBe(String(total));
    const reporters = queue.locator('.pair-row', { hasText: '陶语桐' });
    const apart = (await reporters.getAttribute('data-pair'))!;
    await reporters.locator('button').click();
    await eventually(() => queue.locator('.pair .side').count()).toBe(2);
    await eventually(() => queue.locator('.pair').getAttribute('data-pair')).toBe(apart);
    await queue.locator('[data-action="keep-apart"]').click();
    await eventually(() => queue.locator(`.pair-row[data-pair="${apart}"]`).count()).toBe(0);
    await eventually(() => queue.getAttribute('data-total')).toBe(String(total - 1));

    // Newest first: the keep-apart, which still holds, above the merge undone.
    await page.click('[data-action="close-review-queue"]');
    await page.click('#decisions');
    await eventually(() => decisions.locator('.decision').count()).toBe(2);
    expect(await decisions.locator('.decision').first().getAttribute('data-kind')).toBe('KEEP_APART');
    expect(await decisions.locator('.decision').first().locator('[data-action="undo"]').isEnabled()).toBe(true);
    await shoot(page, 'decisions');
  });

  it('a rename and a hidden relation made in the side panel hold when the page is ingested again', async () => {
    const page = await openPage();
    await signIn(page);
    expect(await signedInAs(page)).toBe('Signed in as alice');
    await open(page, '俞江帆', '俞江帆');
    const position = page.locator('#panel .edge[data-relation="HOLDS_POSITION"]');
    expect(await position.locator('.position-title').textContent()).toBe('市长');
    // Hide his position: the relation leaves the panel.
    await position.locator('[data-action="hide-relation"]').click();
    await eventually(() => page.locator('#panel .edge[data-relation="HOLDS_POSITION"]').count()).toBe(0);
    // Rename him.
    await page.click('#panel .corrections summary');
    await page.fill('#panel [data-correction="rename"] input', '俞江凡');
    await page.click('#panel [data-action="rename"]');
    await eventually(() => page.textContent('#panel .zh')).toBe('俞江凡');
    expect(await page.textContent('#panel .attributes')).toContain('俞江帆'); // the old name stays an alias
    // A correction the server refuses says why: splitting off his only article.
    await page.click('#panel .corrections summary');
    await page.locator('#panel .split-articles input[type="checkbox"]').first().check();
    await page.click('#panel [data-action="split"]');
    await eventually(() => page.textContent('#panel [data-correction="split"] .error')).toMatch(/leave at least one article/);

    // The page again, edited so its story is written anew.
    const written = await ingestText(graph, CORRECTED_PAGE.edited, CORRECTED_PAGE.source);
    expect(written.stories.map((s) => s.status)).toEqual(['written']);
    await page.reload();
    await open(page, '俞江凡', '俞江凡');
    expect(await page.locator('#panel .edge[data-relation="HOLDS_POSITION"]').count()).toBe(0);
  });

  it('a hostile file name and hostile article text are shown as text and never run', async () => {
    const page = await openPage();
    await signIn(page);
    expect(await signedInAs(page)).toBe('Signed in as alice');
    await page.click('#add-articles');
    await upload(page, [HOSTILE_FILE]);
    const row = page.locator('ol.uploads > li.upload').first();
    expect(await row.locator('.file-name').textContent()).toBe(HOSTILE_FILE.name);
    expect(await row.locator('.source-name').inputValue()).toBe(HOSTILE_FILE.name);
    expect(await row.locator('.headline').textContent()).toBe('《临安区启动“<img src=x onerror=window.__pwned=1>”行动》');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The story's source is the file's name, shown as text in the article view.
    await page.click('[data-action="close-uploads"]');
    await open(page, '临安区', '临安区');
    await page.locator('#panel .mentions a.article-link').first().click();
    await eventually(() => page.textContent('dialog.article-view .source')).toContain(HOSTILE_FILE.name);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
