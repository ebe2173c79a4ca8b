import { words as segment } from '../mentions/segmenter.ts';
import { featuresOf, type Token } from './features.ts';
import { buildLexicon, type Lexicon } from './lexicon.ts';
import { spansOfTags, type EntityType, type Span } from './labels.ts';
import { spanMargins } from './margins.ts';
import type { TaggerModel } from './model.ts';
import { bestPath } from './viterbi.ts';

export interface TaggedSpan {
  type: EntityType;
  start: number;
  end: number;
  /**
   * 0…1: the margin of the best path over the best path without this span, through the
   * model's calibration (a logistic fit of held-out spans' margins to whether they were right).
   */
  confidence: number;
}

export interface MentionTagger {
  /** Entity spans of `text`; `words` are its jieba tokens if the caller has them (offsets into `text`). */
  tag(text: string, words?: ReadonlyArray<Token>): TaggedSpan[];
}

/** The best path's spans of `text` and each one's margin over the best path without it, in weight units. */
export function decodeSpans(model: TaggerModel, lexicon: Lexicon, text: string, words?: ReadonlyArray<Token>): { spans: Span[]; margins: number[] } {
  if (!text.length) return { spans: [], margins: [] };
  const { groups, scale } = model.header;
  const tokens = words ?? (groups.words ? segment(text) : []);
  const features = featuresOf(text, tokens, lexicon, groups);
  const emissions = model.table.emissions(features, text.length);
  const lattice = bestPath(emissions, text.length, model.transitions, model.pairsInto);
  const spans = spansOfTags(lattice.tags);
  const margins = spanMargins(lattice, emissions, model.transitions, spans, model.pairsOutOf).map((m) => m * scale);
  return { spans, margins };
}

/** A tagger over a loaded model. */
export function taggerOf(model: TaggerModel, lexicon: Lexicon = buildLexicon()): MentionTagger {
  const { a, b } = model.header.calibration;
  return {
    tag(text, words) {
      const { spans, margins } = decodeSpans(model, lexicon, text, words);
      return spans.map((span, k) => ({ ...span, confidence: 1 / (1 + Math.exp(-(a * margins[k]! + b))) }));
    },
  };
}
