import type { Draft } from '../../entities.ts';
import type { ChineseDocument, ChineseStory } from '../document.ts';
import type { Word } from '../mentions/boundary.ts';
import type { SentenceMentions } from '../mentions/index.ts';
import type { ProjectCandidate } from '../mentions/projects.ts';
import { evidenceAt, spanOf, type TextSpan } from '../sentence.ts';
import { withoutQuotes } from '../text.ts';
import { clauseAt, personStart, subjectAt } from './clauses.ts';
import { agentsOf, listEndingAt } from './project-agents.ts';
import { PROJECT_REFERENCE_MARK, projectReferences } from './project-references.ts';
import type { Body, SentenceSubjects, Subject } from './subjects.ts';
import { BUILT_BY, FOUNDS, INSPECTS, VISITS } from '../vocab/projects.ts';
import { PLACE_ENDINGS } from '../vocab/places.ts';
import { COMITATIVES, PRIZES } from '../vocab/clauses.ts';
import { TAKES_PART } from '../vocab/titles.ts';

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

// 宋红燕参加了街道一年一度的“金点子”提案大赛: a verb of taking part with the project as its object,
// in the person's clause (not 李勇出席并致辞，…郭鑫主持，…项目负责人).
const TAKES_PART_BEFORE = new RegExp(`(?:${[...TAKES_PART, ...FOUNDS].join('|')})了?(?:[^，；。：！？]{0,12}的)?$`);
const CLAUSE_BREAK = /[，；。：！？]/;
const joinsProject = (text: string, personEnd: number, projectStart: number) => {
  const between = text.slice(personEnd, projectStart);
  return !CLAUSE_BREAK.test(between) && TAKES_PART_BEFORE.test(between);
};

// A zone a project's name starts with (…经济开发区冷链物流园项目) is where it is, not who runs it.
const ZONE_ENDINGS = PLACE_ENDINGS.filter(([, level]) => level === 'zone').map(([ending]) => ending);
const isZone = (name: string) => ZONE_ENDINGS.some((e) => name.endsWith(e));
// What joins the items of a list of projects (…法治文化广场、未成年人法治教育馆).
const PROJECT_JOINER = /^(?:、|和|及)$/;

/**
 * The bodies written right before a project (最高检、北京市检察院“检察护企”专项行动, 区检察院的…广场),
 * or before or at the start of the first of the list it is in (区检察院法治文化广场、…教育馆、…长廊).
 */
function adjacentOwners(text: string, s: SentenceSubjects, projects: readonly ProjectCandidate[], p: ProjectCandidate, first = true): Body[] {
  const adjacent = listEndingAt(text, s.bodies, p.from).concat(text[p.from - 1] === '的' ? listEndingAt(text, s.bodies, p.from - 1) : []);
  if (adjacent.length) return adjacent;
  const inside = first ? undefined : s.named.find((b) => b.from === p.from && !isZone(b.draft.name));
  if (inside) return [inside];
  const previous = projects.find((q) => q.to < p.from && PROJECT_JOINER.test(text.slice(q.to, p.from)));
  return previous ? adjacentOwners(text, s, projects, previous, false) : [];
}

// 饶河县投资8亿元，建设了…产业园区: a place that builds or funds a project does so through its government.
const BUILDS = new RegExp(BUILT_BY.join('|'));
const GOVERNMENT = '人民政府';
function governmentBuilding(entities: ChineseStory['entities'], subject: Subject | undefined, before: string): Draft[] {
  if (subject?.kind !== 'place' || !subject.place || !BUILDS.test(before)) return [];
  const government = entities.named('ORG', (subject.place.fullName ?? subject.place.name) + GOVERNMENT);
  return government ? [government] : [];
}

// 前往县侨联，视察…展示馆: a clause that goes to a body, then one that inspects what is there.
// Each may follow a short subject and adverbs (视察组一行先后前往…，张伦认真察看…).
const VISIT = new RegExp(`(?:${VISITS.join('|')})$`);
const INSPECT = new RegExp(`^[^，；。]{0,8}?(?:${INSPECTS.join('|')})`);

/**
 * The body whose premises a clause inspects: the one the clause before goes to, and names alone
 * (前往光大…有限公司，视察…项目的运行状况). What is inspected there is that body's.
 */
function siteOf(text: string, s: SentenceSubjects, clauseStart: number): Body | undefined {
  if (!INSPECT.test(text.slice(clauseStart))) return undefined;
  const previous = s.starts[clauseAt(s.starts, clauseStart) - 1];
  if (previous === undefined) return undefined;
  const body = s.bodies.find((b) => b.from > previous && b.to === clauseStart - 1);
  return body && VISIT.test(text.slice(previous, body.from)) ? body : undefined;
}

/** The places a sentence names that the story found to be a park being built: mentions of that project. */
function builtParks(m: SentenceMentions, entities: ChineseStory['entities']): Array<ProjectCandidate & { draft: Draft }> {
  const parks: Array<ProjectCandidate & { draft: Draft }> = [];
  for (const p of m.places) {
    const draft = entities.find('PLACE', p.fullName ?? p.name);
    if (draft?.type === 'PROJECT') parks.push({ name: draft.name, from: p.from, to: p.to, draft });
  }
  return parks;
}

const prizeAfter = (text: string, p: ProjectCandidate) => PRIZES.some((w) => text.startsWith(w, p.to));
// A programme written in full right before another one (…行动计划“信仰行”活动) is the frame that one
// runs in; quoted names sharing one head (“雁阵”“牵手”计划) are a list, not a frame.
const framesNext = (p: ProjectCandidate, projects: readonly ProjectCandidate[]) => p.to - p.from === p.name.length && projects.some((q) => q.from === p.to);

/** The bodies written straight after one another from `first` on. */
function bodiesAfter(named: readonly Body[], first: Body): Draft[] {
  const chain: Draft[] = [];
  for (let next = named.find((b) => b.from === first.to); next; next = named.find((b) => b.from === next!.to)) chain.push(next.draft);
  return chain;
}

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
  const named: string[] = [];
  story.mentions.forEach((m, i) => {
    const s = subjects[i]!;
    const { sentence, persons } = m;
    const { text } = sentence;
    const references = named.length && text.includes(PROJECT_REFERENCE_MARK) ? projectReferences(text, named) : [];
    const parks = builtParks(m, entities);
    const projects = references.length || parks.length ? [...m.projects, ...references, ...parks].sort((a, b) => a.from - b.from) : m.projects;
    named.push(...m.projects.map((p) => p.name));
    if (!projects.length) return;
    const bodies = s.bodies;
    const agents = agentsOf(text, projects, s, bodies);
    const mentions: TextSpan[] = [...bodies, ...projects, ...m.places];
    for (const p of projects) {
      const reference = references.includes(p as (typeof references)[number]);
      const project = parks.find((k) => k === p)?.draft ?? entities.find('PROJECT', withoutQuotes(p.name));
      if (!project) continue;
      const clauseStart = s.starts[clauseAt(s.starts, p.from)]!;
      const subject = subjectAt(s, p.from);
      let owners: Draft[] = [];
      const inside = s.named.find((b) => b.from === p.from && !isZone(b.draft.name));
      const adjacent = adjacentOwners(text, s, projects, p);
      // A body a project's name starts with may be the clause's subject; then the name says who runs it.
      const named = subject !== undefined && subject.kind !== 'project' && subject.from >= p.from && subject.from < p.to;
      // Bodies named one after another at the start of a project's name (连江县人民政府福州大学专项
      // 合作) all run it.
      if (inside) owners = [inside.draft, ...bodiesAfter(s.named, inside)];
      else if (agents.has(p)) owners = agents.get(p)!.map((b) => b.draft);
      else if (named) owners = [];
      else if (subject?.kind === 'project' && subject.from === p.from) owners = reference ? [] : (s.topic?.bodies ?? []);
      else if (!isPartner(text, m.words, clauseStart, p, mentions) && !prizeAfter(text, p) && !framesNext(p, projects)) {
        owners = subject?.bodies.length ? subject.bodies : governmentBuilding(entities, subject, text.slice(subject?.from ?? 0, p.from));
      }
      const host = siteOf(text, s, clauseStart);
      for (const owner of new Set([...owners, ...adjacent.map((b) => b.draft), ...(host ? [host.draft] : [])]))
        relations.add('INVOLVED_IN', owner, project, evidenceAt(sentence, p));
      // 他返乡创建…农业基地: a person the clause is about, written or carried, who founds or joins it.
      const founder =
        subject?.kind === 'person' && subject.person && !persons.some((q) => q.name === subject.person) && joinsProject(text, clauseStart, p.from)
          ? entities.find('PERSON', subject.person)
          : undefined;
      if (founder && !reference) relations.add('INVOLVED_IN', founder, project, evidenceAt(sentence, p));
      for (const person of persons) {
        const who = entities.find('PERSON', person.name);
        // …罐箱新项目基建负责人朱振宇: the project is part of the title, or written right before it.
        const titled = !reference && person.from >= p.to && (p.from >= personStart(text, person) || p.to === personStart(text, person));
        const joins = person.to <= p.from && joinsProject(text, person.to, p.from);
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
