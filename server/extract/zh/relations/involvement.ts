import type { Draft } from '../../entities.ts';
import type { ChineseDocument, ChineseStory } from '../document.ts';
import type { Word } from '../mentions/boundary.ts';
import type { SentenceMentions } from '../mentions/index.ts';
import type { ProjectCandidate } from '../mentions/projects.ts';
import { evidenceAt, spanOf, type TextSpan } from '../sentence.ts';
import { withoutQuotes } from '../text.ts';
import { clauseAt, personStart, subjectAt } from './clauses.ts';
import type { Body, SentenceSubjects } from './subjects.ts';
import { AGENT_MARKER, COMITATIVES, PRIZES } from '../vocab/clauses.ts';
import { TAKES_PART } from '../vocab/titles.ts';

// What joins the items of a list of bodies (最高检、北京市检察院; 教育部办公厅、农业农村部办公厅).
const LIST_JOINER = /^(?:、|和|与|及|以及)$/;

/** The bodies listed right before `at`, last one first: each ends where the next one's joiner starts. */
function listEndingAt(text: string, bodies: readonly Body[], at: number): Body[] {
  const list: Body[] = [];
  let end = at;
  for (;;) {
    const item = list.length ? bodies.find((b) => b.to < end && LIST_JOINER.test(text.slice(b.to, end))) : bodies.find((b) => b.to === end);
    if (!item) break;
    list.push(item);
    end = item.from;
  }
  return list;
}

/** The bodies listed from `at` on (由教育部办公厅、农业农村部办公厅、中国科协办公厅支持建设). */
function listStartingAt(text: string, bodies: readonly Body[], at: number): Body[] {
  const list: Body[] = [];
  let from = at;
  for (;;) {
    const item = list.length ? bodies.find((b) => b.from > from && LIST_JOINER.test(text.slice(from, b.from))) : bodies.find((b) => b.from === from);
    if (!item) break;
    list.push(item);
    from = item.to;
  }
  return list;
}

/**
 * The bodies a 由 clause names as agents, and the project they act on: the one the clause goes on
 * to name after 的 (由区委宣传部主办的…评选活动), else the one the sentence named before 由 (…科技小院项目
 * 是…由教育部办公厅…支持建设的…之一).
 */
function agentsOf(m: SentenceMentions, s: SentenceSubjects, bodies: readonly Body[]): Map<ProjectCandidate, Body[]> {
  const { text } = m.sentence;
  const found = new Map<ProjectCandidate, Body[]>();
  for (let at = text.indexOf(AGENT_MARKER); at >= 0; at = text.indexOf(AGENT_MARKER, at + 1)) {
    const agents = listStartingAt(text, bodies, at + 1);
    if (!agents.length) continue;
    const end = agents[agents.length - 1]!.to;
    const clause = clauseAt(s.starts, at);
    const clauseEnd = s.starts[clause + 1] ?? text.length;
    const after = m.projects.find((p) => p.from >= end && p.to <= clauseEnd && text.slice(end, p.from).includes('的'));
    const before = m.projects.filter((p) => p.to <= at).pop();
    const project = after ?? before;
    if (project) found.set(project, agents);
  }
  return found;
}

/** A project named after 与/同 with no verb between is a partner the subject works with (与…工坊联动). */
function isPartner(text: string, words: readonly Word[], clauseStart: number, p: ProjectCandidate, mentions: readonly TextSpan[]): boolean {
  const before = words.filter((w) => w.start >= clauseStart && w.start + w.word.length <= p.from);
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i]!;
    if (w.tag === 'v') return false;
    // 与 between two names joins them (A与B项目); after anything else it introduces a partner.
    if (COMITATIVES.has(w.word)) return !mentions.some((n) => n.to === w.start) && text[w.start - 1] !== '、';
  }
  return false;
}

const prizeAfter = (text: string, p: ProjectCandidate) => PRIZES.some((w) => text.startsWith(w, p.to));
// A programme written in full right before another one (…行动计划“信仰行”活动) is the frame that one
// runs in; quoted names sharing one head (“雁阵”“牵手”计划) are a list, not a frame.
const framesNext = (p: ProjectCandidate, projects: readonly ProjectCandidate[]) => p.to - p.from === p.name.length && projects.some((q) => q.from === p.to);

/**
 * INVOLVED_IN, read clause by clause: a project belongs to the bodies its name starts with or
 * that are written right before it (最高检、北京市检察院“检察护企”专项行动), to the agents of a
 * 由 clause (由…牵头申报的…项目), else to its clause's subject (…工委开展“多元友好”行动), unless it
 * is only a partner (与…工坊联动) or the source of a prize. A project that is itself what the
 * clause reports on belongs to the paragraph's topic. People take part in a project their title
 * names (…项目基建负责人朱振宇) or that they join by a verb of taking part (宋红燕参加了…大赛).
 */
function involvementOf(story: ChineseStory): void {
  const { entities, relations, subjects } = story;
  story.mentions.forEach((m, i) => {
    const s = subjects[i]!;
    const { sentence, projects, persons } = m;
    if (!projects.length) return;
    const { text } = sentence;
    const bodies = s.bodies;
    const agents = agentsOf(m, s, bodies);
    const mentions: TextSpan[] = [...bodies, ...projects, ...m.places];
    for (const p of projects) {
      const project = entities.find('PROJECT', withoutQuotes(p.name));
      if (!project) continue;
      const clauseStart = s.starts[clauseAt(s.starts, p.from)]!;
      const subject = subjectAt(s, p.from);
      let owners: Draft[] = [];
      const inside = s.named.find((b) => b.from === p.from);
      const adjacent = listEndingAt(text, bodies, p.from).concat(text[p.from - 1] === '的' ? listEndingAt(text, bodies, p.from - 1) : []);
      if (inside) owners = [inside.draft];
      else if (agents.has(p)) owners = agents.get(p)!.map((b) => b.draft);
      else if (subject?.kind === 'project' && subject.from === p.from) owners = s.topic?.bodies ?? [];
      else if (!isPartner(text, m.words, clauseStart, p, mentions) && !prizeAfter(text, p) && !framesNext(p, projects)) owners = subject?.bodies ?? [];
      for (const owner of new Set([...owners, ...adjacent.map((b) => b.draft)])) relations.add('INVOLVED_IN', owner, project, evidenceAt(sentence, p));
      for (const person of persons) {
        const who = entities.find('PERSON', person.name);
        // …罐箱新项目基建负责人朱振宇: the project is part of the title, or written right before it.
        const titled = person.from >= p.to && (p.from >= personStart(text, person) || p.to === personStart(text, person));
        const joins = person.to <= p.from && TAKES_PART.some((v) => text.slice(person.to, p.from).includes(v));
        if (who && (titled || joins)) relations.add('INVOLVED_IN', who, project, evidenceAt(sentence, spanOf(person, p)));
      }
    }
  });
}

/** Adds each story's INVOLVED_IN relations. */
export function stateInvolvement(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) involvementOf(story);
  return doc;
}
