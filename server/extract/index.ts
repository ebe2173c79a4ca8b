import { pageOf } from './document.ts';
import { readEnglish } from './en/index.ts';
import { languageOf } from './en/language.ts';
import type { Page } from './types.ts';
import { readChinese, type ChineseOptions } from './zh/index.ts';

export type * from './types.ts';

/**
 * Extracts the stories of a page and the entities and relations each one names, with their
 * English names. The page may be a newspaper page of many stories, one article or one sentence,
 * in Chinese or in English (told apart by script).
 */
export function extractPage(text: string, options: ChineseOptions = {}): Page {
  return pageOf(languageOf(text) === 'en' ? readEnglish(text) : readChinese(text, options));
}
