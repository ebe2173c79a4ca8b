// The review queue: the pairs the graph suspects are one entity, strongest evidence first, a
// page at a time. Opening it asks for one page of pairs; a pair's details are fetched when it
// is chosen. A decision takes the pair off the list, and the next one is shown.
import { messageOf } from './api.ts';
import { button, el } from './dom.ts';
import { candidatePairCount, candidatePairs, pairSides, type CandidatePair, type PairSide } from './editing-queries.ts';
import { keepApart, mergeEntities } from './mutations.ts';
import { renderPair } from './pair-compare.ts';
import type { PanelActions } from './panel-parts.ts';
import { asAnalyst, type EditingSession } from './session.ts';
import { closingOnFocus, sheet, type Sheet } from './sheet.ts';
import { HOW_TO_ENABLE } from './sign-in.ts';

export interface ReviewEvents {
  /** A decision changed the graph; `replaced` maps a merged id to the one that took it in. */
  decided(note: string, replaced?: ReadonlyMap<string, string>): void;
}

export class ReviewQueue {
  private readonly sheet: Sheet;
  private readonly list = el('ol', { class: 'pair-list', attrs: { 'aria-label': 'Pairs' } });
  private readonly detail = el('div', { class: 'pair-detail', attrs: { 'aria-live': 'polite' } });
  private readonly note = el('p', { class: 'queue-note', attrs: { role: 'status' } });
  private readonly more = button('More pairs', () => void this.load(this.next), { class: 'more', attrs: { 'data-action': 'more-pairs' } });
  private total = 0;
  private next: string | null = null;
  private items: Array<{ pair: CandidatePair; row: HTMLLIElement }> = [];
  // Each page asked for, and each pair chosen, bumps its count; answers for an earlier one are dropped.
  private pagesAsked = 0;
  private pairsAsked = 0;

  constructor(
    host: HTMLElement,
    private readonly session: EditingSession,
    private readonly actions: PanelActions,
    private readonly events: ReviewEvents,
  ) {
    this.sheet = sheet(host, 'review-queue', 'Review queue');
    this.sheet.body.append(
      el(
        'p',
        { class: 'hint' },
        'Namesakes the graph could not join: decide whether each pair is one entity (merge) or two (keep apart). Strongest evidence first.',
      ),
      this.note,
      el('div', { class: 'queue' }, el('div', { class: 'queue-list' }, this.list, this.more), this.detail),
    );
  }

  /** Opens the queue from its start, as the graph holds it now. */
  async open(): Promise<void> {
    this.sheet.open();
    this.items = [];
    this.pairsAsked++;
    this.list.replaceChildren();
    this.detail.replaceChildren(el('p', { class: 'empty' }, 'Choose a pair to compare its two sides.'));
    this.note.textContent = this.session.state.kind === 'off' ? `This server takes no changes. ${HOW_TO_ENABLE}` : '';
    await this.load(null);
  }

  private async load(after: string | null): Promise<void> {
    const asked = ++this.pagesAsked;
    this.more.hidden = true;
    this.sheet.dialog.setAttribute('aria-busy', 'true');
    try {
      const page = await candidatePairs(after);
      if (asked !== this.pagesAsked) return;
      this.total = page.total;
      this.next = page.next;
      for (const pair of page.items) this.addRow(pair);
      if (this.items.length === 0) this.list.replaceChildren(el('li', { class: 'empty' }, 'No pairs wait for a decision.'));
      this.more.hidden = !page.next;
      this.showTotal();
    } catch (error) {
      if (asked === this.pagesAsked) this.list.append(el('li', { class: 'error', attrs: { role: 'alert' } }, messageOf(error)));
    } finally {
      if (asked === this.pagesAsked) this.sheet.dialog.removeAttribute('aria-busy');
    }
  }

  /** A merge may settle more pairs than the one decided: the server's count says how many are left. */
  private async countAgain(): Promise<void> {
    try {
      this.total = await candidatePairCount();
      this.showTotal();
    } catch {
      // The count shown stays one less than before; the next opening reads it again.
    }
  }

  private showTotal(): void {
    this.sheet.title.textContent = `Review queue (${this.total.toLocaleString('en')} ${this.total === 1 ? 'pair' : 'pairs'})`;
    this.sheet.dialog.dataset.total = String(this.total);
  }

  private addRow(pair: CandidatePair): void {
    const choice = el(
      'button',
      { class: 'pair-choice', attrs: { type: 'button' } },
      el('span', { class: 'strength', attrs: { title: 'Strength of the evidence that they are one' } }, String(pair.strength)),
      el(
        'span',
        { class: 'names', attrs: { lang: 'zh' } },
        pair.entity.name === pair.other.name ? pair.entity.name : `${pair.entity.name} · ${pair.other.name}`,
      ),
      el('span', { class: 'shared' }, pair.shared.length ? pair.shared.join(', ') : 'nothing shared'),
    );
    choice.addEventListener('click', () => void this.choose(pair));
    const row = el('li', { class: 'pair-row', attrs: { 'data-pair': `${pair.entity.id} ${pair.other.id}` } }, choice);
    this.items.push({ pair, row });
    this.list.append(row);
  }

  private async choose(pair: CandidatePair): Promise<void> {
    const asked = ++this.pairsAsked;
    for (const item of this.items) item.row.classList.toggle('chosen', item.pair === pair);
    this.detail.replaceChildren(el('p', { class: 'loading' }, 'Loading both sides…'));
    try {
      const [a, b] = await pairSides(pair.entity.id, pair.other.id);
      if (asked !== this.pairsAsked) return;
      if (!a || !b) {
        this.detail.replaceChildren(el('p', { class: 'empty' }, 'One of the two is no longer in the graph (merged or split since the queue was opened).'));
        return;
      }
      const mode = this.session.state.kind === 'off' ? 'read-only' : 'decide';
      this.detail.replaceChildren(
        renderPair(
          pair,
          [a, b],
          closingOnFocus(this.sheet, this.actions),
          { merge: (kept, merged) => this.merge(pair, kept, merged), keepApart: () => this.keepApart(pair) },
          mode,
        ),
      );
    } catch (error) {
      if (asked === this.pairsAsked) this.detail.replaceChildren(el('p', { class: 'error', attrs: { role: 'alert' } }, messageOf(error)));
    }
  }

  private async merge(pair: CandidatePair, kept: PairSide, merged: PairSide): Promise<void> {
    await asAnalyst(this.session, () => mergeEntities(kept.id, merged.id));
    this.decided(pair, `Merged ${merged.name} (${merged.id}) into ${kept.name} (${kept.id}).`, new Map([[merged.id, kept.id]]));
  }

  private async keepApart(pair: CandidatePair): Promise<void> {
    await asAnalyst(this.session, () => keepApart(pair.entity.id, pair.other.id));
    this.decided(pair, `Kept ${pair.entity.name} (${pair.entity.id}) and ${pair.other.name} (${pair.other.id}) apart.`);
  }

  /** Takes the pair off the list and shows the next one. */
  private decided(pair: CandidatePair, note: string, replaced?: ReadonlyMap<string, string>): void {
    const at = this.items.findIndex((item) => item.pair === pair);
    this.items[at]?.row.remove();
    this.items.splice(at, 1);
    // A merge settles the other pairs that named the merged entity too; the server no longer lists them.
    const gone = replaced ? [...replaced.keys()] : [];
    this.items = this.items.filter((item) => {
      const stale = gone.includes(item.pair.entity.id) || gone.includes(item.pair.other.id);
      if (stale) item.row.remove();
      return !stale;
    });
    this.total = Math.max(0, this.total - 1);
    this.showTotal();
    void this.countAgain();
    this.note.textContent = note;
    this.events.decided(note, replaced);
    const following = this.items[Math.min(at, this.items.length - 1)];
    if (following) void this.choose(following.pair);
    else if (this.next) void this.load(this.next);
    else this.detail.replaceChildren(el('p', { class: 'empty' }, 'No pairs wait for a decision.'));
  }
}
