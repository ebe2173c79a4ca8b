import { ancestorsOf, type Division } from '../../../gazetteer/divisions.ts';
import { divisionsSpelled } from '../mentions/divisions.ts';
import { isCountry } from '../mentions/lexicon.ts';
import type { Found } from '../mentions/found.ts';
import { compact } from '../mentions/text.ts';
import { LEVEL_RANK, REGION_OF_CHINA } from '../vocab/places.ts';

// Which division each place of an article is. A name like "Tongzhou District" may be Beijing's
// or Nantong's; the article decides: a parent written with it ("Beijing's Tongzhou District",
// "Tongzhou District, Nantong City"), then the other places it names (a town of one of them),
// then the dateline. A place still ambiguous keeps no code.

/** A place written with its parent: "Beijing's Tongzhou District", "Tongzhou District in Beijing". */
export interface PlaceLink {
  child: Found;
  parent: Found;
  start: number;
  end: number;
}

const IN_OR_OF = new RegExp(`^\\s*(?:in|of|,\\s*in)\\s+(?:the\\s+)?${REGION_OF_CHINA}?$`, 'i');
const COMMA = new RegExp(`^\\s*,\\s*${REGION_OF_CHINA}?$`, 'i');

/** The last name of a possessive chain: "Nantong's Tongzhou District" ends at the district. */
export function chainEnd(found: Found, sentence: readonly Found[]): Found {
  const next = sentence.find((f) => f.possessor === found);
  return next ? chainEnd(next, sentence) : found;
}

/**
 * Places written with their parent in one sentence. `levelOf` says what level a place is,
 * from its name before the article is read, from its entity after.
 */
export function placeLinks(text: string, sentence: readonly Found[], levelOf: (f: Found) => string | undefined): PlaceLink[] {
  const links: PlaceLink[] = [];
  const rank = (f: Found) => LEVEL_RANK[levelOf(f) ?? ''];
  for (const child of sentence.filter((f) => f.type === 'PLACE')) {
    if (child.possessor?.type === 'PLACE') {
      links.push({ child, parent: child.possessor, start: child.possessor.start, end: child.end });
    }
    const next = sentence.find((f) => f.start >= child.end);
    if (!next || next.type !== 'PLACE') continue;
    const gap = text.slice(child.end, next.start);
    const parent = chainEnd(next, sentence);
    const childRank = rank(child),
      parentRank = rank(parent);
    const lower = childRank !== undefined && parentRank !== undefined && parentRank >= childRank;
    // A comma joins a list as often as a place and its parent: only a higher level or a
    // country after it is a parent ("Jinyun County, Lishui City", "Munich, Germany").
    const higher = (childRank !== undefined && parentRank !== undefined && parentRank < childRank) || isCountry(parent.text);
    if ((IN_OR_OF.test(gap) && !lower) || (COMMA.test(gap) && higher)) links.push({ child, parent, start: child.start, end: parent.end });
  }
  return links;
}

/** Groups the forms of one place: the same proper part and level word. */
const groupKey = (f: Found) => `${compact(f.place!.proper)}|${f.place!.levelWord ?? ''}`;

const related = (a: Division, b: Division) => a === b || ancestorsOf(a).includes(b) || ancestorsOf(b).includes(a);
const under = (child: Division, parents: readonly Division[]) => ancestorsOf(child).some((a) => parents.includes(a));

/** Keeps the candidates that pass `test`, unless none would. */
function narrow(candidates: Division[], test: (d: Division) => boolean): Division[] {
  const kept = candidates.filter(test);
  return kept.length > 0 ? kept : candidates;
}

/**
 * The division each place found is, where the article makes it one. `context` holds other
 * places the article implies (the place in a body's name, the dateline's city).
 */
export function divisionsOf(
  found: readonly Found[],
  links: readonly PlaceLink[],
  context: { inNames: readonly Division[][]; dateline?: string },
): Map<Found, Division> {
  const groups = new Map<string, { founds: Found[]; candidates: Division[] }>();
  for (const f of found) {
    if (f.type !== 'PLACE' || !f.place || f.place.candidates.length === 0) continue;
    const key = groupKey(f);
    const group = groups.get(key);
    if (group) group.founds.push(f);
    else groups.set(key, { founds: [f], candidates: [...f.place.candidates] });
  }
  const groupOf = (f: Found) => (f.place ? groups.get(groupKey(f)) : undefined);
  for (const link of links) {
    const child = groupOf(link.child),
      parent = groupOf(link.parent);
    if (child && parent) child.candidates = narrow(child.candidates, (d) => under(d, parent.candidates));
  }
  // Each pass lets a place settled by its neighbours settle the next.
  for (let pass = 0; pass < 3; pass++) {
    for (const group of groups.values()) {
      if (group.candidates.length < 2) continue;
      const others = [...[...groups.values()].filter((g) => g !== group).map((g) => g.candidates), ...context.inNames];
      const score = (d: Division) => others.filter((candidates) => candidates.some((o) => related(d, o))).length;
      const best = Math.max(...group.candidates.map(score));
      if (best > 0) group.candidates = group.candidates.filter((d) => score(d) === best);
    }
  }
  const dateline = context.dateline ? divisionsSpelled(context.dateline) : [];
  const resolved = new Map<Found, Division>();
  for (const group of groups.values()) {
    if (group.candidates.length > 1 && dateline.length > 0) group.candidates = narrow(group.candidates, (d) => dateline.some((p) => related(d, p)));
    const [only] = group.candidates;
    if (only && group.candidates.length === 1) for (const f of group.founds) resolved.set(f, only);
  }
  return resolved;
}
