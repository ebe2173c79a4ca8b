import type { Draft, EntityTable } from '../../entities.ts';
import type { ChineseDocument } from '../document.ts';
import { withoutQuotes } from '../text.ts';

// The quoted proper part of a project's name (海峡两岸融合发展交流中心 in 永福镇“海峡两岸融合发展交流中心”项目).
const QUOTED_PART = /“([^“”]+)”/;

/** Whether `other` is another form of `project`: a place written as its name, or a project as its quoted part. */
function isFormOf(project: Draft, other: Draft): boolean {
  if (other.type === 'PLACE') return [project.name, ...project.aliases].some((form) => withoutQuotes(form) === other.name);
  return other !== project && QUOTED_PART.exec(project.name)?.[1] === other.name;
}

/** Folds `from` into `project`, which keeps its own attributes. */
function fold(entities: EntityTable, project: Draft, from: Draft): void {
  const attrs = { ...project.attrs };
  entities.merge(project, from);
  project.attrs = { ...from.type === 'PROJECT' ? from.attrs : {}, ...attrs };
}

/**
 * One project written in several forms: a park the story presents as being built (…产业园开工)
 * is a project wherever the story names it, so the place read in its other sentences is that
 * project; and a project written as another's quoted proper part alone (海峡两岸融合发展交流中心 for
 * 永福镇“海峡两岸融合发展交流中心”项目) is that one.
 */
function foldForms(entities: EntityTable): void {
  const projects = entities.all().filter((d) => d.type === 'PROJECT');
  if (!projects.length) return;
  for (const other of entities.all().filter((d) => d.type === 'PLACE' || (d.type === 'PROJECT' && !QUOTED_PART.test(d.name)))) {
    const project = projects.find((p) => entities.stands(p) && isFormOf(p, other));
    if (project && entities.stands(other)) fold(entities, project, other);
  }
}

/** Folds each story's other forms of a project into it. */
export function foldProjectForms(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) foldForms(story.entities);
  return doc;
}
