import { ancestorsOf, divisionByCode, divisionsNamed, divisionsStemmed, fullNameAt, namesAt, stemOf, type Division } from '../../../gazetteer/divisions.ts';
import { words } from '../mentions/segmenter.ts';
import type { ChineseDocument } from '../document.ts';

/** Where a page is: the county-level place its towns vote for, and what that place is under. */
export interface HomePlace {
  county?: Division;
  city?: Division;
  province?: Division;
  /** Gazetteer full names (通州区, 潞城镇) written anywhere on the page. */
  written: ReadonlySet<string>;
}

/**
 * The gazetteer full names written in a text. A two-character one (和县, 泸县) counts only as a
 * word of its own: 和县 in 张华和县长 is 和 + 县长.
 */
function writtenDivisions(text: string): Set<string> {
  const written = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x4e00) continue;
    const name = fullNameAt(text, i);
    if (name && (name.length > 2 || standsAlone(text, i, name.length))) {
      written.add(name);
      i += name.length - 1;
    }
  }
  return written;
}

// A county written by its short form alone (黄岩, 满城) counts for less than one written in full or
// voted for by its towns. Some short forms are everyday words as well (振兴, 和平, 东方): jieba
// reads them as a verb, an adjective or another common word, and they count only where the page
// names the county's city too.
const SHORT_FORM_VOTE = 0.5;
const OTHER_UNIT_VOTE = 0.25;
const SHORT_FORM_TIMES = 2;
const EVERYDAY_TAG = /^(?:v|vn|vd|a|ad|an|d|s|f|nz|t|m|q|r|p|c)$/;
const isEverydayWord = (stem: string) => {
  const read = words(stem);
  return read.length === 1 && EVERYDAY_TAG.test(read[0]!.tag);
};
// A county under a city the page also names is the more likely of the counties voted for.
const CITY_SUPPORT = 0.5;

// How much text around a short form jieba reads to tell whether it is a word of its own.
const WORD_WINDOW = 4;

/** Whether jieba reads text[at, at + length) as a word of its own (not inside 高卫东). */
function standsAlone(text: string, at: number, length: number): boolean {
  const from = Math.max(0, at - WORD_WINDOW);
  const read = words(text.slice(from, at + length + WORD_WINDOW));
  return read.some((w) => w.start === at - from) && read.some((w) => w.start + w.word.length === at - from + length);
}

/** How often each division of county level or above is written, in full or by its short form. */
function namedDivisions(text: string): Map<Division, number> {
  const counts = new Map<Division, number>();
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x4e00) continue;
    const name = namesAt(text, i)[0];
    if (!name) continue;
    const full = divisionsNamed(name).filter((d) => d.tier <= 3);
    // A county's short form inside a longer word (卫东 in the name 高卫东) names no place; jieba is
    // asked only about those, the only short forms that vote for a home county.
    const stemmed = full.length ? [] : divisionsStemmed(name).filter((d) => d.tier <= 3);
    const candidates = full.length ? full : stemmed.some((d) => d.tier === 3) && !standsAlone(text, i, name.length) ? [] : stemmed;
    for (const d of candidates) counts.set(d, (counts.get(d) ?? 0) + 1 / candidates.length);
    i += name.length - 1;
  }
  return counts;
}

/**
 * The page's home place. Every town or subdistrict named votes for the counties that have one
 * of that name, each vote split among them; a county named in full votes for itself, one named by
 * its short form (黄岩) for itself with half a vote, and a county under a city the page names
 * gets more. A page that names 兴仁镇 and 石港镇 is Nantong's Tongzhou; one that names 潞城镇 and
 * 宋庄镇, Beijing's. A page that names no county is about the city (or province) it names most.
 */
function homePlaceOf(text: string): HomePlace {
  const written = writtenDivisions(text);
  const named = namedDivisions(text);
  const votes = new Map<string, number>();
  const vote = (code: string | undefined, weight: number) => {
    if (code) votes.set(code, (votes.get(code) ?? 0) + weight);
  };
  for (const name of written) {
    const divisions = divisionsNamed(name);
    for (const d of divisions) {
      // Township-level units that are not towns or subdistricts (农业示范园区, 林场) are often named
      // like common nouns: they count for little.
      if (d.tier === 4) vote(d.parentCode, (d.level === 'other' ? OTHER_UNIT_VOTE : 1) / divisions.length);
      if (d.tier === 3) vote(d.code, 1 / divisions.length);
    }
  }
  const cityNamed = (d: Division) => ancestorsOf(d).some((a) => named.has(a));
  for (const [d, n] of named) {
    if (d.tier === 3 && !written.has(d.name) && (cityNamed(d) || !isEverydayWord(stemOf(d.name) ?? d.name)))
      vote(d.code, SHORT_FORM_VOTE * Math.min(n, SHORT_FORM_TIMES));
  }
  for (const [code, n] of votes) if (cityNamed(divisionByCode(code)!)) votes.set(code, n + CITY_SUPPORT);
  let best: string | undefined;
  for (const [code, n] of votes) if (!best || n > votes.get(best)!) best = code;
  // A county only its short form voted for, under no city the page names, is no match for a city
  // the page writes in full (卫东 read in the name 高卫东 on a page about 吕梁市).
  const cityWritten = [...named.keys()].some((d) => d.tier === 2 && written.has(d.name));
  if (best && votes.get(best)! < 1 && cityWritten && !cityNamed(divisionByCode(best)!)) best = undefined;
  const county = divisionByCode(best);
  const mostNamed = (tier: Division['tier']) => [...named].filter(([d]) => d.tier === tier).sort((a, b) => b[1] - a[1])[0]?.[0];
  const above = county ? ancestorsOf(county) : [];
  const city = county ? (above.find((d) => d.tier === 2) ?? above.find((d) => d.tier === 1)) : mostNamed(2);
  const province = county ? above.find((d) => d.tier === 1) : city ? ancestorsOf(city).find((d) => d.tier === 1) : mostNamed(1);
  return { county, city, province, written };
}

/** Adds `homePlace` (the county, city and province the page is about) and `home`, its division. */
export function findHomePlace(doc: ChineseDocument): ChineseDocument {
  doc.homePlace = homePlaceOf(doc.canonical);
  const county = doc.homePlace.county;
  if (county) doc.home = { code: county.code, name: county.name };
  return doc;
}
