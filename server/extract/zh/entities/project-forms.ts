import type { Draft, EntityTable } from '../../entities.ts';
import type { ChineseDocument } from '../document.ts';
import { withoutQuotes } from '../text.ts';

// The quoted proper part of a project's name (海峡两岸融合发展交流中心 in 永福镇“海峡两岸融合发展交流中心”项目).
const QUOTED_PART = /“([^“”]+)”/;

// The general heads a project is shortened to (海门中心项目 for 海门中心总部经济项目).
const GENERAL_HEAD = /(?:项目|工程)$/;
// The shortest start of a name that may stand for the whole.
const MIN_START = 3;

/**
 * Whether `other` is another form of `project`: a place written as its name, a project written as
 * its quoted part, or one named by the start of its name and its general head (海门中心项目).
 */
function isFormOf(project: Draft, other: Draft): boolean {
  if (other.type === 'PLACE') return [project.name, ...project.aliases].some((form) => withoutQuotes(form) === other.name);
  if (other === project) return false;
  if (QUOTED_PART.exec(project.name)?.[1] === other.name) return true;
  const head = GENERAL_HEAD.exec(other.name)?.[0];
  const start = head && other.name.slice(0, -head.length);
  return !!start && start.length >= MIN_START && project.name.length > other.name.length && project.name.startsWith(start) && project.name.endsWith(head);
}

/** Folds `from` into `project`, which keeps its own attributes. */
function fold(entities: EntityTable, project: Draft, from: Draft): void {
  const attrs = { ...project.attrs };
  entities.merge(project, from);
  project.attrs = { ...(from.type === 'PROJECT' ? from.attrs : {}), ...attrs };
}

/**
 * One project written in several forms: a park the story presents as being built (…产业园开工)
 * is a project wherever the story names it, so the place read in its other sentences is that
 * project; a project written as another's quoted proper part alone (海峡两岸融合发展交流中心 for
 * 永福镇“海峡两岸融合发展交流中心”项目) is that one, and so is one named by the start of another's
 * name (海门中心项目 for 海门中心总部经济项目).
 */
function foldForms(entities: EntityTable): void {
  const projects = entities.all().filter((d) => d.type === 'PROJECT');
  if (!projects.length) return;
  for (const other of entities.all().filter((d) => d.type === 'PLACE' || (d.type === 'PROJECT' && !QUOTED_PART.test(d.name)))) {
    const fuller = projects.filter((p) => entities.stands(p) && isFormOf(p, other));
    // A start two projects share (海门中心 in 海门中心总部经济项目 and 海门中心酒店项目) names neither.
    if (fuller.length === 1 && entities.stands(other)) fold(entities, fuller[0]!, other);
  }
}

/** Folds each story's other forms of a project into it. */
export function foldProjectForms(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) foldForms(story.entities);
  return doc;
}
