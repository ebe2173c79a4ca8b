import type { MentionTagger } from '../tagger/index.ts';
import { authorLineNames, readCredits } from './credits.ts';
import { addLearnedMentions } from './learned.ts';
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

// 《河北省节约用水条例》: a name in book-title marks is a document's, a newspaper's or a programme's.
const BOOK_TITLE = /《([^《》]{1,40})》/g;
const documentTitles = (text: string) => [...text.matchAll(BOOK_TITLE)].map((m) => ({ from: m.index!, to: m.index! + m[0].length }));

/**
 * Reads one sentence with every finder, then settles overlaps: a place inside an organisation's
 * or project's name is part of that name (宁波市 in 宁波市生态环境局), a project inside a longer
 * one is part of it, while an organisation at the start of a longer organisation or project
 * stays (it is the body that one belongs to).
 */
function readMentions(sentence: ReadSentence, home: HomePlace, tagger: MentionTagger | null): SentenceMentions {
  const text = sentence.text;
  const credits = readCredits(text);
  const byline = sentence.kind === 'byline' || sentence.kind === 'credit';
  if (byline && !credits.persons.length) return { sentence, words: [], places: [], orgs: [], projects: [], persons: authorLineNames(text), inner: [] };
  const tokens = words(text);
  // Credits are read by their own rules; what a document's title names (《河北省节约用水条例》) is
  // part of that title, not a place, body or person of the story.
  const covered = [...credits.spans, ...documentTitles(text)];
  const free = (c: { from: number; to: number }) => !covered.some((s) => crosses(c, s));
  const places = findPlaces(text, tokens, home).filter(free);
  const orgs = [...credits.orgs, ...findOrgs(text, tokens, places).filter(free)];
  const projects = findProjects(text, tokens, sentence.written, orgs, places).filter((c) => !credits.spans.some((s) => crosses(c, s)));
  const persons = [...credits.persons, ...findPersons(text, tokens, orgs).filter(free)];
  if (tagger) addLearnedMentions(text, tokens, tagger.tag(text, tokens), { persons, orgs, places, spans: [...covered, ...projects] });
  const named = [...orgs, ...projects];
  const keptProjects = projects.filter((p) => !projects.some((q) => q !== p && inside(p, q)) && !orgs.some((o) => inside(p, o)));
  // A body inside a longer one is kept where the longer one is its part: it starts the name
  // (…有限公司 in …有限公司党支部) or the longer one's ending follows it (建德市委 in 杭州市建德市委组织部).
  const partOf = (o: OrgCandidate, q: OrgCandidate) => o.from === q.from || o.to === q.headStart;
  // Bodies named one after another from the start of a project's name (连江县人民政府福州大学专项合作)
  // are the bodies it is named after.
  const leading = (o: OrgCandidate, p: ProjectCandidate): boolean => o.from === p.from || orgs.some((q) => q !== o && q.to === o.from && leading(q, p));
  const keptOrgs = orgs.filter(
    (o) =>
      !keptProjects.some((p) => inside(o, p) && !leading(o, p)) &&
      !orgs.some((q) => q !== o && inside(o, q) && !partOf(o, q)) &&
      !persons.some((p) => crosses(o, p)),
  );
  const keptPlaces = places.filter(
    (p) =>
      !named.some((n) => crosses(p, n) && (n.to - n.from > p.to - p.from || inside(p, n))) &&
      !places.some((q) => q !== p && inside(p, q)) &&
      !persons.some((q) => crosses(p, q)),
  );
  return { sentence, words: tokens, places: keptPlaces, orgs: keptOrgs, projects: keptProjects, persons, inner: places.filter((p) => !keptPlaces.includes(p)) };
}

/**
 * Adds each story's `mentions`: the people, bodies, places and projects each sentence names, read
 * by the rules and, where a tagger is given, by the learned tagger too (learned.ts).
 */
export function findMentions(doc: ChineseDocument, tagger: MentionTagger | null): ChineseDocument {
  for (const story of doc.stories) story.mentions = story.sentences.map((s) => readMentions(s, doc.homePlace, tagger));
  return doc;
}
