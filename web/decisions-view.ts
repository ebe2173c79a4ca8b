// The decisions analysts made, newest first: what was decided about which entities, the value
// before and after, who decided and when, and an Undo for each that still holds. A refused undo
// (a later decision depends on it) says why, in the server's words.
import { messageOf } from './api.ts';
import { append, button, el } from './dom.ts';
import { decisions, type Decision } from './editing-queries.ts';
import { enumWords } from './format.ts';
import { undoDecision } from './mutations.ts';
import { asAnalyst, type EditingSession } from './session.ts';
import { sheet, type Sheet } from './sheet.ts';
import { HOW_TO_ENABLE } from './sign-in.ts';

export interface DecisionEvents {
  /** An undo changed the graph. */
  undone(note: string): void;
}

export class DecisionsView {
  private readonly sheet: Sheet;
  private readonly list = el('ol', { class: 'decisions' });
  private readonly note = el('p', { class: 'hint' });
  private readonly more = button('More decisions', () => void this.load(this.next), { class: 'more', attrs: { 'data-action': 'more-decisions' } });
  private next: string | null = null;
  private asked = 0;

  constructor(
    host: HTMLElement,
    private readonly session: EditingSession,
    private readonly events: DecisionEvents,
  ) {
    this.sheet = sheet(host, 'decisions-view', 'Decisions');
    this.sheet.body.append(this.note, this.list, this.more);
  }

  async open(): Promise<void> {
    this.sheet.open();
    this.list.replaceChildren();
    this.note.textContent =
      this.session.state.kind === 'off'
        ? `This server takes no changes. ${HOW_TO_ENABLE}`
        : 'Newest first. Undoing a decision restores what it changed; re-ingesting pages keeps every decision that holds.';
    await this.load(null);
  }

  private async load(after: string | null): Promise<void> {
    const asked = ++this.asked;
    this.more.hidden = true;
    try {
      const page = await decisions(after);
      if (asked !== this.asked) return;
      this.sheet.title.textContent = `Decisions (${page.total.toLocaleString('en')})`;
      this.list.append(...page.items.map((decision) => this.row(decision)));
      if (page.total === 0) this.list.replaceChildren(el('li', { class: 'empty' }, 'No decisions yet.'));
      this.next = page.next;
      this.more.hidden = !page.next;
    } catch (error) {
      if (asked === this.asked) this.list.append(el('li', { class: 'error', attrs: { role: 'alert' } }, messageOf(error)));
    }
  }

  private row(decision: Decision): HTMLLIElement {
    const row = el('li', { class: 'decision', attrs: { 'data-decision': decision.id, 'data-kind': decision.kind } });
    this.fill(row, decision);
    return row;
  }

  private fill(row: HTMLLIElement, decision: Decision): void {
    const undone = decision.undoneAt !== null;
    row.classList.toggle('undone', undone);
    const problem = el('p', { class: 'error', attrs: { role: 'alert' } });
    const undo: HTMLButtonElement = button(
      undone ? 'Undone' : 'Undo',
      async () => {
        undo.disabled = true;
        problem.textContent = '';
        try {
          const after = await asAnalyst(this.session, () => undoDecision(decision.id));
          this.fill(row, after);
          this.events.undone(`Undid: ${describe(decision)}`);
        } catch (error) {
          problem.textContent = messageOf(error);
          undo.disabled = false;
        }
      },
      { attrs: { 'data-action': 'undo' } },
    );
    undo.disabled = undone;
    undo.hidden = this.session.state.kind === 'off';
    row.replaceChildren();
    append(
      row,
      el(
        'div',
        { class: 'decision-line' },
        el('span', { class: 'kind' }, enumWords(decision.kind)),
        el('span', { class: 'what', attrs: { lang: 'zh' } }, describe(decision)),
      ),
      decision.previous !== null || decision.value !== null
        ? el(
            'div',
            { class: 'change' },
            el('span', { class: 'previous' }, decision.previous ?? '—'),
            ' → ',
            el('span', { class: 'value' }, decision.value ?? '—'),
          )
        : null,
      el(
        'div',
        { class: 'source' },
        `by ${decision.by ?? 'unknown'} · ${when(decision.at)}`,
        undone ? ` · undone by ${decision.undoneBy ?? 'unknown'} · ${when(decision.undoneAt!)}` : '',
      ),
      undo,
      problem,
    );
  }
}

/** The decision in words, with the names the entities had when it was made (their ids when no name was kept). */
function describe(decision: Decision): string {
  const name = (i: number) => decision.names[i] || decision.entityIds[i] || '?';
  const articles = decision.articleIds.length;
  switch (decision.kind) {
    case 'MERGE':
      return `${name(0)} merged into ${name(1)}`;
    case 'SPLIT':
      return `${name(0)} split: ${articles} ${articles === 1 ? 'article' : 'articles'} moved to ${name(1)}`;
    case 'KEEP_APART':
      return `${name(0)} and ${name(1)} kept apart`;
    case 'RENAME':
      return `${name(0)} renamed`;
    case 'CHANGE_TYPE':
      return `${name(0)}: type changed`;
    case 'HIDE_RELATION':
      return `relation ${name(0)} → ${name(1)} hidden`;
  }
}

/** An ISO time as the reader's local date and time. */
const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
