import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localPathOf, readCorpusFiles, readManifest, sha256Of, type Corpus } from '../../../server/extract/zh/tagger/train/manifest.ts';

const content = Buffer.from('甲 B-PER\n乙 I-PER\n');
const corpus: Corpus = {
  id: 'fixture-train',
  corpus: 'a fixture',
  split: 'train',
  role: 'train',
  format: 'conll',
  repository: 'someone/some-corpus',
  commit: 'a'.repeat(40),
  files: [{ path: 'data/train.txt', sha256: sha256Of(content), bytes: content.length }],
  licence: 'none',
  types: { PER: 'PERSON' },
};

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function withFile(bytes: Buffer): string {
  dir = mkdtempSync(join(tmpdir(), 'corpora-'));
  const path = localPathOf(dir, corpus, corpus.files[0]!);
  mkdirSync(join(dir, corpus.id), { recursive: true });
  writeFileSync(path, bytes);
  return dir;
}

describe('corpus files', () => {
  it('are read when their sha256 is the pinned one', () => {
    expect(readCorpusFiles(corpus, withFile(content))[0]!.equals(content)).toBe(true);
  });

  it('with another sha256 are refused, saying which file, both hashes and how to get the right one', () => {
    const changed = Buffer.from('甲 B-PER\n乙 O\n');
    const message = (() => {
      try {
        readCorpusFiles(corpus, withFile(changed));
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(message).toContain(`has sha256 ${sha256Of(changed)}, not the pinned ${corpus.files[0]!.sha256}`);
    expect(message).toContain('delete it and get it with `npm run corpora -- --download`');
    expect(message).toContain(`https://raw.githubusercontent.com/someone/some-corpus/${'a'.repeat(40)}/data/train.txt`);
  });

  it('that are missing are named with the URL at the pinned commit and the place to put them', () => {
    dir = mkdtempSync(join(tmpdir(), 'corpora-'));
    expect(() => readCorpusFiles(corpus, dir)).toThrow(
      /fixture-train\/train\.txt is missing; get it with .*--from-git-dir <a clone of someone\/some-corpus>.*raw\.githubusercontent\.com/,
    );
  });

  it('are pinned in the manifest by a 40-hex commit and a sha256, and benchmark splits are never train splits', () => {
    const manifest = readManifest();
    for (const c of manifest) {
      expect(c.commit).toMatch(/^[0-9a-f]{40}$/);
      for (const f of c.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const benchmarks = manifest.filter((c) => c.role === 'benchmark').map((c) => c.id);
    expect(benchmarks).toEqual(['cluener-dev', 'pd-test', 'msra-test']);
  });
});
