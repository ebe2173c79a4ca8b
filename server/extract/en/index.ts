import type { Document } from '../document.ts';
import { runStages, type Stage } from '../pipeline.ts';
import { englishDocument, type EnglishDocument } from './document.ts';
import { resolveReferences } from './entities/coref.ts';
import { nameInEnglish } from './entities/display.ts';
import { findHeadlineMentions } from './entities/headline-mentions.ts';
import { resolvePlaces } from './entities/place-divisions.ts';
import { registerEntities } from './entities/register.ts';
import { findNames } from './mentions/index.ts';
import { splitSentences } from './page/sentences.ts';
import { readDates } from './page/story-dates.ts';
import { splitStories } from './page/stories.ts';
import { stateRelations } from './relations/index.ts';

export { personKey } from './mentions/persons.ts';

/** The English pipeline, in order; docs/extraction.md says what each stage adds. */
export const ENGLISH_STAGES: ReadonlyArray<Stage<EnglishDocument>> = [
  { name: 'stories', run: splitStories },
  { name: 'sentences', run: splitSentences },
  { name: 'dates', run: readDates },
  { name: 'names', run: findNames },
  { name: 'place divisions', run: resolvePlaces },
  { name: 'entities', run: registerEntities },
  { name: 'references', run: resolveReferences },
  { name: 'relations', run: stateRelations },
  { name: 'headline mentions', run: findHeadlineMentions },
  { name: 'English names', run: nameInEnglish },
];

/**
 * Reads an English page (wire copy, a government site's release, a feature): the officials,
 * organisations, places and projects each story names, in the same document as Chinese pages.
 */
export function readEnglish(text: string): Document {
  return runStages(englishDocument(text), ENGLISH_STAGES);
}
