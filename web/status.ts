// The line over the graph that says what is going on: nothing yet, loading, done, or failed
// (with what to do about it).
import { button, el } from './dom.ts';

export class StatusLine {
  constructor(private readonly host: HTMLElement) {
    host.setAttribute('role', 'status');
    host.setAttribute('aria-live', 'polite');
  }

  info(text: string): void {
    this.set('info', text);
  }

  loading(text: string): void {
    this.set('loading', text);
  }

  error(text: string, retry?: () => void): void {
    this.set('error', text);
    if (retry) this.host.append(' ', button('Try again', retry, { class: 'link', attrs: { 'data-action': 'retry' } }));
  }

  private set(state: 'info' | 'loading' | 'error', text: string): void {
    this.host.dataset.state = state;
    this.host.replaceChildren(el('span', {}, text));
  }
}
