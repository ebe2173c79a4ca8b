import { createHash } from 'node:crypto';
import type { Entity } from '../extract/types.ts';

const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 16);

/**
 * A stable id for an entity across articles. Places the gazetteer knows are keyed by their
 * division code, so Beijing's and Nantong's 通州区 stay two nodes; everything else, for now,
 * by type and full name.
 */
export function entityId(entity: Pick<Entity, 'type' | 'name' | 'attrs'>): string {
  const key = entity.type === 'PLACE' && entity.attrs.code ? `code:${entity.attrs.code}` : `name:${entity.name}`;
  return `${entity.type.toLowerCase()}-${digest(`${entity.type}|${key}`)}`;
}

/** A story is identified by the file it came from and its position on the page. */
export function articleId(source: string, index: number): string {
  return `article-${digest(`${source}#${index}`)}`;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
