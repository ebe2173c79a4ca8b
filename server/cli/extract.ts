// npm run extract -- PATH...: one JSON line per page file on stdout, in the scorer's format;
// one line per file that fails on stderr, and a non-zero exit code if any did.
import { extractPage } from '../extract/index.ts';
import { pageFiles, readPage } from '../extract/input.ts';
import { pageLine } from './page-line.ts';

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write('usage: npm run extract -- FILE_OR_FOLDER...\n');
    return 2;
  }
  let failed = 0;
  const files: string[] = [];
  for (const path of paths) {
    try {
      files.push(...(await pageFiles([path])));
    } catch (error) {
      failed++;
      process.stderr.write(`${path}: ${(error as Error).message}\n`);
    }
  }
  for (const file of files) {
    try {
      const page = extractPage(await readPage(file));
      process.stdout.write(pageLine(file, page) + '\n');
    } catch (error) {
      failed++;
      process.stderr.write(`${file}: ${(error as Error).message}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
