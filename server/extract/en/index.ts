import { readStory } from './article.ts';
import { splitStories, storyDate } from './stories.ts';
import type { Page } from '../types.ts';

export { personKey } from './persons.ts';

/**
 * Extracts the stories of an English page (wire copy, a government site's release, a feature)
 * and the officials, organisations, places and projects each names, in the same shape as the
 * Chinese pipeline's pages. Offsets are into `text` as given.
 */
export function extractEnglishPage(text: string): Page {
  const stories = splitStories(text);
  const date = stories.map((s) => storyDate(text, s)).find((d) => d !== undefined);
  return { language: 'en', ...(date ? { date } : {}), articles: stories.map((story) => readStory(text, story)) };
}
