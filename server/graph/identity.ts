import { createHash } from 'node:crypto';
import { divisionsNamed, divisionsStemmed, namesAt } from '../gazetteer/divisions.ts';
import type { Entity } from '../extract/types.ts';

const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 16);

/**
 * True when an organisation's name starts with a local place: a county or town (潞城镇党委), or
 * a name several places share (通州区委: Beijing's and Nantong's). Such a body is one per place,
 * so its identity includes the place the page is about. Companies and bodies named after a
 * province or a unique city (北京工业大学) are one across pages.
 */
function isLocalBody(name: string): boolean {
  for (const prefix of namesAt(name, 0)) {
    const divisions = [...divisionsNamed(prefix), ...divisionsStemmed(prefix)];
    if (divisions.length > 1 || divisions.some((d) => d.tier >= 3)) return true;
  }
  return false;
}

/**
 * A stable id for an entity across articles. `home` is the code of the county the page is
 * about, when the gazetteer could tell.
 * - Places the gazetteer knows are keyed by division code, so the two 通州区 stay two nodes;
 *   other places (villages, roads, parks) by name within the home county.
 * - Local bodies by their written-out name within the home county; other organisations by name.
 * - People and projects by name within the home county: the same name on pages about different
 *   counties is two nodes until context (a shared organisation) or an analyst joins them.
 */
export function entityId(entity: Pick<Entity, 'type' | 'name' | 'attrs'>, home?: string): string {
  const within = `|in:${home ?? ''}`;
  let key: string;
  if (entity.type === 'PLACE') key = entity.attrs.code ? `code:${entity.attrs.code}` : `name:${entity.name}${within}`;
  else if (entity.type === 'ORG') key = `name:${entity.name}${isLocalBody(entity.name) ? within : ''}`;
  else key = `name:${entity.name}${within}`;
  return `${entity.type.toLowerCase()}-${digest(`${entity.type}|${key}`)}`;
}

/** A story is identified by the file it came from and its position on the page. */
export function articleId(source: string, index: number): string {
  return `article-${digest(`${source}#${index}`)}`;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
