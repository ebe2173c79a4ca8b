import { readArticle } from './zh/article.ts';
import { pageDate } from './zh/page/dates.ts';
import { homePlaceOf } from './zh/page/home.ts';
import { readLines } from './zh/page/layout.ts';
import { isPersonName } from './zh/mentions/person-names.ts';
import { startsWithPlace } from './zh/mentions/places.ts';
import { splitStories } from './zh/page/stories.ts';
import { canonicalText } from './zh/page/canonical.ts';
import type { Page } from './types.ts';

export type * from './types.ts';

/**
 * Extracts the stories of a page and the entities and relations each one names. The input may
 * be a newspaper page of many stories, one article, or one sentence.
 */
export function extractPage(text: string): Page {
  const canonical = canonicalText(text);
  const home = homePlaceOf(canonical);
  const stories = splitStories(readLines(canonical, isPersonName), (line) => startsWithPlace(line, home), (line) => text.slice(line.start, line.end));
  const date = pageDate(canonical);
  return {
    ...(date ? { date } : {}),
    ...(home.county ? { home: { code: home.county.code, name: home.county.name } } : {}),
    articles: stories.map((story) => readArticle(canonical, story, home, text)),
  };
}
