import { Api, url } from './api/client';
import { Session, signOut } from './api/session';
import type { Alliances, Graph, Withdrawal } from './api/types';
import { Catalog } from './catalog';
import { differences } from './model/alliances';
import { toCsv } from './model/csv';
import { isoToday } from './model/dates';
import { exportHeading, keyItems } from './model/key';
import { visibleRows } from './model/export-rows';
import { buildModel, matches, type GraphModel } from './model/graph-model';
import { colourFor, communityPalette, NEUTRAL } from './model/regions';
import { closePanel, focusedForce, graphKey, openTool, selectCollaboration, selectForce, toQuery, type ViewState } from './model/view-state';
import { impactMarks } from './model/withdrawal';
import { accountsPanel } from './panels/accounts-panel';
import { alliancesPanel } from './panels/alliances-panel';
import { collabPanel } from './panels/collab-panel';
import type { PanelContext } from './panels/common';
import { contactsPanel } from './panels/contacts-panel';
import { beforeSigningPanel } from './panels/before-signing-panel';
import { REGISTER_CHANGED } from './panels/edit-dialog';
import { forcePanel } from './panels/force-panel';
import { functionsPanel } from './panels/functions-panel';
import { importPanel } from './panels/import-panel';
import { Store } from './store';
import { downloadBlob, h } from './ui/dom';
import { bindShortcuts } from './ui/keys';
import { legend } from './views/legend';
import { framed, svgToPng } from './views/svg-export';
import { MapView } from './views/map-view';
import { NetworkView } from './views/network-view';
import type { GraphView, Scene } from './views/scene';
import { Sidebar } from './views/sidebar';
import { TimeBar } from './views/time-bar';
import { Toolbar } from './views/toolbar';

/** Phones: panels become bottom sheets and the key starts folded (styles.css has the same width). */
const PHONE = window.matchMedia('(max-width: 480px)');

/** The most nodes the page ever asks the API for; a larger register is shown at region level first. */
export const NODE_LIMIT = 2000;

/**
 * Wires the store to the data and the views. Each change of state is compared with the previous one and only
 * the work it calls for is done: a new graph for a change of filters or date, a new panel for a change of
 * selection, a re-colouring for a change of colouring, and the URL is always kept in step by the store.
 */
export class App {
  private readonly store = new Store();
  private readonly api = new Api();
  private session = new Session(undefined);
  private catalog!: Catalog;
  private model?: GraphModel;
  private lastGraph?: Graph;
  /** Why the page fell back to the region level, when it did. */
  private sizeNotice?: string;
  private graphAbort?: AbortController;
  private withdrawal?: { key: string; promise: Promise<Withdrawal>; result?: Withdrawal };
  private alliances?: { at: string; promise: Promise<Alliances>; result?: Alliances };
  private map!: MapView;
  private network!: NetworkView;
  private sidebar!: Sidebar;
  private toolbar!: Toolbar;
  private timebar!: TimeBar;
  private readonly status = h('div', { id: 'status', role: 'status', 'aria-live': 'polite' });
  private readonly legendList = h('div');
  // The key sits beside the drawing (below it on narrow screens), never over it, so it hides no force; it
  // folds away on phones, where the drawing needs the room.
  private readonly legendSlot = h('div', { class: 'legend-slot' }, h('details', { class: 'legend-box', open: !PHONE.matches }, h('summary', {}, 'Key'), this.legendList));
  private readonly sidebarToggle = h('button', { type: 'button', id: 'sidebar-toggle', 'aria-expanded': 'false', 'aria-controls': 'sidebar' }, 'Filters and list');
  private readonly panel = h('aside', { id: 'panel', 'aria-label': 'Details', tabindex: -1 });
  /** Where focus was when the panel opened, to return it there when the panel closes. */
  private opener?: { element: Element; key?: string };
  private readonly skipToPanel = skipLink('Skip to the details panel', () => this.focusPanel());
  private readonly stage = h('div', { class: 'stage-views' });

  constructor(private readonly root: HTMLElement) {}

  async start(): Promise<void> {
    document.body.dataset.graph = 'loading';
    try {
      this.session = new Session(await this.api.account());
      this.catalog = await Catalog.load(this.api);
    } catch (err) {
      this.root.replaceChildren(h('p', { class: 'error fatal' }, `The register could not be loaded: ${(err as Error).message}`));
      document.body.dataset.graph = 'error';
      return;
    }
    this.buildLayout();
    this.store.subscribe((state, previous) => this.changed(state, previous));
    // an edit made in place: draw the graph again as the register now is (the panel redraws itself)
    document.addEventListener(REGISTER_CHANGED, () => this.loadGraph(this.store.state));
    bindShortcuts({
      '/': () => this.toolbar.search.focus(),
      m: () => this.store.set({ view: 'map' }),
      n: () => this.store.set({ view: 'network' }),
      p: () => this.timebar.toggle(),
      r: () => this.store.set({ level: this.store.state.level === 'region' ? 'force' : 'region', region: undefined }),
      Escape: () => this.store.set(closePanel(), { push: true }),
    });
    this.changed(this.store.state, undefined);
  }

  private buildLayout() {
    this.map = new MapView((kind, id) => this.select(kind, id));
    this.network = new NetworkView((kind, id) => this.select(kind, id));
    this.sidebar = new Sidebar(this.store, this.catalog);
    this.toolbar = new Toolbar(this.store, this.catalog, {
      png: () => this.exportImage('png'),
      svg: () => this.exportImage('svg'),
      csv: () => this.exportCsv(),
      graphml: () => this.exportGraphFile('graphml'),
      gexf: () => this.exportGraphFile('gexf'),
    });
    this.timebar = new TimeBar(this.store, this.catalog.firstDay() ?? '1990-01-01');
    this.stage.append(this.map.element, this.network.element);
    // On phones the filters and the list are a bottom sheet, opened from the top bar.
    this.sidebarToggle.addEventListener('click', () => this.openSidebar(document.body.classList.contains('sidebar-open') === false));
    this.skipToPanel.hidden = true;
    this.root.replaceChildren(
      h(
        'nav',
        { class: 'skip-links', 'aria-label': 'Skip links' },
        skipLink('Skip to the map', () => (this.store.state.view === 'network' ? this.network.focus() : this.map.focus())),
        this.skipToPanel,
        skipLink('Skip to the list of collaborations', () => this.sidebar.focusList()),
        skipLink('Skip to the time bar', () => this.timebar.focus()),
      ),
      h('header', { class: 'topbar' }, h('h1', {}, 'Concordat', h('span', { class: 'subtitle' }, 'police collaboration explorer')), this.sidebarToggle, this.toolbar.element, this.accountBox()),
      h('main', { class: 'layout' }, this.sidebar.element, h('section', { class: 'stage', 'aria-label': 'Graph' }, this.status, h('div', { class: 'stage-body' }, this.stage, this.legendSlot), this.timebar.element), this.panel),
    );
  }

  private openSidebar(open: boolean) {
    document.body.classList.toggle('sidebar-open', open);
    this.sidebarToggle.setAttribute('aria-expanded', String(open));
    if (open) this.sidebar.element.focus();
  }

  /** Who is signed in and as what; an admin's way to the accounts; signing out (or in, when reading anonymously). */
  private accountBox(): HTMLElement {
    const box = h('div', { class: 'account-box', id: 'account' });
    const account = this.session.account;
    if (!account) {
      box.append(h('span', { class: 'muted' }, 'Reading without signing in'), h('a', { href: '/signin', id: 'sign-in', class: 'button' }, 'Sign in'));
      return box;
    }
    box.append(h('span', { id: 'signed-in-as', title: `signed in by ${account.via}` }, account.name), h('span', { id: 'signed-in-role', class: 'role' }, this.session.describe()));
    if (this.session.mayImport) {
      const tool = h('button', { type: 'button', id: 'tool-import', 'aria-pressed': 'false', title: 'Merge a spreadsheet of memberships into the register' }, 'Import');
      tool.addEventListener('click', () => this.store.set(this.store.state.tool === 'import' ? closePanel() : openTool('import')));
      box.append(tool);
    }
    if (this.session.isAdmin) {
      const accounts = h('button', { type: 'button', id: 'tool-accounts', 'aria-pressed': 'false' }, 'Accounts');
      // Like the other tools: opening it closes whatever the panel showed.
      accounts.addEventListener('click', () => this.store.set(this.store.state.tool === 'accounts' ? closePanel() : openTool('accounts')));
      box.append(accounts);
    }
    const out = h('button', { type: 'button', id: 'sign-out' }, 'Sign out');
    out.addEventListener('click', signOut);
    box.append(out);
    return box;
  }

  private select(kind: 'force' | 'collaboration' | 'region', id: string) {
    if (kind === 'region') this.store.set({ level: 'force', region: id });
    else if (kind === 'force') this.store.set(selectForce(id), { push: true });
    else this.store.set(selectCollaboration(id), { push: true });
  }

  private at(state: ViewState = this.store.state): string {
    return state.at ?? isoToday();
  }

  private changed(state: ViewState, previous: ViewState | undefined) {
    const first = previous === undefined;
    this.toolbar.update(state);
    this.timebar.update(state.at);
    if (first || previous.region !== state.region || previous.function !== state.function || previous.status !== state.status || previous.kind !== state.kind || previous.national !== state.national) {
      this.sidebar.renderFilters(state);
    }
    if (first || previous.view !== state.view) this.showView(state);
    const needsAlliances = state.colour === 'community' || state.tool === 'alliances';
    if (needsAlliances && this.alliances?.at !== this.at(state)) this.loadAlliances(state);
    const whatifKey = state.force && state.whatif ? `${state.force}|${state.whatif}|${this.at(state)}` : undefined;
    if (whatifKey !== this.withdrawal?.key) this.loadWithdrawal(state, whatifKey);
    if (first || graphKey(state) !== graphKey(previous)) {
      this.loadGraph(state);
    } else if (this.lastGraph && previous.kind !== state.kind) {
      // Kind is filtered here, not by the API: rebuild the model from the last answer.
      this.model = buildModel(this.lastGraph, state);
      this.draw();
    } else {
      this.draw();
    }
    if (first || panelKey(state) !== panelKey(previous)) {
      const newSubject = !first && subjectKey(state) !== subjectKey(previous);
      this.renderPanel(state, newSubject);
    }
  }

  private showView(state: ViewState) {
    this.map.element.hidden = state.view !== 'map';
    this.network.element.hidden = state.view !== 'network';
    if (state.view === 'network') {
      // Measure the now visible container first, then draw (which may zoom to a what-if).
      this.network.shown();
      this.draw();
    }
  }

  private async loadGraph(state: ViewState) {
    this.graphAbort?.abort();
    const abort = new AbortController();
    this.graphAbort = abort;
    document.body.dataset.graph = 'loading';
    this.setStatus('Loading…');
    try {
      const graph = await this.api.graph(this.graphParams(state), abort.signal);
      if (abort.signal.aborted) return;
      if (state.level === 'force' && graph.truncated && !state.region) {
        // Too many nodes for one picture: start from the regions and let the user open one.
        this.sizeNotice = `The register has ${graph.totalNodes} nodes, more than ${NODE_LIMIT}: showing regions. Open a region to see its forces.`;
        this.store.set({ level: 'region' });
        return;
      }
      this.lastGraph = graph;
      this.model = buildModel(graph, this.store.state);
      // The reason for starting at region level stays on screen for as long as the regions are shown.
      const notice = state.level === 'region' ? (this.sizeNotice ?? '') : '';
      this.setStatus(graph.truncated ? `Showing ${graph.nodes.length} of ${graph.totalNodes} nodes: narrow the filters to see all.` : notice);
      this.sidebar.renderList(this.model, this.store.state);
      this.draw();
      document.body.dataset.graph = 'ready';
      document.body.dataset.graphQuery = toQuery(state);
    } catch (err) {
      if (abort.signal.aborted) return;
      document.body.dataset.graph = 'error';
      this.setStatus(`The graph could not be loaded: ${(err as Error).message}`, true);
    }
  }

  private loadWithdrawal(state: ViewState, key: string | undefined) {
    if (!key) {
      this.withdrawal = undefined;
      return;
    }
    const promise = this.api.withdrawal({ force: state.force!, collaboration: state.whatif === 'all' ? undefined : state.whatif, at: this.at(state) });
    const entry: { key: string; promise: Promise<Withdrawal>; result?: Withdrawal } = { key, promise };
    this.withdrawal = entry;
    promise
      .then((w) => {
        entry.result = w;
        if (this.withdrawal === entry) this.draw();
      })
      .catch(() => undefined); // The panel shows the error next to the what-if controls.
  }

  private loadAlliances(state: ViewState) {
    const at = this.at(state);
    const entry: { at: string; promise: Promise<Alliances>; result?: Alliances } = { at, promise: this.api.alliances(at) };
    this.alliances = entry;
    entry.promise
      .then((a) => {
        entry.result = a;
        if (this.alliances === entry) this.draw();
      })
      .catch((err: Error) => this.setStatus(`Alliances could not be loaded: ${err.message}`, true));
  }

  private communityPalette(): Record<string, string> {
    return communityPalette(this.alliances?.result?.communities.map((c) => c.id) ?? []);
  }

  private scene(): Scene | undefined {
    if (!this.model) return undefined;
    const state = this.store.state;
    const alliances = state.colour === 'community' ? this.alliances?.result : undefined;
    // The register's region for a force, else the graph's (a graph may hold forces the capped list lacks).
    const graphRegion = new Map(this.model.forces.map((f) => [f.id, f.region]));
    const regionOf = (id: string) => this.catalog.regionOf(id) ?? graphRegion.get(id);
    let colourOfForce = (id: string) => colourFor(regionOf(id));
    let differing = new Set<string>();
    if (alliances) {
      const palette = this.communityPalette();
      const community = new Map(alliances.forces.map((f) => [f.force, String(f.community)]));
      colourOfForce = (id) => (community.has(id) ? palette[community.get(id)!] : NEUTRAL);
      differing = new Set(differences(alliances).map((d) => d.force));
    }
    const hits = new Set<string>();
    if (state.q) {
      for (const f of this.catalog.forces) if (matches(state.q, f.name, f.id)) hits.add(f.id);
      for (const c of this.model.collaborations) if (matches(state.q, c.label, c.id)) hits.add(c.id);
    }
    const w = this.withdrawal?.result;
    return {
      state,
      focusForce: focusedForce(state),
      model: this.model,
      forces: this.catalog.forces,
      colourOfForce,
      regionOf,
      nameOf: this.catalog.nameOf,
      hits,
      impact: w ? impactMarks(w) : undefined,
      differing,
    };
  }

  private draw() {
    const scene = this.scene();
    if (!scene) return;
    this.activeView().render(scene);
    this.sidebar.renderList(scene.model, scene.state);
    this.legendList.replaceChildren(legend(this.keyItems(scene)));
  }

  private keyItems(scene: Scene) {
    return keyItems(scene.state, scene.state.colour === 'community' ? this.communityPalette() : undefined, !!scene.impact);
  }

  private activeView(): GraphView {
    return this.store.state.view === 'network' ? this.network : this.map;
  }

  private focusPanel() {
    const heading = this.panel.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    } else {
      this.panel.focus();
    }
  }

  /**
   * Shows the panel for the state. When it opens on something new, focus moves to its heading (and is given
   * back to where it came from when it closes); when the same panel is drawn again (another date, a what-if),
   * the control that had focus keeps it.
   */
  private renderPanel(state: ViewState, newSubject = false) {
    const wasOpen = !this.panel.hidden && this.panel.childElementCount > 0;
    const active = document.activeElement;
    const focusInPanel = !!active && this.panel.contains(active);
    const focusedId = focusInPanel ? active!.id : '';
    if (newSubject && !focusInPanel && active && active !== document.body) {
      this.opener = { element: active, key: (active as HTMLElement).dataset?.id ? `${(active as HTMLElement).dataset.kind ?? ''}:${(active as HTMLElement).dataset.id}` : undefined };
    }
    const ctx: PanelContext = { api: this.api, catalog: this.catalog, store: this.store, at: () => this.at(), session: this.session };
    let content: HTMLElement | undefined;
    document.getElementById('tool-accounts')?.setAttribute('aria-pressed', String(state.tool === 'accounts'));
    document.getElementById('tool-import')?.setAttribute('aria-pressed', String(state.tool === 'import'));
    if (state.tool === 'accounts' && this.session.isAdmin) content = accountsPanel(ctx);
    else if (state.tool === 'import' && this.session.mayImport) content = importPanel(ctx);
    else if (state.tool === 'contacts') content = contactsPanel(ctx);
    else if (state.tool === 'before-signing') content = beforeSigningPanel(ctx);
    else if (state.tool === 'functions') content = functionsPanel(ctx);
    else if (state.tool === 'alliances') {
      if (!this.alliances || this.alliances.at !== this.at(state)) this.loadAlliances(state);
      content = alliancesPanel(ctx, this.alliances!.promise, () => this.communityPalette());
    } else if (state.force) content = forcePanel(ctx, state.force, this.withdrawal?.promise);
    else if (state.collab) content = collabPanel(ctx, state.collab);
    this.panel.hidden = !content;
    this.panel.replaceChildren(...(content ? [content] : []));
    this.skipToPanel.hidden = !content;
    if (content && newSubject) this.focusPanel();
    else if (content && focusedId) this.panel.querySelector<HTMLElement>(`#${CSS.escape(focusedId)}`)?.focus();
    else if (!content && wasOpen && (focusInPanel || active === document.body)) this.returnFocus();
    document.body.classList.toggle('with-panel', !!content);
    // One sheet at a time on a phone: the panel replaces the filters and list.
    if (content && document.body.classList.contains('sidebar-open')) this.openSidebar(false);
    if (this.store.state.view === 'network') this.network.resized();
  }

  /** Back to what opened the panel: the same element, or the marker or list entry drawn again in its place. */
  private returnFocus() {
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.element.isConnected) return (opener.element as HTMLElement).focus();
    const [kind, id] = opener?.key?.split(':') ?? [];
    const again = id ? document.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]${kind ? `[data-kind="${CSS.escape(kind)}"]` : ''}`) : null;
    if (again) again.focus();
    else if (this.store.state.view === 'network') this.network.focus();
    else this.map.focus();
  }

  private setStatus(text: string, error = false) {
    this.status.textContent = text;
    this.status.classList.toggle('error', error);
    this.status.hidden = !text;
  }

  private async exportImage(format: 'png' | 'svg') {
    const view = this.activeView();
    const drawing = view.settled?.();
    if (drawing) {
      const waiting = 'The picture is exported once the network is laid out…';
      this.setStatus(waiting);
      await drawing;
      if (this.activeView() !== view) {
        this.setStatus('The picture was not exported: another view was opened while the network was laid out.');
        return;
      }
      if (this.status.textContent === waiting) this.setStatus('');
    }
    const scene = this.scene();
    if (!scene) return;
    const state = this.store.state;
    const picture = framed(view.exportDrawing(), exportHeading(state, this.at(), isoToday(), this.catalog.nameOf), this.keyItems(scene));
    const name = `concordat-${state.level === 'region' ? 'regions' : state.view}-${this.at()}`;
    if (format === 'svg') downloadBlob(`${name}.svg`, new Blob([picture.text], { type: 'image/svg+xml' }));
    else downloadBlob(`${name}.png`, await svgToPng(picture.text, picture.width, picture.height));
  }

  /** The question the network shown answers: the same for the picture and for its GraphML and GEXF files. */
  private graphParams(state: ViewState) {
    return { level: state.level, region: state.region, function: state.function, status: state.status, at: this.at(state), includeNational: state.national, limit: NODE_LIMIT };
  }

  /** The view shown (its date and filters) as a file for Gephi or Cytoscape, written by the server. */
  private exportGraphFile(format: 'graphml' | 'gexf') {
    const a = h('a', { href: url('/api/graph', { ...this.graphParams(this.store.state), format }), download: '' });
    document.body.append(a);
    a.click();
    a.remove();
  }

  private exportCsv() {
    if (!this.model) return;
    const { header, rows } = visibleRows(this.model, this.store.state.level, this.catalog.nameOf, this.catalog.regionOf);
    downloadBlob(`concordat-${this.at()}.csv`, new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
  }
}

/** What the panel is about; a change of it moves focus into the panel. */
function subjectKey(state: ViewState): string {
  return [state.tool, state.force, state.collab].join('|');
}

/** A link that skips the page's tab order straight to a part of it (shown when it has focus). */
function skipLink(text: string, go: () => void): HTMLAnchorElement {
  const link = h('a', { href: '#', class: 'skip-link' }, text);
  link.addEventListener('click', (e) => {
    e.preventDefault();
    go();
  });
  return link;
}

/** What decides the side panel's content; when none of it changes, the panel is left alone. */
function panelKey(state: ViewState): string {
  return [state.tool, state.force, state.collab, state.whatif, state.at, state.topic, state.asking].join('|');
}
