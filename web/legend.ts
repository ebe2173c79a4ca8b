// The legend, which is also the filter: each kind of node and relation with its shape or line,
// how many are loaded, and a box to show or hide them.
import { el } from './dom.ts';
import { KINDS, RELATIONS, kindSwatch, relationSwatch } from './entity-style.ts';
import type { Filters } from './graph-store.ts';

export interface LegendEvents {
  kindShown(kind: string, shown: boolean): void;
  relationShown(relation: string, shown: boolean): void;
}

export interface LegendCounts {
  kinds: ReadonlyMap<string, number>;
  relations: ReadonlyMap<string, number>;
}

export class Legend {
  private readonly boxes = new Map<string, { input: HTMLInputElement; count: HTMLElement }>();

  constructor(host: HTMLElement, events: LegendEvents) {
    const row = (key: string, swatch: HTMLCanvasElement, label: string, attr: string, toggled: (shown: boolean) => void) => {
      const input = el('input', { attrs: { type: 'checkbox', [attr]: key } });
      input.checked = true;
      input.addEventListener('change', () => toggled(input.checked));
      const count = el('span', { class: 'count' });
      this.boxes.set(`${attr}:${key}`, { input, count });
      return el('li', {}, el('label', {}, input, swatch, ` ${label} `, count));
    };
    host.replaceChildren(
      el('h2', {}, 'Entities'),
      el(
        'ul',
        {},
        ...Object.entries(KINDS).map(([kind, style]) => row(kind, kindSwatch(kind), style.label, 'data-kind', (shown) => events.kindShown(kind, shown))),
      ),
      el('h2', {}, 'Relations'),
      el(
        'ul',
        {},
        ...Object.entries(RELATIONS).map(([relation, style]) =>
          row(relation, relationSwatch(relation), style.label, 'data-relation', (shown) => events.relationShown(relation, shown)),
        ),
      ),
    );
  }

  update(counts: LegendCounts, filters: Filters): void {
    for (const [key, { input, count }] of this.boxes) {
      const [attr, name = ''] = key.split(':');
      const isKind = attr === 'data-kind';
      input.checked = !(isKind ? filters.offKinds : filters.offRelations).has(name);
      const n = (isKind ? counts.kinds : counts.relations).get(name) ?? 0;
      count.textContent = n ? `(${n.toLocaleString('en')})` : '';
    }
  }
}
