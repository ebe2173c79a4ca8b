import type { EntityTable } from '../../entities.ts';
import { bodyName, type BodyKind, type PlaceName } from '../mentions/bodies.ts';
import { compact } from '../mentions/text.ts';
import type { EnglishDraft } from './draft.ts';
import { bodyKey } from './register.ts';

// Places as their bodies name them: "Jinyun County" in "CPC Jinyun County Committee".

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
