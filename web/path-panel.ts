// The path finder: two entities, and the shortest chains of connections between them, each
// hop with the sentences it was read from.
import { button, el } from './dom.ts';
import { relationStyle } from './entity-style.ts';
import { labelOf } from './format.ts';
import { entityLink, evidenceBlock, articleLink, type PanelActions } from './panel-parts.ts';
import type { EntityRef, Path } from './queries.ts';
import { SearchBox } from './search-box.ts';

export interface PathFinderEvents {
  find(from: EntityRef, to: EntityRef): void;
  /** The reader picked one of the paths to see on the graph. */
  chosen(path: Path): void;
}

let finders = 0;

export class PathFinder {
  readonly element: HTMLElement;
  private from: EntityRef | null = null;
  private to: EntityRef | null = null;
  private readonly fromBox: SearchBox;
  private readonly toBox: SearchBox;
  private readonly results = el('div', { class: 'path-results', attrs: { 'aria-live': 'polite' } });
  private readonly findButton: HTMLButtonElement;

  constructor(
    private readonly actions: PanelActions,
    private readonly events: PathFinderEvents,
  ) {
    const n = ++finders;
    const field = (label: string, which: 'from' | 'to') => {
      const input = el('input', {
        attrs: { type: 'search', id: `path-${which}-${n}`, placeholder: 'Name in Chinese, English or pinyin', autocomplete: 'off', 'data-end': which },
      });
      const list = el('ul', { class: 'suggestions', attrs: { id: `path-${which}-list-${n}` } });
      return { input, list, element: el('div', { class: 'path-end' }, el('label', { attrs: { for: input.id } }, label), input, list) };
    };
    const fromField = field('From', 'from');
    const toField = field('To', 'to');
    // Choosing the second end starts the search; the button does it again after a change.
    const chosen = (which: 'from' | 'to') => (hit: EntityRef) => {
      this.setEnd(which, hit);
      this.findNow();
    };
    this.fromBox = new SearchBox(fromField.input, fromField.list, { chosen: chosen('from') });
    this.toBox = new SearchBox(toField.input, toField.list, { chosen: chosen('to') });
    this.findButton = button('Find paths', () => this.findNow(), { attrs: { 'data-action': 'find-path' } });
    this.findButton.disabled = true;
    this.element = el(
      'section',
      { class: 'path-finder', attrs: { 'aria-label': 'Path finder' } },
      el('h2', {}, 'Find a path'),
      el('p', { class: 'hint' }, 'The shortest chains of relations between two entities, or of articles naming both.'),
      fromField.element,
      toField.element,
      el(
        'div',
        { class: 'panel-actions' },
        this.findButton,
        button('Swap', () => this.swap()),
      ),
      this.results,
    );
  }

  get ends(): { from: EntityRef | null; to: EntityRef | null } {
    return { from: this.from, to: this.to };
  }

  setEnd(which: 'from' | 'to', entity: EntityRef | null): void {
    this[which] = entity;
    (which === 'from' ? this.fromBox : this.toBox).setText(entity ? labelOf(entity, this.actions.language) : '');
    this.findButton.disabled = !(this.from && this.to);
  }

  showLoading(): void {
    this.results.replaceChildren(el('p', { class: 'loading' }, 'Looking for paths…'));
  }

  showError(message: string): void {
    this.results.replaceChildren(el('p', { class: 'error', attrs: { role: 'alert' } }, message));
  }

  showPaths(paths: Path[]): void {
    if (paths.length === 0) {
      this.results.replaceChildren(el('p', { class: 'empty' }, 'No path of up to 4 hops connects these two.'));
      return;
    }
    const items = paths.map((path, index) => {
      const item = el(
        'li',
        { class: 'path', attrs: { 'data-path': String(index) } },
        button(
          `Path ${index + 1}: ${path.length} ${path.length === 1 ? 'hop' : 'hops'}`,
          () => {
            for (const other of list.children) other.classList.toggle('chosen', other === item);
            this.events.chosen(path);
          },
          { class: 'path-title' },
        ),
        this.steps(path),
      );
      return item;
    });
    const list = el('ol', { class: 'paths' }, ...items);
    items[0]?.classList.add('chosen');
    this.results.replaceChildren(list);
  }

  private steps(path: Path): HTMLElement {
    const steps = el('ol', { class: 'steps' });
    path.nodes.forEach((node, i) => {
      steps.append(el('li', { class: 'step-node' }, entityLink(node, this.actions)));
      const hop = path.hops[i];
      const next = path.nodes[i + 1];
      if (!hop || !next) return;
      const names = [node.name, ...node.aliases, next.name, ...next.aliases];
      const label = hop.kind === 'RELATION' ? `${hop.direction === 'IN' ? '←' : '→'} ${relationStyle(hop.relation ?? '').label}` : '⋯ named together in';
      steps.append(
        el(
          'li',
          { class: `step-hop ${hop.kind === 'RELATION' ? 'relation' : 'shared'}` },
          el(
            'div',
            {},
            label,
            hop.title ? el('span', { class: 'position-title', attrs: { lang: 'zh' } }, hop.title) : null,
            ...(hop.kind === 'SHARED_ARTICLE' ? hop.articles.slice(0, 3).map((a) => el('span', {}, ' ', articleLink(a, this.actions, `《${a.title}》`))) : []),
          ),
          ...hop.evidence.slice(0, 3).map((e) => evidenceBlock(e, names, this.actions)),
        ),
      );
    });
    return steps;
  }

  private findNow(): void {
    if (this.from && this.to) this.events.find(this.from, this.to);
  }

  private swap(): void {
    const { from, to } = this;
    this.setEnd('from', to);
    this.setEnd('to', from);
    this.findNow();
  }
}
