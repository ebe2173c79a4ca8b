import type { EntityType } from '../extract/types.ts';
import { renderName } from './render.ts';
import { segment } from './segment.ts';

// The display name: the English of the shortest form that still identifies the entity on its
// own. 区检察院 or 我区 name it only inside their article, so they never qualify.

/** Words that make a form relative to the article: 我区, 本市, 该镇. */
const RELATIVE_PREFIXES = ['我', '本', '该', '全'];

export interface Named {
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

function identifies(form: string): boolean {
  if (RELATIVE_PREFIXES.some((p) => form.startsWith(p))) return false;
  return segment(form).some((t) => t.kind === 'proper' || t.kind === 'quoted' || (t.kind === 'place' && t.proper !== ''));
}

export function displayName(entity: Named): string {
  const candidates = entity.type === 'PERSON' ? [] : entity.aliases.filter(identifies);
  const shortest = candidates.reduce((best, form) => (form.length < best.length ? form : best), entity.name);
  return renderName({ type: entity.type, name: shortest }).en;
}
