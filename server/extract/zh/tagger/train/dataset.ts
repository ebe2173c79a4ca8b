import { words } from '../../mentions/segmenter.ts';
import { featuresOf, type FeatureGroups } from '../features.ts';
import { tagsOfSpans } from '../labels.ts';
import type { Lexicon } from '../lexicon.ts';
import type { LabelledSentence } from './bio.ts';
import type { TrainingExample } from './perceptron.ts';

/** How sentences are grouped into domains for adaptation. */
export type DomainScheme = 'none' | 'family' | 'corpus';

/** Sentences from one source: a public corpus, or our gold (the news family). */
export interface Source {
  id: string;
  news: boolean;
  sentences: LabelledSentence[];
}

export interface Domains {
  /** Domain number of each source id. */
  of: Map<string, number>;
  count: number;
  /** The domain whose copy the exported model adds to the general weights. */
  news: number;
}

/**
 * Domain numbers: none (everything general), family (public corpora 1, our news 2) or corpus
 * (each public corpus its own, then news). Decided from the ids alone, so every fold of a
 * cross-validation numbers them the same way.
 */
export function domainsOf(sources: readonly Source[], scheme: DomainScheme): Domains {
  const of = new Map<string, number>();
  if (scheme === 'none') {
    for (const s of sources) of.set(s.id, 0);
    return { of, count: 0, news: 0 };
  }
  const publicIds = [...new Set(sources.filter((s) => !s.news).map((s) => s.id))].sort();
  const news = scheme === 'family' ? 2 : publicIds.length + 1;
  for (const s of sources) of.set(s.id, s.news ? news : scheme === 'family' ? 1 : publicIds.indexOf(s.id) + 1);
  return { of, count: news, news };
}

/** A sentence's features under the project's own segmentation, as the tagger sees it at run time. */
export function featurise(sentence: LabelledSentence, lexicon: Lexicon, groups: FeatureGroups): Int32Array {
  return featuresOf(sentence.text, groups.words ? words(sentence.text) : [], lexicon, groups);
}

/** Training examples of labelled sentences of one domain. */
export function examplesOf(sentences: readonly LabelledSentence[], domain: number, lexicon: Lexicon, groups: FeatureGroups): TrainingExample[] {
  return sentences.map((sentence) => ({
    features: featurise(sentence, lexicon, groups),
    tags: tagsOfSpans(sentence.text.length, sentence.spans),
    domain,
  }));
}
