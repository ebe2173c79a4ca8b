import { describe, expect, it } from 'vitest';
import { addLearnedMentions } from '../../server/extract/zh/mentions/learned.ts';
import { words } from '../../server/extract/zh/mentions/segmenter.ts';
import type { OrgCandidate } from '../../server/extract/zh/mentions/orgs.ts';
import type { PersonCandidate } from '../../server/extract/zh/mentions/persons.ts';
import type { PlaceCandidate } from '../../server/extract/zh/mentions/places.ts';
import type { TaggedSpan } from '../../server/extract/zh/tagger/index.ts';
import { entity, extract } from './helpers.ts';

// How the tagger's spans join what the rules read: spans here are written for each case; the
// last test runs the committed model on an invented sentence.
function merge(text: string, spans: TaggedSpan[], persons: PersonCandidate[] = [], orgs: OrgCandidate[] = []) {
  const found = { persons: [...persons], orgs: [...orgs], places: [] as PlaceCandidate[], spans: [] };
  addLearnedMentions(text, words(text), spans, found);
  return found;
}
const span = (type: TaggedSpan['type'], text: string, name: string, confidence = 0.9): TaggedSpan => ({
  type,
  start: text.indexOf(name),
  end: text.indexOf(name) + name.length,
  confidence,
});

describe('learned mentions', () => {
  it('a confident person the rules did not read becomes a person', () => {
    const text = '牧民罗晓峰说，草场今年长得好。';
    expect(merge(text, [span('PERSON', text, '罗晓峰')]).persons.map((p) => p.name)).toEqual(['罗晓峰']);
  });

  it('an unsure span is left out', () => {
    const text = '罗晓峰说，草场今年长得好。';
    expect(merge(text, [span('PERSON', text, '罗晓峰', 0.2)]).persons).toEqual([]);
  });

  it('a rule’s person run on into the next word is cut to the tagger’s name, keeping its posts', () => {
    const text = '县长罗晓峰赴白龙镇调研。';
    const rule: PersonCandidate = { name: '罗晓峰赴', from: 2, to: 6, title: '县长', posts: [{ title: '县长', implied: '县人民政府' }] };
    const found = merge(text, [span('PERSON', text, '罗晓峰', 0.3)], [rule]);
    expect(found.persons).toEqual([{ ...rule, name: '罗晓峰', to: 5 }]);
  });

  it('a span over what the rules read is left to the rules', () => {
    const text = '青川县人民医院开展义诊。';
    const rule: OrgCandidate = { name: '青川县人民医院', from: 0, to: 7, kind: 'other', headStart: 3 };
    expect(merge(text, [span('ORG', text, '青川县人民医')], [], [rule]).orgs).toEqual([rule]);
  });

  it('a company without a company form is a company', () => {
    const text = '青川绿源农业与村里签约。';
    expect(merge(text, [span('ORG', text, '青川绿源农业')]).orgs).toEqual([expect.objectContaining({ name: '青川绿源农业', kind: 'company' })]);
  });

  it('the committed model reads a name with no title beside it', () => {
    const page = extract('昨天上午，罗晓峰来到白龙镇青岗村，看望慰问困难群众。');
    expect(entity(page, 'PERSON', '罗晓峰')).toBeDefined();
  });

  it('a name that opens a doctrine’s name is no mention of the person', () => {
    const text = '深入学习罗晓峰新时代思想。';
    expect(merge(text, [span('PERSON', text, '罗晓峰')]).persons).toEqual([]);
  });

  it('four characters after a one-character family name need a sure tagger', () => {
    const text = '周密安排部署，精心组织实施。';
    expect(merge(text, [span('PERSON', text, '周密安排', 0.7)]).persons).toEqual([]);
  });
});
