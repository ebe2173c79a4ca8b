import { describe, expect, it } from 'vitest';
import { allowed, canEnd, spansOfTags, TAG_COUNT, tagOf, tagsOfSpans, B, I, E, S } from '../../../server/extract/zh/tagger/labels.ts';
import { spanMargins } from '../../../server/extract/zh/tagger/margins.ts';
import { TRANSITION_COUNT } from '../../../server/extract/zh/tagger/transitions.ts';
import { bestPath } from '../../../server/extract/zh/tagger/viterbi.ts';

const PERSON = 0,
  ORG = 1;
const noTransitions = new Float64Array(TRANSITION_COUNT);

/** Emissions that favour one tag per character by `by`. */
function favouring(tags: number[], by = 5): Float64Array {
  const emissions = new Float64Array(tags.length * TAG_COUNT);
  tags.forEach((tag, i) => (emissions[i * TAG_COUNT + tag] = by));
  return emissions;
}

describe('decoding', () => {
  it('never gives an ill-formed sequence, even where each character alone prefers one', () => {
    // I-PERSON with no B before it, then E-ORG after an I-PERSON: both forbidden by BIOES.
    const emissions = favouring([tagOf(PERSON, I), tagOf(PERSON, I), tagOf(ORG, E), 0]);
    const { tags } = bestPath(emissions, 4, noTransitions);
    expect(allowed(-1, tags[0]!)).toBe(true);
    for (let i = 1; i < tags.length; i++) expect(allowed(tags[i - 1]!, tags[i]!)).toBe(true);
    expect(canEnd(tags[3]!)).toBe(true);
  });

  it('spells spans with offsets into the input that round-trip through tags', () => {
    const spans = [
      { type: 'PERSON' as const, start: 0, end: 3 },
      { type: 'ORG' as const, start: 4, end: 5 },
    ];
    const tags = tagsOfSpans(6, spans);
    expect([...tags]).toEqual([tagOf(PERSON, B), tagOf(PERSON, I), tagOf(PERSON, E), 0, tagOf(ORG, S), 0]);
    const { tags: decoded } = bestPath(favouring([...tags]), 6, noTransitions);
    expect(spansOfTags(decoded)).toEqual(spans);
  });

  it('gives a span a larger margin the more its characters are favoured', () => {
    const tags = [tagOf(PERSON, B), tagOf(PERSON, E), 0];
    const margin = (by: number) => {
      const emissions = favouring(tags, by);
      const lattice = bestPath(emissions, 3, noTransitions);
      return spanMargins(lattice, emissions, noTransitions, spansOfTags(lattice.tags))[0]!;
    };
    expect(margin(1)).toBeGreaterThan(0);
    expect(margin(4)).toBeGreaterThan(margin(1));
  });
});
