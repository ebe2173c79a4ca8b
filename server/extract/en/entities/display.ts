import { MUNICIPALITIES, PROVINCES } from '../../../names/glossary/index.ts';
import { bodyName } from '../mentions/bodies.ts';
import type { EnglishDocument } from '../document.ts';
import type { EnglishDraft } from './draft.ts';
import { inNameCase } from '../mentions/persons.ts';
import { titleCase } from '../mentions/text.ts';

// English display names in the conventions the naming stage uses for Chinese entities
// (GUIDELINE "English names"): a place as its proper part and level ("Jinyun County", written
// "Jinyun county"), a province by its official name ("Zhejiang" → "Zhejiang Province"), a
// place's Party committee and government in their official form.

function placeName(place: EnglishDraft): string {
  const proper = titleCase(place.proper ?? place.name);
  if (place.levelWord) return `${proper} ${titleCase(place.levelWord)}`;
  const division = place.division;
  if (division?.tier === 1) return [...MUNICIPALITIES, ...PROVINCES].find((p) => division.name.startsWith(p.zh))?.en ?? proper;
  if (division?.name.endsWith('市')) return `${proper} City`;
  return place.name;
}

function englishNameOf(d: EnglishDraft): string {
  if (d.type === 'PLACE') return placeName(d);
  if (d.type === 'PERSON') return d.name.split(/\s+/).map(inNameCase).join(' ');
  if (d.type === 'ORG' && d.body) return bodyName(d.body.kind, d.body.place);
  return d.name.replace(/^(?:the|a|an)\s+/i, '');
}

/**
 * Adds every entity's `en` (an English story's names are English already: this settles case and
 * level words) and each place's `parent` where the story states where it is.
 */
export function nameInEnglish(doc: EnglishDocument): EnglishDocument {
  for (const story of doc.stories) {
    const { entities } = story;
    const stated = story.relations.stated();
    for (const d of entities.all()) {
      d.en = englishNameOf(d);
      if (d.type !== 'PLACE') continue;
      const parent = stated.find((r) => r.type === 'LOCATED_IN' && r.from === d && r.to.type === 'PLACE');
      if (parent) d.attrs.parent = parent.to.name;
    }
  }
  return doc;
}
