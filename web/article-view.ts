// The article view: a story's text with every mention of an entity marked; a mark selects its
// entity. The text is set as text, whatever it holds.
import { messageOf } from './api.ts';
import { button, el } from './dom.ts';
import { kindStyle } from './entity-style.ts';
import { labelOf, type Language } from './format.ts';
import { markedText } from './highlight.ts';
import { article as fetchArticle, type Article, type Mention } from './queries.ts';

export interface ArticleViewEvents {
  closed(): void;
  select(entityId: string): void;
}

export class ArticleView {
  private readonly body = el('div', { class: 'article-body' });
  private readonly dialog: HTMLDialogElement;
  private shown: string | null = null;

  constructor(
    host: HTMLElement,
    private readonly language: () => Language,
    private readonly events: ArticleViewEvents,
  ) {
    this.dialog = el(
      'dialog',
      { class: 'article-view', attrs: { 'aria-label': 'Article' } },
      el(
        'div',
        { class: 'dialog-bar' },
        button('Close', () => this.dialog.close(), { class: 'close', attrs: { 'data-action': 'close-article' } }),
      ),
      this.body,
    );
    this.dialog.addEventListener('close', () => {
      this.shown = null;
      this.events.closed();
    });
    host.append(this.dialog);
  }

  get articleId(): string | null {
    return this.shown;
  }

  async open(id: string): Promise<void> {
    this.shown = id;
    this.body.replaceChildren(el('p', { class: 'loading' }, 'Loading the article…'));
    this.body.setAttribute('aria-busy', 'true');
    if (!this.dialog.open) this.dialog.showModal();
    try {
      const found = await fetchArticle(id);
      if (this.shown !== id) return;
      this.body.replaceChildren(
        ...(found
          ? this.render(found)
          : [el('p', { class: 'empty' }, 'This article is no longer in the graph; it may have been re-ingested under another id.')]),
      );
    } catch (error) {
      if (this.shown !== id) return;
      this.body.replaceChildren(
        el('p', { class: 'error', attrs: { role: 'alert' } }, messageOf(error)),
        button('Try again', () => void this.open(id)),
      );
    } finally {
      this.body.removeAttribute('aria-busy');
    }
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  private render(story: Article): HTMLElement[] {
    const entities = new Map(story.mentions.map((m) => [m.entity.id, m.entity]));
    const text = markedText(story.text, story.mentions, (mark, mention: Mention) => {
      mark.className = `mention kind-${mention.entity.type.toLowerCase()}`;
      mark.title = `${labelOf(mention.entity, this.language())} · ${kindStyle(mention.entity.type).label}`;
      mark.dataset.entity = mention.entity.id;
      mark.tabIndex = 0;
      const choose = () => {
        this.dialog.close();
        this.events.select(mention.entity.id);
      };
      mark.addEventListener('click', choose);
      mark.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') choose();
      });
    });
    return [
      el('h2', { attrs: { lang: 'zh' } }, story.title),
      el('div', { class: 'source' }, [story.date, story.source].filter(Boolean).join(' · ')),
      el('p', { class: 'article-text', attrs: { lang: 'zh' } }, text),
      el('p', { class: 'source' }, `${entities.size} ${entities.size === 1 ? 'entity' : 'entities'} named; choose a marked name to open it.`),
    ];
  }
}
