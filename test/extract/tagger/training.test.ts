import { describe, expect, it } from 'vitest';
import { decodeModel } from '../../../server/extract/zh/tagger/model.ts';
import { DEFAULT_OPTIONS, prepareSources, trainModel } from '../../../server/extract/zh/tagger/train/run.ts';
import type { Source } from '../../../server/extract/zh/tagger/train/dataset.ts';

// A tiny invented corpus of two domains: enough for the perceptron to make updates in both.
const PUBLIC: Source = {
  id: 'fixture-public',
  news: false,
  sentences: [
    {
      text: '王小川在南港工作',
      spans: [
        { type: 'PERSON', start: 0, end: 3 },
        { type: 'PLACE', start: 4, end: 6 },
      ],
    },
    { text: '新华社报道了此事', spans: [{ type: 'ORG', start: 0, end: 3 }] },
  ],
};
const NEWS: Source = {
  id: 'news/fixture.txt',
  news: true,
  sentences: [
    {
      text: '副镇长李青山调研“清水”行动',
      spans: [
        { type: 'PERSON', start: 3, end: 6 },
        { type: 'PROJECT', start: 8, end: 14 },
      ],
    },
  ],
};

const train = () => {
  const options = { ...DEFAULT_OPTIONS, epochs: 3, domains: 'family' as const, minCount: 1 };
  return trainModel(prepareSources([PUBLIC, NEWS], options), options, { fixture: true });
};

describe('training', () => {
  it('is deterministic: the same sentences and options give the same bytes', () => {
    const first = train(),
      second = train();
    expect(first.length).toBeGreaterThan(0);
    expect(first.equals(second)).toBe(true);
  });

  it('writes a model that loads back with its feature rows and training record', () => {
    const model = decodeModel(train());
    expect(model.header.rows).toBeGreaterThan(0);
    expect(model.keys.length).toBe(model.header.rows);
    expect(model.header.training).toMatchObject({ fixture: true, epochs: 3 });
  });
});
