import { ALL_GROUPS, type FeatureGroups } from '../features.ts';
import { buildLexicon } from '../lexicon.ts';
import { projectGold, type GoldDocument } from './gold.ts';
import { cutSentences } from './sentences.ts';
import { domainsOf, examplesOf, type DomainScheme, type Source } from './dataset.ts';
import { exportModel } from './export.ts';
import { trainPerceptron, type TrainingExample } from './perceptron.ts';
import type { LabelledSentence } from './bio.ts';
import type { Calibration } from '../model.ts';

// One training run from sources to model bytes, shared by `npm run train` and the tests.

export interface TrainingOptions {
  epochs: number;
  seed: number;
  domains: DomainScheme;
  groups: FeatureGroups;
  /** How many times each gold sentence is seen per epoch: it is scarce and it is our domain. */
  goldRepeat: number;
  minUnits: number;
  log?: (line: string) => void;
}

export const DEFAULT_OPTIONS: TrainingOptions = {
  epochs: 10,
  seed: 1,
  domains: 'family',
  groups: ALL_GROUPS,
  goldRepeat: 2,
  minUnits: 1,
};

/** Gold documents as training sentences, entities projected onto their text. */
export function goldSentences(documents: readonly GoldDocument[]): LabelledSentence[] {
  return documents.flatMap((d) => cutSentences(d.text, projectGold(d.text, d.entities)));
}

/** Sources featurised once, so that cross-validation folds share the work. */
export interface PreparedSource {
  source: Source;
  examples: TrainingExample[];
}

export function prepareSources(sources: readonly Source[], options: TrainingOptions): PreparedSource[] {
  const lexicon = buildLexicon();
  const domains = domainsOf(sources, options.domains);
  return sources.map((source) => ({ source, examples: examplesOf(source.sentences, domains.of.get(source.id)!, lexicon, options.groups) }));
}

/** Trains on prepared sources and returns the model file's bytes. */
export function trainModel(
  prepared: readonly PreparedSource[],
  options: TrainingOptions,
  training: Record<string, unknown>,
  calibration: Calibration = { a: 1, b: 0 },
): Buffer {
  const domains = domainsOf(prepared.map((p) => p.source), options.domains);
  const examples = prepared.flatMap((p) => (p.source.news ? Array.from({ length: options.goldRepeat }, () => p.examples).flat() : p.examples));
  const copies = trainPerceptron(examples, {
    epochs: options.epochs,
    seed: options.seed,
    domains: domains.count,
    onEpoch: (epoch, wrong) => options.log?.(`epoch ${epoch}: ${(100 * wrong).toFixed(1)}% of sentences decoded wrong`),
  });
  return exportModel(copies, domains.news, options.groups, {
    minUnits: options.minUnits,
    calibration,
    training: { ...training, epochs: options.epochs, seed: options.seed, domains: options.domains, goldRepeat: options.goldRepeat },
  });
}
