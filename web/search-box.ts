// A search field with suggestions as you type (Chinese, pinyin or English), chosen with the
// mouse or the keyboard. Used for the main search and for both ends of the path finder.
import { ApiError, messageOf } from './api.ts';
import { el } from './dom.ts';
import { kindStyle, kindSwatch } from './entity-style.ts';
import { searchEntities, type EntityType, type SearchHit } from './queries.ts';

export interface SearchBoxEvents {
  chosen(hit: SearchHit): void;
  /** Enter was pressed and nothing matched. */
  nothingFound?(query: string): void;
  /** The search failed; the list says so too. */
  failed?(error: unknown): void;
}

/** Waits this long after a keystroke, so typing a name costs one request, not one per key. */
const TYPING_PAUSE_MS = 150;

let boxes = 0;

export class SearchBox {
  private hits: SearchHit[] = [];
  private active = -1;
  private timer = 0;
  // Answers can arrive out of order; only the latest question's answer is shown.
  private asked = 0;
  private readonly idPrefix = `search-${++boxes}`;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly events: SearchBoxEvents,
    /** Only entities of these types (a merge picks one of the same type); all when omitted. */
    private readonly types?: readonly EntityType[],
  ) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    list.setAttribute('role', 'listbox');
    input.addEventListener('input', () => this.typed());
    input.addEventListener('keydown', (event) => this.key(event));
    input.addEventListener('blur', () => this.close());
    input.addEventListener('focus', () => {
      if (this.hits.length && input.value.trim()) this.render(input.value.trim());
    });
  }

  /** Sets the field's text without searching. */
  setText(text: string): void {
    this.input.value = text;
    this.hits = [];
    this.close();
  }

  private typed(): void {
    clearTimeout(this.timer);
    const query = this.input.value.trim();
    if (!query) {
      this.asked++;
      this.hits = [];
      this.close();
      return;
    }
    this.timer = window.setTimeout(() => void this.ask(query), TYPING_PAUSE_MS);
  }

  private async ask(query: string): Promise<SearchHit[] | null> {
    const question = ++this.asked;
    this.list.setAttribute('aria-busy', 'true');
    try {
      const hits = await searchEntities(query, 10, this.types);
      if (question !== this.asked) return null;
      this.hits = hits;
      this.active = -1;
      if (document.activeElement === this.input) this.render(query);
      return hits;
    } catch (error) {
      if (question !== this.asked) return null;
      this.hits = [];
      this.showMessage(messageOf(error), 'error');
      this.events.failed?.(error);
      if (!(error instanceof ApiError)) throw error;
      return null;
    } finally {
      if (question === this.asked) this.list.removeAttribute('aria-busy');
    }
  }

  private async key(event: KeyboardEvent): Promise<void> {
    const open = this.list.childElementCount > 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open || !this.hits.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.markActive();
    } else if (event.key === 'Escape') {
      this.close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const query = this.input.value.trim();
      if (!query) return;
      clearTimeout(this.timer);
      // Enter before the suggestions came: ask now and take the best match.
      const hits = this.hits.length && this.active >= 0 ? this.hits : await this.ask(query);
      if (!hits) return;
      const hit = hits[Math.max(0, this.active)];
      if (hit) this.choose(hit);
      else this.events.nothingFound?.(query);
    }
  }

  private choose(hit: SearchHit): void {
    this.asked++;
    this.setText(hit.en || hit.name);
    this.events.chosen(hit);
  }

  private render(query: string): void {
    if (!this.hits.length) {
      this.showMessage(`No matches for “${query}”. Try the Chinese name, English or pinyin.`, 'empty');
      return;
    }
    this.list.replaceChildren(
      ...this.hits.map((hit, index) => {
        const style = kindStyle(hit.type);
        const item = el(
          'li',
          { attrs: { role: 'option', id: `${this.idPrefix}-${index}`, 'aria-selected': 'false' } },
          kindSwatch(hit.type),
          el('span', { class: 'hit-en' }, hit.en || hit.name),
          hit.en ? el('span', { class: 'hit-zh' }, hit.name) : null,
          hit.pinyin ? el('span', { class: 'hit-pinyin' }, hit.pinyin) : null,
          el('span', { class: 'type' }, style.label),
        );
        // pointerdown, not click: the field keeps its focus, so blur does not close the list first.
        item.addEventListener('pointerdown', (event) => {
          event.preventDefault();
          this.choose(hit);
        });
        return item;
      }),
    );
    this.input.setAttribute('aria-expanded', 'true');
  }

  private showMessage(text: string, kind: 'empty' | 'error'): void {
    this.list.replaceChildren(el('li', { class: `message ${kind}`, attrs: { role: 'presentation' } }, text));
    this.input.setAttribute('aria-expanded', 'true');
  }

  private markActive(): void {
    [...this.list.children].forEach((item, index) => item.setAttribute('aria-selected', String(index === this.active)));
    const activeId = this.active >= 0 ? `${this.idPrefix}-${this.active}` : '';
    if (activeId) this.input.setAttribute('aria-activedescendant', activeId);
    else this.input.removeAttribute('aria-activedescendant');
    this.list.children[this.active]?.scrollIntoView({ block: 'nearest' });
  }

  private close(): void {
    this.active = -1;
    this.list.replaceChildren();
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
