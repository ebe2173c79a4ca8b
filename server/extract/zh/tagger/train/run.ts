import { ALL_GROUPS, type FeatureGroups } from '../features.ts';
import { KeyIndex } from '../keys.ts';
import { buildLexicon } from '../lexicon.ts';
import { projectGold, type GoldDocument } from './gold.ts';
import { cutSentences } from './sentences.ts';
import { domainsOf, examplesOf, type DomainScheme, type Domains, type Source } from './dataset.ts';
import { exportModel } from './export.ts';
import { trainPerceptron, type TrainingExample, type WeightCopy } from './perceptron.ts';
import type { LabelledSentence } from './bio.ts';
import type { Calibration } from '../model.ts';

// One training run from sources to model bytes, shared by `npm run train` and the tests.

export interface TrainingOptions {
  epochs: number;
  seed: number;
  domains: DomainScheme;
  groups: FeatureGroups;
  /** Features seen fewer times than this in the training sentences are not learned. */
  minCount: number;
  /** How much of the public corpora's own copies the exported model adds to general + news (0…1). */
  publicShare: number;
  /** How many times each gold sentence is seen per epoch: it is scarce and it is our domain. */
  goldRepeat: number;
  minUnits: number;
  log?: (line: string) => void;
}

export const DEFAULT_OPTIONS: TrainingOptions = {
  epochs: 10,
  seed: 1,
  // Family adaptation scored 2–4 points higher on our gold by cross-validation but 30 lower on
  // every public benchmark (docs/tagger.md): the news copy, learnt from 65 files, generalises
  // worse than one set of weights learnt from everything.
  domains: 'none',
  publicShare: 0,
  minCount: 2,
  groups: ALL_GROUPS,
  goldRepeat: 5,
  minUnits: 2,
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

/** Averaged weights of a training run, and the domain numbers they were trained with. */
export interface TrainedWeights {
  copies: WeightCopy[];
  domains: Domains;
}

/**
 * The examples with every feature seen fewer than minCount times in them cut (set to 0): a
 * feature seen once can only memorise its sentence, and the cut halves the weight tables,
 * which makes training and decoding faster.
 */
function withFrequentFeatures(examples: readonly TrainingExample[], minCount: number): TrainingExample[] {
  if (minCount <= 1) return [...examples];
  const index = new KeyIndex(1 << 20);
  let counts = new Int32Array(1 << 20);
  for (const { features } of new Set(examples)) {
    for (const key of features) {
      if (key === 0) continue;
      const row = index.add(key);
      if (row >= counts.length) {
        const grown = new Int32Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
      counts[row]!++;
    }
  }
  const cut = new Map<TrainingExample, TrainingExample>();
  return examples.map((example) => {
    let kept = cut.get(example);
    if (!kept) {
      const features = example.features.map((key) => (key !== 0 && counts[index.get(key)]! >= minCount ? key : 0));
      cut.set(example, (kept = { ...example, features }));
    }
    return kept;
  });
}

export function trainWeights(prepared: readonly PreparedSource[], options: TrainingOptions): TrainedWeights {
  const domains = domainsOf(
    prepared.map((p) => p.source),
    options.domains,
  );
  const repeated = prepared.flatMap((p) => (p.source.news ? Array.from({ length: options.goldRepeat }, () => p.examples).flat() : p.examples));
  const examples = withFrequentFeatures(repeated, options.minCount);
  const copies = trainPerceptron(examples, {
    epochs: options.epochs,
    seed: options.seed,
    domains: domains.count,
    onEpoch: (epoch, wrong) => options.log?.(`epoch ${epoch}: ${(100 * wrong).toFixed(1)}% of sentences decoded wrong`),
  });
  return { copies, domains };
}

/** The model file of trained weights: general plus the news copy plus publicShare of each public copy. */
export function modelBytes(
  { copies, domains }: TrainedWeights,
  options: TrainingOptions,
  training: Record<string, unknown>,
  calibration: Calibration = { a: 1, b: 0 },
): Buffer {
  const publicDomains = [...new Set(domains.of.values())].filter((d) => d > 0 && d !== domains.news);
  const blend = [{ domain: domains.news, share: 1 }, ...publicDomains.map((domain) => ({ domain, share: options.publicShare }))];
  return exportModel(copies, blend, options.groups, {
    minUnits: options.minUnits,
    calibration,
    training: {
      ...training,
      epochs: options.epochs,
      seed: options.seed,
      domains: options.domains,
      publicShare: options.publicShare,
      goldRepeat: options.goldRepeat,
      minCount: options.minCount,
    },
  });
}

/** Trains on prepared sources and returns the model file's bytes. */
export function trainModel(
  prepared: readonly PreparedSource[],
  options: TrainingOptions,
  training: Record<string, unknown>,
  calibration?: Calibration,
): Buffer {
  return modelBytes(trainWeights(prepared, options), options, training, calibration);
}
