// Text with some spans marked: names in an evidence sentence, mentions in an article. Every
// piece is a text node inside a <mark>, so the text is shown exactly as printed.
import { el } from './dom.ts';

export interface Span {
  start: number;
  end: number;
}

/**
 * Where any of the names occurs in the text, without overlaps. Longer names win, so 通州区委
 * is marked whole rather than as 通州 plus 区委.
 */
export function nameSpans(text: string, names: Iterable<string>): Span[] {
  const byLength = [...new Set(names)].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  const taken = new Uint8Array(text.length);
  const spans: Span[] = [];
  for (const name of byLength) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (taken.subarray(at, at + name.length).some(Boolean)) continue;
      taken.fill(1, at, at + name.length);
      spans.push({ start: at, end: at + name.length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The text as DOM nodes with each span in a <mark>. Spans must not overlap; `decorate` may add a
 * class, a tooltip or a click handler to each mark.
 */
export function markedText<S extends Span>(text: string, spans: readonly S[], decorate?: (mark: HTMLElement, span: S) => void): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > text.length) continue;
    if (span.start > at) fragment.append(text.slice(at, span.start));
    const mark = el('mark', {}, text.slice(span.start, span.end));
    decorate?.(mark, span);
    fragment.append(mark);
    at = span.end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  return fragment;
}
