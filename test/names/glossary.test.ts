import { describe, expect, it } from 'vitest';
import { FORMS, TERMS } from '../../server/names/glossary/index.ts';
import { addEnglishNames } from '../../server/names/index.ts';
import { segment } from '../../server/names/segment.ts';

describe('the glossary', () => {
  it('holds hundreds of reviewed entries', () => {
    expect(TERMS.size + FORMS.size).toBeGreaterThanOrEqual(500);
  });

  it('has English for every entry', () => {
    for (const term of TERMS.values()) expect(term.en.trim(), term.zh).not.toBe('');
  });

  it('matches the longest word first (人民检察院, not 人民 + 检察院)', () => {
    expect(segment('朝阳区人民检察院').map((t) => t.zh)).toEqual(['朝阳区', '人民检察院']);
  });
});

describe('the naming stage', () => {
  it('fills en on every entity of every article', () => {
    const entity = (type: 'PERSON' | 'PLACE', name: string) => ({ type, name, aliases: [], attrs: {}, mentions: [] });
    const page = addEnglishNames({
      articles: [{ title: 't', start: 0, end: 1, entities: [entity('PERSON', '李文博'), entity('PLACE', '海淀区')], relations: [] }],
    });
    expect(page.articles[0]?.entities.map((e) => e.en)).toEqual(['Li Wenbo', 'Haidian District']);
  });
});
