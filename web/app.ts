// The page: wires the search field and the toolbars to the explorer and the editing views, then
// restores the view the address describes, or greets the reader with what the graph holds.
import { messageOf, onGraphOutage } from './api.ts';
import { DecisionsView } from './decisions-view.ts';
import { byId } from './dom.ts';
import { Explorer } from './explorer.ts';
import type { Language } from './format.ts';
import { stats } from './queries.ts';
import { ReviewQueue } from './review-queue.ts';
import { SearchBox } from './search-box.ts';
import { EditingSession } from './session.ts';
import { editingControl, HOW_TO_ENABLE, SignInDialog } from './sign-in.ts';
import { StatusLine } from './status.ts';
import { UploadDialog } from './uploads.ts';

const status = new StatusLine(byId('status'));
// A restarting graph database: requests wait and ask again by themselves; the reader is told why
// nothing happens, and the next answer replaces the line.
onGraphOutage((restarting) => {
  if (restarting) status.loading('The graph database is restarting; this page carries on by itself when it is back…');
  else status.info('The graph database is back.');
});
const session = new EditingSession();
const explorer = new Explorer(
  {
    canvas: byId<HTMLCanvasElement>('graph'),
    status,
    panel: byId('panel'),
    legend: byId('legend'),
    tooltip: byId('tooltip'),
    empty: byId('empty'),
    showHidden: byId<HTMLButtonElement>('show-hidden'),
    dialogHost: document.body,
  },
  session,
);

new SearchBox(byId<HTMLInputElement>('query'), byId<HTMLUListElement>('results'), {
  chosen: (hit) => void explorer.start(hit.id),
  nothingFound: (query) => status.info(`Nothing found for “${query}”. Try the Chinese name, English or pinyin.`),
  failed: (error) => status.error(messageOf(error)),
});

const languageButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-language]')];
const showLanguage = (language: Language) => {
  for (const b of languageButtons) b.setAttribute('aria-pressed', String(b.dataset.language === language));
  document.documentElement.dataset.language = language;
};
for (const b of languageButtons) {
  b.addEventListener('click', () => {
    const language: Language = b.dataset.language === 'zh' ? 'zh' : 'en';
    explorer.setLanguage(language);
    showLanguage(language);
  });
}

byId('find-path').addEventListener('click', () => explorer.showPathFinder());
byId('fit').addEventListener('click', () => explorer.fit());
const exportMenu = document.querySelector('details.menu');
const exporting = (action: () => void) => () => {
  action();
  exportMenu?.removeAttribute('open');
};
byId('export-png').addEventListener(
  'click',
  exporting(() => explorer.exportPng()),
);
byId('export-graphml').addEventListener(
  'click',
  exporting(() => explorer.exportGraphMl()),
);
byId('export-json').addEventListener(
  'click',
  exporting(() => explorer.exportJson()),
);
const importInput = byId<HTMLInputElement>('import-file');
importInput.addEventListener('change', () => {
  const file = importInput.files?.[0];
  if (file) void explorer.importFile(file);
  importInput.value = '';
});

// Editing: signing in, adding articles, the review queue and the decisions. Reading needs none of it.
new SignInDialog(document.body, session);
editingControl(byId('editing'), session);
const uploads = new UploadDialog(document.body, session, explorer, {
  uploaded: () => {
    void explorer.graphChanged();
    if (!explorer.hasGraph) void greet();
  },
});
const queue = new ReviewQueue(document.body, session, explorer, { decided: (note, replaced) => void explorer.graphChanged(replaced, note) });
const decisions = new DecisionsView(document.body, session, { undone: (note) => void explorer.graphChanged(undefined, note) });
byId('add-articles').addEventListener('click', () => uploads.open());
byId('review-queue').addEventListener('click', () => void queue.open());
byId('decisions').addEventListener('click', () => void decisions.open());
session.onChange((state) => {
  explorer.editingChanged();
  byId('add-articles').hidden = state.kind === 'off' || state.kind === 'unknown';
  byId('editing-note').textContent = state.kind === 'off' ? `The graph is read-only here. ${HOW_TO_ENABLE}` : '';
});

// Read-only handle for the browser tests and the benchmark: where a node is drawn (to click or
// drag it) and how many frames were drawn (to tell redraws from idle frames).
Object.assign(window, { initiativeGraph: { positionOf: (id: string) => explorer.positionOf(id), framesDrawn: () => explorer.framesDrawn } });

/** The first thing a reader sees without a shared link: what the graph holds, or why it cannot say. */
async function greet(): Promise<void> {
  const line = byId('stats');
  status.loading('Connecting to the server…');
  try {
    const counts = await stats();
    const entities = counts.entities.reduce((sum, e) => sum + e.count, 0);
    line.textContent = counts.articles
      ? `The graph holds ${counts.articles.toLocaleString('en')} articles and ${entities.toLocaleString('en')} entities.`
      : 'The graph is empty: ingest some pages first (npm run ingest -- seeds).';
    if (session.state.kind === 'unknown') void checkEditing();
    // A graph may have been loaded from a file meanwhile; its own status line stays.
    if (!explorer.hasGraph) status.info('Search to begin.');
  } catch (error) {
    line.textContent = '';
    status.error(messageOf(error), () => void greet());
  }
}

/** Whether this server takes changes, and whether this browser session's token still holds. */
async function checkEditing(): Promise<void> {
  try {
    await session.start();
  } catch {
    // The greeting says the server cannot be reached; editing stays off until a reload.
  }
}

void checkEditing();
const restored = await explorer.restore(location.search.slice(1));
showLanguage(explorer.language);
if (!restored) await greet();
