import type { EntityTable } from '../entities.ts';
import type { RelationTable } from '../relations.ts';
import type { EnglishDraft } from './entities.ts';
import { involvement } from './involvement.ts';
import { locations } from './locations.ts';
import type { Found } from './found.ts';
import { appositiveTitles, titlesBefore } from './posts.ts';
import type { Reading } from './relationList.ts';

// Relations a sentence states, with the span that states each: who holds which post where,
// who takes part in which project, what is in which place, which body belongs to which.

/** The relations one sentence states. */
export function sentenceRelations(text: string, sentence: readonly Found[], draft: (f: Found) => EnglishDraft | undefined, entities: EntityTable<EnglishDraft>, relations: RelationTable<EnglishDraft>): void {
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

