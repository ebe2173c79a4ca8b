import type { EntityType, Sentence } from '../types.ts';
import { bodyName, type BodyKind, type PlaceName } from './bodies.ts';
import type { EntityTable } from '../entities.ts';
import type { EnglishDraft } from './entities.ts';
import type { Found, Reference } from './found.ts';
import { bodyKey } from './register.ts';
import { compact } from './text.ts';
import { LEGAL_ENDINGS } from './vocab/orgs.ts';

// Short forms and descriptions find the entity they mean: "Meng" and "Mr. Meng" the person
// of that family name, "the district" the district, "Sifang Technology" the company whose
// name it opens, "the county Party committee" the committee of the county. A form finds an
// entity only when one fits, or when one of several was named in that sentence or the one before.

/** How a place is named in the name of its bodies. */
export function placeNameOf(place: EnglishDraft): PlaceName {
  const proper = place.proper ?? place.name;
  if (place.levelWord) return { proper, level: place.levelWord };
  const municipality = place.division?.tier === 1 && place.division.name.endsWith('市');
  return municipality || !place.attrs.level ? { proper } : { proper, level: place.attrs.level };
}

/** The Party committee or government of a place, as an entity of the article. */
export function bodyOfPlace(entities: EntityTable<EnglishDraft>, kind: BodyKind, place: PlaceName): EnglishDraft {
  const name = bodyName(kind, place);
  const body = entities.find('ORG', bodyKey(name)) ?? entities.add('ORG', bodyKey(name), name, { kind });
  body.body ??= { kind, place };
  return body;
}

// Level words as the guideline's levels (Township is a town's, Street a subdistrict's).
const LEVELS: Readonly<Record<string, string>> = { township: 'town', street: 'subdistrict', 'sub-district': 'subdistrict', municipality: 'city' };
const levelOf = (place: PlaceName) => (place.level ? (LEVELS[place.level] ?? place.level) : 'city');

/**
 * The places of a level the article names, as places or in their bodies' names ("CPC Jinyun
 * County Committee" names Jinyun County), so "the county Party committee" finds the county.
 */
export function placesAtLevel(entities: EntityTable<EnglishDraft>, level: string): PlaceName[] {
  const found = new Map<string, PlaceName>();
  for (const d of entities.all()) {
    const place = d.type === 'PLACE' ? placeNameOf(d) : d.body?.place;
    if (place && levelOf(place) === level) found.set(compact(place.proper), place);
  }
  return [...found.values()];
}

const lastMentionBefore = (d: EnglishDraft, at: number) => Math.max(-1, ...d.mentions.filter((m) => m.start < at).map((m) => m.start));

/** The one candidate, or the one of several named most recently, in this sentence or the one before. */
function choose(candidates: readonly EnglishDraft[], f: Found, previous: Sentence | undefined): EnglishDraft | undefined {
  if (candidates.length === 1) return candidates[0];
  const recent = candidates
    .map((d) => ({ d, at: lastMentionBefore(d, f.start) }))
    .filter(({ at }) => at >= (previous ?? f.sentence).start)
    .sort((a, b) => b.at - a.at);
  return recent.length > 0 && (recent.length === 1 || recent[0]!.at !== recent[1]!.at) ? recent[0]!.d : undefined;
}

const ofType = (entities: EntityTable<EnglishDraft>, type: EntityType) => entities.all().filter((d) => d.type === type);
const nameWords = (d: EnglishDraft) => d.name.replace(LEGAL_ENDINGS, '').split(/\s+/);

/** Entities a short capitalised form may be: a family name, a place's proper part, the opening words of a name. */
function shortFormOf(entities: EntityTable<EnglishDraft>, written: string): EnglishDraft[] {
  const words = written.split(/\s+/);
  if (words.length === 1) {
    const persons = ofType(entities, 'PERSON').filter((p) => p.family === written);
    if (persons.length > 0) return persons;
  }
  const places = ofType(entities, 'PLACE').filter((p) => p.proper !== undefined && compact(p.proper) === compact(written) && p.levelWord);
  if (places.length > 0) return places;
  return entities.all().filter((d) => (d.type === 'ORG' || d.type === 'PROJECT') && !d.body && words.length < nameWords(d).length && words.every((w, i) => nameWords(d)[i] === w));
}

function candidatesFor(entities: EntityTable<EnglishDraft>, reference: Reference, f: Found, written: string): EnglishDraft[] {
  switch (reference.by) {
    case 'surname':
      return ofType(entities, 'PERSON').filter((p) => p.family === reference.family);
    case 'short':
      return shortFormOf(entities, written);
    case 'placeBody': {
      const places = ofType(entities, 'PLACE').filter((p) => p.proper !== undefined && compact(p.proper) === compact(reference.proper));
      return places.length === 1 ? [bodyOfPlace(entities, reference.body, placeNameOf(places[0]!))] : [];
    }
    case 'body': {
      const places = placesAtLevel(entities, reference.level);
      return places.length === 1 ? [bodyOfPlace(entities, reference.body, places[0]!)] : [];
    }
    case 'description':
      return ofType(entities, reference.type).filter(
        (d) =>
          d.mentions.some((m) => m.start < f.start) &&
          (!reference.level || d.attrs.level === reference.level) &&
          (!reference.kind || d.attrs.kind === reference.kind) &&
          (!reference.head || new RegExp(`\\b${reference.head}$`, 'i').test(d.name)),
      );
  }
}

/** Resolves every short form and description, in reading order, to the entity it means. */
export function resolveReferences(found: readonly Found[], sentences: readonly Sentence[], entities: EntityTable<EnglishDraft>, draftOf: Map<Found, EnglishDraft>): void {
  const previousOf = new Map(sentences.map((s, i) => [s, sentences[i - 1]]));
  for (const f of found) {
    if (!f.reference) continue;
    const target = choose(candidatesFor(entities, f.reference, f, f.name), f, previousOf.get(f.sentence));
    if (!target) continue;
    entities.refer(target, { start: f.start, end: f.end, text: f.text, sentence: f.sentence });
    draftOf.set(f, target);
    f.type = target.type;
  }
}
