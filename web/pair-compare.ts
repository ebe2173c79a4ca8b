// One pair of the review queue, side by side: each one's names, the positions it holds and
// where, its places and the articles that name it, so an analyst can tell one person from two.
// Under them, Merge (keeping the one chosen; by default the one more articles name) and Keep apart.
import { messageOf } from './api.ts';
import { button, el } from './dom.ts';
import { kindStyle } from './entity-style.ts';
import type { CandidatePair, PairSide } from './editing-queries.ts';
import { articleLink, entityLink, sentenceBlock, type PanelActions } from './panel-parts.ts';

export interface PairDecisions {
  /** Merge `merged` into `kept`. */
  merge(kept: PairSide, merged: PairSide): Promise<void>;
  keepApart(a: PairSide, b: PairSide): Promise<void>;
}

/** Whether the reader may decide the pair (signing in when asked), or only read it (the server takes no changes). */
export type DecisionMode = 'decide' | 'read-only';

export function renderPair(pair: CandidatePair, sides: [PairSide, PairSide], actions: PanelActions, decisions: PairDecisions, mode: DecisionMode): HTMLElement {
  const [a, b] = sides;
  // The side more articles name is the likelier keeper: its id is the one links and notes use.
  const keepA = articleWeight(a) >= articleWeight(b);
  const name = `keep-${a.id}-${b.id}`;
  const radio = (side: PairSide, checked: boolean) =>
    el('input', { attrs: { type: 'radio', name, value: side.id, 'aria-label': `Keep ${side.name} (${side.id})`, ...(checked ? { checked: '' } : {}) } });
  const keepers = [radio(a, keepA), radio(b, !keepA)] as const;
  const problem = el('p', { class: 'error', attrs: { role: 'alert' } });
  const decide = (run: () => Promise<void>) => async () => {
    for (const control of buttons) control.disabled = true;
    problem.textContent = '';
    try {
      await run();
    } catch (error) {
      problem.textContent = messageOf(error);
      for (const control of buttons) control.disabled = false;
    }
  };
  const buttons = [
    button(
      'Merge',
      decide(() => (keepers[0].checked ? decisions.merge(a, b) : decisions.merge(b, a))),
      { class: 'primary', attrs: { 'data-action': 'merge-pair' } },
    ),
    button(
      'Keep apart',
      decide(() => decisions.keepApart(a, b)),
      { attrs: { 'data-action': 'keep-apart' } },
    ),
  ];
  return el(
    'div',
    { class: 'pair', attrs: { 'data-pair': `${a.id} ${b.id}` } },
    el(
      'p',
      { class: 'pair-why' },
      `${pair.reason}${pair.shared.length ? `; shared: ${pair.shared.join(', ')}` : '; nothing else shared'} (strength ${pair.strength})`,
    ),
    el('div', { class: 'sides' }, side(a, keepers[0], actions, mode), side(b, keepers[1], actions, mode)),
    mode === 'decide' ? el('div', { class: 'panel-actions pair-actions' }, ...buttons) : null,
    problem,
  );
}

/** How many articles name a side; a full first page counts as more. */
const articleWeight = (side: PairSide) => side.articles.items.length + (side.articles.next ? 1 : 0);

function side(entity: PairSide, keeper: HTMLInputElement, actions: PanelActions, mode: DecisionMode): HTMLElement {
  const names = [entity.name, ...entity.aliases];
  const count = entity.articles.items.length;
  return el(
    'section',
    { class: 'side', attrs: { 'data-entity': entity.id, 'aria-label': entity.name } },
    mode === 'decide' ? el('label', { class: 'keeper' }, keeper, ' keep this one') : null,
    el('h3', {}, el('span', { attrs: { lang: 'zh' } }, entity.name)),
    el('div', { class: 'other-name' }, [entity.en, entity.pinyin].filter(Boolean).join(' · ') || kindStyle(entity.type).label),
    el('div', { class: 'source' }, entity.id),
    entity.aliases.length ? el('div', {}, 'Also written ', el('span', { attrs: { lang: 'zh' } }, entity.aliases.join('、'))) : null,
    el('h4', {}, 'Positions'),
    entity.positions.length
      ? el(
          'ul',
          { class: 'compact positions' },
          ...entity.positions.map((p) =>
            el('li', {}, p.title ? el('span', { class: 'position-title', attrs: { lang: 'zh' } }, p.title) : null, ' at ', entityLink(p.organisation, actions)),
          ),
        )
      : el('p', { class: 'empty' }, 'None read.'),
    el('h4', {}, 'Places'),
    entity.places.length
      ? el('ul', { class: 'compact places' }, ...entity.places.map((p) => el('li', {}, entityLink(p, actions))))
      : el('p', { class: 'empty' }, 'None read.'),
    el('h4', {}, `Articles (${entity.articles.next ? `${count} or more` : count})`),
    ...entity.articles.items.map(({ article, sentences }) =>
      el(
        'div',
        { class: 'mention' },
        el('div', { class: 'source' }, `《${article.title}》${article.date ? ` · ${article.date}` : ''} · `, articleLink(article, actions)),
        ...sentences.slice(0, 2).map((s) => sentenceBlock(s, names)),
      ),
    ),
  );
}
