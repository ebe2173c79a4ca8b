import { ancestorsOf, type Division } from '../../../gazetteer/divisions.ts';
import type { ChineseDocument } from '../document.ts';
import type { SentenceMentions } from '../mentions/index.ts';
import type { HomePlace } from '../page/home.ts';
import { isTownName } from '../vocab/levels.ts';

/** The places an article means by 区, 市, 镇 …: its own where it names one, else the page's. */
export interface ArticlePlaces {
  county?: Division;
  city?: Division;
  province?: Division;
  town?: string;
  subdistrict?: string;
}

/** The prefecture-level city every one of the counties is in, if they share one. */
function sharedCity(counties: readonly Division[]): Division | undefined {
  const cities = counties.map((c) => ancestorsOf(c).find((d) => d.tier === 2) ?? ancestorsOf(c).find((d) => d.tier === 1));
  return cities.every((c) => c && c === cities[0]) ? cities[0] : undefined;
}

/**
 * The article's places at each level. The county is the county-level place the article names
 * most (a story about 鄞州 on a page about 天台 means 鄞州 by 区委), else the page's home; the town
 * and subdistrict are the ones it names most.
 */
function articlePlaces(read: readonly SentenceMentions[], home: HomePlace): ArticlePlaces {
  const counts = new Map<string, { division?: Division; name: string; n: number }>();
  for (const { places } of read) {
    for (const p of places) {
      const name = p.fullName ?? p.name;
      const entry = counts.get(name) ?? { division: p.division, name, n: 0 };
      entry.n++;
      counts.set(name, entry);
    }
  }
  const most = (test: (e: { division?: Division; name: string }) => boolean) => [...counts.values()].filter(test).sort((a, b) => b.n - a.n)[0];
  // A story that visits several counties (到舒兰市、昌邑区、磐石市调研) is set in none of them: its
  // 市 is the city they share.
  const counties = new Set([...counts.values()].filter((e) => e.division?.tier === 3).map((e) => e.division!.code));
  const own = counties.size === 1 ? most((e) => e.division?.tier === 3)?.division : undefined;
  const shared = counties.size > 1 ? sharedCity([...counts.values()].filter((e) => e.division?.tier === 3).map((e) => e.division!)) : undefined;
  const county = own ?? (shared ? undefined : home.county);
  // A story that names no county means its city (or the page's) by 市委.
  const city = county ? undefined : (shared ?? most((e) => e.division?.tier === 2)?.division ?? home.city);
  const above = county ? ancestorsOf(county) : city ? ancestorsOf(city) : [];
  return {
    county: county?.level === 'city' ? undefined : county,
    city: county?.level === 'city' ? county : (city ?? above.find((d) => d.tier === 2) ?? above.find((d) => d.tier === 1)),
    province: above.find((d) => d.tier === 1) ?? (city?.tier === 1 ? city : home.province),
    town: most((e) => isTownName(e.name) && (e.division?.tier === 4 || !e.division))?.name,
    subdistrict: most((e) => e.name.endsWith('街道'))?.name,
  };
}

/** Adds each story's `places`: the county, city, province, town and subdistrict it means by a level word. */
export function readPlacesByLevel(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) story.places = articlePlaces(story.mentions, doc.homePlace);
  return doc;
}
