// A place's view: the projects in it and the places within it, their investment totals, and
// the organisations and officials involved.
import { el } from './dom.ts';
import { yuanInChinese, yuanInEnglish, plural } from './format.ts';
import { backButton, entityLink, panelHeader, type PanelActions } from './panel-parts.ts';
import type { EntityDetail, Participant, PlaceRollup } from './queries.ts';

export function renderPlace(place: EntityDetail, rollup: PlaceRollup, actions: PanelActions, back: () => void): HTMLElement[] {
  const total = rollup.investmentTotalYuan;
  const largest = Math.max(0, ...rollup.projects.items.map((p) => p.project.investmentYuan ?? 0));
  const summary = el(
    'div',
    { class: 'investment-summary' },
    el('div', { class: 'total' }, total > 0 ? yuanInEnglish(total, rollup.investmentApproximate) : 'No investment amounts given'),
    total > 0 ? el('div', { class: 'total-zh', attrs: { lang: 'zh' } }, yuanInChinese(total, rollup.investmentApproximate)) : null,
    el(
      'div',
      { class: 'source' },
      `${plural(rollup.projects.total, 'project')} here or in the places within it; ${rollup.projectsWithInvestment} with an amount.`,
    ),
  );
  const projects = el(
    'ul',
    { class: 'projects' },
    ...rollup.projects.items.map(({ project, locatedIn }) => {
      const bar = el('div', { class: 'bar' });
      // The bar's length is the project's share of the largest investment.
      bar.style.setProperty('--share', `${largest > 0 ? ((project.investmentYuan ?? 0) / largest) * 100 : 0}%`);
      return el(
        'li',
        {},
        entityLink(project, actions),
        el(
          'div',
          { class: 'project-facts' },
          project.investmentYuan != null
            ? `${project.investment ?? ''} (${yuanInEnglish(project.investmentYuan, project.investmentApproximate ?? false)})`
            : 'amount not given',
          project.status ? ` · ${project.status}` : '',
          locatedIn.id !== rollup.place.id ? ' · in ' : '',
          locatedIn.id !== rollup.place.id ? entityLink(locatedIn, actions) : null,
        ),
        bar,
      );
    }),
  );
  return [
    backButton('Back to the place', back),
    panelHeader(place, 'Projects and investment'),
    summary,
    el('h3', {}, 'Projects, largest investment first'),
    rollup.projects.items.length ? projects : el('p', { class: 'empty' }, 'No project is located here yet.'),
    ...moreNote(rollup.projects, 'project'),
    ...participants('Organisations involved', ['organisation', 'organisations'], rollup.organisations, actions),
    ...participants('Officials involved', ['person', 'people'], rollup.officials, actions),
    ...(rollup.subPlaces.items.length
      ? [
          el('h3', {}, `Places within (${rollup.subPlaces.total})`),
          el('ul', { class: 'compact' }, ...rollup.subPlaces.items.map((p) => el('li', {}, entityLink(p, actions)))),
          ...moreNote(rollup.subPlaces, 'place'),
        ]
      : []),
  ];
}

/** A note under a list cut at its first page: how many more there are. */
function moreNote(list: { total: number; items: unknown[] }, one: string, many = `${one}s`): HTMLElement[] {
  const left = list.total - list.items.length;
  return left > 0 ? [el('p', { class: 'source more-note' }, `and ${plural(left, `more ${one}`, `more ${many}`)}`)] : [];
}

function participants(title: string, noun: [string, string], list: { total: number; items: Participant[] }, actions: PanelActions): HTMLElement[] {
  if (list.items.length === 0) return [];
  return [
    el('h3', {}, title),
    el(
      'ul',
      { class: 'compact' },
      ...list.items.map((p) =>
        el(
          'li',
          {},
          entityLink(p.entity, actions),
          p.titles.length ? el('span', { class: 'position-title', attrs: { lang: 'zh' } }, p.titles.join('、')) : null,
          el('span', { class: 'source' }, ` ${plural(p.projects.length, 'project')}`),
        ),
      ),
    ),
    ...moreNote(list, ...noun),
  ];
}
