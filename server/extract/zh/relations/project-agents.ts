import type { ProjectCandidate } from '../mentions/projects.ts';
import { clauseAt } from './clauses.ts';
import type { Body, SentenceSubjects } from './subjects.ts';
import { AGENT_MARKER } from '../vocab/clauses.ts';
import { BUILT_BY, LED_UNDER } from '../vocab/projects.ts';

// What joins the items of a list of bodies (最高检、北京市检察院; 教育部办公厅、农业农村部办公厅).
const LIST_JOINER = /^(?:、|和|与|及|以及)$/;
// 在广昌县委统战部牵头下: the bodies under whose lead the sentence's projects are run.
const UNDER = new RegExp(`^(?:${LED_UNDER.join('|')})下`);
// 长寿区政府打造的…: the bodies that build or run the project the phrase names.
const BY = new RegExp(`^(?:${BUILT_BY.join('|')})的`);

/** The bodies listed right before `at`, last one first: each ends where the next one's joiner starts. */
export function listEndingAt(text: string, bodies: readonly Body[], at: number): Body[] {
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
 * The bodies a sentence names as the agents of its projects, and the projects they act on:
 * - a 由 clause: the project it goes on to name after 的 (由区委宣传部主办的…评选活动), else the one
 *   named before 由 (…科技小院项目是…由教育部办公厅…支持建设的…之一);
 * - a body followed by a verb of building and 的 (长寿区政府打造的…): likewise;
 * - 在…牵头下: every project the sentence names after it (在县委统战部牵头下，通过实施“…”行动).
 */
export function agentsOf(text: string, projects: readonly ProjectCandidate[], s: SentenceSubjects, bodies: readonly Body[]): Map<ProjectCandidate, Body[]> {
  const found = new Map<ProjectCandidate, Body[]>();
  const add = (project: ProjectCandidate, agents: readonly Body[]) => found.set(project, [...(found.get(project) ?? []), ...agents]);
  const relative = (agents: readonly Body[], at: number, end: number) => {
    const clauseEnd = s.starts[clauseAt(s.starts, at) + 1] ?? text.length;
    const after = projects.find((p) => p.from >= end && p.to <= clauseEnd && text.slice(end, p.from).includes('的'));
    const project = after ?? projects.filter((p) => p.to <= at).pop();
    if (project) add(project, agents);
  };
  for (let at = text.indexOf(AGENT_MARKER); at >= 0; at = text.indexOf(AGENT_MARKER, at + 1)) {
    const agents = listStartingAt(text, bodies, at + 1);
    if (agents.length) relative(agents, at, agents[agents.length - 1]!.to);
  }
  for (const b of bodies) {
    if (text[b.from - 1] === AGENT_MARKER || !BY.test(text.slice(b.to))) continue;
    const agents = listEndingAt(text, bodies, b.to);
    relative(agents, agents[agents.length - 1]!.from, b.to);
  }
  for (let at = text.indexOf('在'); at >= 0; at = text.indexOf('在', at + 1)) {
    const agents = listStartingAt(text, bodies, at + 1);
    const end = agents.length ? agents[agents.length - 1]!.to : -1;
    if (end < 0 || !UNDER.test(text.slice(end))) continue;
    for (const p of projects) if (p.from > end) add(p, agents);
  }
  return found;
}
