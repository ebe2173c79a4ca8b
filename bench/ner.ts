// The mention tagger alone: exact-span P/R/F1 on the public benchmark splits (never trained on),
// CLUENER dev through our scorer, our gold by cross-validation, speed, load time and size; and the
// whole extractor (rules and tagger, and the rules alone) on CLUENER dev's single sentences.
//   npx tsx bench/ner.ts [--model PATH] [--cv DIR] [--only benchmarks,scorer,extractor,cv,speed]
// The corpora come from `npm run corpora`, the cross-validation models from `npm run train -- --folds 5`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../server/config.ts';
import { extractPage } from '../server/extract/index.ts';
import { words } from '../server/extract/zh/mentions/segmenter.ts';
import { DEFAULT_MODEL, loadTagger, type MentionTagger } from '../server/extract/zh/tagger/index.ts';
import type { Span } from '../server/extract/zh/tagger/labels.ts';
import { readModel } from '../server/extract/zh/tagger/model.ts';
import { goldDir, readGold } from '../server/extract/zh/tagger/train/gold.ts';
import { namesGoldEntity, tagDocument } from '../server/extract/zh/tagger/train/heldOut.ts';
import { isPresent, readManifest } from '../server/extract/zh/tagger/train/manifest.ts';
import { readCorpus } from '../server/extract/zh/tagger/train/readCorpus.ts';
import { sentenceRanges } from '../server/extract/zh/tagger/train/sentences.ts';
import { exactSpanTallies, scoresOf } from '../server/extract/zh/tagger/train/spanScores.ts';

const { values } = parseArgs({
  options: {
    model: { type: 'string', default: DEFAULT_MODEL },
    cv: { type: 'string', default: resolve(PROJECT_ROOT, 'data/tagger-cv') },
    only: { type: 'string', default: 'benchmarks,scorer,extractor,cv,speed' },
  },
});
const parts = new Set(values.only.split(','));
const scorer = resolve(PROJECT_ROOT, '../shared/eval/score.mjs');
const TYPES = ['PERSON', 'ORG', 'PLACE', 'PROJECT'] as const;
const f = (x: number) => x.toFixed(3);

const loadStarted = performance.now();
const tagger = loadTagger(values.model);
const loadMs = performance.now() - loadStarted;
const firstStarted = performance.now();
tagger.tag('县长在会上讲话。');
const firstMs = performance.now() - firstStarted;
const rowsOf = (path: string) => readModel(path).header.rows;

const asSpans = (t: MentionTagger, text: string): Span[] => t.tag(text).map(({ type, start, end }) => ({ type, start, end }));

interface ScorerLine {
  id?: number;
  file?: string;
  articles: Array<{ title: string; entities: Array<{ type: string; name: string; aliases: string[] }>; relations: [] }>;
}

/** A scorer line of the distinct (type, surface) pairs of some spans. */
function scorerLine(key: { id: number } | { file: string }, spans: ReadonlyArray<{ type: string; surface: string }>): ScorerLine {
  const seen = new Map<string, { type: string; name: string; aliases: string[] }>();
  for (const { type, surface } of spans) seen.set(`${type}\t${surface}`, { type, name: surface, aliases: [] });
  return { ...key, articles: [{ title: '', entities: [...seen.values()], relations: [] }] };
}

/** score.mjs's entity scores for predicted lines against gold lines. */
function score(predicted: ScorerLine[], goldPath: string): Record<string, { p: number; r: number; f1: number; tp: number; fp: number; fn: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ner-'));
  const path = join(dir, 'predicted.jsonl');
  writeFileSync(path, predicted.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const run = spawnSync(process.execPath, [scorer, path, goldPath, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`score.mjs failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { entities: Record<string, { p: number; r: number; f1: number; tp: number; fp: number; fn: number }> }).entities;
}

function printScores(label: string, scores: Record<string, { p: number; r: number; f1: number }>, types: readonly string[]): void {
  console.log(`${label}`);
  for (const t of [...types, 'all']) {
    const s = scores[t];
    if (s) console.log(`  ${t.padEnd(8)} P ${f(s.p)}  R ${f(s.r)}  F1 ${f(s.f1)}`);
  }
}

const manifest = readManifest();
const benchmarks = manifest.filter((c) => c.role === 'benchmark');

if (parts.has('benchmarks')) {
  console.log('== exact-span P/R/F1, tagger alone, on benchmark splits (never trained on)');
  for (const corpus of benchmarks) {
    if (!isPresent(corpus)) {
      console.log(`${corpus.id}: not present (npm run corpora)`);
      continue;
    }
    const sentences = readCorpus(corpus);
    const predicted = sentences.map((s) => asSpans(tagger, s.text));
    const tallies = exactSpanTallies(
      sentences.map((s) => s.spans),
      predicted,
    );
    printScores(`${corpus.id} (${sentences.length} sentences)`, Object.fromEntries(Object.entries(tallies).map(([t, x]) => [t, scoresOf(x)])), [
      'PERSON',
      'ORG',
      'PLACE',
    ]);
  }
}

if (parts.has('scorer')) {
  const corpus = manifest.find((c) => c.id === 'cluener-dev')!;
  if (!isPresent(corpus) || !existsSync(scorer)) console.log('cluener-dev or ../shared/eval/score.mjs not present');
  else {
    console.log('== CLUENER dev through our scorer (names, deduplicated per sentence)');
    const sentences = readCorpus(corpus);
    const lines = (spansOf: (text: string, k: number) => Span[]) =>
      sentences.map((s, k) =>
        scorerLine(
          { id: k },
          spansOf(s.text, k).map((x) => ({ type: x.type, surface: s.text.slice(x.start, x.end) })),
        ),
      );
    const dir = mkdtempSync(join(tmpdir(), 'bench-ner-gold-'));
    const goldPath = join(dir, 'gold.jsonl');
    writeFileSync(
      goldPath,
      lines((_, k) => sentences[k]!.spans)
        .map((l) => JSON.stringify(l))
        .join('\n') + '\n',
    );
    printScores(
      'cluener-dev',
      score(
        lines((text) => asSpans(tagger, text)),
        goldPath,
      ),
      ['PERSON', 'ORG', 'PLACE'],
    );
    rmSync(dir, { recursive: true, force: true });
  }
}

if (parts.has('extractor')) {
  const corpus = manifest.find((c) => c.id === 'cluener-dev')!;
  if (!isPresent(corpus) || !existsSync(scorer)) console.log('cluener-dev or ../shared/eval/score.mjs not present');
  else {
    // Each sentence is a page of its own, read as a user's single sentence would be. CLUENER's
    // names are persons; its organisations, governments and companies are bodies.
    console.log('== the whole extractor on CLUENER dev, each sentence a page, through our scorer');
    const sentences = readCorpus(corpus);
    const dir = mkdtempSync(join(tmpdir(), 'bench-ner-gold-'));
    const goldPath = join(dir, 'gold.jsonl');
    const goldLines = sentences.map((s, k) =>
      scorerLine(
        { id: k },
        s.spans.filter((x) => x.type !== 'PLACE').map((x) => ({ type: x.type, surface: s.text.slice(x.start, x.end) })),
      ),
    );
    writeFileSync(goldPath, goldLines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    for (const [label, options] of [
      ['rules and tagger', { tagger: loadTagger(values.model) }],
      ['rules alone', { tagger: null }],
    ] as const) {
      const predicted = sentences.map((s, k) => {
        const entities = extractPage(s.text, options)
          .articles.flatMap((a) => a.entities)
          .filter((e) => e.type === 'PERSON' || e.type === 'ORG');
        return { id: k, articles: [{ title: '', entities: entities.map((e) => ({ type: e.type, name: e.name, aliases: e.aliases })), relations: [] as [] }] };
      });
      printScores(`cluener-dev, ${label}`, score(predicted, goldPath), ['PERSON', 'ORG']);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

if (parts.has('cv')) {
  const indexPath = join(values.cv, 'index.json');
  if (!existsSync(indexPath)) console.log(`== cross-validation: no ${indexPath}; make it with npm run train -- --folds 5`);
  else {
    const index = JSON.parse(readFileSync(indexPath, 'utf8')) as {
      folds: Array<{ fold: number; model: string; files: Array<{ group: string; file: string }> }>;
    };
    const gold = readGold();
    const predicted = new Map<string, ScorerLine[]>();
    const judged: Array<{ confidence: number; right: boolean }> = [];
    for (const fold of index.folds) {
      const foldTagger = loadTagger(join(values.cv, fold.model));
      for (const { group, file } of fold.files) {
        const doc = gold.find((d) => d.group === group && d.file === file)!;
        const spans = tagDocument(doc.text, (sentence) => {
          const tagged = foldTagger.tag(sentence);
          return { spans: tagged, scores: tagged.map((t) => t.confidence) };
        });
        for (const span of spans) judged.push({ confidence: span.score, right: namesGoldEntity(span, doc.entities) });
        predicted.set(group, [...(predicted.get(group) ?? []), scorerLine({ file }, spans)]);
      }
    }
    console.log(`== our gold by ${index.folds.length}-fold cross-validation (tagger alone, score.mjs)`);
    const goldFiles: Record<string, string> = { 'news-dev': join(goldDir(), 'news-dev/gold.jsonl'), seeds: join(goldDir(), 'seeds.jsonl') };
    for (const [group, lines] of predicted) printScores(group, score(lines, goldFiles[group]!), TYPES);
    console.log(`confidence of the ${judged.length} held-out spans (right: names a gold entity of its type):`);
    for (const threshold of [0, 0.3, 0.5, 0.7, 0.9]) {
      const kept = judged.filter((j) => j.confidence >= threshold);
      const right = kept.filter((j) => j.right).length;
      console.log(
        `  confidence ≥ ${threshold.toFixed(1)}: ${kept.length} spans (${((100 * kept.length) / judged.length).toFixed(0)}%), ${f(kept.length ? right / kept.length : 0)} right`,
      );
    }
  }
}

if (parts.has('speed')) {
  const seedsDir = resolve(PROJECT_ROOT, 'seeds');
  const pages = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const sentences = pages.flatMap((text) => sentenceRanges(text).map(([s, e]) => text.slice(s, e)));
  const chars = sentences.reduce((n, s) => n + s.length, 0);
  const tokens = sentences.map((s) => words(s));
  const rounds = Math.ceil(1_000_000 / chars);
  // Characters per second of this process's own CPU time: on a shared machine, wall-clock time
  // counts the other processes' turns too.
  const rate = (run: () => void) => {
    run();
    const started = process.cpuUsage();
    for (let r = 0; r < rounds; r++) run();
    const used = process.cpuUsage(started);
    return (chars * rounds) / ((used.user + used.system) / 1e6);
  };
  const decodeOnly = rate(() => sentences.forEach((s, k) => tagger.tag(s, tokens[k])));
  const withJieba = rate(() => sentences.forEach((s) => tagger.tag(s)));
  console.log(`== speed, one core, seeds ×${rounds} (${(chars * rounds).toLocaleString('en-US')} chars in ${sentences.length * rounds} sentences)`);
  console.log(`  decode only (jieba tokens given): ${Math.round(decodeOnly).toLocaleString('en-US')} chars per CPU-second`);
  console.log(`  with jieba:                       ${Math.round(withJieba).toLocaleString('en-US')} chars per CPU-second`);
  console.log(
    `  model load: ${loadMs.toFixed(0)} ms (file read, gunzip, table); first sentence after it: ${firstMs.toFixed(0)} ms (loads jieba and the gazetteer)`,
  );
  console.log(`  model size: ${(statSync(values.model).size / 1048576).toFixed(2)} MB gzipped, ${rowsOf(values.model).toLocaleString('en-US')} feature rows`);
}
