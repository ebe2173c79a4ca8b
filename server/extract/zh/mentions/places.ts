import { nameStart, type Word } from './boundary.ts';
import { ancestorsOf, divisionByCode, divisionsNamed, divisionsStemmed, namesAt, stemOf, type Division } from '../../../gazetteer/divisions.ts';
import type { HomePlace } from '../page/home.ts';
import { townsWithVillage } from '../../../gazetteer/villages.ts';
import { DIVISION_GROUP, GENERIC_PLACES, NAMED_REGIONS, PLACE_ENDINGS, ROAD_CONTEXT, ROAD_ENDINGS, SUB_CENTRE, SUB_CENTRE_SHORT } from '../vocab/places.ts';
import type { EntityAttrs } from '../../types.ts';
import { isAllHan } from '../text.ts';
import { endsWithLevel, leadingLevel, startsWithLevel } from '../vocab/levels.ts';

export interface PlaceCandidate {
  name: string;
  from: number;
  to: number;
  attrs: EntityAttrs;
  /** The full name when the text wrote a short form (通州 for 通州区). */
  fullName?: string;
  /** A park named after a level word alone (街道工业园区): the article's place at that level owns it. */
  relative?: 'town' | 'subdistrict';
  division?: Division;
}

// 我区, 本市: the page's own place at that level.
const SELF_REFERENCES: ReadonlyArray<readonly [string, 'county' | 'city']> = [
  ['我区', 'county'],
  ['我县', 'county'],
  ['本区', 'county'],
  ['我市', 'city'],
  ['本市', 'city'],
];

function placeOf(division: Division): EntityAttrs {
  const parent = divisionByCode(division.parentCode);
  return { level: division.level, code: division.code, ...(parent ? { parent: parent.name } : {}) };
}

/** The page's place at a level: 市 is the county when that is a county-level city (平湖市). */
function homeAt(level: 'province' | 'city' | 'county' | 'town' | 'subdistrict', home: HomePlace): Division | undefined {
  if (level === 'province') return home.province;
  if (level === 'county') return home.county?.level === 'city' ? undefined : home.county;
  if (level === 'city') return home.county?.level === 'city' ? home.county : home.city;
  return undefined;
}

/**
 * Which division a name means on this page: the one under the home county, else under the home
 * city or province, else under a county written on the page, else the only one.
 */
function resolveDivision(candidates: readonly Division[], home: HomePlace): Division | undefined {
  if (candidates.length <= 1) return candidates[0];
  const under = (d: Division, code: string | undefined) => !!code && (d.code === code || ancestorsOf(d).some((a) => a.code === code));
  for (const code of [home.county?.code, home.city?.code, home.province?.code]) {
    const hit = candidates.find((d) => under(d, code));
    if (hit) return hit;
  }
  const writtenCounties = [...home.written].flatMap((n) => divisionsNamed(n)).filter((d) => d.tier <= 3);
  return candidates.find((d) => writtenCounties.some((c) => under(d, c.code))) ?? candidates[0];
}

// What each name means on a page, worked out once per page: a short form such as 新华 has a
// dozen divisions to weigh against the page's home.
const meanings = new WeakMap<HomePlace, Map<string, Division | undefined>>();

function meaningOf(name: string, home: HomePlace): Division | undefined {
  let cache = meanings.get(home);
  if (!cache) meanings.set(home, (cache = new Map()));
  if (cache.has(name)) return cache.get(name);
  // Two-character full names are counties' (泸县, 杞县): their level word is written.
  const full = name.length >= 3 || endsWithLevel(name) ? divisionsNamed(name) : [];
  // A short form stands for a province or city anywhere, and for a county or town only when
  // the page writes the full name too, or it is the page's home county, one of its towns, or a
  // county of the page's city.
  const homeCity = home.county ? home.county.parentCode : home.city?.code;
  const stemmed = full.length
    ? []
    : divisionsStemmed(name).filter(
        (d) =>
          d.tier <= 2 ||
          home.written.has(d.name) ||
          d.code === home.county?.code ||
          (d.tier === 4 && d.parentCode === home.county?.code) ||
          (d.tier === 3 && !!homeCity && d.parentCode === homeCity),
      );
  let division = resolveDivision(full.length ? full : stemmed, home);
  // Township-level units that are not towns or subdistricts (化工园区, 农场) are common nouns
  // elsewhere; they count only in the page's own county.
  if (division?.level === 'other' && division.parentCode !== home.county?.code) division = undefined;
  cache.set(name, division);
  return division;
}

/** Administrative divisions the gazetteer knows, written in full or as a short form. */
function gazetteerPlaces(text: string, home: HomePlace, words?: readonly Word[]): PlaceCandidate[] {
  const found: PlaceCandidate[] = [];
  // A name read inside a word (西山区 in 京西山区), one that runs on into the next word (新乡 in
  // 新|乡贤) or a name that is a common noun (小城镇) is not one. A name may end inside the word it
  // starts when that word is its full name (毕节 in 毕节市) or a body's name the place opens (福州大学).
  const wordAt: Array<{ word: string; tag: string } | undefined> = [];
  const wordEnds = new Set<number>();
  for (const w of words ?? []) {
    wordAt[w.start] = w;
    wordEnds.add(w.start + w.word.length);
  }
  for (let i = 0; i < text.length; i++) {
    const word = wordAt[i];
    if (words && !word) continue;
    for (const name of namesAt(text, i)) {
      if (word && word.word === name && /^(?:n|vn|a)$/.test(word.tag)) continue;
      if (
        words &&
        !wordEnds.has(i + name.length) &&
        !(word && word.word.length > name.length && (word.tag === 'nt' || namesAt(word.word, 0).includes(word.word)))
      )
        continue;
      const division = meaningOf(name, home);
      if (!division) continue;
      found.push({
        name,
        from: i,
        to: i + name.length,
        attrs: placeOf(division),
        division,
        ...(division.name === name ? {} : { fullName: division.name }),
      });
      i += name.length - 1;
      break;
    }
  }
  return found;
}

/** Villages and communities, checked against the village list under the page's towns and county. */
function villagePlaces(text: string, words: readonly Word[], known: readonly PlaceCandidate[], home: HomePlace): PlaceCandidate[] {
  const found: PlaceCandidate[] = [];
  for (const [ending, level] of PLACE_ENDINGS) {
    for (let at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + 1)) {
      const to = at + ending.length;
      if (found.some((f) => f.to === to) || text.startsWith('委', to) || text.startsWith('民', to)) continue;
      const before = known.filter((k) => k.to <= at && k.to >= at - 6).pop();
      let from = nameStart(text, words, at, to, ending.length + 8, true, 0);
      // A town written in full before it is where it is (潞城镇东刘庄村); a short form is part of the name (玉桥东里社区).
      if (before && before.to > from && !before.fullName) from = before.to;
      if (level === 'village' || level === 'community') {
        // A village written before another (磨刀村岭背村) is where that one is, not part of its name.
        const inner = Math.max(text.lastIndexOf('村', at - 1) + 1, text.lastIndexOf('社区', at - 2) + 2);
        if (inner > from) from = inner;
        const village = listedVillage(text, at, to, before, home);
        if (village) found.push(village);
        else if (
          before?.division &&
          before.to === from &&
          from < at &&
          !GENERIC_PLACES.has(text.slice(from, to)) &&
          !GENERIC_PLACES.has(text.slice(at - 1, to))
        ) {
          // A village sits in a town or a county; a city written before it (绍兴市龙桥社区) is not its parent.
          const parent = before.division.tier >= 3 ? { parent: before.fullName ?? before.name } : {};
          found.push({ name: text.slice(from, to), from, to, attrs: { level, ...parent } });
        }
        continue;
      }
      const name = text.slice(from, to);
      // 龙桥社区小区 is the community's estates, not an area of its own.
      if (
        name.length <= ending.length ||
        GENERIC_PLACES.has(name) ||
        /^[0-9一二三四五六七八九十两几多各该本全]/.test(name) ||
        text.slice(from, at).endsWith('社区')
      )
        continue;
      const relative = leadingLevel(name)?.[1];
      if (relative === 'subdistrict' || relative === 'town') {
        found.push({ name, from, to, attrs: { level }, relative });
        continue;
      }
      if (!isProperZone(text, words, from, at, known)) continue;
      // 中关村科技园通州园: a park's branch is named by the park, a place's short form and 园.
      const branch = known.find((k) => k.from === to && k.division && text[k.to] === BRANCH_PARK);
      const end = branch ? branch.to + 1 : to;
      found.push({
        name: text.slice(from, end),
        from,
        to: end,
        attrs: { level, ...(branch ? { parent: branch.fullName ?? branch.name } : before ? { parent: before.fullName ?? before.name } : {}) },
      });
    }
  }
  return found;
}

const HAN_RUN = /[\u4e00-\u9fff]/;

/** The counties a village may be in: the town's written before it, the page's own, and those of the towns the page names. */
function countiesAsked(before: PlaceCandidate | undefined, home: HomePlace): Set<string> {
  const counties = new Set<string>();
  if (before?.division?.tier === 4 && before.division.parentCode) counties.add(before.division.parentCode);
  if (home.county) counties.add(home.county.code);
  for (const name of home.written) for (const d of divisionsNamed(name)) if (d.tier === 4 && d.parentCode) counties.add(d.parentCode);
  return counties;
}

/**
 * The village or community ending at `to`, as the village list knows it under the town written
 * before it or under the page's county: the longest name the list has, so 小东各庄村 is read
 * whole although 各 reads as a word of its own.
 */
function listedVillage(text: string, at: number, to: number, before: PlaceCandidate | undefined, home: HomePlace): PlaceCandidate | undefined {
  const level = text.startsWith('社区', at) ? 'community' : 'village';
  let earliest = at;
  while (earliest > 0 && at - earliest < 6 && HAN_RUN.test(text[earliest - 1]!) && !(before && !before.fullName && earliest <= before.to)) earliest--;
  const counties = countiesAsked(before, home);
  for (let from = earliest; from < at; from++) {
    const name = text.slice(from, to);
    if (GENERIC_PLACES.has(name)) continue;
    const towns = townsWithVillage(name, counties)
      .map(divisionByCode)
      .filter((d): d is Division => !!d);
    const town =
      towns.find((t) => before?.division && t.code === before.division.code) ??
      towns.find((t) => !!home.county && t.parentCode === home.county.code) ??
      towns.find((t) => home.written.has(t.name));
    if (town) return { name, from, to, attrs: { level, parent: town.name } };
  }
  return undefined;
}

// A park or zone is named by a place (洪三工业区 under 洪畴镇, 曹桥街道工业园区), a quoted name
// (“非织造”两创产业园) or a proper noun jieba does not know (杰克范小微创业园); 化工园区 and
// 智慧园区 are kinds of park.
function isProperZone(text: string, words: readonly Word[], from: number, at: number, known: readonly PlaceCandidate[]): boolean {
  if (text.slice(from, at).includes('”') || known.some((k) => (k.from >= from && k.from < at) || (k.to === from && !k.fullName))) return true;
  return words.some((w) => w.start >= from && w.start < at && /^(?:ns|nz|nrt|x|eng)$/.test(w.tag));
}

// Tags jieba gives an unknown proper name (亦庄/nr, 中关村/ns).
const AREA_TAG = /^(?:ns|nr|nz|nt)$/;
const BRANCH_PARK = '园';

// A road's proper part is a name (梓秀路, 海兴路), not a common word (边防公路, 重点路), and its
// ending is a word of its own, not the end of one (思路, 道路).
const COMMON_WORD = /^(?:n|vn|v|a|ad|d|b)$/;
function commonRoadWord(words: readonly Word[], from: number, at: number, to: number): boolean {
  const ending = words.find((w) => w.start < to && w.start + w.word.length >= to);
  if (ending && ending.start < at && ending.tag !== 'ns') return true;
  const proper = words.filter((w) => w.start >= from && w.start + w.word.length <= at);
  return proper.length === 1 && proper[0]!.start === from && COMMON_WORD.test(proper[0]!.tag);
}

/** Roads, read only where the sentence says where on them (紫运北路与梓秀路交叉口, 海兴路北侧). */
function roadPlaces(text: string, words: readonly Word[], known: readonly PlaceCandidate[]): PlaceCandidate[] {
  const found: PlaceCandidate[] = [];
  for (const ending of ROAD_ENDINGS) {
    for (let at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + 1)) {
      const to = at + ending.length;
      if (!ROAD_CONTEXT.some((c) => text.startsWith(c, to)) || found.some((f) => f.to === to)) continue;
      const before = known.filter((k) => k.to <= at).pop();
      let from = nameStart(text, words, at, to, ending.length + 5, 'project', 0);
      if (before && before.to > from) from = before.to;
      // An address runs from large to small (通州区亦庄科创东三街): a proper noun between a division
      // and the road is the area the road is in.
      const area =
        before && from >= before.to && from - before.to <= 3
          ? words.find((w) => w.start === before.to && w.word.length === 2 && AREA_TAG.test(w.tag) && w.start + 2 + ending.length < to)
          : undefined;
      let parent = before ? (before.fullName ?? before.name) : undefined;
      if (area) {
        found.push({ name: area.word, from: area.start, to: area.start + 2, attrs: { level: 'zone', ...(parent ? { parent } : {}) } });
        from = area.start + 2;
        parent = area.word;
      }
      const name = text.slice(from, to);
      if (name.length < ending.length + 2 || GENERIC_PLACES.has(name) || !isAllHan(name) || commonRoadWord(words, from, at, to)) continue;
      found.push({ name, from, to, attrs: { level: 'road', ...(parent ? { parent } : {}) } });
    }
  }
  return found;
}

/** Named regions, a city's sub-centre and groups of divisions (北三县), with the place written before them as parent. */
function regionPlaces(text: string, home: HomePlace, divisions: readonly PlaceCandidate[]): PlaceCandidate[] {
  const found: PlaceCandidate[] = [];
  const writtenBefore = (at: number) => divisions.find((d) => d.to === at);
  for (const [name, level, parent] of NAMED_REGIONS) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      found.push({ name, from: at, to: at + name.length, attrs: { level, ...(parent ? { parent } : {}) } });
    }
  }
  for (let at = text.indexOf(SUB_CENTRE_SHORT); at >= 0; at = text.indexOf(SUB_CENTRE_SHORT, at + 1)) {
    const to = at + SUB_CENTRE_SHORT.length;
    const from = text.startsWith(SUB_CENTRE, to - SUB_CENTRE.length) ? to - SUB_CENTRE.length : at;
    // 副中心城市 is a secondary city; 区域副中心 and 省域副中心 are other kinds of centre.
    if (text.startsWith('城市', to) || (from === at && /域$/.test(text.slice(0, at)))) continue;
    const city = writtenBefore(from);
    const owner = city?.division && city.division.tier <= 2 ? city.division : homeAt('city', home);
    if (!owner) continue;
    const start = city?.division === owner ? city.from : from;
    found.push({
      name: text.slice(start, to),
      from: start,
      to,
      fullName: (stemOf(owner.name) ?? owner.name) + SUB_CENTRE,
      attrs: { level: 'zone', parent: owner.name },
    });
  }
  for (const group of text.matchAll(DIVISION_GROUP)) {
    const parent = writtenBefore(group.index!);
    found.push({
      name: group[0],
      from: group.index!,
      to: group.index! + group[0].length,
      attrs: { level: 'other', ...(parent ? { parent: parent.fullName ?? parent.name } : {}) },
    });
  }
  return found;
}

function selfReferences(text: string, home: HomePlace): PlaceCandidate[] {
  const found: PlaceCandidate[] = [];
  for (const [word, level] of SELF_REFERENCES) {
    const division = homeAt(level, home);
    if (!division) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      found.push({ name: word, from: at, to: at + word.length, attrs: placeOf(division), fullName: division.name, division });
    }
  }
  return found;
}

/** Every place written in a sentence. */
export function findPlaces(text: string, words: readonly Word[], home: HomePlace): PlaceCandidate[] {
  const divisions = gazetteerPlaces(text, home, words);
  const regions = regionPlaces(text, home, divisions);
  const known = [...divisions, ...regions].sort((a, b) => a.from - b.from);
  return [...divisions, ...villagePlaces(text, words, known, home), ...roadPlaces(text, words, known), ...regions, ...selfReferences(text, home)];
}

/** Whether a line opens with a place (潞城镇将在…, 通州查获…): headlines usually name where. */
export function startsWithPlace(line: string, home: HomePlace): boolean {
  if (startsWithLevel(line) || SELF_REFERENCES.some(([w]) => line.startsWith(w))) return true;
  return gazetteerPlaces(line.slice(0, 12), home).some((p) => p.from === 0);
}
