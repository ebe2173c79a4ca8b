import type { EntityTable } from '../../entities.ts';
import type { ChineseDocument } from '../document.ts';
import { withoutQuotes } from '../text.ts';

/**
 * A park the story presents as being built (…产业园开工, 建设了…产业园区) is a project wherever the
 * story names it, so the place read in its other sentences is folded into that project, which
 * keeps its own attributes.
 */
function foldParks(entities: EntityTable): void {
  const projects = entities.all().filter((d) => d.type === 'PROJECT');
  if (!projects.length) return;
  for (const place of entities.all().filter((d) => d.type === 'PLACE')) {
    const project = projects.find((p) => [p.name, ...p.aliases].some((form) => withoutQuotes(form) === place.name));
    if (!project) continue;
    const attrs = { ...project.attrs };
    entities.merge(project, place);
    project.attrs = attrs;
  }
}

/** Folds into each story's projects the parks it also reads as places. */
export function foldBuiltParks(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) foldParks(story.entities);
  return doc;
}
