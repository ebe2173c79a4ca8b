import { describe, expect, it } from 'vitest';
import { extractPage } from '../../server/extract/index.ts';
import { EXPECTED } from './fixtures/expected.ts';
import { fixture } from './helpers.ts';

describe('stories and dates', () => {
  it('splits a page where a headline is followed by a dateline', () => {
    const { page } = fixture('wire-jiangsu-two-stories.txt');
    expect(page.articles.map((a) => a.title)).toEqual(EXPECTED['wire-jiangsu-two-stories.txt']!.articles.map((a) => a.title));
  });

  it('keeps each story to its own span, in order', () => {
    const { text, page } = fixture('wire-jiangsu-two-stories.txt');
    const [first, second] = page.articles;
    expect(first!.end).toBeLessThanOrEqual(second!.start);
    expect(text.slice(second!.start)).toMatch(/^Danish wind turbine maker/);
    expect(first!.entities.some((e) => e.name === 'Nordwind Energy A/S')).toBe(false);
  });

  it('takes the first line as the headline of every fixture', () => {
    for (const [file, expected] of Object.entries(EXPECTED)) {
      expect(
        fixture(file).page.articles.map((a) => a.title),
        file,
      ).toEqual(expected.articles.map((a) => a.title));
    }
  });

  it('dates a page by its dateline, its page data, or not at all when no year is written', () => {
    for (const [file, expected] of Object.entries(EXPECTED)) expect(fixture(file).page.date, file).toBe(expected.date);
  });

  it('takes a dateline year from the same day written in full', () => {
    const page = extractPage('BEIJING, May 15 (Xinhua) -- The talks opened on May 15, 2024 in Beijing.');
    expect(page.date).toBe('2024-05-15');
  });

  it('reads one sentence as one article without a headline', () => {
    const page = extractPage('Pan Jiahua of the Chinese Academy of Social Sciences spoke in Beijing.');
    expect(page.language).toBe('en');
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.title).toBe('');
  });

  it('keeps the dateline out of the entities', () => {
    const { page } = fixture('wire-jinyun-station.txt');
    expect(page.articles[0]!.entities.some((e) => /hangzhou/i.test(e.name))).toBe(false);
  });

  it('lists the dates a story writes, with those without a year as relative', () => {
    const { page } = fixture('release-jinyun-conference.txt');
    expect(page.articles[0]!.dates).toContainEqual(expect.objectContaining({ text: 'January 17', relative: true }));
  });
});
