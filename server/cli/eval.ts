// npm run eval: extracts seeds/ and prints the scorer's table against the gold.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPage } from '../extract/index.ts';
import { pageFiles, readPage } from '../extract/input.ts';
import { addEnglishNames } from '../names/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const scorer = resolve(root, '../shared/eval/score.mjs');

if (!existsSync(scorer)) {
  process.stderr.write(`eval needs the shared scorer at ${scorer}, which is not there (is ../shared mounted next to the project?)\n`);
  process.exit(2);
}
const lines: string[] = [];
for (const file of await pageFiles([join(root, 'seeds')])) {
  const page = addEnglishNames(extractPage(await readPage(file)));
  lines.push(JSON.stringify({ file: basename(file), ...(page.date ? { date: page.date } : {}), articles: page.articles }));
}
const dir = mkdtempSync(join(tmpdir(), 'eval-'));
const predicted = join(dir, 'predicted.jsonl');
writeFileSync(predicted, lines.join('\n') + '\n');
const result = spawnSync(process.execPath, [scorer, predicted, ...process.argv.slice(2)], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
process.exitCode = result.status ?? 1;
