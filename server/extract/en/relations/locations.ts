import { ancestorsOf } from '../../../gazetteer/divisions.ts';
import type { EntityTable } from '../../entities.ts';
import type { RelationTable } from '../../relations.ts';
import type { EnglishDraft } from '../entities/draft.ts';
import type { Found } from '../mentions/found.ts';
import { chainEnd, placeLinks } from '../entities/places.ts';
import { isBody, type Reading } from './reading.ts';
import { REGION_OF_CHINA } from '../vocab/places.ts';

// What is where (LOCATED_IN) and what belongs to what (PART_OF): "X's Y", "Y in X", "Y, X",
// "based in", "home to", "Hamburg-based", "a subsidiary of", a body named inside another's
// name, and a place the gazetteer puts under another place of the article.

const LOCATED = new RegExp(
  `^\\s*,?\\s*(?:(?:which|that)\\s+is\\s+)?(?:(?:located|based|situated|headquartered|built|sited)\\s+)?in\\s+(?:the\\s+)?${REGION_OF_CHINA}?$`,
  'i',
);
const DESCRIBED_IN = new RegExp(
  `^\\s*,\\s+(?:an?|the)\\s+[^,;]{0,60}?\\b(?:based|located|headquartered|situated)\\s+in\\s+(?:the\\s+)?${REGION_OF_CHINA}?$`,
  'i',
);
const HOME_TO = /^\s*,?\s+(?:is\s+|was\s+)?home\s+to\s+(?:the\s+|an?\s+)?$/i;
const UNIT_OF = /^\s*,\s+(?:an?|the)\s+(?:wholly[- ]owned\s+)?(?:subsidiary|branch|unit|department|division|arm)\s+(?:of|under)\s+(?:the\s+)?$/i;
// Places joined by "and" share what is in them; a comma after a place more often writes its parent.
const AND = /^\s*,?\s*and\s+(?:the\s+)?$/i;

// A body named after its own place is not said to be in it (GUIDELINE: the graph derives that).
const locatable = (x: EnglishDraft) => (x.type === 'ORG' && !isBody(x)) || x.type === 'PROJECT';

/** What each organisation, project and place of the sentence is in. */
export function locations(r: Reading, sentence: readonly Found[]): void {
  const { text } = r;
  const draft = (f: Found) => r.draft(f);
  for (const link of placeLinks(text, sentence, (f) => draft(f)?.attrs.level)) {
    const [child, parent] = [draft(link.child), draft(link.parent)];
    if (child && parent) r.relations.add('LOCATED_IN', child, parent, { start: link.start, end: link.end, sentence: link.child.sentence });
  }
  sentence.forEach((f, i) => {
    const d = draft(f);
    if (!d) return;
    const next = sentence[i + 1];
    const nd = next ? draft(next) : undefined;
    if (next && nd) {
      const gap = text.slice(f.end, next.start);
      const parentFound = chainEnd(next, sentence);
      const parent = draft(parentFound);
      if (locatable(d) && parent?.type === 'PLACE' && (LOCATED.test(gap) || DESCRIBED_IN.test(gap))) {
        r.relations.add('LOCATED_IN', d, parent, { start: f.start, end: parentFound.end, sentence: f.sentence });
        // "in Xiaodonggezhuang Village and Xinggezhuang Village": in each.
        for (let j = sentence.indexOf(parentFound) + 1, left = parentFound; j < sentence.length; j++) {
          const other = sentence[j]!;
          if (draft(other)?.type !== 'PLACE' || !AND.test(text.slice(left.end, other.start))) break;
          r.relations.add('LOCATED_IN', d, draft(other)!, { start: f.start, end: other.end, sentence: f.sentence });
          left = other;
        }
      }
      if (d.type === 'PLACE' && locatable(nd) && HOME_TO.test(gap))
        r.relations.add('LOCATED_IN', nd, d, { start: f.start, end: next.end, sentence: f.sentence });
      if (d.type === 'ORG' && nd.type === 'ORG' && UNIT_OF.test(gap))
        r.relations.add('PART_OF', d, nd, { start: f.start, end: next.end, sentence: f.sentence });
    }
    const owner = f.possessor ? draft(f.possessor) : undefined;
    if (owner?.type === 'PLACE' && locatable(d)) r.relations.add('LOCATED_IN', d, owner, { start: f.possessor!.start, end: f.end, sentence: f.sentence });
    if (owner?.type === 'ORG' && d.type === 'ORG') r.relations.add('PART_OF', d, owner, { start: f.possessor!.start, end: f.end, sentence: f.sentence });
    const parentBody = f.partOf ? draft(f.partOf) : undefined;
    if (parentBody) r.relations.add('PART_OF', d, parentBody, { start: f.start, end: f.end, sentence: f.sentence });
    // "Becker Logistics GmbH, a Hamburg-based freight company", "a Hamburg-based company, X".
    if (f.based && d.type === 'PLACE') {
      const previous = sentence[i - 1];
      const pd = previous ? draft(previous) : undefined;
      if (next && nd && locatable(nd) && /^[\p{L}\s-]*$/u.test(text.slice(f.end, next.start)) && next.start - f.end < 40)
        r.relations.add('LOCATED_IN', nd, d, { start: f.start, end: next.end, sentence: f.sentence });
      else if (previous && pd && locatable(pd) && /^,\s+(?:an?|the)\s+$/.test(text.slice(previous.end, f.start)))
        r.relations.add('LOCATED_IN', pd, d, { start: previous.start, end: f.end + '-based'.length, sentence: f.sentence });
    }
  });
}

/**
 * A place the gazetteer puts under another place of the article is in it ("Lucheng Town" in
 * "Tongzhou District"), where no sentence says where it is. The evidence is the first sentence
 * naming both, else the place's first mention.
 */
export function gazetteerParents(entities: EntityTable<EnglishDraft>, relations: RelationTable<EnglishDraft>): void {
  const places = entities.all().filter((d) => d.type === 'PLACE');
  const byCode = new Map(places.filter((p) => p.division).map((p) => [p.division!.code, p]));
  for (const place of places) {
    if (!place.division || relations.has('LOCATED_IN', place)) continue;
    const parent = ancestorsOf(place.division)
      .map((a) => byCode.get(a.code))
      .find((p) => p !== undefined);
    if (!parent) continue;
    const mention = place.mentions.find((m) => parent.mentions.some((pm) => pm.sentence.start === m.sentence.start)) ?? place.mentions[0];
    if (mention) relations.add('LOCATED_IN', place, parent, { start: mention.start, end: mention.end, sentence: mention.sentence });
  }
}
