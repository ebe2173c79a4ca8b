import { authorLinePeople, bylinePeople } from './bylines.ts';
import { findOrgs, type OrgCandidate } from './orgs.ts';
import { findPersons, type PersonCandidate } from './persons.ts';
import { findPlaces, type PlaceCandidate } from './places.ts';
import type { Word } from './boundary.ts';
import { findProjects, type ProjectCandidate } from './projects.ts';
import { words } from './segmenter.ts';
import type { HomePlace } from '../page/home.ts';
import type { ChineseDocument } from '../document.ts';
import type { ReadSentence } from '../sentence.ts';

/** Everything the finders read in one sentence, in sentence-text offsets. */
export interface SentenceMentions {
  sentence: ReadSentence;
  /** The sentence's words with jieba's part-of-speech tags, which the clause rules read. */
  words: readonly Word[];
  places: PlaceCandidate[];
  orgs: OrgCandidate[];
  projects: ProjectCandidate[];
  persons: PersonCandidate[];
  /** Places read inside other names (洪三园区 in 洪三园区共享橡胶密炼中心项目): where those are. */
  inner: PlaceCandidate[];
}

const inside = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from >= b.from && a.to <= b.to && (a.from > b.from || a.to < b.to);
const crosses = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from < b.to && b.from < a.to;

// 本报讯（记者 张秀秀 施翔宇）: the by-line inside the brackets after 本报讯.
const OPENER_BYLINE = /^本报讯\s*（([^）]*)）/;

function bylineMentions(sentence: ReadSentence): { persons: PersonCandidate[]; rest: number } {
  const text = sentence.text;
  const asPersons = (people: ReturnType<typeof bylinePeople>, base: number) => people.map((p) => ({
    name: p.name, from: p.start - base, to: p.end - base, posts: p.role ? [{ title: p.role }] : [], ...(p.role ? { title: p.role } : {}),
  }));
  if (sentence.kind === 'byline' || sentence.kind === 'credit') {
    const people = bylinePeople(text, 0, text.length);
    return { persons: asPersons(people.length ? people : authorLinePeople(text, 0, text.length), 0), rest: text.length };
  }
  const opener = OPENER_BYLINE.exec(text);
  if (opener) return { persons: asPersons(bylinePeople(text, 0, opener[0].length), 0), rest: opener[0].length };
  const credit = /^([\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})*)\s+摄$/.exec(text);
  if (credit) return { persons: asPersons(authorLinePeople(text, 0, text.length), 0), rest: text.length };
  return { persons: [], rest: 0 };
}

/**
 * Reads one sentence with every finder, then settles overlaps: a place inside an organisation's
 * or project's name is part of that name (宁波市 in 宁波市生态环境局), a project inside a longer
 * one is part of it, while an organisation at the start of a longer organisation or project
 * stays (it is the body that one belongs to).
 */
function readMentions(sentence: ReadSentence, home: HomePlace): SentenceMentions {
  const byline = bylineMentions(sentence);
  if (byline.rest === sentence.text.length) return { sentence, words: [], places: [], orgs: [], projects: [], persons: byline.persons, inner: [] };
  const text = sentence.text;
  const tokens = words(text);
  const skip = (c: { from: number }) => c.from < byline.rest;
  const places = findPlaces(text, tokens, home).filter((c) => !skip(c));
  const orgs = findOrgs(text, tokens, places).filter((c) => !skip(c));
  const projects = findProjects(text, tokens, sentence.written, orgs, places).filter((c) => !skip(c));
  const persons = [...byline.persons, ...findPersons(text, tokens, orgs).filter((c) => !skip(c))];
  const named = [...orgs, ...projects];
  const keptProjects = projects.filter((p) => !projects.some((q) => q !== p && inside(p, q)) && !orgs.some((o) => inside(p, o)));
  // A body inside a longer one is kept where the longer one is its part: it starts the name
  // (…有限公司 in …有限公司党支部) or the longer one's ending follows it (建德市委 in 杭州市建德市委组织部).
  const partOf = (o: OrgCandidate, q: OrgCandidate) => o.from === q.from || o.to === q.headStart;
  const keptOrgs = orgs.filter((o) => !keptProjects.some((p) => inside(o, p) && o.from !== p.from) &&
    !orgs.some((q) => q !== o && inside(o, q) && !partOf(o, q)) && !persons.some((p) => crosses(o, p)));
  const keptPlaces = places.filter((p) => !named.some((n) => crosses(p, n) && (n.to - n.from > p.to - p.from || inside(p, n))) &&
    !places.some((q) => q !== p && inside(p, q)) && !persons.some((q) => crosses(p, q)));
  return { sentence, words: tokens, places: keptPlaces, orgs: keptOrgs, projects: keptProjects, persons, inner: places.filter((p) => !keptPlaces.includes(p)) };
}

/** Adds each story's `mentions`: the people, bodies, places and projects each sentence names. */
export function findMentions(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) story.mentions = story.sentences.map((s) => readMentions(s, doc.homePlace));
  return doc;
}
