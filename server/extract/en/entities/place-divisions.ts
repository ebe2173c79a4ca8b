import type { EnglishDocument } from '../document.ts';
import { divisionsSpelled } from '../mentions/divisions.ts';
import { divisionsOf, placeLinks } from './places.ts';

/**
 * Adds each story's `divisions`: which division each place name means, read from the places
 * linked to it ("Jinyun County, Lishui"), the places in bodies' names and the dateline's city.
 */
export function resolvePlaces(doc: EnglishDocument): EnglishDocument {
  for (const story of doc.stories) {
    const found = [...story.headerFound, ...story.found.flat()];
    const links = story.found.flatMap((s) => placeLinks(doc.text, s, (f) => f.place?.level));
    const inNames = found.filter((f) => f.body).map((f) => divisionsSpelled(f.body!.place.proper, f.body!.place.level));
    const dateline = story.layout.dateline?.place;
    story.divisions = divisionsOf(found, links, { inNames, ...(dateline ? { dateline } : {}) });
  }
  return doc;
}
