import { describe, expect, it } from 'vitest';
import { readCluener } from '../../../server/extract/zh/tagger/train/cluener.ts';
import { readConll } from '../../../server/extract/zh/tagger/train/conll.ts';
import { readPaired } from '../../../server/extract/zh/tagger/train/paired.ts';

// Tiny invented sentences in each corpus format; the spans are what the readers must find.
const surface = (text: string, spans: Array<{ start: number; end: number; type: string }>) => spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('corpus readers', () => {
  it('read CLUENER lines, keeping only mapped labels, with inclusive offsets made exclusive', () => {
    const content =
      '{"text": "林远山在青禾公司说", "label": {"name": {"林远山": [[0, 2]]}, "company": {"青禾公司": [[4, 7]]}, "position": {"说": [[8, 8]]}}}\n' +
      '{"text": "无名", "label": {}}\n';
    const sentences = readCluener(content, { name: 'PERSON', company: 'ORG' });
    expect(sentences).toHaveLength(2);
    expect(surface(sentences[0]!.text, sentences[0]!.spans)).toEqual(['PERSON:林远山', 'ORG:青禾公司']);
    expect(sentences[1]!.spans).toEqual([]);
  });

  it('read pretty-printed CLUENER objects one after another, braces inside strings included', () => {
    const content = '{\n "text": "去{西岭镇}",\n "label": {\n  "address": {\n   "西岭镇": [[2, 4]]\n  }\n }\n}\n{\n "text": "好",\n "label": {}\n}\n';
    const sentences = readCluener(content, { address: 'PLACE' });
    expect(sentences.map((s) => s.text)).toEqual(['去{西岭镇}', '好']);
    expect(surface(sentences[0]!.text, sentences[0]!.spans)).toEqual(['PLACE:西岭镇']);
  });

  it('flatten nested CLUENER spans to the earlier, longer one', () => {
    const content = '{"text": "东川市政府", "label": {"government": {"东川市政府": [[0, 4]]}, "address": {"东川市": [[0, 2]]}}}';
    const [sentence] = readCluener(content, { government: 'ORG', address: 'PLACE' });
    expect(surface(sentence!.text, sentence!.spans)).toEqual(['ORG:东川市政府']);
  });

  it('read BIO character-per-line files with spaces, a blank line between sentences', () => {
    const content = '王 B-PER\n小 I-PER\n川 I-PER\n到 O\n南 B-LOC\n港 I-LOC\n\n新 B-ORG\n社 I-ORG\n';
    const sentences = readConll(content, { PER: 'PERSON', LOC: 'PLACE', ORG: 'ORG' });
    expect(sentences.map((s) => s.text)).toEqual(['王小川到南港', '新社']);
    expect(surface(sentences[0]!.text, sentences[0]!.spans)).toEqual(['PERSON:王小川', 'PLACE:南港']);
    expect(surface(sentences[1]!.text, sentences[1]!.spans)).toEqual(['ORG:新社']);
  });

  it('read Weibo lines: tab-separated, a segmentation digit after the character, nominal labels left out', () => {
    const content = '李0\tB-PER.NAM\n雷1\tI-PER.NAM\n和0\tO\n老0\tB-PER.NOM\n师1\tI-PER.NOM\n';
    const [sentence] = readConll(content, { 'PER.NAM': 'PERSON' });
    expect(sentence!.text).toBe('李雷和老师');
    expect(surface(sentence!.text, sentence!.spans)).toEqual(['PERSON:李雷']);
  });

  it('read BMES tags (Resume), single-character spans included', () => {
    const content = '陈 B-NAME\n一 M-NAME\n舟 E-NAME\n在 O\n甲 S-ORG\n';
    const [sentence] = readConll(content, { NAME: 'PERSON', ORG: 'ORG' });
    expect(surface(sentence!.text, sentence!.spans)).toEqual(['PERSON:陈一舟', 'ORG:甲']);
  });

  it('read paired sentence and tag files', () => {
    const sentences = readPaired('赵 四 去 北 湾\n好\n', 'B-PER I-PER O B-LOC I-LOC\nO\n', { PER: 'PERSON', LOC: 'PLACE' });
    expect(sentences.map((s) => s.text)).toEqual(['赵四去北湾', '好']);
    expect(surface(sentences[0]!.text, sentences[0]!.spans)).toEqual(['PERSON:赵四', 'PLACE:北湾']);
  });

  it('refuse paired lines whose characters and tags differ in number', () => {
    expect(() => readPaired('赵 四\n', 'B-PER\n', { PER: 'PERSON' })).toThrow(/2 characters but 1 tags/);
  });
});
