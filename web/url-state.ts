// The whole view in the address bar, so a link shows someone else the same picture: what was
// opened (in order), hidden and pinned, the filters, the language, the zoom, the selection and
// what the side panel and article view show.
import type { Language } from './format.ts';

export type PanelView = 'entity' | 'timeline' | 'place' | 'path';

export interface Pin {
  id: string;
  x: number;
  y: number;
}

export interface ViewState {
  /** Entities whose neighbourhoods are drawn, in the order they were opened. */
  open: string[];
  hidden: string[];
  pins: Pin[];
  offKinds: string[];
  offRelations: string[];
  language: Language;
  selected: string | null;
  panel: PanelView;
  article: string | null;
  path: { from: string; to: string } | null;
  zoom: { x: number; y: number; k: number } | null;
}

export const EMPTY_STATE: ViewState = {
  open: [],
  hidden: [],
  pins: [],
  offKinds: [],
  offRelations: [],
  language: 'en',
  selected: null,
  panel: 'entity',
  article: null,
  path: null,
  zoom: null,
};

const PANELS: readonly PanelView[] = ['entity', 'timeline', 'place', 'path'];
// Ids are letters, digits, '-' and '_' (base64url); '.' and '~' join them and survive
// encodeURIComponent, so the address stays readable.
const LIST = '.';
const FIELD = '~';
const isId = (value: string) => /^[A-Za-z0-9_-]+$/.test(value);
const ids = (value: string | null) => (value ?? '').split(LIST).filter(isId);
const words = (value: string | null) => (value ?? '').split(LIST).filter((w) => /^[A-Z_]+$/.test(w));
const round = (value: number, digits = 0) => Number(value.toFixed(digits));

export function encodeState(state: ViewState): string {
  const params: Array<[string, string]> = [];
  const add = (key: string, value: string | null | undefined) => {
    if (value) params.push([key, value]);
  };
  add('open', state.open.join(LIST));
  add('hide', state.hidden.join(LIST));
  add('pin', state.pins.map((p) => [p.id, round(p.x), round(p.y)].join(FIELD)).join(LIST));
  add('nokind', state.offKinds.join(LIST));
  add('norel', state.offRelations.join(LIST));
  if (state.language !== 'en') add('lang', state.language);
  add('sel', state.selected);
  if (state.panel !== 'entity') add('panel', state.panel);
  add('article', state.article);
  if (state.path) add('path', [state.path.from, state.path.to].join(LIST));
  if (state.zoom) add('zoom', [round(state.zoom.x), round(state.zoom.y), round(state.zoom.k, 3)].join(FIELD));
  return params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}

/** Reads a query string; anything malformed is dropped rather than trusted. */
export function decodeState(query: string): ViewState {
  const params = new URLSearchParams(query);
  const pins: Pin[] = [];
  for (const entry of (params.get('pin') ?? '').split(LIST)) {
    const [id, x, y] = entry.split(FIELD);
    if (id && isId(id) && Number.isFinite(Number(x)) && Number.isFinite(Number(y))) pins.push({ id, x: Number(x), y: Number(y) });
  }
  const [from, to] = ids(params.get('path'));
  const [zx, zy, zk] = (params.get('zoom') ?? '').split(FIELD).map(Number);
  const single = (key: string) => {
    const value = params.get(key);
    return value && isId(value) ? value : null;
  };
  const panel = params.get('panel') as PanelView | null;
  return {
    open: ids(params.get('open')),
    hidden: ids(params.get('hide')),
    pins,
    offKinds: words(params.get('nokind')),
    offRelations: words(params.get('norel')),
    language: params.get('lang') === 'zh' ? 'zh' : 'en',
    selected: single('sel'),
    panel: panel && PANELS.includes(panel) ? panel : 'entity',
    article: single('article'),
    path: from && to ? { from, to } : null,
    zoom: Number.isFinite(zx) && Number.isFinite(zy) && zk !== undefined && zk > 0 ? { x: zx!, y: zy!, k: zk } : null,
  };
}
