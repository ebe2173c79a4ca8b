// The side panel for a selected entity: English name first, Chinese and pinyin under it, its
// attributes, its relations grouped by type with every edge's evidence, and the articles
// naming it.
import { messageOf } from './api.ts';
import { button, el } from './dom.ts';
import { kindStyle, relationStyle } from './entity-style.ts';
import { enumWords, yuanInEnglish } from './format.ts';
import { correctionsSection, type Corrector } from './corrections.ts';
import { articleLink, entityLink, evidenceBlock, panelHeader, sentenceBlock, type PanelActions } from './panel-parts.ts';
import { hideRelation } from './mutations.ts';
import { moreArticles, moreNeighbours, type ArticleMention, type EntityDetail, type Neighbour, type Page } from './queries.ts';

export interface EntityPanelActions extends PanelActions, Corrector {
  /** Signed in: the panel offers corrections. */
  readonly canEdit: boolean;
  expand(id: string): void;
  hide(id: string): void;
  togglePin(id: string): void;
  isPinned(id: string): boolean;
  isExpanded(id: string): boolean;
  pathFrom(id: string): void;
  showTimeline(id: string): void;
  showPlace(id: string): void;
  closePanel(): void;
}

// Relations read differently from each end: a person holds a position, an organisation has
// people in positions.
const GROUP_TITLES: Record<string, { OUT: string; IN: string }> = {
  HOLDS_POSITION: { OUT: 'Positions held', IN: 'People in positions here' },
  LOCATED_IN: { OUT: 'Located in', IN: 'Located here' },
  INVOLVED_IN: { OUT: 'Involved in', IN: 'Involved' },
  PART_OF: { OUT: 'Part of', IN: 'Has as parts' },
};
const groupTitle = (n: Neighbour) =>
  GROUP_TITLES[n.relation]?.[n.direction] ?? `${relationStyle(n.relation).label} (${n.direction === 'OUT' ? 'from here' : 'to here'})`;

export function renderEntity(entity: EntityDetail, actions: EntityPanelActions): HTMLElement[] {
  return [
    panelHeader(entity, kindStyle(entity.type).label),
    toolbar(entity, actions),
    attributes(entity),
    relations(entity, actions),
    mentions(entity, actions),
    actions.canEdit ? correctionsSection(entity, actions) : null,
  ].filter((part): part is HTMLElement => part !== null);
}

function toolbar(entity: EntityDetail, actions: EntityPanelActions): HTMLElement {
  const pinned = actions.isPinned(entity.id);
  return el(
    'div',
    { class: 'panel-actions' },
    actions.isExpanded(entity.id) ? null : button('Expand neighbours', () => actions.expand(entity.id), { attrs: { 'data-action': 'expand' } }),
    button(pinned ? 'Unpin' : 'Pin', () => actions.togglePin(entity.id), { attrs: { 'data-action': 'pin', 'aria-pressed': String(pinned) } }),
    button('Hide', () => actions.hide(entity.id), { attrs: { 'data-action': 'hide' } }),
    button('Find a path from here', () => actions.pathFrom(entity.id), { attrs: { 'data-action': 'path' } }),
    entity.type === 'PERSON' ? button('Timeline', () => actions.showTimeline(entity.id), { attrs: { 'data-action': 'timeline' } }) : null,
    entity.type === 'PLACE' ? button('Projects and investment', () => actions.showPlace(entity.id), { attrs: { 'data-action': 'place' } }) : null,
  );
}

function attributes(entity: EntityDetail): HTMLElement {
  const rows: Array<[string, string | null]> = [
    ['Kind', entity.kind && enumWords(entity.kind)],
    ['Level', entity.level && enumWords(entity.level)],
    ['Division code', entity.code],
    ['Lies in', entity.parent],
    [
      'Investment',
      entity.investment &&
        (entity.investmentYuan != null
          ? `${entity.investment} (${yuanInEnglish(entity.investmentYuan, entity.investmentApproximate ?? false)})`
          : entity.investment),
    ],
    ['Status', entity.status],
    ['Also written', entity.aliases.length ? entity.aliases.join('、') : null],
  ];
  const shown = rows.filter((row): row is [string, string] => !!row[1]);
  return el('dl', { class: 'attributes' }, ...shown.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function relations(entity: EntityDetail, actions: EntityPanelActions): HTMLElement {
  const section = el('section', { class: 'relations', attrs: { 'aria-label': 'Relations' } });
  const groups = new Map<string, HTMLElement>();
  const add = (neighbours: Neighbour[]) => {
    for (const neighbour of neighbours) {
      const title = groupTitle(neighbour);
      let list = groups.get(title);
      if (!list) {
        list = el('ul', { class: 'edges' });
        groups.set(title, list);
        section.append(el('h3', { attrs: { 'data-relation': neighbour.relation } }, title), list);
      }
      list.append(edgeItem(entity, neighbour, actions));
    }
  };
  if (entity.neighbours.items.length === 0) section.append(el('p', { class: 'empty' }, 'No relations were read for this entity yet.'));
  add(entity.neighbours.items);
  const first = entity.neighbours.next;
  if (first) section.append(moreButton('Show more relations', first, (after) => moreNeighbours(entity.id, after), add));
  return section;
}

/** A button that fetches the page after `after`, adds it, and stays while more follow. */
function moreButton<T>(label: string, after: string, fetch: (after: string) => Promise<Page<T>>, add: (items: T[]) => void): HTMLButtonElement {
  let next = after;
  const more: HTMLButtonElement = button(
    label,
    async () => {
      more.disabled = true;
      more.textContent = 'Loading…';
      try {
        const page = await fetch(next);
        add(page.items);
        if (!page.next) {
          more.remove();
          return;
        }
        next = page.next;
        more.textContent = label;
      } catch (error) {
        more.textContent = `Could not load more: ${messageOf(error)} Try again`;
      }
      more.disabled = false;
      // Added items go before the button: keep it last.
      more.parentElement?.append(more);
    },
    { class: 'more' },
  );
  return more;
}

function edgeItem(entity: EntityDetail, neighbour: Neighbour, actions: EntityPanelActions): HTMLElement {
  const names = [entity.name, ...entity.aliases, neighbour.node.name, ...neighbour.node.aliases];
  return el(
    'li',
    { class: 'edge', attrs: { 'data-relation': neighbour.relation, 'data-relation-id': neighbour.relationId } },
    el(
      'div',
      { class: 'edge-line' },
      entityLink(neighbour.node, actions),
      neighbour.title ? el('span', { class: 'position-title', attrs: { lang: 'zh' } }, neighbour.title) : null,
      actions.canEdit ? hideRelationButton(entity, neighbour, actions) : null,
    ),
    ...neighbour.evidence.map((e) => evidenceBlock(e, names, actions)),
    neighbour.evidence.length === 0 && neighbour.gazetteer ? el('div', { class: 'source' }, 'From the gazetteer of administrative divisions') : null,
  );
}

/** An analyst's "this relation is wrong": it leaves the graph, and re-ingesting does not bring it back. */
function hideRelationButton(entity: EntityDetail, neighbour: Neighbour, actions: EntityPanelActions): HTMLButtonElement {
  const hide: HTMLButtonElement = button(
    'Wrong: hide',
    async () => {
      hide.disabled = true;
      try {
        await hideRelation(neighbour.relationId);
        actions.corrected(entity.id);
      } catch (error) {
        hide.disabled = false;
        hide.closest('.edge')?.append(el('p', { class: 'error', attrs: { role: 'alert' } }, messageOf(error)));
      }
    },
    {
      class: 'hide-relation',
      attrs: { 'data-action': 'hide-relation', title: 'This relation is wrong: hide it from the graph (recorded as a decision you can undo)' },
    },
  );
  return hide;
}

function mentions(entity: EntityDetail, actions: EntityPanelActions): HTMLElement {
  const names = [entity.name, ...entity.aliases];
  const first = entity.articles;
  const count = first.items.length;
  const section = el(
    'section',
    { class: 'mentions', attrs: { 'aria-label': 'Articles' } },
    el('h3', {}, count === 0 ? 'Not named in any article' : `Named in ${first.next ? `${count} or more` : count} ${count === 1 ? 'article' : 'articles'}`),
  );
  const add = (items: ArticleMention[]) =>
    section.append(
      ...items.map(({ article, sentences }) =>
        el(
          'div',
          { class: 'mention' },
          el('div', { class: 'source' }, `《${article.title}》${article.date ? ` · ${article.date}` : ''} · `, articleLink(article, actions)),
          ...sentences.slice(0, 3).map((s) => sentenceBlock(s, names)),
        ),
      ),
    );
  add(first.items);
  if (first.next) section.append(moreButton('Show more articles', first.next, (after) => moreArticles(entity.id, after), add));
  return section;
}
