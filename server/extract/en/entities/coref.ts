import type { EntityTable } from '../../entities.ts';
import type { EntityType, Sentence } from '../../types.ts';
import type { EnglishDocument } from '../document.ts';
import type { Found, Reference } from '../mentions/found.ts';
import { compact } from '../mentions/text.ts';
import { LEGAL_ENDINGS } from '../vocab/orgs.ts';
import type { EnglishDraft } from './draft.ts';
import { bodyOfPlace, placeNameOf, placesAtLevel } from './place-bodies.ts';

// Short forms and descriptions find the entity they mean: "Meng" and "Mr. Meng" the person
// of that family name, "the district" the district, "Sifang Technology" the company whose
// name it opens, "the county Party committee" the committee of the county. A form finds an
// entity only when one fits, or when one of several was named in that sentence or the one before.

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
  return entities
    .all()
    .filter((d) => (d.type === 'ORG' || d.type === 'PROJECT') && !d.body && words.length < nameWords(d).length && words.every((w, i) => nameWords(d)[i] === w));
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
function referencesOfStory(
  found: readonly Found[],
  sentences: readonly Sentence[],
  entities: EntityTable<EnglishDraft>,
  draftOf: Map<Found, EnglishDraft>,
): void {
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

/** Finds the entity each short form and description of each story means ("Meng", "the district"). */
export function resolveReferences(doc: EnglishDocument): EnglishDocument {
  for (const story of doc.stories) referencesOfStory([...story.headerFound, ...story.found.flat()], story.sentences, story.entities, story.draftOf);
  return doc;
}
