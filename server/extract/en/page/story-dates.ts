import type { EnglishDocument } from '../document.ts';
import { datesIn } from './dates.ts';

/** Adds each story's `dates`: every date its sentences write. */
export function readDates(doc: EnglishDocument): EnglishDocument {
  for (const story of doc.stories) story.dates = story.sentences.flatMap(datesIn);
  return doc;
}
