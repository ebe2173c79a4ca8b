import { englishName } from '../../names/index.ts';
import type { ChineseDocument } from './document.ts';

/** Adds every entity's `en`: its English name, by the guideline's conventions (server/names). */
export function nameInEnglish(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) for (const d of story.entities.all()) d.en = englishName(d);
  return doc;
}
