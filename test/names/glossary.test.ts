import { describe, expect, it } from 'vitest';
import { FORMS, TERMS } from '../../server/names/glossary/index.ts';
import { extractPage } from '../../server/extract/index.ts';
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
    const page = extractPage('海淀区居民李文博参加了活动。');
    const named = page.articles.flatMap((a) => a.entities).map((e) => [e.name, e.en]);
    expect(named).toEqual(
      expect.arrayContaining([
        ['李文博', 'Li Wenbo'],
        ['海淀区', 'Haidian District'],
      ]),
    );
  });
});
