import { readArticle } from './article.ts';
import { pageDate } from './dates.ts';
import { homePlaceOf } from './home.ts';
import { readLines } from './layout.ts';
import { isPersonName } from './names.ts';
import { startsWithPlace } from './places.ts';
import { splitStories } from './stories.ts';
import { canonicalText } from './text.ts';
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
