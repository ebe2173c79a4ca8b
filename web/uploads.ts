// The "Add articles" dialog: pages dropped, chosen or pasted, each sent to the server as one
// ingestPage, a few at once, each with a progress bar through its stages (reading, sending,
// extracting, done) and then what the server found in it: per story, whether it was written,
// its headline, the entities it names (new to the graph or already there) and its relations.
// A page the server refuses fails alone, with the server's reason; the others go on.
import { messageOf } from './api.ts';
import { button, el } from './dom.ts';
import { kindSwatch } from './entity-style.ts';
import { labelOf } from './format.ts';
import { ingestPage, type StoryResult } from './mutations.ts';
import { readPageFile } from './page-files.ts';
import type { PanelActions } from './panel-parts.ts';
import type { EditingSession } from './session.ts';
import { closingOnFocus, sheet, type Sheet } from './sheet.ts';

/**
 * Pages sent at once: enough to keep the server's extractor and Neo4j busy while the next page
 * travels; as many as the server's own ingest writes at once (server/ingest INGEST_CONCURRENCY).
 */
const UPLOAD_CONCURRENCY = 4;

// Stages as steps of the progress bar; sending fills its step as the request body goes out.
const STAGE = { waiting: 0, reading: 1, sending: 2, extracting: 3, done: 4 } as const;
type Stage = keyof typeof STAGE;

export interface UploadEvents {
  /** A batch finished: what the graph holds changed. */
  uploaded(): void;
}

interface Item {
  row: HTMLLIElement;
  source: HTMLInputElement;
  read: () => Promise<string>;
  progress: HTMLProgressElement;
  stage: HTMLElement;
  outcome: HTMLElement;
  sent: boolean;
}

let pasted = 0;

export class UploadDialog {
  private readonly sheet: Sheet;
  // Choosing an entity found in a page closes the sheet to show it.
  private readonly links: PanelActions;
  private readonly list = el('ol', { class: 'uploads' });
  private readonly fileInput = el('input', {
    attrs: { type: 'file', id: 'upload-files', multiple: '', accept: '.txt,.html,.htm,text/plain,text/html', hidden: '' },
  });
  private readonly pasteArea = el('textarea', { attrs: { id: 'upload-paste', rows: '6', placeholder: '粘贴一篇报道的文字 · Paste the text of a page' } });
  private readonly date = el('input', { attrs: { type: 'date', id: 'upload-date' } });
  private readonly start = button('Add to the graph', () => void this.send(), { class: 'primary', attrs: { 'data-action': 'upload' } });
  private readonly summary = el('p', { class: 'upload-summary', attrs: { role: 'status', 'aria-live': 'polite' } });
  private items: Item[] = [];

  constructor(
    host: HTMLElement,
    private readonly session: EditingSession,
    actions: PanelActions,
    private readonly events: UploadEvents,
  ) {
    const drop = el(
      'div',
      { class: 'drop-zone', attrs: { 'data-drop': 'pages' } },
      'Drop .txt or .html pages here (several at once), or ',
      el('label', { class: 'button', attrs: { for: this.fileInput.id } }, 'choose files'),
      this.fileInput,
    );
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('over');
      this.addFiles([...(event.dataTransfer?.files ?? [])]);
    });
    this.fileInput.addEventListener('change', () => {
      this.addFiles([...(this.fileInput.files ?? [])]);
      this.fileInput.value = '';
    });
    this.sheet = sheet(host, 'uploads', 'Add articles');
    this.links = closingOnFocus(this.sheet, actions);
    this.sheet.body.append(
      drop,
      el(
        'details',
        { class: 'paste' },
        el('summary', {}, 'Or paste text'),
        this.pasteArea,
        button('Add the pasted text to the list', () => this.addPasted(), { attrs: { 'data-action': 'add-pasted' } }),
      ),
      el(
        'div',
        { class: 'upload-options' },
        el('label', { attrs: { for: this.date.id } }, 'Date of the pages (optional; else the date printed on each page)'),
        this.date,
      ),
      this.list,
      el(
        'div',
        { class: 'panel-actions' },
        this.start,
        button('Clear the list', () => this.clear(), { attrs: { 'data-action': 'clear-uploads' } }),
      ),
      this.summary,
    );
    this.showCounts();
  }

  open(): void {
    this.sheet.open();
  }

  private addFiles(files: File[]): void {
    for (const file of files) this.add(file.name, () => readPageFile(file));
  }

  private addPasted(): void {
    const text = this.pasteArea.value;
    if (!text.trim()) return;
    this.add(`pasted text ${++pasted}`, () => Promise.resolve(text));
    this.pasteArea.value = '';
  }

  /** A page waiting to be sent; its source name (the file's name by default) can be changed until then. */
  private add(name: string, read: () => Promise<string>): void {
    const source = el('input', { class: 'source-name', attrs: { type: 'text', 'aria-label': 'Source name', maxlength: '1000' } });
    source.value = name;
    const progress = el('progress', { attrs: { max: String(STAGE.done), value: '0' } });
    const stage = el('span', { class: 'stage' }, 'waiting');
    const outcome = el('div', { class: 'outcome' });
    const row = el(
      'li',
      { class: 'upload', attrs: { 'data-state': 'waiting' } },
      el('div', { class: 'upload-line' }, el('span', { class: 'file-name' }, name), source, progress, stage),
      outcome,
    );
    this.items.push({ row, source, read, progress, stage, outcome, sent: false });
    this.list.append(row);
    this.showCounts();
  }

  private clear(): void {
    this.items = this.items.filter((item) => {
      if (item.sent && item.row.dataset.state !== 'done' && item.row.dataset.state !== 'failed') return true;
      item.row.remove();
      return false;
    });
    this.summary.textContent = '';
    delete this.sheet.dialog.dataset.state;
    this.showCounts();
  }

  private showCounts(): void {
    const waiting = this.items.filter((i) => !i.sent).length;
    this.start.disabled = waiting === 0;
    this.start.textContent = waiting ? `Add ${waiting} ${waiting === 1 ? 'page' : 'pages'} to the graph` : 'Add to the graph';
  }

  private async send(): Promise<void> {
    const batch = this.items.filter((i) => !i.sent);
    if (batch.length === 0) return;
    if (!(await this.session.signInFirst())) {
      this.summary.textContent = 'Sign in to add pages: the server takes changes only with a token.';
      return;
    }
    for (const item of batch) {
      item.sent = true;
      item.source.readOnly = true;
    }
    this.showCounts();
    this.sheet.dialog.dataset.state = 'sending';
    this.summary.textContent = `Sending ${batch.length} ${batch.length === 1 ? 'page' : 'pages'}…`;
    const date = this.date.value || null;
    let next = 0;
    const worker = async () => {
      while (next < batch.length) await this.sendOne(batch[next++]!, date);
    };
    await Promise.all(Array.from({ length: Math.min(UPLOAD_CONCURRENCY, batch.length) }, worker));
    const failed = batch.filter((i) => i.row.dataset.state === 'failed').length;
    this.summary.textContent = `Done: ${batch.length - failed} of ${batch.length} ${batch.length === 1 ? 'page' : 'pages'} added${failed ? `; ${failed} failed (reasons above)` : ''}. What they name is searchable now.`;
    this.sheet.dialog.dataset.state = 'done';
    this.events.uploaded();
  }

  private async sendOne(item: Item, date: string | null): Promise<void> {
    const at = (stage: Stage, within = 0) => {
      item.row.dataset.state = stage;
      item.stage.textContent = stage;
      item.progress.value = Math.max(0, STAGE[stage] - 1 + within);
      if (stage === 'done') item.progress.value = STAGE.done;
    };
    try {
      at('reading');
      const text = await item.read();
      at('sending');
      const stories = await ingestPage(text, item.source.value.trim() || item.source.defaultValue, date, (share) =>
        share < 1 ? at('sending', share) : at('extracting'),
      );
      at('done');
      item.outcome.replaceChildren(...stories.map((story) => this.story(story)));
      if (stories.some((s) => s.status === 'FAILED')) this.failed(item, 'Some stories of this page could not be written; the others landed.');
    } catch (error) {
      this.failed(item, messageOf(error));
    }
  }

  private failed(item: Item, reason: string): void {
    item.row.dataset.state = 'failed';
    item.stage.textContent = 'failed';
    item.progress.value = STAGE.done;
    item.outcome.prepend(el('p', { class: 'error' }, reason));
  }

  /** What one story gave: its status, headline, entities (new or existing) and relations. */
  private story(story: StoryResult): HTMLElement {
    const status = story.status.toLowerCase();
    return el(
      'div',
      { class: 'story', attrs: { 'data-status': story.status } },
      el(
        'div',
        { class: 'story-line' },
        el('span', { class: `status status-${status}` }, status),
        el('span', { class: 'headline', attrs: { lang: 'zh' } }, story.article ? `《${story.article.title}》` : story.articleId),
        story.status === 'FAILED' ? null : el('span', { class: 'source' }, `${story.relationCount} ${story.relationCount === 1 ? 'relation' : 'relations'}`),
      ),
      story.error ? el('p', { class: 'error' }, story.error) : null,
      story.entities.length
        ? el(
            'ul',
            { class: 'chips' },
            ...story.entities.map(({ entity, isNew }) =>
              el(
                'li',
                { class: `chip ${isNew ? 'new' : 'existing'}`, attrs: { 'data-entity': entity.id } },
                kindSwatch(entity.type, 10),
                button(labelOf(entity, this.links.language), () => this.links.focus(entity.id), { class: 'link' }),
                el('span', { class: 'marker' }, isNew ? 'new' : 'existing'),
              ),
            ),
          )
        : null,
    );
  }
}
