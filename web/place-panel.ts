// A place's view: the projects in it and the places within it, their investment totals, and
// the organisations and officials involved.
import { el } from './dom.ts';
import { yuanInChinese, yuanInEnglish, plural } from './format.ts';
import { backButton, entityLink, panelHeader, type PanelActions } from './panel-parts.ts';
import type { EntityDetail, EntityRef, PlaceRollup } from './queries.ts';

export function renderPlace(place: EntityDetail, rollup: PlaceRollup, actions: PanelActions, back: () => void): HTMLElement[] {
  const total = rollup.investmentTotalYuan;
  const largest = Math.max(0, ...rollup.projects.map((p) => p.project.investmentYuan ?? 0));
  const summary = el(
    'div',
    { class: 'investment-summary' },
    el('div', { class: 'total' }, total > 0 ? yuanInEnglish(total, rollup.investmentApproximate) : 'No investment amounts given'),
    total > 0 ? el('div', { class: 'total-zh', attrs: { lang: 'zh' } }, yuanInChinese(total, rollup.investmentApproximate)) : null,
    el(
      'div',
      { class: 'source' },
      `${plural(rollup.projectCount, 'project')} here or in the places within it; ${rollup.projectsWithInvestment} with an amount.`,
    ),
  );
  const projects = el(
    'ul',
    { class: 'projects' },
    ...rollup.projects.map(({ project, locatedIn }) => {
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
    rollup.projects.length ? projects : el('p', { class: 'empty' }, 'No project is located here yet.'),
    ...participants('Organisations involved', rollup.organisations, actions),
    ...participants('Officials involved', rollup.officials, actions),
    ...(rollup.subPlaces.length
      ? [
          el('h3', {}, `Places within (${rollup.subPlaces.length})`),
          el('ul', { class: 'compact' }, ...rollup.subPlaces.map((p) => el('li', {}, entityLink(p, actions)))),
        ]
      : []),
  ];
}

function participants(title: string, list: Array<{ entity: EntityRef; projects: EntityRef[]; titles?: string[] }>, actions: PanelActions): HTMLElement[] {
  if (list.length === 0) return [];
  return [
    el('h3', {}, title),
    el(
      'ul',
      { class: 'compact' },
      ...list.map((p) =>
        el(
          'li',
          {},
          entityLink(p.entity, actions),
          p.titles?.length ? el('span', { class: 'position-title', attrs: { lang: 'zh' } }, p.titles.join('、')) : null,
          el('span', { class: 'source' }, ` ${plural(p.projects.length, 'project')}`),
        ),
      ),
    ),
  ];
}
