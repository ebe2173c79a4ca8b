// Extraction throughput on one core, and the gain over the baseline a user reaches for first
// (jieba's own name tags: nr → PERSON, ns → PLACE, nt → ORG). Run: npx tsx bench/extraction.ts
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { extractPage } from '../server/extract/index.ts';
import type { Entity, Page } from '../server/extract/types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = resolve(root, '../shared/eval/score.mjs');
const TARGET_BYTES = 5 * 1024 * 1024;

const seeds = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(root, 'seeds', file), 'utf8') }));
const seedBytes = seeds.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
const rounds = Math.ceil(TARGET_BYTES / seedBytes);
const corpusChars = seeds.reduce((n, s) => n + s.text.length, 0) * rounds;

/** jieba's own tags as entities: what a user gets from the segmenter alone. */
const TAG_TYPES: Readonly<Record<string, Entity['type']>> = { nr: 'PERSON', ns: 'PLACE', nt: 'ORG' };
const jieba = Jieba.withDict(dict);
function baselinePage(text: string): Page {
  const entities = new Map<string, Entity>();
  for (const { word, tag } of jieba.tag(text, true)) {
    const type = TAG_TYPES[tag];
    if (type && !entities.has(`${type}:${word}`)) entities.set(`${type}:${word}`, { type, name: word, aliases: [], attrs: {}, mentions: [] });
  }
  return { articles: [{ title: '', start: 0, end: text.length, entities: [...entities.values()], relations: [] }] };
}

/**
 * Characters per second over the repeated seeds, after one warm-up pass, on the one thread that
 * runs extraction. The corpus is read in eight batches; the median batch rate is reported next to
 * the overall rate, because on a shared machine a batch can stall while other work runs.
 */
function throughput(extract: (text: string) => Page): { overall: number; median: number } {
  for (const { text } of seeds) extract(text);
  const batches = 8;
  const rates: number[] = [];
  let seconds = 0;
  for (let b = 0; b < batches; b++) {
    const batchRounds = Math.ceil(rounds / batches);
    const started = process.hrtime.bigint();
    for (let r = 0; r < batchRounds; r++) for (const { text } of seeds) extract(text);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    seconds += elapsed;
    rates.push(((corpusChars / rounds) * batchRounds) / elapsed);
  }
  rates.sort((x, y) => x - y);
  return { overall: ((corpusChars / rounds) * Math.ceil(rounds / batches) * batches) / seconds, median: (rates[3]! + rates[4]!) / 2 };
}

function entityF1(extract: (text: string) => Page): number | undefined {
  if (!existsSync(scorer)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const path = join(dir, 'predicted.jsonl');
  writeFileSync(path, seeds.map(({ file, text }) => JSON.stringify({ file, articles: extract(text).articles })).join('\n') + '\n');
  const run = spawnSync(process.execPath, [scorer, path, '--json'], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  return run.status === 0 ? (JSON.parse(run.stdout) as { entities: { all: { f1: number } } }).entities.all.f1 : undefined;
}

const loadStarted = Date.now();
extractPage(seeds[0]!.text);
const loadMs = Date.now() - loadStarted;
const ours = throughput(extractPage);
const baseline = throughput(baselinePage);
const ourF1 = entityF1(extractPage);
const baseF1 = entityF1(baselinePage);
const pct = (x: number | undefined) => (x === undefined ? 'n/a (no ../shared scorer)' : (100 * x).toFixed(1));
const rate = (x: { overall: number; median: number }) =>
  `${Math.round(x.median).toLocaleString('en-US')} chars/s median batch (${Math.round(x.overall).toLocaleString('en-US')} chars/s overall)`;

console.log(`corpus: seeds ×${rounds} = ${((seedBytes * rounds) / 1048576).toFixed(1)} MB, ${corpusChars.toLocaleString('en-US')} chars, one core`);
console.log(`first page (loads gazetteer, village list, jieba): ${loadMs} ms`);
console.log(`extraction throughput   ${rate(ours)}`);
console.log(`baseline throughput     ${rate(baseline)}   (jieba tag, nr/ns/nt)`);
// The committed tagger was trained on the seed pages too, so this F1 is not held out: `npm run eval` is.
console.log(
  `entity F1 on seeds (tagger trained on them, not held out)  ours ${pct(ourF1)}   baseline ${pct(baseF1)}   gain ${ourF1 !== undefined && baseF1 !== undefined ? (100 * (ourF1 - baseF1)).toFixed(1) + ' points' : 'n/a'}`,
);

// English stories (server/english): the hand-written test articles, repeated to a long read.
const englishDir = join(root, 'test/english/fixtures');
const english = readdirSync(englishDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(englishDir, f), 'utf8'));
const englishLoadStarted = Date.now();
extractPage(english[0]!);
const englishLoadMs = Date.now() - englishLoadStarted;
for (const text of english) extractPage(text);
const englishRounds = 200;
const englishStarted = process.hrtime.bigint();
for (let r = 0; r < englishRounds; r++) for (const text of english) extractPage(text);
const englishSeconds = Number(process.hrtime.bigint() - englishStarted) / 1e9;
const englishWords = english.reduce((n, text) => n + text.split(/\s+/).length, 0) * englishRounds;
console.log(
  `English stories: first page ${englishLoadMs} ms (loads compromise's lexicon, the pinyin gazetteer); then ${Math.round(englishWords / englishSeconds).toLocaleString('en-US')} words/s`,
);
