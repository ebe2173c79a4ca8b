import type { LabelledSentence } from './bio.ts';
import { readCluener } from './cluener.ts';
import { readConll } from './conll.ts';
import { corporaDir, readCorpusFiles, type Corpus } from './manifest.ts';
import { readPaired } from './paired.ts';

/** The sentences of a corpus from its checked files, in our labels. */
export function readCorpus(corpus: Corpus, dir = corporaDir()): LabelledSentence[] {
  const [first, second] = readCorpusFiles(corpus, dir).map((bytes) => bytes.toString('utf8'));
  switch (corpus.format) {
    case 'cluener':
      return readCluener(first!, corpus.types);
    case 'conll':
      return readConll(first!, corpus.types);
    case 'paired':
      return readPaired(first!, second!, corpus.types);
  }
}
