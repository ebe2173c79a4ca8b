// Pieces every panel view uses: links to entities and articles, and evidence sentences with
// the names in them marked. All text goes in as text nodes (see dom.ts).
import { button, el } from './dom.ts';
import { kindSwatch } from './entity-style.ts';
import { labelOf, otherNameOf, type Language } from './format.ts';
import { markedText, nameSpans } from './highlight.ts';
import type { ArticleRef, EntityRef, Evidence } from './queries.ts';

/** What a panel can ask the explorer to do. */
export interface PanelActions {
  readonly language: Language;
  /** Selects an entity and draws its neighbourhood. */
  focus(id: string): void;
  openArticle(id: string): void;
  /** The address of the current view with this article open, for a shareable link. */
  articleHref(id: string): string;
}

/** A neighbour's name as a link that selects it: the label in the reader's language, the other after it. */
export function entityLink(entity: EntityRef, actions: PanelActions): HTMLElement {
  const other = otherNameOf(entity, actions.language);
  return el(
    'span',
    { class: 'entity-ref' },
    kindSwatch(entity.type, 11),
    button(labelOf(entity, actions.language), () => actions.focus(entity.id), { class: 'link', attrs: { 'data-entity': entity.id } }),
    other ? el('span', { class: 'other-name' }, other) : null,
  );
}

export function articleLink(article: ArticleRef, actions: PanelActions, label = 'Open article'): HTMLAnchorElement {
  const link = el('a', { class: 'article-link', attrs: { href: actions.articleHref(article.id), 'data-article': article.id } }, label);
  link.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    actions.openArticle(article.id);
  });
  return link;
}

export function articleSource(article: ArticleRef, actions: PanelActions): HTMLElement {
  return el('div', { class: 'source' }, `《${article.title}》${article.date ? ` · ${article.date}` : ''} · `, articleLink(article, actions));
}

/** An evidence sentence with the given names marked, and where it was read. */
export function evidenceBlock(evidence: Evidence, names: Iterable<string>, actions: PanelActions): HTMLElement {
  return el(
    'figure',
    { class: 'evidence' },
    el('blockquote', {}, markedText(evidence.sentence, nameSpans(evidence.sentence, names))),
    el('figcaption', {}, articleSource(evidence.article, actions)),
  );
}

/** A sentence from an article with the names marked, without its source. */
export function sentenceBlock(sentence: string, names: Iterable<string>): HTMLElement {
  return el('blockquote', {}, markedText(sentence, nameSpans(sentence, names)));
}

export function panelHeader(entity: EntityRef & { pinyin?: string | null }, subtitle?: string): HTMLElement {
  const english = entity.en || entity.display;
  return el(
    'header',
    { class: 'panel-header' },
    subtitle ? el('div', { class: 'subtitle' }, subtitle) : null,
    el('h2', {}, english || entity.name),
    english ? el('div', { class: 'zh', attrs: { lang: 'zh' } }, entity.name) : null,
    entity.pinyin ? el('div', { class: 'pinyin' }, entity.pinyin) : null,
  );
}

export function backButton(label: string, action: () => void): HTMLButtonElement {
  return button(`← ${label}`, action, { class: 'link back' });
}
