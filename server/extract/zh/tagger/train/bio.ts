import type { EntityType, Span } from '../labels.ts';

/** A training or benchmark sentence with its entity spans in our labels. */
export interface LabelledSentence {
  text: string;
  spans: Span[];
}

/**
 * Spans from a corpus's per-character tags in any of BIO, BIOES or BMES ("B-PER", "M-ORG",
 * "E-LOC", "S-NAME", "O"), keeping only the labels `types` maps to ours. An I or E without an
 * open span of its type opens one, as the lenient CoNLL reading does.
 */
export function spansOfBio(tags: readonly string[], types: Readonly<Record<string, EntityType>>): Span[] {
  const spans: Span[] = [];
  let open: { label: string; start: number } | undefined;
  const close = (end: number) => {
    const type = open && types[open.label];
    if (open && type) spans.push({ type, start: open.start, end });
    open = undefined;
  };
  tags.forEach((tag, i) => {
    const dash = tag.indexOf('-');
    const role = dash < 0 ? 'O' : tag.slice(0, dash);
    const label = tag.slice(dash + 1);
    if (role === 'O' || dash < 0) return close(i);
    if (role === 'B' || role === 'S' || !open || open.label !== label) {
      close(i);
      open = { label, start: i };
    }
    if (role === 'E' || role === 'S') close(i + 1);
  });
  close(tags.length);
  return spans;
}
