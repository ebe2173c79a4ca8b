// npm run eval: extracts the development sets (the seed pages and news-dev's real articles),
// scores each with the shared scorer and prints the two side by side.
//   npm run eval                       both sets, one table
//   npm run eval -- --set news-dev     one set
//   npm run eval -- --misses h1-05.txt every miss and spurious find of one file
//   npm run eval -- --tagger none      the rules alone (also: committed, cv)
// The committed tagger model is trained on both sets, so its scores on them are not held out. With
// cross-validation models (npm run train -- --folds 5, into data/tagger-cv) each file is read
// with the model of the fold that left it out; eval uses them whenever they are there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../config.ts';
import { readPage } from '../extract/input.ts';
import { extractPage } from '../extract/index.ts';
import { loadTagger, type MentionTagger } from '../extract/zh/tagger/index.ts';
import { pageLine } from './page-line.ts';

const SHARED = resolve(PROJECT_ROOT, '../shared');
const CV_DIR = join(PROJECT_ROOT, 'data/tagger-cv');
const SCORER = join(SHARED, 'eval/score.mjs');

interface DevSet {
  name: string;
  gold: string;
  /** The page file each gold line is about, by the gold line's `file`. */
  pageOf: (file: string) => string;
}

const SETS: readonly DevSet[] = [
  { name: 'seeds', gold: join(SHARED, 'gold/seeds.jsonl'), pageOf: (file) => join(PROJECT_ROOT, 'seeds', file) },
  { name: 'news-dev', gold: join(SHARED, 'gold/news-dev/gold.jsonl'), pageOf: (file) => join(SHARED, 'gold/news-dev/texts', file) },
];

interface Score {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
interface Report {
  entities: Record<string, Score>;
  relations: Record<string, Score>;
  fullNameRate: number;
  positionTitleAccuracy: number;
  storyTitleRecall: number;
  englishExact: number;
  englishWordF1: number;
}

const goldLines = (set: DevSet) =>
  readFileSync(set.gold, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
const fileOf = (line: string) => basename(String((JSON.parse(line) as { file: string }).file));

/** Which tagger reads a set's file: none, the committed model, or the model of its cross-validation fold. */
type TaggerFor = (set: DevSet, file: string) => MentionTagger | null | undefined;

/** The fold models of data/tagger-cv (or `dir`), by the gold file each one left out. */
function foldTaggers(dir: string): TaggerFor | undefined {
  const indexPath = join(dir, 'index.json');
  if (!existsSync(indexPath)) return undefined;
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { folds: Array<{ model: string; files: Array<{ group: string; file: string }> }> };
  const byFile = new Map<string, MentionTagger>();
  for (const fold of index.folds) {
    const tagger = loadTagger(join(dir, fold.model));
    for (const f of fold.files) byFile.set(`${f.group}/${f.file}`, tagger);
  }
  return (set, file) => {
    const tagger = byFile.get(`${set.name}/${file}`);
    if (!tagger) throw new Error(`${set.name}/${file} is in no fold of ${indexPath}; retrain with npm run train -- --folds 5`);
    return tagger;
  };
}

/** The extractor's scorer line for each gold line of a set, in gold order. */
async function predictedLines(set: DevSet, taggerFor: TaggerFor, only?: string): Promise<{ gold: string[]; predicted: string[] }> {
  const gold = goldLines(set).filter((l) => !only || fileOf(l) === only);
  const predicted: string[] = [];
  for (const line of gold) {
    const file = fileOf(line);
    predicted.push(pageLine(file, extractPage(await readPage(set.pageOf(file)), { tagger: taggerFor(set, file) })));
  }
  return { gold, predicted };
}

/** Runs the shared scorer on predicted and gold lines; returns its stdout. */
function score(gold: readonly string[], predicted: readonly string[], json: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'eval-'));
  try {
    writeFileSync(join(dir, 'gold.jsonl'), gold.join('\n') + '\n');
    writeFileSync(join(dir, 'predicted.jsonl'), predicted.join('\n') + '\n');
    const run = spawnSync(process.execPath, [SCORER, join(dir, 'predicted.jsonl'), join(dir, 'gold.jsonl'), ...(json ? ['--json'] : [])], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`the scorer failed: ${run.stderr}`);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const cell = (s: Score | undefined) => (s ? `${pct(s.p)} ${pct(s.r)} ${pct(s.f1)}` : ' '.repeat(17));

/** One table: a row per figure, a column group (P R F1) per set. */
function table(reports: ReadonlyArray<{ name: string; report: Report }>): string {
  const rows: string[] = [];
  const head = reports.map((r) => r.name.padEnd(17)).join('   ');
  rows.push(`${''.padEnd(20)}${head}`);
  rows.push(`${''.padEnd(20)}${reports.map(() => '    P     R    F1').join('   ')}`);
  const keys = (pick: (r: Report) => Record<string, Score>) => [...new Set(reports.flatMap((r) => Object.keys(pick(r.report))))];
  for (const k of keys((r) => r.entities)) rows.push(`${`entity ${k}`.padEnd(20)}${reports.map((r) => cell(r.report.entities[k])).join('   ')}`);
  for (const k of keys((r) => r.relations)) rows.push(`${`rel ${k}`.padEnd(20)}${reports.map((r) => cell(r.report.relations[k])).join('   ')}`);
  const figure = (label: string, pick: (r: Report) => number) =>
    rows.push(`${label.padEnd(20)}${reports.map((r) => `${''.padEnd(12)}${pct(pick(r.report))}`).join('   ')}`);
  figure('headline recall', (r) => r.storyTitleRecall);
  figure('title accuracy', (r) => r.positionTitleAccuracy);
  figure('full-name rate', (r) => r.fullNameRate);
  figure('English exact', (r) => r.englishExact);
  figure('English word F1', (r) => r.englishWordF1);
  return rows.join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { set: { type: 'string', multiple: true }, misses: { type: 'string' }, tagger: { type: 'string' } } });
  const folds = values.tagger === 'none' || values.tagger === 'committed' ? undefined : foldTaggers(CV_DIR);
  if (values.tagger === 'cv' && !folds) {
    process.stderr.write(`no cross-validation models in ${CV_DIR}; make them with npm run train -- --folds 5\n`);
    return 2;
  }
  const taggerFor: TaggerFor = values.tagger === 'none' ? () => null : (folds ?? (() => undefined));
  const how =
    values.tagger === 'none'
      ? 'the rules alone'
      : folds
        ? `cross-validated: each file read with the tagger of the fold that left it out (${CV_DIR})`
        : 'the committed tagger, which was trained on these files: not held-out scores (npm run train -- --folds 5 for those)';
  if (!existsSync(SCORER)) {
    process.stderr.write(`eval needs the shared scorer at ${SCORER}, which is not there (is ../shared beside the project?)\n`);
    return 2;
  }
  if (values.misses) {
    const file = basename(values.misses);
    const set = SETS.find((s) => goldLines(s).some((l) => fileOf(l) === file));
    if (!set) {
      process.stderr.write(`${file} is in neither development set (${SETS.map((s) => s.name).join(', ')})\n`);
      return 2;
    }
    const { gold, predicted } = await predictedLines(set, taggerFor, file);
    process.stdout.write(score(gold, predicted, false));
    return 0;
  }
  const chosen = values.set?.length ? SETS.filter((s) => values.set!.includes(s.name)) : SETS;
  if (!chosen.length) {
    process.stderr.write(`no such set; choose from ${SETS.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  const reports: Array<{ name: string; report: Report }> = [];
  for (const set of chosen) {
    const { gold, predicted } = await predictedLines(set, taggerFor);
    reports.push({ name: set.name, report: JSON.parse(score(gold, predicted, true)) as Report });
  }
  console.log(`extraction with ${how}`);
  console.log(table(reports));
  console.log(
    reports
      .map((r) => `${r.name}: entity F1 ${(100 * r.report.entities.all!.f1).toFixed(1)}  relation F1 ${(100 * r.report.relations.all!.f1).toFixed(1)}`)
      .join('   '),
  );
  return 0;
}

process.exitCode = await main();
