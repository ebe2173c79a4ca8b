// The note beside the pointer over a node: its label, its name in the other language, its kind.
import type { ViewNode } from './graph-store.ts';
import { kindStyle } from './entity-style.ts';
import { labelOf, otherNameOf, type Language } from './format.ts';

export function showTooltip(tip: HTMLElement, node: ViewNode | null, language: Language, x: number, y: number): void {
  if (!node) {
    tip.hidden = true;
    return;
  }
  const other = otherNameOf(node, language);
  tip.replaceChildren(labelOf(node, language));
  if (other) tip.append(document.createElement('br'), other);
  tip.append(document.createElement('br'), kindStyle(node.kind).label);
  tip.style.left = `${x + 14}px`;
  tip.style.top = `${y + 14}px`;
  tip.hidden = false;
}
