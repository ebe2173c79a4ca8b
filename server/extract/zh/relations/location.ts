import { divisionsNamed, divisionsStemmed, namesAt } from '../../../gazetteer/divisions.ts';
import type { Draft, EntityTable } from '../../entities.ts';
import type { RelationTable } from '../../relations.ts';
import type { ChineseDocument, ChineseStory } from '../document.ts';
import { orgKey, writtenOut } from '../entities/bodies.ts';
import type { PlaceCandidate } from '../mentions/places.ts';
import { evidenceAt, spanOf, type TextSpan } from '../sentence.ts';
import { withoutQuotes as plain } from '../text.ts';
import { clauseAt } from './clauses.ts';
import { NATIONAL_BODIES } from '../vocab/orgs.ts';
import { SUB_CENTRE, SUB_CENTRE_SHORT } from '../vocab/places.ts';
import { LOCATIVE_AFTER, LOCATIVE_PLACE, PLACE_LINK, SITUATED } from '../vocab/clauses.ts';

// Bodies named by their own area (通州区委 is in 通州区); the graph derives where they are.
const SELF_PLACED = new Set(['government', 'party', 'judicial']);
// Places small enough that what a sentence names after them is in them (a city's sub-centre,
// a zone that spans districts, is not).
const LOCAL_LEVELS = new Set(['town', 'subdistrict', 'village', 'community', 'zone']);
const isLocal = (d: Draft | undefined) => !!d && LOCAL_LEVELS.has(String(d.attrs.level)) && !d.name.endsWith(SUB_CENTRE);
// Places below a town that an article sets in its focus place when it says nothing nearer.
const BELOW_TOWN = new Set(['village', 'community', 'road', 'zone', 'other']);

// Names a story gives its places that count inside a project's name; shorter ones (副中心 in
// “副中心有我”) are words of a slogan as often as places.
const MIN_OWN_FORM = 4;

/** Whether a name opens with a division's name or a province's or city's short form (北京证券交易所). */
const opensWithPlace = (name: string) => namesAt(name, 0).some((n) => divisionsNamed(n).length > 0 || divisionsStemmed(n).some((d) => d.tier <= 2));

type PlaceLookup = (p: PlaceCandidate) => Draft | undefined;

/** The place entity each mention names, looked up once per mention of the story. */
function placeLookup(entities: EntityTable): PlaceLookup {
  const drafts = new Map<PlaceCandidate, Draft | undefined>();
  return (p) => {
    if (!drafts.has(p)) drafts.set(p, entities.find('PLACE', p.fullName ?? p.name) ?? entities.named('PLACE', p.name));
    return drafts.get(p);
  };
}

/**
 * The places a project's own name holds (洪三园区共享…项目, 通州区与廊坊市北三县…培训班), as
 * gazetteer names or as names the story gives its places (化工园区 for 独山港化工园区); a place that
 * holds another of them (廊坊市 holding 北三县) is left out for the nearer one.
 */
function ownPlaces(name: string, inner: readonly PlaceCandidate[], span: TextSpan, entities: EntityTable, placeDraft: PlaceLookup): Draft[] {
  const found = new Map<Draft, string | undefined>();
  for (const p of inner) {
    // 副中心 inside a name (新就业群体融入副中心基层治理“三个行动”) is a word of the slogan.
    if (p.name === SUB_CENTRE_SHORT) continue;
    const d = p.from >= span.from && p.to <= span.to ? placeDraft(p) : undefined;
    if (d) found.set(d, p.attrs.parent ?? d.attrs.parent);
  }
  for (const d of entities.all()) {
    if (d.type === 'PLACE' && !found.has(d) && [d.name, ...d.aliases].some((form) => form.length >= MIN_OWN_FORM && form !== name && name.includes(form)))
      found.set(d, d.attrs.parent);
  }
  // A province in a project's name is its operator's (国网新源浙江…电站), not where it is.
  return [...found.keys()].filter((d) => d.attrs.level !== 'province' && ![...found].some(([o, parent]) => o !== d && parent === d.name));
}

/** The places a clause puts a name in after it: …中心在洪畴镇竣工, …停车场规划在海兴路北侧、集港路两侧. */
function placesAfter(text: string, span: TextSpan, places: readonly PlaceCandidate[], clauseEnd: number): PlaceCandidate[] {
  const marker = LOCATIVE_AFTER.exec(text.slice(span.to, clauseEnd));
  if (!marker) return [];
  const list: PlaceCandidate[] = [];
  let at = span.to + marker[0].length;
  for (;;) {
    const next = places.find((p) => p.from >= at && LOCATIVE_PLACE.test(text.slice(at, p.from)) && (list.length > 0 || p.from === at));
    if (!next || next.from >= clauseEnd) break;
    list.push(next);
    at = next.to;
  }
  return list;
}

/** A place subject written as a chain (潞城镇东刘庄村): the last, smallest one is where the clause is. */
function chainEnd(place: PlaceCandidate, places: readonly PlaceCandidate[]): PlaceCandidate {
  let last = place;
  for (let next = places.find((p) => p.from === last.to); next; next = places.find((p) => p.from === last.to)) last = next;
  return last;
}

/**
 * LOCATED_IN, read clause by clause. An organisation or project is in the places its own name
 * holds, in those a clause puts it in (…在洪畴镇竣工投产), and in the place written just before it
 * (在张家湾镇的乐童精英幼儿园), else the place its clause is about (北渡村打造…, 鄞州还推进…), else the
 * nearest town-level or smaller place its sentence names before it. X位于Y puts X in Y; a place is
 * in its parent when the story names both.
 */
function locationsOf(story: ChineseStory): void {
  const { entities, relations, places, subjects } = story;
  const orgDraft = (name: string) => entities.find('ORG', orgKey(name));
  const placeDraft = placeLookup(entities);
  story.mentions.forEach((m, i) => {
    const s = subjects[i]!;
    const { sentence, orgs, projects, places: placeMentions, inner } = m;
    if (!placeMentions.length && !inner.length) return;
    const { text } = sentence;
    const holders = [
      ...orgs.filter((o) => !o.bare).map((o) => ({ c: o as TextSpan & { name: string }, d: orgDraft(writtenOut(o, places)) })),
      ...projects.map((p) => ({ c: p as TextSpan & { name: string }, d: entities.find('PROJECT', plain(p.name)) })),
    ];
    for (const { c, d } of holders) {
      if (!d || SELF_PLACED.has(String(d.attrs.kind))) continue;
      // A body whose name starts with its place (平湖市职业中专) is placed by its name; the graph
      // derives that. A company's name gives where it is registered, not where it works.
      const isProject = d.type === 'PROJECT';
      if (!isProject && d.attrs.kind !== 'company' && (inner.some((p) => p.from === c.from) || opensWithPlace(d.name))) continue;
      const local = isProject || d.attrs.kind === 'company' || d.attrs.kind === 'other';
      const clause = clauseAt(s.starts, c.from);
      const clauseEnd = s.starts[clause + 1] ?? text.length;
      const own = isProject ? ownPlaces(plain(c.name), inner, c, entities, placeDraft) : [];
      const after = local ? placesAfter(text, c, placeMentions, clauseEnd).map((p) => placeDraft(p)) : [];
      const adjacent = placeMentions.filter((p) => p.to <= c.from && PLACE_LINK.test(text.slice(p.to, c.from))).pop();
      // The place the clause is about, where its sentence names it (北渡村打造…; 洪畴镇…，…开展…项目).
      const subject = s.written[clause] ? s.subjects[clause] : undefined;
      // A programme written after its body (区委“三大三强”活动) is that body's, wherever the clause is.
      const owned = s.named.some((b) => b.to === c.from || (b.to === c.from - 1 && text[b.to] === '的'));
      // A company named in a person's title (…公司技术经理黄军) is the person's employer, not what the clause is about.
      const titled = !isProject && !s.bodies.some((b) => b.from === c.from);
      const about =
        local && !owned && !titled && subject?.kind === 'place' && subject.place && subject.from < c.from ? chainEnd(subject.place, placeMentions) : undefined;
      // A place in an earlier item of a list (前疃村…、潞城安寓聚舍民宿) is that item's, not this one's.
      const nearby =
        local && !owned ? placeMentions.filter((p) => p.to <= c.from && !text.slice(p.to, c.from).includes('、') && isLocal(placeDraft(p))).pop() : undefined;
      const written = adjacent ?? about ?? nearby;
      const targets = [...own, ...after, ...(own.length ? [] : [written && placeDraft(written)])];
      for (const target of new Set(targets)) if (target) relations.add('LOCATED_IN', d, target, evidenceAt(sentence, c));
    }
    for (let at = text.indexOf(SITUATED); at > 0; at = text.indexOf(SITUATED, at + 1)) {
      const where = placeMentions.find((p) => p.from === at + SITUATED.length);
      const what = placeMentions.find((p) => p.to === at);
      const self = what && placeDraft(what),
        target = where && placeDraft(where);
      if (self && target) relations.add('LOCATED_IN', self, target, evidenceAt(sentence, spanOf(what!, where!)));
    }
    for (const p of [...placeMentions, ...inner]) {
      const self = placeDraft(p);
      const parent = p.attrs.parent ? entities.named('PLACE', p.attrs.parent) : self?.attrs.parent ? entities.named('PLACE', self.attrs.parent) : undefined;
      if (self && parent) relations.add('LOCATED_IN', self, parent, evidenceAt(sentence, p));
    }
  });
}

/**
 * A story about one place (its headline names it: 兴仁镇：…, 通运街道百日攻坚…) plainly puts the
 * projects, companies and small places it names there, unless it said where they are.
 */
function locateInFocus(entities: EntityTable, relations: RelationTable, focus: Draft | undefined): void {
  if (!focus) return;
  const stated = relations.stated();
  const located = new Set(stated.filter((r) => r.type === 'LOCATED_IN').map((r) => r.from));
  // A programme a district's or city's committee or government runs (区委“三大三强”活动) spans its
  // whole area; a story set in one town of it does not put it there.
  const areaWide = new Set(
    stated.filter((r) => r.type === 'INVOLVED_IN' && SELF_PLACED.has(String(r.from.attrs.kind)) && !r.from.name.startsWith(focus.name)).map((r) => r.to),
  );
  for (const d of entities.all()) {
    if (d === focus || located.has(d) || areaWide.has(d) || d.mentions.length === 0) continue;
    // A national company (国家电网) is named in a story about a town, not placed there.
    const placed =
      d.type === 'PROJECT' ||
      (d.type === 'ORG' && d.attrs.kind === 'company' && !NATIONAL_BODIES.some(([n]) => n === d.name)) ||
      (d.type === 'PLACE' && BELOW_TOWN.has(String(d.attrs.level)) && d.attrs.parent !== undefined && d.attrs.parent === focus.name) ||
      (d.type === 'PLACE' && ['road', 'zone'].includes(String(d.attrs.level)) && d.attrs.parent === undefined);
    if (!placed) continue;
    const mention = d.mentions[0]!;
    relations.add('LOCATED_IN', d, focus, { start: mention.start, end: mention.end, sentence: mention.sentence });
  }
}

/** Adds each story's LOCATED_IN relations. */
export function stateLocations(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) {
    locationsOf(story);
    locateInFocus(story.entities, story.relations, story.focus);
  }
  return doc;
}
