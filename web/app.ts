import { ApiError, entityDetail, neighbourhood, search, type SearchHit } from './api.ts';
import { KIND_COLOURS, KIND_LABELS } from './colours.ts';
import { GraphView } from './graph-view.ts';
import { showEntity } from './panel.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('search');
const input = byId<HTMLInputElement>('query');
const results = byId<HTMLUListElement>('results');
const status = byId<HTMLParagraphElement>('status');
const panel = byId<HTMLElement>('panel');

function setStatus(text: string, isError = false): void {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

const failed = (error: unknown) => setStatus(error instanceof ApiError ? error.message : `Something went wrong: ${String(error)}`, true);

async function select(id: string): Promise<void> {
  try {
    setStatus('Loading…');
    const [graph, detail] = await Promise.all([neighbourhood(id), entityDetail(id)]);
    view.show(graph);
    if (detail) showEntity(panel, detail);
    setStatus(`${graph.nodes.length} nodes, ${graph.edges.length} edges${graph.truncated ? ' (cut at the limit)' : ''}`);
  } catch (error) {
    failed(error);
  }
}

const view = new GraphView(byId<HTMLCanvasElement>('graph'), (node) => {
  if (node.kind !== 'ARTICLE') void select(node.id);
});

function showResults(hits: SearchHit[]): void {
  results.replaceChildren(...hits.map((hit) => {
    const item = document.createElement('li');
    item.setAttribute('role', 'option');
    const type = document.createElement('span');
    type.className = 'type';
    type.textContent = KIND_LABELS[hit.type] ?? hit.type;
    const name = document.createElement('span');
    name.textContent = hit.en ? `${hit.en} · ${hit.name}` : hit.name;
    item.append(type, name);
    item.addEventListener('click', () => {
      results.replaceChildren();
      input.value = hit.en || hit.name;
      void select(hit.id);
    });
    return item;
  }));
}

let typing = 0;
input.addEventListener('input', () => {
  clearTimeout(typing);
  const query = input.value.trim();
  if (!query) return results.replaceChildren();
  // Suggestions as you type, without a request per keystroke.
  typing = window.setTimeout(() => search(query).then(showResults).catch(failed), 150);
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const query = input.value.trim();
  if (!query) return;
  try {
    const hits = await search(query);
    if (hits.length === 0) {
      results.replaceChildren();
      setStatus(`Nothing found for “${query}”. Try the Chinese name, or English or pinyin.`);
      return;
    }
    results.replaceChildren();
    await select(hits[0]!.id);
    showResults(hits);
  } catch (error) {
    failed(error);
  }
});

byId<HTMLUListElement>('legend').replaceChildren(...Object.entries(KIND_LABELS).map(([kind, label]) => {
  const item = document.createElement('li');
  item.textContent = label;
  item.style.setProperty('--swatch', KIND_COLOURS[kind] ?? '#495057');
  return item;
}));
