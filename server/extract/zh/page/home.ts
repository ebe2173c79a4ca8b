import { ancestorsOf, divisionByCode, divisionsNamed, fullNameAt, type Division } from '../../../gazetteer/divisions.ts';
import type { ChineseDocument } from '../document.ts';

/** Where a page is: the county-level place its towns vote for, and what that place is under. */
export interface HomePlace {
  county?: Division;
  city?: Division;
  province?: Division;
  /** Gazetteer full names (通州区, 潞城镇) written anywhere on the page. */
  written: ReadonlySet<string>;
}

/** The gazetteer full names written in a text (names of three characters or more). */
function writtenDivisions(text: string): Set<string> {
  const written = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x4e00) continue;
    const name = fullNameAt(text, i);
    if (name) {
      written.add(name);
      i += name.length - 1;
    }
  }
  return written;
}

/**
 * The page's home place. Every town or subdistrict named votes for the counties that have one
 * of that name, each vote split among them; a county named in full votes for itself. A page
 * that names 兴仁镇 and 石港镇 is Nantong's Tongzhou; one that names 潞城镇 and 宋庄镇, Beijing's.
 */
function homePlaceOf(text: string): HomePlace {
  const written = writtenDivisions(text);
  const votes = new Map<string, number>();
  const vote = (code: string | undefined, weight: number) => {
    if (code) votes.set(code, (votes.get(code) ?? 0) + weight);
  };
  for (const name of written) {
    const divisions = divisionsNamed(name);
    for (const d of divisions) {
      if (d.tier === 4) vote(d.parentCode, 1 / divisions.length);
      if (d.tier === 3) vote(d.code, 1 / divisions.length);
    }
  }
  let best: string | undefined;
  for (const [code, n] of votes) if (!best || n > votes.get(best)!) best = code;
  const county = divisionByCode(best);
  const above = county ? ancestorsOf(county) : [];
  return {
    county,
    city: above.find((d) => d.tier === 2) ?? above.find((d) => d.tier === 1),
    province: above.find((d) => d.tier === 1),
    written,
  };
}

/** Adds `homePlace` (the county, city and province the page is about) and `home`, its division. */
export function findHomePlace(doc: ChineseDocument): ChineseDocument {
  doc.homePlace = homePlaceOf(doc.canonical);
  const county = doc.homePlace.county;
  if (county) doc.home = { code: county.code, name: county.name };
  return doc;
}
