import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import type { EntityType } from '../extract/types.ts';
import { englishName } from '../names/index.ts';

// Scores the naming stage alone on every gold entity: englishName(type, name, attrs) against
// gold `en` / `en_alt`, normalised as the scorer does (../shared/eval/score.mjs).
//   npx tsx server/cli/eval-names.ts [GOLD.jsonl] [--misses]

interface GoldEntity {
  type: EntityType;
  name: string;
  en: string;
  en_alt?: string[];
  attrs?: Record<string, string>;
}

const args = process.argv.slice(2);
const goldPath = args.find((a) => !a.startsWith('--')) ?? resolve(PROJECT_ROOT, '../shared/gold/seeds.jsonl');
const showMisses = args.includes('--misses');

const enKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const enWords = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
function wordF1(a: string, b: string): number {
  const left = enWords(b);
  const words = enWords(a);
  if (words.length === 0 || left.length === 0) return 0;
  const total = words.length + left.length;
  let hit = 0;
  for (const w of words) {
    const i = left.indexOf(w);
    if (i >= 0) {
      hit++;
      left.splice(i, 1);
    }
  }
  return (2 * hit) / total;
}

const entities: GoldEntity[] = readFileSync(goldPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .flatMap((line) => (JSON.parse(line) as { articles: { entities: GoldEntity[] }[] }).articles.flatMap((a) => a.entities))
  .filter((e) => e.en);

function score(e: GoldEntity) {
  const got = englishName(e);
  const golds = [e.en, ...(e.en_alt ?? [])];
  return { got, exact: golds.some((g) => enKey(g) === enKey(got)), f1: Math.max(...golds.map((g) => wordF1(got, g))) };
}

const pct = (x: number) => (100 * x).toFixed(1);
function summary(label: string, list: readonly GoldEntity[]) {
  const scores = list.map(score);
  const exact = scores.filter((s) => s.exact).length / list.length;
  const f1 = scores.reduce((sum, s) => sum + s.f1, 0) / list.length;
  console.log(`${label}: exact ${pct(exact)}  word F1 ${pct(f1)}  (${list.length})`);
}

if (showMisses) {
  const misses = entities.map((e) => ({ e, s: score(e) })).filter(({ s }) => !s.exact);
  console.log([...new Set(misses.map(({ e, s }) => `${e.type.padEnd(7)} ${e.name}  →  ${s.got}   (gold: ${e.en})`))].join('\n'));
}
for (const type of new Set(entities.map((e) => e.type)))
  summary(
    type.padEnd(8),
    entities.filter((e) => e.type === type),
  );
summary('English names: gold entities', entities);
// The scorer counts an entity named in several stories of one page once; this counts each
// (type, name) once, which is close to that.
summary('English names: each (type, name) once', [...new Map(entities.map((e) => [`${e.type}|${e.name}`, e])).values()]);
