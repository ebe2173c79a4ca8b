// The explorer: what the reader does to the graph (open, expand, hide, pin, filter, find a
// path, load a file), kept in one ViewState that is written to the address bar after every
// change and read back from it on load.
import { zoomIdentity } from 'd3-zoom';
import { messageOf } from './api.ts';
import { ArticleView } from './article-view.ts';
import { download } from './dom.ts';
import type { EntityPanelActions } from './entity-panel.ts';
import { labelOf, plural, type Language } from './format.ts';
import { parseGraphFile, toGraphMl, toJson } from './graph-file.ts';
import { edgeKey, GraphStore, type Filters, type ViewNode, type VisibleGraph } from './graph-store.ts';
import { GraphView } from './graph-view.ts';
import { Legend } from './legend.ts';
import { PathFinder } from './path-panel.ts';
import { NO_EMPHASIS, type Emphasis } from './scene.ts';
import { findPaths, neighbourhood, type EntityRef, type GraphData, type GraphEdge, type Path } from './queries.ts';
import { SidePanel } from './side-panel.ts';
import type { StatusLine } from './status.ts';
import { showTooltip } from './tooltip.ts';
import { decodeState, EMPTY_STATE, encodeState, type ViewState } from './url-state.ts';

export interface ExplorerDom {
  canvas: HTMLCanvasElement;
  status: StatusLine;
  panel: HTMLElement;
  legend: HTMLElement;
  tooltip: HTMLElement;
  empty: HTMLElement;
  showHidden: HTMLButtonElement;
  dialogHost: HTMLElement;
}

/** Whether the reader may correct the graph (signed in). */
export interface EditingAccess {
  readonly signedIn: boolean;
}

/** Graphs up to this size are laid out for a moment before the first frame, so they appear calm. */
const WARM_UP_NODES = 500;
const WARM_UP_TICKS = 150;

export class Explorer implements EntityPanelActions {
  private readonly store = new GraphStore();
  private readonly offKinds = new Set<string>();
  private readonly offRelations = new Set<string>();
  private state: ViewState = { ...EMPTY_STATE };
  private visibleGraph: VisibleGraph = { nodes: [], edges: [] };
  private readonly view: GraphView;
  private readonly legend: Legend;
  private readonly panel: SidePanel;
  private readonly pathFinder: PathFinder;
  private readonly articleView: ArticleView;
  private hovered: ViewNode | null = null;
  private chosenPath: Path | null = null;
  private truncated = false;
  private fitWhenSettled = false;
  private saveTimer = 0;
  // Each new exploration (search, restore, import) bumps this; late answers of older ones are dropped.
  private generation = 0;

  constructor(
    private readonly dom: ExplorerDom,
    private readonly editing: EditingAccess,
  ) {
    this.view = new GraphView(
      dom.canvas,
      {
        nodeClicked: (node) => this.nodeClicked(node),
        backgroundClicked: () => this.select(null),
        nodeDropped: (node) => this.pinChanged(node.id),
        transformed: () => this.saveUrl(),
        hovered: (node, x, y) => this.hover(node, x, y),
        failed: (message) => this.dom.status.error(message),
        settled: () => {
          if (!this.fitWhenSettled) return;
          this.fitWhenSettled = false;
          this.view.fit();
        },
      },
      (node) => labelOf(node, this.state.language),
    );
    this.legend = new Legend(dom.legend, {
      kindShown: (kind, shown) => this.toggle(this.offKinds, kind, shown),
      relationShown: (relation, shown) => this.toggle(this.offRelations, relation, shown),
    });
    this.pathFinder = new PathFinder(this, {
      find: (from, to) => void this.findPath(from, to),
      chosen: (path) => this.choosePath(path),
    });
    this.panel = new SidePanel(dom.panel, this, this.pathFinder);
    this.articleView = new ArticleView(dom.dialogHost, () => this.state.language, {
      closed: () => {
        this.state.article = null;
        this.saveUrl();
      },
      select: (id) => this.focus(id),
    });
    dom.showHidden.addEventListener('click', () => this.showHidden());
    this.refresh(0);
  }

  get language(): Language {
    return this.state.language;
  }

  get hasGraph(): boolean {
    return this.store.nodes.size > 0;
  }

  get canEdit(): boolean {
    return this.editing.signedIn;
  }

  // ── Opening and expanding ─────────────────────────────────────────────────────────────

  /** Starts a new exploration from one entity: its neighbourhood, selected, fitted to view. */
  async start(id: string): Promise<void> {
    const generation = ++this.generation;
    this.dom.status.loading('Loading the neighbourhood…');
    try {
      const data = await neighbourhood(id);
      if (generation !== this.generation) return;
      this.store.clear();
      this.chosenPath = null;
      this.state = { ...EMPTY_STATE, language: this.state.language, open: [id] };
      this.truncated = data.truncated;
      this.store.merge(data);
      this.showFresh();
      void this.select(id);
      this.reportCounts();
    } catch (error) {
      if (generation === this.generation) this.dom.status.error(messageOf(error), () => void this.start(id));
    }
  }

  /** Adds an entity's neighbourhood to the graph, around where the entity is drawn. */
  async expand(id: string): Promise<void> {
    if (this.state.open.includes(id)) return;
    const generation = this.generation;
    this.dom.status.loading('Loading neighbours…');
    try {
      const data = await neighbourhood(id);
      if (generation !== this.generation || this.state.open.includes(id)) return;
      this.state.open.push(id);
      this.truncated ||= data.truncated;
      const added = this.store.merge(data, this.store.nodes.get(id));
      this.refresh(added.length ? 0.5 : 0);
      this.reportCounts(added.length ? `${plural(added.length, 'node')} added.` : 'No new neighbours.');
      if (this.panel.view?.id === id) this.panel.refresh();
    } catch (error) {
      if (generation === this.generation) this.dom.status.error(messageOf(error), () => void this.expand(id));
    }
  }

  /** Selects an entity and draws its neighbourhood: what choosing a node or a name does. */
  focus(id: string): void {
    void this.select(id);
    void this.expand(id);
  }

  private nodeClicked(node: ViewNode): void {
    if (node.kind === 'ARTICLE') this.openArticle(node.id);
    else this.focus(node.id);
  }

  // ── Selection and the side panel ──────────────────────────────────────────────────────

  async select(id: string | null, view: 'entity' | 'timeline' | 'place' = 'entity'): Promise<void> {
    if (id === null && this.state.panel === 'path') return this.showEmphasis();
    this.state.selected = id;
    this.state.panel = id ? view : 'entity';
    this.chosenPath = null;
    this.showEmphasis();
    this.saveUrl();
    if (id) await this.panel.show(view, id);
    else this.panel.close();
  }

  showTimeline(id: string): void {
    void this.select(id, 'timeline');
  }

  showPlace(id: string): void {
    void this.select(id, 'place');
  }

  closePanel(): void {
    this.state.path = null;
    this.state.panel = 'entity';
    this.chosenPath = null;
    void this.select(null);
  }

  isPinned(id: string): boolean {
    return this.store.nodes.get(id)?.fx != null;
  }

  isExpanded(id: string): boolean {
    return this.state.open.includes(id);
  }

  // ── Hiding, pinning, filtering ────────────────────────────────────────────────────────

  hide(id: string): void {
    this.store.hidden.add(id);
    if (this.state.selected === id) void this.select(null);
    this.changed();
  }

  showHidden(): void {
    this.store.hidden.clear();
    this.changed(0.2);
  }

  togglePin(id: string): void {
    const node = this.store.nodes.get(id);
    if (!node) return;
    this.view.setPinned(node, node.fx == null);
    this.pinChanged(id);
  }

  /** The address keeps pins; the panel's Pin button says whether its entity is pinned. */
  private pinChanged(id: string): void {
    this.saveUrl();
    if (this.panel.view?.id === id) this.panel.refresh();
  }

  private toggle(set: Set<string>, key: string, shown: boolean): void {
    if (shown) set.delete(key);
    else set.add(key);
    this.changed(0.2);
  }

  /** Signed in or out: the panel offers corrections or not. */
  editingChanged(): void {
    this.panel.refresh();
  }

  setLanguage(language: Language): void {
    this.state.language = language;
    this.view.setLabels((node) => labelOf(node, language));
    this.panel.refresh();
    this.saveUrl();
  }

  fit(): void {
    this.view.fit();
  }

  /** Where a node is drawn on the canvas, for the browser tests; null when it is not drawn. */
  positionOf(id: string): [number, number] | null {
    return this.view.positionOf(id);
  }

  /** Frames drawn so far, for the benchmark. */
  get framesDrawn(): number {
    return this.view.framesDrawn;
  }

  // ── Paths ─────────────────────────────────────────────────────────────────────────────

  pathFrom(id: string): void {
    const node = this.store.nodes.get(id);
    if (node && node.kind !== 'ARTICLE')
      this.pathFinder.setEnd('from', { id, type: node.kind as EntityRef['type'], name: node.name, en: node.en, display: node.display });
    this.showPathFinder();
  }

  showPathFinder(): void {
    this.state.panel = 'path';
    void this.panel.show('path', null);
    this.saveUrl();
  }

  async findPath(from: EntityRef, to: EntityRef): Promise<void> {
    const generation = this.generation;
    this.state.path = { from: from.id, to: to.id };
    this.showPathFinder();
    this.pathFinder.showLoading();
    try {
      const paths = await findPaths(from.id, to.id);
      if (generation !== this.generation) return;
      this.pathFinder.showPaths(paths);
      this.drawPaths(paths);
    } catch (error) {
      if (generation === this.generation) this.pathFinder.showError(messageOf(error));
    }
  }

  /** Adds every path's entities and hops to the graph and shows the first. */
  private drawPaths(paths: Path[]): void {
    const nodes = paths.flatMap((p) => p.nodes.map((n) => ({ id: n.id, kind: n.type, name: n.name, en: n.en, display: n.display })));
    const edges = paths.flatMap(pathEdges);
    const first = nodes[0] ? this.store.nodes.get(nodes[0].id) : undefined;
    const added = this.store.merge({ nodes, edges }, first);
    for (const path of paths) for (const node of path.nodes) this.store.hidden.delete(node.id);
    this.refresh(added.length ? 0.6 : 0.1);
    if (paths[0]) this.choosePath(paths[0]);
    this.reportCounts(paths.length ? `${plural(paths.length, 'path')} found.` : 'No path found.');
  }

  private choosePath(path: Path): void {
    this.chosenPath = path;
    this.showEmphasis();
    const nodes = path.nodes.map((n) => this.store.nodes.get(n.id)).filter((n): n is ViewNode => !!n);
    this.view.fit(nodes);
  }

  // ── Corrections ───────────────────────────────────────────────────────────────────────

  /** A correction from the side panel: the graph is drawn as it is now, and `show` is shown afresh. */
  corrected(show: string, change: { replaced?: ReadonlyMap<string, string>; note?: string } = {}): void {
    void this.graphChanged(change.replaced, change.note, show);
  }

  /**
   * The graph changed under the view (a correction, a decision, an undo, new articles): the open
   * neighbourhoods are fetched again and drawn as the graph holds them now, entities merged away
   * are followed to the ones that took them in, and the panel shows `show` (or what it showed).
   */
  async graphChanged(replaced: ReadonlyMap<string, string> = new Map(), note = '', show?: string): Promise<void> {
    const follow = (id: string) => replaced.get(id) ?? id;
    const generation = this.generation;
    this.state.open = [...new Set(this.state.open.map(follow))];
    this.state.selected = show ?? (this.state.selected && follow(this.state.selected));
    this.chosenPath = null;
    this.panel.forget();
    if (this.state.open.length) {
      try {
        const answers = await Promise.all(this.state.open.map((id) => neighbourhood(id)));
        if (generation !== this.generation) return;
        this.store.replace({ nodes: answers.flatMap((a) => a.nodes), edges: answers.flatMap((a) => a.edges) });
        this.truncated = answers.some((a) => a.truncated);
        this.refresh(0.3);
      } catch (error) {
        if (generation === this.generation)
          this.dom.status.error(`Could not redraw the graph: ${messageOf(error)}`, () => void this.graphChanged(replaced, note, show));
        return;
      }
    }
    if (this.hasGraph) this.reportCounts(note);
    else if (note) this.dom.status.info(note);
    this.saveUrl();
    const { selected, panel } = this.state;
    if (show) await this.select(show);
    else if (selected && panel !== 'path') await this.panel.show(panel, selected);
  }

  // ── Articles ──────────────────────────────────────────────────────────────────────────

  openArticle(id: string): void {
    this.state.article = id;
    this.saveUrl();
    void this.articleView.open(id);
  }

  articleHref(id: string): string {
    return `?${encodeState({ ...this.currentState(), article: id })}`;
  }

  // ── Files ─────────────────────────────────────────────────────────────────────────────

  /** Loads a graph exported as JSON. It replaces what is drawn; a link cannot bring it back. */
  async importFile(file: File): Promise<void> {
    const generation = ++this.generation;
    this.dom.status.loading(`Reading ${file.name}…`);
    try {
      const graph = parseGraphFile(await file.text());
      if (generation !== this.generation) return;
      this.store.clear();
      this.chosenPath = null;
      this.truncated = false;
      this.state = { ...EMPTY_STATE, language: this.state.language };
      this.panel.close();
      this.store.merge(graph);
      let placed = 0;
      for (const n of graph.nodes) {
        const node = this.store.nodes.get(n.id);
        if (!node || n.x === undefined || n.y === undefined) continue;
        node.x = n.x;
        node.y = n.y;
        placed++;
        if (n.pinned) [node.fx, node.fy] = [n.x, n.y];
      }
      const laidOut = placed === graph.nodes.length && placed > 0;
      this.refresh(laidOut ? 0 : 1, { fit: true });
      // Laid out from scratch, the graph spreads well beyond its first extent; fit it again then.
      this.fitWhenSettled = !laidOut;
      this.reportCounts(`Loaded from ${file.name}; a graph from a file is not part of the page's address.`);
    } catch (error) {
      if (generation === this.generation) this.dom.status.error(`Could not load ${file.name}: ${messageOf(error)}`);
    }
  }

  exportPng(): void {
    this.view.snapshot('#ffffff').toBlob((blob) => {
      if (blob) download(blob, 'initiative-graph.png');
      else this.dom.status.error('The browser could not make a PNG of the view.');
    }, 'image/png');
  }

  exportGraphMl(): void {
    download(new Blob([toGraphMl(this.visibleGraph)], { type: 'application/graphml+xml' }), 'initiative-graph.graphml');
  }

  exportJson(): void {
    download(new Blob([toJson(this.visibleGraph)], { type: 'application/json' }), 'initiative-graph.json');
  }

  // ── The address bar ───────────────────────────────────────────────────────────────────

  /** Rebuilds the view a link describes: the same neighbourhoods, in the same order, then the rest. */
  async restore(query: string): Promise<boolean> {
    const state = decodeState(query);
    if (!state.open.length && !state.path && !state.selected && !state.article) return false;
    const generation = ++this.generation;
    this.dom.status.loading('Restoring the view from the address…');
    try {
      const [answers, paths] = await Promise.all([
        Promise.all(state.open.map((id) => neighbourhood(id))),
        state.path ? findPaths(state.path.from, state.path.to) : Promise.resolve(null),
      ]);
      if (generation !== this.generation) return true;
      this.store.clear();
      this.state = { ...state, open: [...state.open] };
      this.offKinds.clear();
      this.offRelations.clear();
      for (const kind of state.offKinds) this.offKinds.add(kind);
      for (const relation of state.offRelations) this.offRelations.add(relation);
      answers.forEach((data: GraphData, i) => {
        this.truncated ||= data.truncated;
        this.store.merge(data, i > 0 ? this.store.nodes.get(state.open[i]!) : undefined);
      });
      if (paths) this.store.merge({ nodes: paths.flatMap((p) => p.nodes.map((n) => ({ ...n, kind: n.type }))), edges: paths.flatMap(pathEdges) });
      for (const id of state.hidden) if (this.store.nodes.has(id)) this.store.hidden.add(id);
      for (const pin of state.pins) {
        const node = this.store.nodes.get(pin.id);
        if (node) [node.x, node.y, node.fx, node.fy] = [pin.x, pin.y, pin.x, pin.y];
      }
      this.view.setLabels((node) => labelOf(node, this.state.language));
      if (state.zoom) {
        this.refresh(1, this.warmUpFor());
        this.view.setTransform(zoomIdentity.translate(state.zoom.x, state.zoom.y).scale(state.zoom.k));
      } else {
        this.showFresh();
      }
      this.reportCounts();
      if (state.panel === 'path' && state.path && paths) {
        const [from, to] = [state.path.from, state.path.to].map((id) => paths[0]?.nodes.find((n) => n.id === id) ?? null);
        this.pathFinder.setEnd('from', from ?? null);
        this.pathFinder.setEnd('to', to ?? null);
        this.pathFinder.showPaths(paths);
        void this.panel.show('path', null);
        this.chosenPath = paths[0] ?? null;
      } else if (state.selected) {
        void this.panel.show(state.panel === 'path' ? 'entity' : state.panel, state.selected);
      }
      this.showEmphasis();
      if (state.article) void this.articleView.open(state.article);
    } catch (error) {
      if (generation === this.generation) this.dom.status.error(`Could not restore the view: ${messageOf(error)}`, () => void this.restore(query));
    }
    return true;
  }

  private currentState(): ViewState {
    const t = this.view.currentTransform;
    return {
      ...this.state,
      hidden: [...this.store.hidden],
      pins: this.store.pinned().map((n) => ({ id: n.id, x: n.fx!, y: n.fy! })),
      offKinds: [...this.offKinds],
      offRelations: [...this.offRelations],
      zoom: this.store.nodes.size ? { x: t.x, y: t.y, k: t.k } : null,
    };
  }

  /** Writes the view to the address bar, at most every 200 ms (browsers throttle faster updates). */
  private saveUrl(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => {
      const query = encodeState(this.currentState());
      history.replaceState(null, '', query ? `?${query}` : location.pathname);
    }, 200);
  }

  // ── Drawing ───────────────────────────────────────────────────────────────────────────

  /** After hiding, pinning or filtering: draw again, warm the layout by `heat`, save the address. */
  private changed(heat = 0): void {
    this.refresh(heat);
    this.reportCounts();
    this.saveUrl();
  }

  private refresh(heat: number, options: { warmUp?: number; fit?: boolean } = {}): void {
    const filters: Filters = { offKinds: this.offKinds, offRelations: this.offRelations };
    this.visibleGraph = this.store.visible(filters);
    this.view.setGraph(this.visibleGraph, { heat, ...options });
    this.showEmphasis();
    const kinds = new Map<string, number>();
    for (const node of this.store.nodes.values()) kinds.set(node.kind, (kinds.get(node.kind) ?? 0) + 1);
    const relations = new Map<string, number>();
    for (const edge of this.store.edges.values()) relations.set(edge.relation, (relations.get(edge.relation) ?? 0) + 1);
    this.legend.update({ kinds, relations }, filters);
    this.dom.empty.hidden = this.store.nodes.size > 0;
    const hidden = this.store.hidden.size;
    this.dom.showHidden.hidden = hidden === 0;
    this.dom.showHidden.textContent = `Show ${plural(hidden, 'hidden node')}`;
  }

  /** Ticks to run before a small graph's first frame; a large one is watched settling instead. */
  private warmUpFor(): { warmUp: number } {
    return { warmUp: this.store.nodes.size <= WARM_UP_NODES ? WARM_UP_TICKS : 0 };
  }

  /** Shows a newly loaded graph fitted to the view; a large one is fitted again once it settles. */
  private showFresh(): void {
    this.refresh(1, { ...this.warmUpFor(), fit: true });
    this.fitWhenSettled = this.visibleGraph.nodes.length > WARM_UP_NODES;
  }

  private reportCounts(note = ''): void {
    const { nodes, edges } = this.visibleGraph;
    const hidden = this.store.hidden.size;
    const filtered = this.store.nodes.size - nodes.length - hidden;
    const parts = [
      `${plural(nodes.length, 'node')} and ${plural(edges.length, 'edge')} shown`,
      hidden ? `${hidden} hidden` : '',
      filtered > 0 ? `${filtered} filtered out` : '',
      this.truncated ? 'some neighbourhoods were cut at the limit' : '',
    ].filter(Boolean);
    this.dom.status.info(`${parts.join(' · ')}.${note ? ` ${note}` : ''}`);
  }

  /** Fades all but the chosen path, or the selection and its neighbours. */
  private showEmphasis(): void {
    let emphasis: Emphasis = NO_EMPHASIS;
    const selected = this.state.selected;
    if (this.chosenPath && this.state.panel === 'path') {
      emphasis = {
        ...NO_EMPHASIS,
        nodes: new Set(this.chosenPath.nodes.map((n) => n.id)),
        edges: new Set(pathEdges(this.chosenPath).map(edgeKey)),
        isPath: true,
      };
    } else if (selected && this.store.nodes.has(selected)) {
      const nodes = new Set([selected]);
      const edges = new Set<string>();
      for (const edge of this.visibleGraph.edges) {
        if (edge.source.id !== selected && edge.target.id !== selected) continue;
        edges.add(edge.key);
        nodes.add(edge.source.id);
        nodes.add(edge.target.id);
      }
      emphasis = { ...NO_EMPHASIS, selected, nodes, edges };
    }
    this.view.setEmphasis({ ...emphasis, hovered: this.hovered?.id ?? null });
  }

  private hover(node: ViewNode | null, x: number, y: number): void {
    if (node !== this.hovered) {
      this.hovered = node;
      this.showEmphasis();
    }
    showTooltip(this.dom.tooltip, node, this.state.language, x, y);
  }
}

/** A path's hops as edges to draw: relations as they are stored, shared articles as dashed links. */
function pathEdges(path: Path): GraphEdge[] {
  return path.hops.flatMap((hop, i) => {
    const a = path.nodes[i],
      b = path.nodes[i + 1];
    if (!a || !b) return [];
    if (hop.kind === 'SHARED_ARTICLE') return [{ source: a.id, target: b.id, relation: 'SHARED_ARTICLE', title: null }];
    const [source, target] = hop.direction === 'IN' ? [b.id, a.id] : [a.id, b.id];
    return [{ source, target, relation: hop.relation ?? 'RELATED', title: hop.title }];
  });
}
