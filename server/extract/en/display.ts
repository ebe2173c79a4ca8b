import { MUNICIPALITIES, PROVINCES } from '../../names/glossary/index.ts';
import { bodyName } from './bodies.ts';
import type { EnglishDraft } from './entities.ts';
import { inNameCase } from './persons.ts';
import { titleCase } from './text.ts';

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

export function englishNameOf(d: EnglishDraft): string {
  if (d.type === 'PLACE') return placeName(d);
  if (d.type === 'PERSON') return d.name.split(/\s+/).map(inNameCase).join(' ');
  if (d.type === 'ORG' && d.body) return bodyName(d.body.kind, d.body.place);
  return d.name.replace(/^(?:the|a|an)\s+/i, '');
}
