import type { EntityTable } from '../../entities.ts';
import { draftOf, type EnglishDocument } from '../document.ts';
import { attachMoney } from '../entities/money.ts';
import type { RelationTable } from '../../relations.ts';
import type { EnglishDraft } from '../entities/draft.ts';
import { involvement } from './involvement.ts';
import { gazetteerParents, locations } from './locations.ts';
import type { Found } from '../mentions/found.ts';
import { appositiveTitles, titlesBefore } from './posts.ts';
import type { Reading } from './reading.ts';

// Relations a sentence states, with the span that states each: who holds which post where,
// who takes part in which project, what is in which place, which body belongs to which.

/** The relations one sentence states. */
function sentenceRelations(
  text: string,
  sentence: readonly Found[],
  draft: (f: Found) => EnglishDraft | undefined,
  entities: EntityTable<EnglishDraft>,
  relations: RelationTable<EnglishDraft>,
): void {
  const items = sentence.filter((f) => draft(f) !== undefined);
  const r: Reading = { text, items, draft, entities, relations };
  items.forEach((f, i) => {
    const d = draft(f)!;
    if (d.type === 'PERSON' && f.type === 'PERSON') {
      appositiveTitles(r, f, d);
      titlesBefore(r, f, d, i);
    }
    if (d.type === 'PROJECT') involvement(r, f, d, i);
  });
  locations(r, items);
}

/** Adds each story's relations, sentence by sentence, its projects' investments, and the gazetteer's parents of the places it names. */
export function stateRelations(doc: EnglishDocument): EnglishDocument {
  for (const story of doc.stories) {
    const draft = (f: Found) => draftOf(story, f);
    for (const sentence of story.found) {
      sentenceRelations(doc.text, sentence, draft, story.entities, story.relations);
      attachMoney(sentence, draft);
    }
    gazetteerParents(story.entities, story.relations);
  }
  return doc;
}
