// The tag set: BIOES over our four entity types. Tag 0 is O; type k has B, I, E, S at
// 1 + 4k … 4 + 4k, so a tag's type and role are arithmetic, not table lookups.

export const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'PROJECT'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const TAG_COUNT = 1 + 4 * ENTITY_TYPES.length;
export const O = 0;
export const B = 0,
  I = 1,
  E = 2,
  S = 3;

export interface Span {
  type: EntityType;
  start: number;
  end: number;
}

export const tagOf = (type: number, role: number): number => 1 + 4 * type + role;
export const typeOf = (tag: number): number => (tag - 1) >> 2;
export const roleOf = (tag: number): number => (tag - 1) & 3;

/** Whether `next` may follow `previous` (-1: the sentence start) in a well-formed BIOES sequence. */
export function allowed(previous: number, next: number): boolean {
  const open = previous > 0 && (roleOf(previous) === B || roleOf(previous) === I);
  if (next === O) return !open;
  const role = roleOf(next);
  if (role === B || role === S) return !open;
  return open && typeOf(previous) === typeOf(next);
}

/** Whether a sentence may end on this tag. */
export const canEnd = (tag: number): boolean => tag === O || roleOf(tag) === E || roleOf(tag) === S;

/** The BIOES tags of a sentence of `length` characters holding these non-overlapping spans. */
export function tagsOfSpans(length: number, spans: readonly Span[]): Uint8Array {
  const tags = new Uint8Array(length);
  for (const { type, start, end } of spans) {
    const k = ENTITY_TYPES.indexOf(type);
    if (end - start === 1) {
      tags[start] = tagOf(k, S);
      continue;
    }
    tags[start] = tagOf(k, B);
    for (let i = start + 1; i < end - 1; i++) tags[i] = tagOf(k, I);
    tags[end - 1] = tagOf(k, E);
  }
  return tags;
}

/** The spans a well-formed tag sequence spells. */
export function spansOfTags(tags: ArrayLike<number>): Span[] {
  const spans: Span[] = [];
  let start = -1;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag === O) continue;
    const role = roleOf(tag);
    if (role === S) spans.push({ type: ENTITY_TYPES[typeOf(tag)]!, start: i, end: i + 1 });
    else if (role === B) start = i;
    else if (role === E && start >= 0) {
      spans.push({ type: ENTITY_TYPES[typeOf(tag)]!, start, end: i + 1 });
      start = -1;
    }
  }
  return spans;
}
