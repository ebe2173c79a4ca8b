// The side panel's views (an entity, a person's timeline, a place's projects, the path finder),
// each with its loading and error states. Answers that arrive after the reader moved on are
// dropped.
import { messageOf } from './api.ts';
import { button, el } from './dom.ts';
import { renderEntity, type EntityPanelActions } from './entity-panel.ts';
import type { PathFinder } from './path-panel.ts';
import { renderPlace } from './place-panel.ts';
import { entityDetail, placeRollup, timeline, type EntityDetail } from './queries.ts';
import { renderTimeline } from './timeline-panel.ts';
import type { PanelView } from './url-state.ts';

export class SidePanel {
  private shown: { view: PanelView; id: string | null } | null = null;
  private request = 0;
  // The last entity fetched: the timeline and place views and a language switch reuse it.
  private detail: EntityDetail | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly actions: EntityPanelActions,
    private readonly pathFinder: PathFinder,
  ) {}

  get view(): { view: PanelView; id: string | null } | null {
    return this.shown;
  }

  show(view: PanelView, id: string | null): Promise<void> {
    this.shown = { view, id };
    this.host.hidden = false;
    this.host.dataset.view = view;
    if (view === 'path') {
      this.request++;
      this.host.removeAttribute('aria-busy');
      this.host.replaceChildren(this.closeButton(), this.pathFinder.element);
      return Promise.resolve();
    }
    if (!id) {
      this.close();
      return Promise.resolve();
    }
    return this.load(view, id);
  }

  /** Draws the current view again, without fetching the entity again (after a language switch). */
  refresh(): void {
    if (this.shown) void this.show(this.shown.view, this.shown.id);
  }

  close(): void {
    this.request++;
    this.shown = null;
    this.host.hidden = true;
    this.host.replaceChildren();
  }

  private async load(view: PanelView, id: string): Promise<void> {
    const request = ++this.request;
    const current = () => request === this.request;
    this.host.setAttribute('aria-busy', 'true');
    if (this.detail?.id !== id) this.host.replaceChildren(this.closeButton(), el('p', { class: 'loading' }, 'Loading…'));
    try {
      const detail = this.detail?.id === id ? this.detail : await entityDetail(id);
      if (!current()) return;
      if (!detail) {
        this.host.replaceChildren(
          this.closeButton(),
          el('p', { class: 'empty' }, 'This entity is not in the graph any more; it may have been merged into another.'),
        );
        return;
      }
      this.detail = detail;
      const back = () => void this.show('entity', id);
      let content: HTMLElement[];
      if (view === 'timeline' && detail.type === 'PERSON') {
        const entries = await timeline(id);
        if (!current()) return;
        content = renderTimeline(detail, entries, this.actions, back);
      } else if (view === 'place' && detail.type === 'PLACE') {
        const rollup = await placeRollup(id);
        if (!current()) return;
        content = rollup ? renderPlace(detail, rollup, this.actions, back) : [el('p', { class: 'empty' }, 'Nothing is known about this place yet.')];
      } else {
        content = renderEntity(detail, this.actions);
      }
      this.host.replaceChildren(this.closeButton(), ...content);
      this.host.scrollTop = 0;
    } catch (error) {
      if (!current()) return;
      this.host.replaceChildren(
        this.closeButton(),
        el('p', { class: 'error', attrs: { role: 'alert' } }, messageOf(error)),
        button('Try again', () => {
          this.detail = null;
          void this.load(view, id);
        }),
      );
    } finally {
      if (current()) this.host.removeAttribute('aria-busy');
    }
  }

  /** Forgets the fetched entity, so the next show asks the server again. */
  forget(): void {
    this.detail = null;
  }

  private closeButton(): HTMLButtonElement {
    return button('×', () => this.actions.closePanel(), { class: 'close-panel', attrs: { 'aria-label': 'Close the panel', title: 'Close' } });
  }
}
