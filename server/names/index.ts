import { pinyin } from 'pinyin-pro';
import type { Entity, Page } from '../extract/types.ts';

// English forms per ../shared/gold/GUIDELINE.md: persons family name first with the given name
// as one word; places as the proper part in pinyin, one word, plus the level in English.
const PLACE_LEVEL_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['街道', 'Street'],
  ['社区', 'Community'],
  ['省', 'Province'],
  ['市', 'City'],
  ['区', 'District'],
  ['县', 'County'],
  ['镇', 'Town'],
  ['乡', 'Township'],
  ['村', 'Village'],
  ['路', 'Road'],
];

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Toneless pinyin syllables; `surname` reads the first character as a family name (单 Shan). */
export function syllables(text: string, surname = false): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', surname: surname ? 'head' : 'off', nonZh: 'consecutive' })
    .filter((s) => s.trim() !== '');
}

function personName(name: string): string {
  const [family, ...given] = syllables(name, true);
  return [capitalise(family ?? ''), capitalise(given.join(''))].filter(Boolean).join(' ');
}

function placeName(name: string): string {
  const level = PLACE_LEVEL_WORDS.find(([suffix]) => name.endsWith(suffix) && name.length > suffix.length);
  const proper = level ? name.slice(0, -level[0].length) : name;
  return [capitalise(syllables(proper).join('')), level?.[1]].filter(Boolean).join(' ');
}

/** The English name of an entity, by type. */
export function englishName(entity: Pick<Entity, 'type' | 'name'>): string {
  if (entity.type === 'PERSON') return personName(entity.name);
  if (entity.type === 'PLACE') return placeName(entity.name);
  return syllables(entity.name).map(capitalise).join(' ');
}

/** Fills `en` on every entity of the page. */
export function addEnglishNames(page: Page): Page {
  for (const article of page.articles) {
    for (const entity of article.entities) entity.en = englishName(entity);
  }
  return page;
}
