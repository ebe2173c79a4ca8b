// A person's timeline: the articles naming them, oldest first, each with the positions it says
// they hold and the sentences that name them.
import { el } from './dom.ts';
import { articleSource, backButton, entityLink, panelHeader, sentenceBlock, type PanelActions } from './panel-parts.ts';
import type { EntityDetail, TimelineEntry } from './queries.ts';

export function renderTimeline(person: EntityDetail, entries: TimelineEntry[], actions: PanelActions, back: () => void): HTMLElement[] {
  const names = [person.name, ...person.aliases];
  const list = el('ol', { class: 'timeline' });
  let year: string | null | undefined;
  for (const entry of entries) {
    const entryYear = entry.date?.slice(0, 4) ?? null;
    if (entryYear !== year) {
      year = entryYear;
      list.append(el('li', { class: 'year' }, year ?? 'Undated'));
    }
    list.append(
      el(
        'li',
        { class: 'entry' },
        el('time', entry.date ? { attrs: { datetime: entry.date } } : {}, entry.date ?? 'no date'),
        articleSource(entry.article, actions),
        entry.positions.length
          ? el(
              'ul',
              { class: 'positions' },
              ...entry.positions.map((p) =>
                el(
                  'li',
                  {},
                  p.title ? el('span', { class: 'position-title', attrs: { lang: 'zh' } }, p.title) : null,
                  p.title ? ' at ' : 'At ',
                  entityLink(p.organisation, actions),
                ),
              ),
            )
          : null,
        ...entry.sentences.slice(0, 3).map((s) => sentenceBlock(s, names)),
      ),
    );
  }
  return [
    backButton('Back to the person', back),
    panelHeader(person, 'Timeline'),
    entries.length ? list : el('p', { class: 'empty' }, 'No article names this person yet.'),
  ];
}
