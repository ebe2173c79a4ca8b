import { ancestorsOf, divisionsNamed, type Division } from '../../../gazetteer/divisions.ts';
import type { HomePlace } from '../page/home.ts';
import type { SentenceMentions } from '../mentions/index.ts';
import type { OrgCandidate } from '../mentions/orgs.ts';
import { FORMAL_ENDINGS, RELATIVE_LEVELS } from '../vocab/orgs.ts';

/** The places an article means by 区, 市, 镇 …: its own where it names one, else the page's. */
export interface ArticlePlaces {
  county?: Division;
  city?: Division;
  province?: Division;
  town?: string;
  subdistrict?: string;
}

/**
 * The article's places at each level. The county is the county-level place the article names
 * most (a story about 鄞州 on a page about 天台 means 鄞州 by 区委), else the page's home; the town
 * and subdistrict are the ones it names most.
 */
export function articlePlaces(read: readonly SentenceMentions[], home: HomePlace): ArticlePlaces {
  const counts = new Map<string, { division?: Division; name: string; n: number }>();
  for (const { places } of read) {
    for (const p of places) {
      const name = p.fullName ?? p.name;
      const entry = counts.get(name) ?? { division: p.division, name, n: 0 };
      entry.n++;
      counts.set(name, entry);
    }
  }
  const most = (test: (e: { division?: Division; name: string }) => boolean) =>
    [...counts.values()].filter(test).sort((a, b) => b.n - a.n)[0];
  const own = most((e) => e.division?.tier === 3)?.division;
  const county = own ?? home.county;
  const above = county ? ancestorsOf(county) : [];
  return {
    county: county?.level === 'city' ? undefined : county,
    city: county?.level === 'city' ? county : above.find((d) => d.tier === 2) ?? above.find((d) => d.tier === 1),
    province: above.find((d) => d.tier === 1),
    town: most((e) => /[镇乡]$/.test(e.name) && (e.division?.tier === 4 || !e.division))?.name,
    subdistrict: most((e) => e.name.endsWith('街道'))?.name,
  };
}

/** The place an article means by a level word, as a name. */
function placeFor(level: (typeof RELATIVE_LEVELS)[number][1], places: ArticlePlaces): string | undefined {
  switch (level) {
    case 'county': return places.county?.name;
    case 'city': return places.city?.name;
    case 'province': return places.province?.name;
    case 'town': return places.town;
    case 'subdistrict': return places.subdistrict;
  }
}

/**
 * An organisation's name written out: a body named after a level word alone (区委, 区政府,
 * 镇党委) gets the article's place at that level (通州区委, 通州区人民政府, 石港镇党委), and the
 * short endings of governments and courts their formal form (政府 → 人民政府).
 */
export function writtenOut(org: OrgCandidate, places: ArticlePlaces, name = org.name): string {
  let out = name;
  if (org.relative) {
    const prefix = RELATIVE_LEVELS.find(([p]) => name.startsWith(p));
    const place = placeFor(org.relative, places);
    if (prefix && place) out = place + name.slice(prefix[0].length);
    else if (place && name === org.name) out = place + name.slice(1);
  }
  return formal(out);
}

/** 通州区政府 → 通州区人民政府; 区检察院 stays for lack of a place. */
export function formal(name: string): string {
  for (const [short, long] of FORMAL_ENDINGS) {
    if (name.endsWith(short) && !name.endsWith(long) && /[省市区县镇乡]$/.test(name.slice(0, -short.length))) {
      return name.slice(0, -short.length) + long;
    }
  }
  return name;
}

/** The key two names of one body share: no leading province or city, no 人民 (北京市通州区人民检察院 ~ 通州区检察院). */
export function orgKey(name: string): string {
  let key = name.replace(/[“”]/g, '');
  for (;;) {
    const lead = /^[\u4e00-\u9fff]{2,3}?[省市]/.exec(key);
    if (!lead || key.length - lead[0].length < 4 || !divisionsNamed(lead[0]).some((d) => d.tier <= 2)) break;
    key = key.slice(lead[0].length);
  }
  return key.replace('人民政府', '政府').replace('人民检察院', '检察院').replace('人民法院', '法院');
}
