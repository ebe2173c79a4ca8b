// A large modal dialog over the page (adding articles, the review queue, the decisions): a bar
// with its title and a Close button, and a body its owner fills.
import { button, el } from './dom.ts';
import type { PanelActions } from './panel-parts.ts';

export interface Sheet {
  dialog: HTMLDialogElement;
  /** The title's element, for a count that changes. */
  title: HTMLElement;
  body: HTMLElement;
  open(): void;
}

export function sheet(host: HTMLElement, name: string, title: string): Sheet {
  const heading = el('h2', {}, title);
  const body = el('div', { class: 'sheet-body' });
  const dialog: HTMLDialogElement = el(
    'dialog',
    { class: `sheet ${name}`, attrs: { 'aria-label': title } },
    el(
      'div',
      { class: 'dialog-bar' },
      heading,
      button('Close', () => dialog.close(), { attrs: { 'data-action': `close-${name}` } }),
    ),
    body,
  );
  host.append(dialog);
  return {
    dialog,
    title: heading,
    body,
    open: () => {
      if (!dialog.open) dialog.showModal();
    },
  };
}

/** The panel actions for links inside a sheet: choosing an entity closes the sheet to show it. */
export function closingOnFocus(sheet: Sheet, actions: PanelActions): PanelActions {
  return {
    get language() {
      return actions.language;
    },
    focus: (id) => {
      sheet.dialog.close();
      actions.focus(id);
    },
    openArticle: (id) => actions.openArticle(id),
    articleHref: (id) => actions.articleHref(id),
  };
}
