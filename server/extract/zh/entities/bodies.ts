import { ancestorsOf, divisionsNamed, divisionsStemmed, namesAt, type Division } from '../../../gazetteer/divisions.ts';
import type { Draft, EntityTable } from '../../entities.ts';
import type { Mention } from '../../types.ts';
import type { OrgCandidate } from '../mentions/orgs.ts';
import { withoutQuotes } from '../text.ts';
import { endsWithLevel, leadingLevel, type RelativeLevel } from '../vocab/levels.ts';
import { FORMAL_ENDINGS, NATIONAL_SHORT_FORMS, type OrgKind } from '../vocab/orgs.ts';
import type { ArticlePlaces } from './article-places.ts';

// A body's name as the story means it: a body named after a level word alone (区委) written out
// with the story's place at that level, and the key every form of one body's name shares.

/** The place an article means by a level word, as a name. */
function placeFor(level: RelativeLevel, places: ArticlePlaces): string | undefined {
  switch (level) {
    case 'county':
      return places.county?.name;
    case 'city':
      return places.city?.name;
    case 'province':
      return places.province?.name;
    case 'town':
      return places.town;
    case 'subdistrict':
      return places.subdistrict;
  }
}

// A national body written by its short form (党中央) is named in full (中共中央).
const NATIONAL_FULL_NAMES = new Map(NATIONAL_SHORT_FORMS);

/**
 * An organisation's name written out: a body named after a level word alone (区委, 区政府,
 * 镇党委) gets the article's place at that level (通州区委, 通州区人民政府, 石港镇党委), and the
 * short endings of governments and courts their formal form (政府 → 人民政府), a national body
 * its full name (党中央 → 中共中央).
 */
export function writtenOut(org: OrgCandidate, places: ArticlePlaces, name = org.name): string {
  const national = NATIONAL_FULL_NAMES.get(name);
  if (national) return national;
  let out = name;
  if (org.relative) {
    const prefix = leadingLevel(name);
    const place = placeFor(org.relative, places);
    if (prefix && place) out = place + name.slice(prefix[0].length);
    else if (place && name === org.name) out = place + name.slice(1);
  }
  return formal(out);
}

/** 通州区政府 → 通州区人民政府; 区检察院 stays for lack of a place. */
export function formal(name: string): string {
  for (const [short, long] of FORMAL_ENDINGS) {
    if (name.endsWith(short) && !name.endsWith(long) && endsWithLevel(name.slice(0, -short.length))) {
      return name.slice(0, -short.length) + long;
    }
  }
  return name;
}

// 中国共产党乌审旗第十六届委员会 is the formal name of 乌审旗委: the Party's committee of a place.
const FORMAL_COMMITTEE = /^(?:中国共产党|中共)(.+?)(?:第[一二三四五六七八九十百]+届)?委员会$/;
const PARTY_OF_PLACE = /^(?:中国共产党|中共)(.+[省市区县镇乡旗州]委)$/;

/** Whether `text` opens with a division under one of `above` (南通市通州区… under 江苏省). */
function placeUnder(text: string, above: readonly Division[]): boolean {
  return namesAt(text, 0).some((name) => [...divisionsNamed(name), ...divisionsStemmed(name)].some((d) => ancestorsOf(d).some((a) => above.includes(a))));
}

/** The key two names of one body share: no leading province or city, no 人民 (北京市通州区人民检察院 ~ 通州区检察院). */
export function orgKey(name: string): string {
  const committee = FORMAL_COMMITTEE.exec(withoutQuotes(name));
  // 中共祁连县委 is 祁连县委.
  let key = committee && endsWithLevel(committee[1]!) ? `${committee[1]}委` : withoutQuotes(name).replace(PARTY_OF_PLACE, '$1');
  for (;;) {
    const lead = /^[\u4e00-\u9fff]{2,3}?[省市]/.exec(key)?.[0];
    // Only a place written above another place goes (江苏省南通市通州区委 is 通州区委): 黑龙江省人大常委会
    // and 双鸭山市人大常委会 are two bodies.
    if (!lead || key.length - lead.length < 4) break;
    const above = divisionsNamed(lead).filter((d) => d.tier <= 2);
    if (!above.length || !placeUnder(key.slice(lead.length), above)) break;
    key = key.slice(lead.length);
  }
  return key.replace('人民政府', '政府').replace('人民检察院', '检察院').replace('人民法院', '法院');
}

/** Adds a body named in a sentence, written out with the story's places; `written` is the form on the page. */
export function addBody(entities: EntityTable, org: OrgCandidate, places: ArticlePlaces, mention?: Mention, written = org.name): Draft {
  const full = writtenOut(org, places);
  return entities.add('ORG', orgKey(full), full, { kind: org.kind }, mention, written);
}

/** The body a title implies (区长 → 区人民政府), written out with the story's place at its level. */
export function impliedBody(entities: EntityTable, body: string, places: ArticlePlaces, kind: OrgKind): Draft {
  const level = leadingLevel(body);
  const place = level && level[0].length === 1 ? placeFor(level[1], places) : undefined;
  const full = formal(place ? place + body.slice(1) : body);
  return entities.find('ORG', orgKey(full)) ?? entities.add('ORG', orgKey(full), full, { kind });
}
