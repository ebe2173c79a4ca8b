// An analyst's corrections of one entity, offered in its side panel when signed in: rename it,
// change its type, merge it with another of its type, or split off what some articles say about
// it. Each is a recorded decision that re-ingesting keeps and the Decisions view undoes; a
// refusal is shown under the form that asked, in the server's words.
import { messageOf } from './api.ts';
import { button, el, type Child } from './dom.ts';
import { kindStyle } from './entity-style.ts';
import { labelOf } from './format.ts';
import { changeEntityType, mergeEntities, renameEntity, splitEntity } from './mutations.ts';
import type { PanelActions } from './panel-parts.ts';
import { ENTITY_TYPES, moreArticles, type ArticleMention, type EntityDetail, type EntityRef, type EntityType } from './queries.ts';
import { SearchBox } from './search-box.ts';

export interface Corrector extends PanelActions {
  /**
   * The graph changed: show `show` afresh, follow entities that stopped existing (merged away) to
   * the ones that took them in, and tell the reader `note`.
   */
  corrected(show: string, change?: { replaced?: ReadonlyMap<string, string>; note?: string }): void;
}

let forms = 0;

export function correctionsSection(entity: EntityDetail, corrector: Corrector): HTMLElement {
  const split = splitForm(entity, corrector);
  const section = el(
    'details',
    { class: 'corrections', attrs: { 'data-section': 'corrections' } },
    el('summary', {}, 'Correct this entity'),
    el('p', { class: 'hint' }, 'Each correction is recorded under your name; re-ingesting pages keeps it, and the Decisions view can undo it.'),
    renameForm(entity, corrector),
    typeForm(entity, corrector),
    mergeForm(entity, corrector),
    split.form,
  );
  // The articles to split off are fetched when the reader opens the corrections, not with every panel.
  section.addEventListener('toggle', () => {
    if (section.open) void split.load();
  });
  return section;
}

/** A form that runs one correction, with its refusal or failure shown under it. */
function correctionForm(action: string, legend: string, fields: Child[], submit: string, run: () => Promise<void>): HTMLFormElement {
  const problem = el('p', { class: 'error', attrs: { role: 'alert' } });
  const go = el('button', { attrs: { type: 'submit', 'data-action': action } }, submit);
  const form = el('form', { class: 'correction', attrs: { 'data-correction': action } }, el('fieldset', {}, el('legend', {}, legend), ...fields, go, problem));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      go.disabled = true;
      problem.textContent = '';
      try {
        await run();
      } catch (error) {
        problem.textContent = messageOf(error);
      } finally {
        go.disabled = false;
      }
    })();
  });
  return form;
}

function renameForm(entity: EntityDetail, corrector: Corrector): HTMLFormElement {
  const name = el('input', { attrs: { type: 'text', name: 'name', maxlength: '100', required: '', lang: 'zh', 'aria-label': 'The right name' } });
  name.value = entity.name;
  return correctionForm('rename', 'Rename (the old name stays an alias)', [name], 'Rename', async () => {
    const renamed = await renameEntity(entity.id, name.value.trim());
    corrector.corrected(entity.id, { note: `Renamed ${entity.name} to ${renamed.name}.` });
  });
}

function typeForm(entity: EntityDetail, corrector: Corrector): HTMLFormElement {
  const type = el(
    'select',
    { attrs: { name: 'type', 'aria-label': 'The right type' } },
    ...ENTITY_TYPES.map((t) => el('option', t === entity.type ? { attrs: { value: t, selected: '' } } : { attrs: { value: t } }, kindStyle(t).label)),
  );
  return correctionForm('change-type', 'Change the type', [type], 'Change type', async () => {
    const changed = await changeEntityType(entity.id, type.value as EntityType);
    corrector.corrected(entity.id, { note: `${changed.name} is now a ${kindStyle(changed.type).label.toLowerCase()}.` });
  });
}

function mergeForm(entity: EntityDetail, corrector: Corrector): HTMLFormElement {
  const n = ++forms;
  const input = el('input', {
    attrs: {
      type: 'search',
      id: `merge-with-${n}`,
      placeholder: `Another ${kindStyle(entity.type).label.toLowerCase()}: name, English or pinyin`,
      autocomplete: 'off',
    },
  });
  const list = el('ul', { class: 'suggestions', attrs: { id: `merge-with-list-${n}` } });
  const chosen = el('p', { class: 'chosen' }, 'Choose the other entity first.');
  const keepThis = el('input', { attrs: { type: 'radio', name: `keep-${n}`, value: 'this', id: `keep-this-${n}` } });
  const keepOther = el('input', { attrs: { type: 'radio', name: `keep-${n}`, value: 'other', id: `keep-other-${n}`, checked: '' } });
  let other: EntityRef | null = null;
  new SearchBox(
    input,
    list,
    {
      chosen: (hit) => {
        other = hit;
        chosen.textContent = hit.id === entity.id ? 'That is this entity; choose another.' : `Chosen: ${hit.name}${hit.en ? ` (${hit.en})` : ''}`;
      },
    },
    [entity.type],
  );
  return correctionForm(
    'merge',
    'Merge with another (they are one)',
    [
      el('div', { class: 'path-end' }, input, list),
      chosen,
      el(
        'div',
        { class: 'keep' },
        'Keep ',
        keepOther,
        el('label', { attrs: { for: keepOther.id } }, 'the other'),
        keepThis,
        el('label', { attrs: { for: keepThis.id } }, 'this one'),
        ' (the kept one keeps its id and gains the other’s names, mentions and relations)',
      ),
    ],
    'Merge',
    async () => {
      if (!other || other.id === entity.id) throw new Error('Choose the other entity in the search field first.');
      const [kept, merged] = keepThis.checked ? [entity, other] : [other, entity];
      await mergeEntities(kept.id, merged.id);
      corrector.corrected(kept.id, { replaced: new Map([[merged.id, kept.id]]), note: `Merged ${merged.name} into ${kept.name}.` });
    },
  );
}

/** Articles the split form lists; an entity named in more is not one to split by hand. */
const SPLIT_ARTICLES_MAX = 500;

function splitForm(entity: EntityDetail, corrector: Corrector): { form: HTMLFormElement; load: () => Promise<void> } {
  const list = el('ul', { class: 'split-articles' }, el('li', { class: 'loading' }, 'Loading its articles…'));
  let loaded = false;
  const load = async () => {
    if (loaded) return;
    loaded = true;
    try {
      const articles: ArticleMention[] = [];
      let after: string | null = null;
      do {
        const page = await moreArticles(entity.id, after, 100);
        articles.push(...page.items);
        after = page.next;
      } while (after && articles.length < SPLIT_ARTICLES_MAX);
      list.replaceChildren(
        ...articles.map(({ article }) => {
          const box = el('input', { attrs: { type: 'checkbox', value: article.id, id: `split-${entity.id}-${article.id}` } });
          return el('li', {}, box, el('label', { attrs: { for: box.id, lang: 'zh' } }, `《${article.title}》${article.date ? ` ${article.date}` : ''}`));
        }),
      );
      if (after) list.append(el('li', { class: 'source' }, `The first ${articles.length} articles; the split takes only those ticked.`));
    } catch (error) {
      loaded = false;
      list.replaceChildren(
        el('li', { class: 'error' }, messageOf(error)),
        el(
          'li',
          {},
          button('Try again', () => void load()),
        ),
      );
    }
  };
  const form = correctionForm('split', 'Split off what some articles say (they name someone else)', [list], 'Split off the ticked articles', async () => {
    const articleIds = [...list.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((box) => box.value);
    if (articleIds.length === 0) throw new Error('Tick the articles that name the other one.');
    const [, created] = await splitEntity(entity.id, articleIds);
    corrector.corrected(entity.id, {
      note: `Split ${articleIds.length} ${articleIds.length === 1 ? 'article' : 'articles'} off ${entity.name} into a new entity${created ? ` (${labelOf(created, corrector.language)}, ${created.id})` : ''}.`,
    });
  });
  return { form, load };
}
