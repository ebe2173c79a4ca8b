import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL, loadTagger } from '../../../server/extract/zh/tagger/index.ts';

// Invented sentences: the names, the county and the company exist nowhere in the training data.
const MEETING = '副县长柏星澜主持会议，要求各部门抓好落实。';
const LONG = '上午，县委书记苗景川带队来到清溪镇，调研青禾农业科技有限公司的建设情况。\n记者 钟一禾';

describe('the committed model', () => {
  it('is a few megabytes on disk and loads from it', () => {
    expect(statSync(DEFAULT_MODEL).size).toBeLessThan(20 * 1048576);
    expect(loadTagger().tag('', [])).toEqual([]);
  });

  it('tags a made-up official after a title as a person', () => {
    const spans = loadTagger().tag(MEETING);
    const person = spans.find((s) => s.type === 'PERSON');
    expect(person && MEETING.slice(person.start, person.end)).toBe('柏星澜');
    expect(person!.confidence).toBeGreaterThan(0.5);
  });

  it('gives well-formed, ordered, non-overlapping spans with offsets into the input and confidences in 0…1', () => {
    const spans = loadTagger().tag(LONG);
    expect(spans.length).toBeGreaterThan(1);
    let end = 0;
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(end);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(LONG.length);
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      end = s.end;
    }
  });

  it('tags the same with the caller’s own jieba tokens as with its own', async () => {
    const { words } = await import('../../../server/extract/zh/mentions/segmenter.ts');
    expect(loadTagger().tag(LONG, words(LONG))).toEqual(loadTagger().tag(LONG));
  });
});
