import type { Draft, EntityTable } from '../../entities.ts';
import type { ChineseDocument, ChineseStory } from '../document.ts';
import { orgKey } from '../entities/bodies.ts';
import { findPlaces } from '../mentions/places.ts';
import { words } from '../mentions/segmenter.ts';
import type { HomePlace } from '../page/home.ts';
import { STANDING_COMMITTEE } from '../vocab/clauses.ts';
import { POSITION_TITLES } from '../vocab/titles.ts';
import { SUB_CENTRE } from '../vocab/places.ts';

// A story about a town, subdistrict or park puts what it names there; one about a district or
// city names much that is elsewhere in it.
const FOCUS_LEVELS = new Set(['town', 'subdistrict', 'zone']);

/** The place a story is about: the first place its headline names, where the story names it too. */
function focusOf(story: ChineseStory, entities: EntityTable, home: HomePlace): Draft | undefined {
  for (const line of [story.title, story.kicker ?? '']) {
    for (const place of findPlaces(line, words(line), home).sort((a, b) => a.from - b.from)) {
      const draft = entities.find('PLACE', place.fullName ?? place.name);
      // A city's sub-centre spans districts; a story naming it is not set in one spot of it.
      if (draft && FOCUS_LEVELS.has(String(draft.attrs.level)) && !draft.name.endsWith(SUB_CENTRE)) return draft;
    }
  }
  return undefined;
}

// What a headline writes after a body when its people, not the body, are the story's subject.
const VISITORS = ['领导', '一行', '负责人', '调研组', '督导组', '检查组', '考察团', ...POSITION_TITLES];

/**
 * The body a story is about: the one a headline line opens with (市交通运输局创新赋能…, 区委常委会
 * 召开…), as the story writes it in its sentences. A standing committee (区委常委会) acts for its
 * Party committee.
 */
function actorOf(story: ChineseStory, entities: EntityTable): Draft | undefined {
  const bodies = entities.all().filter((d) => d.type === 'ORG');
  for (const line of [story.title, story.kicker ?? '', story.subtitle ?? '']) {
    let opening: { draft: Draft; length: number } | undefined;
    for (const draft of bodies) {
      for (const { text } of draft.mentions) {
        if (text.length >= 2 && line.startsWith(text) && text.length > (opening?.length ?? 0)) opening = { draft, length: text.length };
      }
    }
    if (!opening) continue;
    // 省检察院领导来我区调研: the headline is about the body's leaders visiting, not the body acting.
    const rest = line.slice(opening.length);
    if (VISITORS.some((w) => rest.startsWith(w))) continue;
    const name = opening.draft.name;
    const committee = name.endsWith(STANDING_COMMITTEE) ? entities.find('ORG', orgKey(name.slice(0, -STANDING_COMMITTEE.length))) : undefined;
    return committee ?? opening.draft;
  }
  return undefined;
}

/** Adds each story's `focus` (the place its headline is about) and `actor` (the body its headline opens with). */
export function findStoryFocus(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) {
    const focus = focusOf(story, story.entities, doc.homePlace);
    const actor = actorOf(story, story.entities);
    if (focus) story.focus = focus;
    if (actor) story.actor = actor;
  }
  return doc;
}
