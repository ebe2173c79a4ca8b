import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../../config.ts';
import { readModel } from './model.ts';
import { taggerOf, type MentionTagger } from './tagger.ts';

export type { MentionTagger, TaggedSpan } from './tagger.ts';

/** The committed model. */
export const DEFAULT_MODEL = resolve(PROJECT_ROOT, 'server/extract/zh/tagger/model/tagger.bin.gz');

let committed: MentionTagger | undefined;

/** A mention tagger over the model at `modelPath`, or over the committed model (loaded once). */
export function loadTagger(modelPath?: string): MentionTagger {
  if (modelPath && resolve(modelPath) !== DEFAULT_MODEL) return taggerOf(readModel(modelPath));
  return (committed ??= taggerOf(readModel(DEFAULT_MODEL)));
}
