import type { Division } from '../../../gazetteer/divisions.ts';
import { bodyName } from '../mentions/bodies.ts';
import type { EntityTable } from '../../entities.ts';
import type { EnglishDocument } from '../document.ts';
import type { EnglishDraft } from './draft.ts';
import type { Found } from '../mentions/found.ts';
import { compact, nameKey } from '../mentions/text.ts';
import { LEGAL_ENDINGS } from '../vocab/orgs.ts';

// Names become entities: every form of one name keyed alike, so "Zhejiang" and "Zhejiang
// Province" (one division), "Jinyun county" and "Jinyun County", "CPC Tongzhou District
// Committee" and "the Tongzhou District Party committee" (one body) are one entity each.

/** The key a place is known by in its article: its division, else its spelling and level. */
const placeKey = (f: Found, division?: Division) => (division ? `code:${division.code}` : `${compact(f.place!.proper)}|${f.place!.level}`);

/** The key of a Party committee or government: its official English name. */
export const bodyKey = (name: string) => nameKey(name);

/** Registers each name the sentences write; short forms and descriptions are left for coreference. */
function registerNames(
  found: readonly Found[],
  divisions: ReadonlyMap<Found, Division>,
  entities: EntityTable<EnglishDraft>,
  draftOf: Map<Found, EnglishDraft>,
): void {
  for (const f of found) {
    if (f.reference || !f.type) continue;
    const written = { start: f.start, end: f.end, text: f.text, sentence: f.sentence };
    let draft: EnglishDraft;
    if (f.type === 'PLACE') {
      const division = divisions.get(f);
      const level = division && division.level !== 'other' ? division.level : f.place!.level;
      draft = entities.add('PLACE', placeKey(f, division), f.name, { level, ...(division ? { code: division.code } : {}) }, written);
      draft.proper ??= f.place!.proper;
      if (f.place!.levelWord) draft.levelWord ??= f.place!.levelWord;
      if (division) draft.division = division;
    } else if (f.type === 'ORG') {
      const key = f.body ? bodyKey(bodyName(f.body.kind, f.body.place)) : nameKey(f.name);
      draft = entities.add('ORG', key, f.name.replace(/^the\s+/i, ''), { kind: f.kind }, written);
      if (f.body) draft.body ??= f.body;
    } else if (f.type === 'PROJECT') {
      draft = entities.add('PROJECT', compact(f.name.replace(/^(?:the|a|an)\s+/i, '')), f.name.replace(/^(?:the|a|an)\s+/i, ''), {}, written);
    } else {
      draft = entities.add('PERSON', nameKey(f.name), f.name, f.title ? { title: f.title.text } : {}, written);
      if (f.family) draft.family ??= f.family;
    }
    draftOf.set(f, draft);
    if (f.bracketed) entities.refer(draft, { ...f.bracketed, sentence: f.sentence });
  }
  mergeShortNames(entities);
}

const projectWords = (name: string) => name.toLowerCase().split(/[\s-]+/);
/** Whether `short` is `long` with words left out, ending alike ("pumped-storage station" of "Jinyun pumped-storage power station"). */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  let i = 0;
  for (const word of long) if (word === short[i]) i++;
  return i === short.length;
}

const words = (name: string) =>
  name
    .replace(LEGAL_ENDINGS, '')
    .replace(/^the\s+/i, '')
    .split(/\s+/);
const startsWithWords = (long: readonly string[], short: readonly string[]) => short.length < long.length && short.every((w, i) => long[i] === w);

/**
 * Folds a company written short into its full name ("Sifang Technology" into "Sifang Technology
 * Group Co., Ltd.") and a project written short into its full one ("pumped-storage power
 * station" into "Jinyun pumped-storage power station"), where only one full name fits.
 */
function mergeShortNames(entities: EntityTable<EnglishDraft>): void {
  for (const short of [...entities.all()]) {
    const fits = entities.all().filter((long) => {
      if (long === short || long.type !== short.type) return false;
      const [l, s] = [long.name, short.name];
      if (short.type === 'ORG')
        return !short.body && !long.body && l.length > s.length && (startsWithWords(words(l), words(s)) || words(l).join(' ') === words(s).join(' '));
      if (short.type === 'PROJECT') return l.length > s.length && isSubsequence(projectWords(s), projectWords(l));
      return false;
    });
    if (fits.length === 1) entities.merge(fits[0]!, short);
  }
}

/** Adds each story's `entities` (and `draftOf`): every form of one name keyed alike. */
export function registerEntities(doc: EnglishDocument): EnglishDocument {
  for (const story of doc.stories) registerNames([...story.headerFound, ...story.found.flat()], story.divisions, story.entities, story.draftOf);
  return doc;
}
