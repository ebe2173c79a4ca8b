import type { EntityDetail } from './api.ts';

// Everything from an article is set as textContent: a name or sentence holding markup is
// shown as the characters it is, never parsed as HTML.
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string | null, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Fills the side panel: English name first, Chinese and pinyin under it, then relations with evidence. */
export function showEntity(panel: HTMLElement, entity: EntityDetail): void {
  panel.replaceChildren();
  panel.hidden = false;
  panel.append(element('h2', entity.en || entity.name));
  panel.append(element('div', entity.name, 'zh'));
  if (entity.pinyin) panel.append(element('div', entity.pinyin, 'pinyin'));
  const facts = [entity.type, entity.kind, entity.level, entity.investment, entity.status].filter(Boolean).join(' · ');
  panel.append(element('p', facts, 'facts'));
  if (entity.aliases.length) panel.append(element('p', `Also written: ${entity.aliases.join('、')}`));

  if (entity.neighbours.length) {
    panel.append(element('h3', 'Relations'));
    for (const edge of entity.neighbours) {
      const arrow = edge.direction === 'OUT' ? '→' : '←';
      const label = `${edge.relation}${edge.title ? ` (${edge.title})` : ''} ${arrow} ${edge.node.en || edge.node.name}`;
      panel.append(element('div', label));
      for (const evidence of edge.evidence) {
        panel.append(element('blockquote', evidence.sentence));
        panel.append(element('div', `${evidence.article.title}${evidence.article.date ? ` · ${evidence.article.date}` : ''}`, 'source'));
      }
    }
  }
  panel.append(element('h3', `Named in ${entity.articles.length} ${entity.articles.length === 1 ? 'article' : 'articles'}`));
  for (const mention of entity.articles) {
    panel.append(element('div', `${mention.article.title}${mention.article.date ? ` · ${mention.article.date}` : ''}`, 'source'));
    for (const sentence of mention.sentences.slice(0, 3)) panel.append(element('blockquote', sentence));
  }
}
