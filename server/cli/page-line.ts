import type { Page } from '../extract/types.ts';

/** The scorer's line for a page (../shared/eval/score.mjs): file, date, and per article its entities and relations. */
export function pageLine(file: string, page: Page): string {
  return JSON.stringify({ file, ...(page.date ? { date: page.date } : {}), articles: page.articles });
}
