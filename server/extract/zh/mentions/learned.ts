import { divisionByCode, divisionsNamed, divisionsStemmed, namesAt } from '../../../gazetteer/divisions.ts';
import type { TaggedSpan } from '../tagger/index.ts';
import { isHan } from '../text.ts';
import { endsWithLevel, leadingLevel } from '../vocab/levels.ts';
import { GENERIC_ORGS, ORG_ENDINGS, TASK_BODIES, type OrgKind } from '../vocab/orgs.ts';
import { GENERIC_PLACES, PLACE_ENDINGS } from '../vocab/places.ts';
import type { Word } from './boundary.ts';
import { isGradedKind, type OrgCandidate } from './orgs.ts';
import { isAnonymised, surnameOf } from './person-names.ts';
import type { PersonCandidate } from './persons.ts';
import type { PlaceCandidate } from './places.ts';

// What the learned tagger adds to what the rules read in a sentence. The rules know a mention's
// structure (a person's titles, a body's owner and kind, a place's division), so where they read
// a mention the tagger's reading of the same words only corrects a person's name where the rules
// ran it on into the next word; where they read nothing, a confident span of the tagger's is a
// mention of its own: a name with no title beside it (阿迪雅, 郭春杰), a company without a company
// form (浩诚环保科技), a named place without a place ending (祁连山).

/** How sure the tagger must be of a span the rules did not read at all. */
// The tagger reads projects worse than the project rules do (by cross-validation), so it adds none.
export const MIN_CONFIDENCE: Readonly<Record<TaggedSpan['type'], number>> = { PERSON: 0.6, ORG: 0.7, PLACE: 0.8, PROJECT: Infinity };

interface Found {
  persons: PersonCandidate[];
  orgs: OrgCandidate[];
  places: PlaceCandidate[];
  spans: ReadonlyArray<{ from: number; to: number }>;
}

const crosses = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from < b.to && b.from < a.to;
// A person's name: two to four Han characters, or a minority name joined by a middle dot.
const PERSON_NAME = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,8})$/;
const NAME_TAG = /^(?:nr|nrfg|nrt|ng)$/;
// A name that starts a doctrine's name (习近平新时代中国特色社会主义思想, 毛泽东思想) is no mention of the person.
const DOCTRINE = /^(?:新时代|思想|理论|主义)/;
// A word of the dictionary that is no name (任命, 小城镇, 西南): the tagger sometimes reads one so.
const COMMON_TAG = /^(?:n|vn|v|vd|a|ad|an|d|r|m|f|t|s|l|i|b|z)$/;
const commonWord = (words: readonly Word[], at: { from: number; to: number }, name: string) =>
  words.some((w) => w.start === at.from && w.word === name && COMMON_TAG.test(w.tag));
// A span that starts or ends inside a word of the sentence (马克思 in 马克思主义) is part of that word.
const insideWord = (words: readonly Word[], at: { from: number; to: number }) =>
  words.some((w) => (w.start < at.from && w.start + w.word.length > at.from) || (w.start < at.to && w.start + w.word.length > at.to));
// A span the tagger is this sure of stands on its own: a minority or foreign name without a Han
// family name (希尼, 贝尔巴托夫), a body whatever its ending, a name that is also a word.
const SURE = 0.8;

/** A person's name: a family name and one or two characters (three after 欧阳), or a sure minority name (with ·). */
function isNameShaped(name: string, confidence: number): boolean {
  if (!PERSON_NAME.test(name) || isAnonymised(name) || isAnonymised(name.slice(0, -1))) return false;
  const surname = surnameOf(name);
  // Four characters with a one-character family name are a phrase more often than a name (周密安排).
  if (surname && name.length - surname.length > 2 && confidence < SURE) return false;
  return surname !== undefined || confidence >= SURE || name.includes('·');
}

// A task body named after its task alone (移民指挥部) is every such body, as the rules read it.
const unplacedTask = (name: string) => TASK_BODIES.some((t) => name.endsWith(t)) && !namesAt(name, 0).length && !leadingLevel(name);
const ENDINGS_LONGEST_FIRST = [...ORG_ENDINGS].sort((a, b) => b[0].length - a[0].length);
const KNOWN_ENDING = (name: string) => ENDINGS_LONGEST_FIRST.some(([e]) => name.endsWith(e));

function orgOf(name: string, from: number, to: number): OrgCandidate {
  const ending = ENDINGS_LONGEST_FIRST.find(([e]) => name.endsWith(e) && name.length > e.length);
  // A company written by its brand and business alone (浩诚环保科技, 华西德康) has no ending the rules know.
  const kind: OrgKind = ending?.[1] ?? 'company';
  const headStart = ending ? to - ending[0].length : to;
  const level = leadingLevel(name);
  return {
    name,
    from,
    to,
    kind,
    headStart,
    ...(level && level[0].length < name.length - 1 && headStart === from + level[0].length ? { relative: level[1] } : {}),
  };
}

function placeOf(name: string, from: number, to: number): PlaceCandidate {
  // A division the rules passed over (a short form they would not take on this page) is that
  // division where only one has the name.
  const divisions = divisionsNamed(name).length ? divisionsNamed(name) : divisionsStemmed(name);
  if (divisions.length === 1) {
    const division = divisions[0]!;
    const parent = divisionByCode(division.parentCode);
    return {
      name,
      from,
      to,
      division,
      attrs: { level: division.level, code: division.code, ...(parent ? { parent: parent.name } : {}) },
      ...(division.name === name ? {} : { fullName: division.name }),
    };
  }
  const ending = PLACE_ENDINGS.find(([e]) => name.endsWith(e) && name.length > e.length);
  const level = ending?.[1] ?? (endsWithLevel(name) ? (/[镇乡]$/.test(name) ? 'town' : name.endsWith('街道') ? 'subdistrict' : 'other') : 'other');
  return { name, from, to, attrs: { level } };
}

/**
 * Adds the tagger's confident mentions the rules did not read, and shortens a rule's person name
 * to the tagger's where the tagger read the same name one character shorter (张锐赴 → 张锐).
 */
export function addLearnedMentions(text: string, words: readonly Word[], spans: readonly TaggedSpan[], found: Found): void {
  const taken = (s: { from: number; to: number }) => [...found.persons, ...found.orgs, ...found.places, ...found.spans].some((m) => crosses(m, s));
  // A body the tagger is sure of that holds what the rules read inside it (交通银行 and 深圳 in
  // 交通银行深圳分行) is read whole: places anywhere in it, a body only at its start (the one this
  // is a branch of, which stays); a body further in means the span runs across two names.
  const within = (m: { from: number; to: number }, s: { from: number; to: number }) => m.from >= s.from && m.to <= s.to && (m.from > s.from || m.to < s.to);
  const holdsOnly = (s: { from: number; to: number }) =>
    [...found.persons, ...found.spans].every((m) => !crosses(m, s)) &&
    found.orgs.every((o) => !crosses(o, s) || (within(o, s) && o.from === s.from)) &&
    found.places.every((p) => !crosses(p, s) || within(p, s));
  for (const span of spans) {
    const at = { from: span.start, to: span.end };
    const name = text.slice(span.start, span.end);
    if (span.type === 'PERSON') {
      // The character cut off starts a word of the sentence (张锐|赴, 李鹏|均, 唐祎|陪同), not one of the name's.
      const longer = found.persons.find((p) => p.from === at.from && p.to === at.to + 1 && p.name.length === name.length + 1);
      const next = words.find((w) => w.start === at.to);
      if (longer && surnameOf(name) && next && !NAME_TAG.test(next.tag)) {
        longer.name = name;
        longer.to = at.to;
        continue;
      }
    }
    const sure = span.confidence >= SURE;
    const free = !taken(at) || (sure && span.type === 'ORG' && holdsOnly(at));
    if (span.confidence < MIN_CONFIDENCE[span.type] || !free || !isHan(name[0]) || insideWord(words, at) || (!sure && commonWord(words, at, name))) continue;
    if (span.type === 'PERSON' && isNameShaped(name, span.confidence) && !DOCTRINE.test(text.slice(at.to))) found.persons.push({ name, ...at, posts: [] });
    // A body with an ending the rules know was theirs to read: where they read none, they mostly
    // ruled it out (移民指挥部 is every resettlement office). The tagger adds bodies without one
    // (浩诚环保科技), and ones it is sure of (交通银行深圳分行, 东兴证券; 热刺, a club, is short).
    else if (
      span.type === 'ORG' &&
      (name.length >= 3 || sure) &&
      (sure || !KNOWN_ENDING(name)) &&
      !GENERIC_ORGS.has(name) &&
      !isGradedKind(name) &&
      !unplacedTask(name)
    )
      found.orgs.push(orgOf(name, at.from, at.to));
    else if (span.type === 'PLACE' && name.length >= 2 && !GENERIC_PLACES.has(name) && !/[0-9]/.test(name)) found.places.push(placeOf(name, at.from, at.to));
  }
}
