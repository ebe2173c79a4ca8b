// The header's editing control (read-only, sign in, or who is signed in) and the form that asks
// for a token.
import { messageOf } from './api.ts';
import { button, el } from './dom.ts';
import type { EditingSession, EditingState } from './session.ts';

/** What the page says when the server takes no changes: how the operator turns them on. */
export const HOW_TO_ENABLE = 'Start the server with API_TOKEN=<token> (or API_TOKENS=alice:<token>,bob:<token>) to allow changes.';

/** The header's control: it follows the session's state. */
export function editingControl(host: HTMLElement, session: EditingSession): void {
  session.onChange((state: EditingState) => {
    switch (state.kind) {
      case 'unknown':
        host.replaceChildren();
        break;
      case 'off':
        host.replaceChildren(
          el(
            'details',
            { class: 'menu read-only' },
            el('summary', {}, 'Read-only'),
            el('div', { class: 'menu-items' }, el('p', { class: 'how-to-enable' }, HOW_TO_ENABLE)),
          ),
        );
        break;
      case 'signed-out':
        host.replaceChildren(button('Sign in to edit', () => void session.signInFirst(), { attrs: { 'data-action': 'sign-in' } }));
        break;
      case 'signed-in':
        host.replaceChildren(
          el('span', { class: 'signed-in' }, 'Signed in as ', el('strong', {}, state.label)),
          button('Sign out', () => session.signOut(), { class: 'link', attrs: { 'data-action': 'sign-out' } }),
        );
    }
  });
}

/** The sign-in form, as a modal dialog; `ask` shows it and resolves with whether the reader signed in. */
export class SignInDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly reason = el('p', { class: 'hint' });
  private readonly input = el('input', {
    attrs: { type: 'password', id: 'sign-in-token', name: 'token', autocomplete: 'off', required: '', spellcheck: 'false' },
  });
  private readonly problem = el('p', { class: 'error', attrs: { role: 'alert' } });
  private readonly submit = el('button', { attrs: { type: 'submit', 'data-action': 'sign-in-submit' } }, 'Sign in');
  private done: ((signedIn: boolean) => void) | null = null;

  constructor(
    host: HTMLElement,
    private readonly session: EditingSession,
  ) {
    const form = el(
      'form',
      { class: 'sign-in-form' },
      el('h2', {}, 'Sign in to edit'),
      this.reason,
      el('label', { attrs: { for: this.input.id } }, 'Your token (from whoever runs the server)'),
      this.input,
      this.problem,
      el(
        'div',
        { class: 'panel-actions' },
        this.submit,
        button('Cancel', () => this.dialog.close()),
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.check();
    });
    this.dialog = el('dialog', { class: 'sheet sign-in', attrs: { 'aria-label': 'Sign in' } }, form);
    this.dialog.addEventListener('close', () => this.finish(this.session.signedIn));
    host.append(this.dialog);
    session.askWith((reason) => this.ask(reason));
  }

  private ask(reason = 'Reading is open to all; changes are recorded under your name.'): Promise<boolean> {
    this.reason.textContent = reason;
    this.problem.textContent = '';
    this.input.value = '';
    if (!this.dialog.open) this.dialog.showModal();
    this.input.focus();
    return new Promise((resolve) => (this.done = resolve));
  }

  private async check(): Promise<void> {
    const token = this.input.value.trim();
    if (!token) return;
    this.submit.disabled = true;
    this.problem.textContent = '';
    try {
      const refused = await this.session.signIn(token);
      if (refused) this.problem.textContent = refused;
      else this.dialog.close();
    } catch (error) {
      this.problem.textContent = messageOf(error);
    } finally {
      this.submit.disabled = false;
    }
  }

  private finish(signedIn: boolean): void {
    const done = this.done;
    this.done = null;
    done?.(signedIn);
  }
}
