// `npm run corpora`: puts the pinned public corpora (train/corpora.json) under CORPORA_DIR
// (default data/corpora/), checking each file's sha256.
//   npm run corpora                              which files are there, and how to get the rest
//   npm run corpora -- --from-git-dir DIR ...    copy them out of git clones or mirrors (bare or not)
//   npm run corpora -- --download                fetch them from raw.githubusercontent.com
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { corporaDir, localPathOf, rawUrlOf, readManifest, sha256Of, type Corpus, type CorpusFile } from '../train/manifest.ts';

const { values } = parseArgs({
  options: {
    'from-git-dir': { type: 'string', multiple: true, default: [] },
    download: { type: 'boolean', default: false },
  },
});

const dir = corporaDir();

// A commit names one tree wherever it is, so any of the given git dirs that has it will do.
function fromGit(corpus: Corpus, file: CorpusFile): Buffer | undefined {
  for (const gitDir of values['from-git-dir']) {
    const run = spawnSync('git', ['--git-dir', gitDir, 'cat-file', 'blob', `${corpus.commit}:${file.path}`], { maxBuffer: 1 << 28 });
    if (run.status === 0) return run.stdout;
  }
  return undefined;
}

async function fromGitHub(corpus: Corpus, file: CorpusFile): Promise<Buffer | undefined> {
  const response = await fetch(rawUrlOf(corpus, file));
  return response.ok ? Buffer.from(await response.arrayBuffer()) : undefined;
}

let missing = 0;
for (const corpus of readManifest()) {
  for (const file of corpus.files) {
    const path = localPathOf(dir, corpus, file);
    const where = relative(process.cwd(), path);
    if (existsSync(path) && sha256Of(readFileSync(path)) === file.sha256) {
      console.log(`ok       ${corpus.id}: ${where}`);
      continue;
    }
    const bytes = fromGit(corpus, file) ?? (values.download ? await fromGitHub(corpus, file) : undefined);
    if (bytes && sha256Of(bytes) === file.sha256) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
      console.log(`copied   ${corpus.id}: ${where}`);
      continue;
    }
    missing++;
    const why = bytes
      ? `the copy found has sha256 ${sha256Of(bytes)}, not ${file.sha256}`
      : existsSync(path)
        ? 'the file there has the wrong sha256'
        : 'not there';
    console.log(
      `MISSING  ${corpus.id}: ${where} (${why})\n         from ${corpus.repository}@${corpus.commit}:${file.path}\n         ${rawUrlOf(corpus, file)}`,
    );
  }
}
if (missing) {
  console.log(
    `\n${missing} file(s) missing: rerun with --download, or --from-git-dir <a clone of the repository named>, or download each URL above to the path shown.`,
  );
  process.exit(1);
}
