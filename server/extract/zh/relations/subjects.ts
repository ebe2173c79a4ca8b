import type { Draft, EntityTable } from '../../entities.ts';
import type { ChineseDocument } from '../document.ts';
import type { SentenceMentions } from '../mentions/index.ts';
import type { PlaceCandidate } from '../mentions/places.ts';
import { textOffset, type TextSpan } from '../sentence.ts';
import { MEETING } from '../vocab/clauses.ts';
import { PROJECT_REFERENCE, PROJECT_REFERENCE_MARK } from './project-references.ts';
import { clauseStarts, personStart, standsFirst, subjectSlot } from './clauses.ts';

/** A body named in a sentence, in sentence-text offsets. */
export interface Body extends TextSpan {
  draft: Draft;
}

/**
 * Who a clause is about: bodies acting together, a place (with the bodies it acts with:
 * 安昌街道联合区金融办), a person or a project it reports on, or a group no name picks out (各部门).
 */
export interface Subject {
  kind: 'bodies' | 'place' | 'person' | 'project' | 'group';
  from: number;
  /** The bodies that act: the subject's own, or those a place subject is joined with. */
  bodies: Draft[];
  place?: PlaceCandidate;
  /** The person a person subject names, carried with it to the clauses that drop it. */
  person?: string;
}

export interface SentenceSubjects {
  /** Where each clause starts (sentence-text offsets). */
  starts: number[];
  /** Each clause's subject: written in it, or carried from the clause, sentence or story before. */
  subjects: Array<Subject | undefined>;
  /** Whether each clause's subject is written in this sentence (in that clause or one before it). */
  written: boolean[];
  /** The subject that opened the sentence's paragraph, which a project reported on belongs to. */
  topic?: Subject;
  /** Bodies the sentence names as actors: outermost ones, not those inside a person's title. */
  bodies: Body[];
  /** Every outermost body the sentence names, those in titles too. */
  named: Body[];
}

// What joins the bodies that together are a clause's subject (城市管理办公室、综合行政执法队联合区住建委).
const COORDINATION = /^(?:、|和|与|及|以及|联合|会同)$/;
// A clause that only says since when or while what (自…以来, …期间) before the main clause.
const TIME_CLAUSE = /^(?:自|从|在)[^，]*(?:以来|期间|之际|过程中)[，；]?$/;
// A distributive subject (各级各部门, 每个村) is a group no name picks out.
const DISTRIBUTIVE = /^(?:各|每)/;
const DISTRIBUTIVE_CHAR = /[各每]/;

/** The bodies a sentence names, outermost only. */
function bodiesIn(m: SentenceMentions, orgMentions: ReadonlyArray<{ draft: Draft; start: number; end: number }>): Body[] {
  const { sentence } = m;
  const all: Body[] = [];
  // The first mention at or after the sentence's start (the mentions are sorted by start).
  let first = 0;
  for (let step = orgMentions.length; step > 0; step >>= 1)
    while (first + step <= orgMentions.length && orgMentions[first + step - 1]!.start < sentence.start) first += step;
  for (let i = first; i < orgMentions.length && orgMentions[i]!.start < sentence.end; i++) {
    const o = orgMentions[i]!;
    if (o.end > sentence.end) continue;
    const from = textOffset(sentence, o.start),
      last = textOffset(sentence, o.end - 1);
    if (from >= 0 && last >= 0) all.push({ draft: o.draft, from, to: last + 1 });
  }
  if (all.length < 2) return all;
  return all.filter((b) => !all.some((o) => o !== b && o.from <= b.from && o.to >= b.to && o.to - o.from > b.to - b.from)).sort((x, y) => x.from - y.from);
}

/** The bodies that are part of a person's title (区委书记孟景伟) name the person's post, not an actor. */
function actors(m: SentenceMentions, named: Body[]): Body[] {
  if (!named.length || !m.persons.length) return named;
  const titles = m.persons.map((p) => ({ from: personStart(m.sentence.text, p), to: p.from }));
  return named.filter((b) => !titles.some((t) => b.from >= t.from && b.to <= t.to));
}

type CandidateKind = Subject['kind'] | 'meeting';
const byPosition = (a: { at: number }, b: { at: number }) => a.at - b.at;

/** Everything in a sentence that may stand as a clause's subject, in reading order. */
function subjectCandidates(m: SentenceMentions, bodies: readonly Body[]): Array<{ at: number; kind: CandidateKind; index: number }> {
  const { text } = m.sentence;
  const list: Array<{ at: number; kind: CandidateKind; index: number }> = [];
  // A person first: where a title opens with a place (洪畴镇…成员黄军), the person is what stands there.
  for (let i = 0; i < m.persons.length; i++) list.push({ at: personStart(text, m.persons[i]!), kind: 'person', index: i });
  for (let i = 0; i < bodies.length; i++) list.push({ at: bodies[i]!.from, kind: 'bodies', index: i });
  for (let i = 0; i < m.places.length; i++) list.push({ at: m.places[i]!.from, kind: 'place', index: i });
  for (let i = 0; i < m.projects.length; i++) list.push({ at: m.projects[i]!.from, kind: 'project', index: i });
  // 该项目, 该产业园: the project named before, standing as the subject of its clause.
  if (text.includes(PROJECT_REFERENCE_MARK)) for (const r of text.matchAll(PROJECT_REFERENCE)) list.push({ at: r.index!, kind: 'project', index: -1 });
  if (text.includes(MEETING) || DISTRIBUTIVE_CHAR.test(text)) {
    for (let i = 0; i < m.words.length; i++) {
      const w = m.words[i]!;
      if (w.word === MEETING) list.push({ at: w.start, kind: 'meeting', index: i });
      else if (DISTRIBUTIVE.test(w.word)) list.push({ at: w.start, kind: 'group', index: i });
    }
  }
  return list.length > 1 ? list.sort(byPosition) : list;
}

/** The subject a clause writes: the first mention in it that stands first, with the bodies joined to it. */
function writtenSubject(
  m: SentenceMentions,
  bodies: readonly Body[],
  candidates: ReturnType<typeof subjectCandidates>,
  from: number,
  to: number,
  actor: Subject | undefined,
): Subject | undefined {
  const { text } = m.sentence;
  let first: (typeof candidates)[number] | undefined;
  let slot: ReturnType<typeof subjectSlot> | undefined;
  for (const c of candidates) {
    if (c.at < from) continue;
    if (c.at >= to) break;
    slot ??= subjectSlot(text, m.words, from, to);
    if (standsFirst(text, slot, c.at)) {
      first = c;
      break;
    }
  }
  if (!first) return undefined;
  // The bodies joined to what ends at `end` (…执法队联合区住建委、区交通委).
  const joinedTo = (end: number): Draft[] => {
    const joined: Draft[] = [];
    for (const next of bodies) {
      if (next.from < end) continue;
      if (!COORDINATION.test(text.slice(end, next.from))) break;
      joined.push(next.draft);
      end = next.to;
    }
    return joined;
  };
  switch (first.kind) {
    case 'bodies': {
      const b = bodies[first.index]!;
      return { kind: 'bodies', from: b.from, bodies: [...new Set([b.draft, ...joinedTo(b.to)])] };
    }
    case 'place': {
      const p = m.places[first.index]!;
      return { kind: 'place', from: p.from, place: p, bodies: joinedTo(p.to) };
    }
    case 'person':
      return { kind: 'person', from: m.persons[first.index]!.from, bodies: [], person: m.persons[first.index]!.name };
    case 'project':
      return { kind: 'project', from: first.at, bodies: [] };
    case 'group':
      return { kind: 'group', from: first.at, bodies: [] };
    case 'meeting':
      return actor;
  }
}

/**
 * Reads who each clause of a story is about. Chinese drops a subject that carries on, so a
 * clause that writes none has the one before it: in its sentence, else in its paragraph, else
 * the body the headline opens with (`actor`). 会议 (会议强调…) is the body that held the meeting.
 */
function subjectsOfStory(read: readonly SentenceMentions[], entities: EntityTable, actor?: Draft): SentenceSubjects[] {
  const orgMentions = entities
    .all()
    .filter((d) => d.type === 'ORG')
    .flatMap((d) => d.mentions.map((m) => ({ draft: d, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  const actorSubject: Subject | undefined = actor && { kind: 'bodies', from: -1, bodies: [actor] };
  const out: SentenceSubjects[] = [];
  let paragraph = -1;
  let latest: Subject | undefined, topic: Subject | undefined;
  for (const m of read) {
    const { text } = m.sentence;
    if (m.sentence.paragraph !== paragraph) {
      paragraph = m.sentence.paragraph;
      latest = topic = undefined;
    }
    const named = bodiesIn(m, orgMentions);
    const bodies = actors(m, named);
    const starts = clauseStarts(text);
    const subjects: Array<Subject | undefined> = [];
    const own: boolean[] = [];
    const candidates = subjectCandidates(m, bodies);
    const writtenIn: Array<Subject | undefined> = [];
    for (let i = 0; i < starts.length; i++)
      writtenIn.push(candidates.length ? writtenSubject(m, bodies, candidates, starts[i]!, starts[i + 1] ?? text.length, actorSubject) : undefined);
    for (let i = 0; i < starts.length; i++) {
      const written = writtenIn[i];
      // 自5月…开展…大整治工作以来，区应急管理局…: a time clause has the subject of the clause it leads into.
      const leads = !written && TIME_CLAUSE.test(text.slice(starts[i], starts[i + 1] ?? text.length)) ? writtenIn[i + 1] : undefined;
      subjects.push(written ?? leads ?? subjects[i - 1] ?? latest ?? actorSubject);
      own.push(written !== undefined || leads !== undefined || (i > 0 && own[i - 1]!));
      if (written) {
        latest = written;
        topic ??= written;
      }
    }
    out.push({ starts, subjects, written: own, ...(topic ? { topic } : {}), bodies, named });
  }
  return out;
}

/** Adds each story's `subjects`: who each clause of each sentence is about. */
export function readSubjects(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) story.subjects = subjectsOfStory(story.mentions, story.entities, story.actor);
  return doc;
}
