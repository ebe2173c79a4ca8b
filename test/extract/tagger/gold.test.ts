import { describe, expect, it } from 'vitest';
import { projectGold } from '../../../server/extract/zh/tagger/train/gold.ts';
import { cutSentences } from '../../../server/extract/zh/tagger/train/sentences.ts';

// An invented article and its gold; projection must find where each form is written.
const TEXT = '清溪县人民政府召开会议。县长方景行出席。清溪县启动“绿水”行动，绿水行动覆盖全县。方';

const surfaces = (spans: Array<{ type: string; start: number; end: number }>) => spans.map((s) => `${s.type}:${TEXT.slice(s.start, s.end)}`);

describe('gold projection', () => {
  it('marks the longest form first and never a place inside a body’s name', () => {
    const spans = projectGold(TEXT, [
      { type: 'PLACE', name: '清溪县' },
      { type: 'ORG', name: '清溪县人民政府' },
    ]);
    expect(surfaces(spans)).toEqual(['ORG:清溪县人民政府', 'PLACE:清溪县']);
  });

  it('matches a form whether or not the text or the gold writes the quotes, keeping quote pairs whole', () => {
    const spans = projectGold(TEXT, [{ type: 'PROJECT', name: '“绿水”行动' }]);
    expect(surfaces(spans)).toEqual(['PROJECT:“绿水”行动', 'PROJECT:绿水行动']);
  });

  it('projects aliases but no one-character forms', () => {
    const spans = projectGold(TEXT, [{ type: 'PERSON', name: '方景行', aliases: ['方'] }]);
    expect(surfaces(spans)).toEqual(['PERSON:方景行']);
  });

  it('cuts a document into sentences with spans made relative to each', () => {
    const sentences = cutSentences(TEXT, projectGold(TEXT, [{ type: 'PERSON', name: '方景行' }]));
    expect(sentences[1]).toEqual({ text: '县长方景行出席。', spans: [{ type: 'PERSON', start: 2, end: 5 }] });
  });
});
