import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../../../config.ts';
import type { EntityType } from '../labels.ts';

// The public corpora, pinned to a commit and a sha256 each (corpora.json). They are not in the
// repository (no clear licence), so every reader goes through here: find the file under
// CORPORA_DIR, check it is the pinned one, and otherwise say exactly how to get it.

export type CorpusRole = 'train' | 'dev' | 'benchmark';

export interface CorpusFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface Corpus {
  id: string;
  corpus: string;
  split: string;
  /** train and dev splits are trained on; benchmark splits never are. */
  role: CorpusRole;
  format: 'cluener' | 'conll' | 'paired';
  repository: string;
  commit: string;
  files: CorpusFile[];
  licence: string;
  /** The corpus's labels that are ours; every other label reads as outside. */
  types: Record<string, EntityType>;
}

const MANIFEST = resolve(PROJECT_ROOT, 'server/extract/zh/tagger/train/corpora.json');

export function readManifest(path = MANIFEST): Corpus[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { corpora: Corpus[] }).corpora;
}

/** Where the corpora are kept: CORPORA_DIR, or data/corpora/ under the project root. */
export function corporaDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(PROJECT_ROOT, env.CORPORA_DIR || 'data/corpora');
}

/** Where one file of a corpus lives under the corpora folder. */
export const localPathOf = (dir: string, corpus: Corpus, file: CorpusFile): string => join(dir, corpus.id, basename(file.path));

/** The file at its pinned commit on GitHub. */
export const rawUrlOf = (corpus: Corpus, file: CorpusFile): string =>
  `https://raw.githubusercontent.com/${corpus.repository}/${corpus.commit}/${file.path.split('/').map(encodeURIComponent).join('/')}`;

export const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function howToGet(dir: string, corpus: Corpus, file: CorpusFile): string {
  const target = relative(process.cwd(), localPathOf(dir, corpus, file)) || localPathOf(dir, corpus, file);
  return (
    `get it with \`npm run corpora -- --download\` (needs github.com), or \`npm run corpora -- --from-git-dir <a clone of ${corpus.repository}>\`, ` +
    `or download ${rawUrlOf(corpus, file)} to ${target}`
  );
}

/** The checked contents of every file of a corpus, in manifest order; throws saying how to get a missing or wrong file. */
export function readCorpusFiles(corpus: Corpus, dir = corporaDir()): Buffer[] {
  return corpus.files.map((file) => {
    const path = localPathOf(dir, corpus, file);
    if (!existsSync(path)) throw new Error(`corpus ${corpus.id}: ${path} is missing; ${howToGet(dir, corpus, file)}`);
    const bytes = readFileSync(path);
    const sha = sha256Of(bytes);
    if (sha !== file.sha256) {
      throw new Error(
        `corpus ${corpus.id}: ${path} has sha256 ${sha}, not the pinned ${file.sha256} ` +
          `(${corpus.repository}@${corpus.commit.slice(0, 12)}:${file.path}); delete it and ${howToGet(dir, corpus, file)}`,
      );
    }
    return bytes;
  });
}

/** Whether every file of a corpus is present (not checked). */
export const isPresent = (corpus: Corpus, dir = corporaDir()): boolean => corpus.files.every((file) => existsSync(localPathOf(dir, corpus, file)));
