import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { geoMercator } from 'd3-geo';
import { colourFor } from '../model/regions';
import { shortName, type GraphView, type Scene, type SelectHandler } from './scene';
import { NETWORK_STYLE } from './network-style';
import { networkDrawing } from './network-export';
import { layOut, type LayoutRequest, type LayoutResponse } from './layout-worker';
import type { Box, LayoutEdge, LayoutNode } from '../model/regional-layout';
import { placeLabels, textWidth, type LabelRequest } from '../model/labels';
import { directionOf, nearestInDirection } from '../model/spatial-nav';
import { h } from '../ui/dom';
import { drawnSize, extentOf, viewportFitting } from '../model/viewport';

cytoscape.use(fcose);

// The network: forces (circles) inside one box per region, collaborations (diamonds) linked to their members,
// laid out by fcose. Forces start from their map position so the layout keeps a familiar geography, and nodes
// that survive a change of date keep their place, so playing the time slider does not reshuffle the picture.

const FORCE = 'f:';
const COLLAB = 'c:';
const REGION = 'r:';
const FORCE_SIZE = 16;
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 4;
// Up to this many nodes fcose lays the network out on the page's thread, with region boxes as compound nodes;
// above it the regional layout runs in a worker and the boxes are plain nodes (see docs/explorer.md).
const FCOSE_LIMIT = 150;
// Labels are this many pixels high on screen at every zoom; they are re-placed this long after zooming stops.
const LABEL_PX = 12;
// Region headings, a little larger than the labels, also keep their size on screen whatever the zoom.
const HEADING_PX = 13;
const LABEL_DELAY_MS = 120;
// Bringing a selection into view zooms to its neighbourhood, but never closer than this (a tight neighbourhood
// would otherwise fill the screen), and leaves it alone when it is on screen at READABLE_ZOOM or more.
const MAX_REVEAL_ZOOM = 1.6;
const READABLE_ZOOM = 0.6;
// A large graph is handed to Cytoscape in slices of at most this many milliseconds of work a frame (see stage and
// place), SLICE_CHUNK elements at a time, so that no frame waits long for it. (At 40 ms a slice, its overrun and the
// frame's own work made frames of 100 ms on a quiet machine; docs/explorer.md, "The last long frame".)
const SLICE_BUDGET_MS = 30;
const SLICE_CHUNK = 50;
// Where Cytoscape looks while a large graph is handed over: far from every element, so that the frames meanwhile
// draw nothing (each would otherwise draw the whole graph added so far again).
const OUT_OF_SIGHT = { zoom: 1, pan: { x: 1e7, y: 1e7 } };
// A region box staged before the layout has placed it (stage, placeBoxes).
const UNPLACED: Box = { x1: 0, y1: 0, x2: 1, y2: 1 };
// The final view of a large graph is first drawn unseen, a vertical strip a frame, in this many frames (drawUnseen):
// with two (and 40 ms slices) frames of 100–150 ms were left on a quiet machine.
const WARM_STRIPS = 3;
// The class that hides the canvas while the final view is drawn unseen (styles.css). It is set on the view, never on
// Cytoscape's container: Cytoscape watches its container's attributes (a MutationObserver) and answers any change
// 100 ms later with cy.resize(), which redraws the whole graph, so hiding the container itself cost a full drawing
// after the strips (with the page's own work at the end of the hand-over, a frame of 100 ms at a load of 3), and
// showing it again another.
const UNSEEN = 'unseen';
// A layout worker that has not answered a large graph after this long is given up for the page's own thread. The
// worker took 0.6-2.3 s for 2,000 nodes at load averages of 2-15 (docs/explorer.md), the whole layout once 14 s at
// a load of 25 (e2e/perf.e2e.ts).
const WORKER_PATIENCE_MS = 20_000;
const FCOSE_OPTIONS = {
  name: 'fcose',
  randomize: false,
  // fcose's fast "draft" quality needs a random start, which would throw away the geographic one.
  quality: 'default',
  nodeRepulsion: 6000,
  idealEdgeLength: 60,
  nestingFactor: 0.6,
  gravity: 0.4,
  tile: true,
} as cytoscape.LayoutOptions;

// The classes restyle() sets on elements to mark the selection, search hits and a what-if's effects.
const MARKS = ['selected', 'faded', 'hit', 'nonviable', 'affected', 'leaving', 'isolated', 'paying', 'differs'];
// What is not near the selection is seen at this opacity: through the veil (veil()), or with the `faded` class
// where the veil cannot be used. The veil is this much white over the picture: styles.css, `.network-view.veiled`.
const FADED_OPACITY = 0.15;

/**
 * The parts of Cytoscape's canvas renderer (3.34) the page uses, none of them in its typings (hence Cytoscape pinned,
 * docs/explorer.md): the veil's drag layer, the hand-over's flush and z-order sort, and the flag that leaves links out.
 */
interface RendererInternals {
  updateCachedGrabbedEles(): void;
  redrawHint(what: 'eles' | 'drag', on: boolean): void;
  redraw(): void;
  data: { lyrTxrCache?: { invalidateElements(eles: cytoscape.Collection): void } };
  /** Whether a pan or zoom by the user draws a picture of the lower canvas instead of both canvases. */
  textureOnViewport: boolean;
  flushRenderedStyleQueue(): void;
  getCachedZSortedEles(): unknown;
  /** `draggingEles`: a node is being dragged, so drawings leave the links out. */
  hoverData: { draggingEles?: boolean };
}

const project = geoMercator().fitExtent([[0, 0], [900, 1100]], { type: 'MultiPoint', coordinates: [[-5.9, 49.85], [1.9, 55.9]] });

export class NetworkView implements GraphView {
  readonly element: HTMLElement;
  private instance?: Core;
  private modelShown?: object;
  private levelShown?: string;
  private readonly positions = new Map<string, { x: number; y: number }>();
  private worker?: Worker;
  /** The layout request the worker has not answered yet, and the time it is given (WORKER_PATIENCE_MS). */
  private workerAsked?: { request: number; patience: number };
  private layoutRequest = 0;
  /** The graph shown is laid out (labels may be placed, selections revealed). */
  private ready = false;
  /** The view (zoom and extent) and scene the labels were last placed for. */
  private labelsPlaced?: string;
  private labelsScene?: Scene;
  private impactShown?: string;
  /** The selection last brought into view, so that a re-render does not move the picture again. */
  private revealed?: string;
  private scene?: Scene;
  private labelTimer?: number;
  private readonly canvasHost = h('div', { class: 'network-canvas' });
  /** A still copy of the picture, shown over the canvas while the next large graph is handed over out of sight. */
  private frozen?: HTMLCanvasElement;
  private readonly announcer = h('div', { class: 'visually-hidden', 'aria-live': 'polite' });
  /** What went wrong with the last layout, and what is shown instead (visible, and read out politely). */
  private readonly note = h('p', { class: 'network-note', role: 'status' });
  /**
   * A large graph is being handed over out of sight (from `stage` until `thaw`): the view takes no zoom or pan
   * meanwhile, so that it never turns to the half-added graph (see hold).
   */
  private handingOver = false;
  /** Who waits for the hand-over to end (settled()). */
  private readonly awaitingSettled: Array<() => void> = [];
  /** The node the keyboard is on (a node id). */
  private cursor?: string;
  /** The selection's neighbourhood, drawn above the veil while the rest of the graph is seen through it (veil()). */
  private unveiled?: cytoscape.Collection;
  /** Cytoscape is held in a batch, so that it draws nothing, while a large graph is handed over (pauseDrawing). */
  private drawingPaused = false;
  /** Cytoscape's drawings leave the links out, while the final view of a large graph is drawn unseen (leaveOutLinks). */
  private linksLeftOut = false;

  constructor(private readonly onSelect: SelectHandler) {
    this.element = document.createElement('div');
    this.element.className = 'network-view';
    // The canvas is drawn by Cytoscape into its own box; the wrapper takes focus and the keys, and speaks
    // through a live region what the keyboard cursor is on.
    this.element.append(this.canvasHost, this.announcer, this.note);
    this.element.tabIndex = 0;
    this.element.setAttribute('role', 'application');
    this.element.setAttribute('aria-roledescription', 'network');
    this.element.setAttribute('aria-label', 'Network of forces and collaborations. Arrow keys move between nodes, Enter opens one, plus and minus zoom, 0 shows everything.');
    this.element.addEventListener('keydown', (e) => this.key(e));
    this.element.addEventListener('focus', () => this.moveCursor(this.cursor ?? this.startingNode()));
    this.element.addEventListener('blur', () => this.instance?.$('.cursor').removeClass('cursor'));
  }

  /** Cytoscape measures its container when created, so it is created on first use, once the page is laid out. */
  private get cy(): Core {
    if (!this.instance) {
      this.instance = cytoscape({ container: this.canvasHost, style: NETWORK_STYLE, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, boxSelectionEnabled: false, textureOnViewport: true, hideEdgesOnViewport: true });
      this.instance.on('tap', 'node', (e) => {
        const id: string = e.target.id();
        if (id.startsWith(FORCE)) this.onSelect('force', id.slice(FORCE.length));
        else if (id.startsWith(COLLAB)) this.onSelect('collaboration', id.slice(COLLAB.length));
        else if (id.startsWith(REGION) && e.target.data('openable')) this.onSelect('region', id.slice(REGION.length));
      });
      // Letting go of the mouse or a finger (after dragging a node, panning, or a tap anywhere) takes every element
      // out of Cytoscape's drag layer, above the veil: its release handler does so after this event, hence the
      // microtask, which runs once that handler has returned.
      this.instance.on('tapend', () => void (this.unveiled && queueMicrotask(() => this.unveiled && this.veil(this.unveiled))));
      // Labels are re-placed for the new scale once zooming or panning pauses.
      this.instance.on('viewport', () => {
        window.clearTimeout(this.labelTimer);
        this.labelTimer = window.setTimeout(() => this.placeLabels(), LABEL_DELAY_MS);
      });
    }
    return this.instance;
  }

  /**
   * Shows the labels that fit at the current zoom, LABEL_PX high on screen whatever the zoom, and hides the
   * rest (the selection, its neighbours and search hits first, then the best-connected nodes): labels hide
   * rather than overlap each other or other nodes. Only the nodes in view are considered: in the current view,
   * or in `at`, the view about to be shown (a large graph's labels are placed before its first drawing).
   */
  private placeLabels(at?: { zoom: number; extent: Box }) {
    if (!this.instance || (!at && !this.ready) || this.element.hidden) return;
    const cy = this.instance;
    const zoom = at?.zoom ?? cy.zoom();
    const view = at?.extent ?? cy.extent();
    // The same view of the same graph and scene needs no new placement (it follows a large graph's first drawing).
    const placement = `${zoom} ${view.x1} ${view.y1} ${view.x2} ${view.y2}`;
    if (placement === this.labelsPlaced && this.scene === this.labelsScene) return;
    this.labelsPlaced = placement;
    this.labelsScene = this.scene;
    const fontSize = Math.round((LABEL_PX / zoom) * 4) / 4;
    const nodes = cy.nodes(':childless').filter((n) => n.data('kind') === 'force' || n.data('kind') === 'collaboration');
    const scene = this.scene;
    const focus = scene?.focusForce ? cy.$id(FORCE + scene.focusForce) : scene?.state.collab ? cy.$id(COLLAB + scene.state.collab) : cy.collection();
    const near = new Set(focus.closedNeighborhood().nodes().map((n) => n.id()));
    const focused = new Set(focus.map((n) => n.id()));
    const requests: LabelRequest[] = [];
    const obstacles: { id: string; box: Box }[] = [];
    // Sizes come from the data the style sheet sizes nodes by, not from n.width(): asking Cytoscape for a style
    // works out the style of every node restyled since (after a selection, every faded one, most of the graph).
    nodes.forEach((n) => {
      const { x, y } = n.position();
      const r = (n.data('kind') === 'collaboration' ? (n.data('size') as number) : FORCE_SIZE) / 2;
      if (x + r < view.x1 || x - r > view.x2 || y + r < view.y1 || y - r > view.y2) return;
      obstacles.push({ id: n.id(), box: { x1: x - r, y1: y - r, x2: x + r, y2: y + r } });
      const text = n.data('kind') === 'force' ? n.data('label') : n.data('short');
      const width = textWidth(text ?? '', fontSize);
      const top = y + r + 2;
      const id = n.id();
      const plain = id.startsWith(FORCE) ? id.slice(FORCE.length) : id.slice(COLLAB.length);
      const pinned = focused.has(id) ? 4 : near.has(id) || scene?.hits.has(plain) ? 3 : 0;
      requests.push({ id, priority: pinned + n.degree(false) / 1000, positions: [{ x1: x - width / 2, y1: top, x2: x + width / 2, y2: top + fontSize * 1.25 }] });
    });
    // The regions' headings, HEADING_PX high on screen like the labels, are obstacles the labels keep clear of.
    const headingSize = Math.round((HEADING_PX / zoom) * 4) / 4;
    const headings = cy.nodes('[kind = "region"], [kind = "region-box"]');
    headings.forEach((n) => {
      // A large graph's box is placed and sized by the layout (its data); only a compound box sizes itself.
      const b = n.data('kind') === 'region-box' ? { x1: n.position().x - n.data('w') / 2, y1: n.position().y - n.data('h') / 2, x2: n.position().x + n.data('w') / 2 } : n.boundingBox({ includeLabels: false });
      const width = textWidth(n.data('label') ?? '', headingSize);
      const mid = (b.x1 + b.x2) / 2;
      obstacles.push({ id: n.id(), box: { x1: mid - width / 2, y1: b.y1 - headingSize * 1.5, x2: mid + width / 2, y2: b.y1 } });
    });
    const shown = new Set(placeLabels(requests, obstacles).map((p) => p.id));
    cy.batch(() => {
      headings.forEach((n) => {
        if (n.data('fs') !== headingSize) n.data('fs', headingSize);
      });
      nodes.forEach((n) => {
        if (shown.has(n.id())) {
          // (removeClass restyles a node even when it has no such class: see restyle)
          if (n.hasClass('label-hidden')) n.removeClass('label-hidden');
          if (n.data('fs') !== fontSize) n.data('fs', fontSize);
        } else if (!n.hasClass('label-hidden')) {
          n.addClass('label-hidden');
        }
      });
    });
    this.element.dataset.labels = String(shown.size);
    // What a label and a heading measure on screen, as Cytoscape styles them at this zoom (browser tests read it).
    const labelled = nodes.filter((n) => shown.has(n.id()));
    this.element.dataset.labelPx = labelled.length ? (labelled[0].numericStyle('font-size') * zoom).toFixed(1) : '';
    this.element.dataset.headingPx = headings.length ? (headings[0].numericStyle('font-size') * zoom).toFixed(1) : '';
  }

  /** Focuses the network (the skip link lands here). */
  focus(): void {
    this.element.focus();
  }

  /** The nodes the keyboard walks: forces and collaborations (not region boxes). */
  private walkable() {
    return this.cy.nodes(':childless').filter((n) => n.data('kind') === 'force' || n.data('kind') === 'collaboration' || n.data('kind') === 'region-node');
  }

  /** Where the keyboard starts: the selection, else the node nearest the middle of the view. */
  private startingNode(): string | undefined {
    const scene = this.scene;
    const selected = scene?.focusForce ? FORCE + scene.focusForce : scene?.state.collab ? COLLAB + scene.state.collab : undefined;
    if (selected && this.cy.$id(selected).nonempty()) return selected;
    const view = this.cy.extent();
    const cx = (view.x1 + view.x2) / 2;
    const cy = (view.y1 + view.y2) / 2;
    let best: string | undefined;
    let bestDistance = Infinity;
    this.walkable().forEach((n) => {
      const d = Math.hypot(n.position().x - cx, n.position().y - cy);
      if (d < bestDistance) {
        bestDistance = d;
        best = n.id();
      }
    });
    return best;
  }

  private key(e: KeyboardEvent) {
    // (while a large graph is handed over, the keys' zooming, fitting and walking would turn the view to it)
    if (!this.instance || this.handingOver) return;
    const direction = directionOf(e.key);
    if (direction && this.cursor) {
      e.preventDefault();
      const spots = this.walkable().map((n) => ({ id: n.id(), x: (n as cytoscape.NodeSingular).position().x, y: (n as cytoscape.NodeSingular).position().y }));
      const from = spots.find((p) => p.id === this.cursor);
      const next = from && nearestInDirection(from, spots, direction);
      if (next) this.moveCursor(next.id);
    } else if ((e.key === 'Enter' || e.key === ' ') && this.cursor) {
      e.preventDefault();
      const id = this.cursor;
      if (id.startsWith(FORCE)) this.onSelect('force', id.slice(FORCE.length));
      else if (id.startsWith(COLLAB)) this.onSelect('collaboration', id.slice(COLLAB.length));
      else if (id.startsWith(REGION)) this.onSelect('region', id.slice(REGION.length));
    } else if (e.key === '+' || e.key === '=' || e.key === '-') {
      e.preventDefault();
      const node = this.cursor ? this.cy.$id(this.cursor) : undefined;
      const level = this.cy.zoom() * (e.key === '-' ? 1 / 1.4 : 1.4);
      this.cy.zoom({ level, renderedPosition: node?.nonempty() ? node.renderedPosition() : { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
    } else if (e.key === '0') {
      e.preventDefault();
      this.cy.fit(undefined, 24);
    }
  }

  /** Puts the keyboard cursor on a node: ringed, kept in view, and read out. */
  private moveCursor(id: string | undefined) {
    if (!id || !this.instance || this.handingOver) return;
    const node = this.cy.$id(id);
    if (node.empty()) return;
    this.cursor = id;
    this.cy.$('.cursor').removeClass('cursor');
    node.addClass('cursor');
    const p = node.position();
    const view = this.cy.extent();
    if (p.x < view.x1 || p.x > view.x2 || p.y < view.y1 || p.y > view.y2) this.cy.center(node);
    this.element.dataset.cursor = id;
    this.announcer.textContent = describe(node);
  }

  /** Called when the container changed size (the side panel opened or closed); the zoom is left as it is. */
  resized(): void {
    this.instance?.resize();
  }

  /** Called when the view becomes visible: a hidden container has no size, so cytoscape must measure again. */
  shown(): void {
    this.cy.resize();
    // (while a large graph is handed over, the view stays out of sight until the graph is complete)
    if (!this.ready) return;
    this.cy.fit(undefined, 24);
    this.placeLabels();
  }

  render(scene: Scene): void {
    const started = performance.now();
    if (scene.model !== this.modelShown || scene.state.level !== this.levelShown || scene.state.colour !== this.cy.scratch('colour')) {
      this.rebuild(scene);
      this.modelShown = scene.model;
      this.levelShown = scene.state.level;
      this.cy.scratch('colour', scene.state.colour);
    }
    this.scene = scene;
    this.restyle(scene);
    if (this.ready) {
      this.reveal(scene);
      this.placeLabels();
    }
    performance.measure('network-render', { start: started, end: performance.now() });
  }

  /** Once the positions are final: show the what-if's neighbourhood, or the selection, if there is one. */
  private laidOut() {
    this.revealed = undefined;
    this.impactShown = undefined;
    if (this.scene) {
      // the new elements take the selection, search and what-if marks (restyle also focuses the what-if)
      this.restyle(this.scene);
      this.reveal(this.scene);
    }
    this.placeLabels();
  }

  /**
   * Brings the selected force or collaboration, with its neighbours, into view when it is selected: zoomed to
   * fit them (no closer than MAX_REVEAL_ZOOM) unless they are already on screen at a readable size.
   */
  private reveal(scene: Scene) {
    const id = scene.focusForce ? FORCE + scene.focusForce : scene.state.collab ? COLLAB + scene.state.collab : undefined;
    if (id === this.revealed) return;
    this.revealed = id;
    if (!id || scene.impact) return;
    const node = this.cy.$id(id);
    if (node.empty()) return;
    const area = node.closedNeighborhood().nodes(':childless');
    const box = area.boundingBox({});
    const view = this.cy.extent();
    const onScreen = box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
    if (onScreen && this.cy.zoom() >= READABLE_ZOOM) return;
    const fitZoom = Math.min((this.cy.width() - 120) / Math.max(box.w, 1), (this.cy.height() - 120) / Math.max(box.h, 1));
    const zoom = Math.max(this.cy.minZoom(), Math.min(fitZoom, MAX_REVEAL_ZOOM));
    this.cy.stop(true);
    this.cy.animate({ zoom, center: { eles: area } }, { duration: 250 });
  }

  /**
   * Resolves once no large graph is being handed over. An export drawn meanwhile would show what Cytoscape holds
   * half-way (the graph staged out of sight, its region boxes not yet placed), so exports wait for this.
   * Undefined when nothing is being handed over.
   */
  settled(): Promise<void> | undefined {
    return this.handingOver ? new Promise((resume) => this.awaitingSettled.push(resume)) : undefined;
  }

  exportDrawing(): SVGSVGElement {
    const near = this.unveiled;
    return networkDrawing(this.cy, near ? (e) => (near.has(e) ? 1 : FADED_OPACITY) : undefined);
  }

  /**
   * Shows `near` (the selection's neighbourhood) as it is and the rest of the graph faded, by drawing a white veil
   * between the two: `near` goes into Cytoscape's drag layer, a canvas of its own above the one holding the rest,
   * and that canvas gets a translucent white background (styles.css). This costs what `near` costs; fading by a
   * class restyled most of the graph (every element but the neighbourhood) in one frame of 316–383 ms at 2,000
   * nodes. Seen on white, the rest looks as at FADED_OPACITY. `undefined` lifts the veil. False (nothing done)
   * when the renderer is not the canvas one this relies on; the caller then fades by class.
   */
  private veil(near: cytoscape.Collection | undefined): boolean {
    const renderer = this.renderer();
    if (!renderer || typeof renderer.updateCachedGrabbedEles !== 'function' || typeof renderer.redrawHint !== 'function' || typeof renderer.redraw !== 'function') return false;
    const before = this.unveiled;
    if (!near && !before) return true;
    const inDragLayer = (e: cytoscape.SingularElementArgument, on: boolean) => {
      (e as unknown as { _private: { rscratch: { inDragLayer?: boolean } } })._private.rscratch.inDragLayer = on;
    };
    before?.forEach((e) => {
      if (!near?.has(e)) inDragLayer(e, false);
    });
    near?.forEach((e) => inDragLayer(e, true));
    this.unveiled = near;
    // the layers Cytoscape keeps of the lower canvas's drawing hold the elements that moved between the two
    renderer.data?.lyrTxrCache?.invalidateElements(near && before ? near.union(before) : (near ?? before)!);
    renderer.updateCachedGrabbedEles();
    renderer.redrawHint('eles', true);
    renderer.redrawHint('drag', true);
    // While the user pans or zooms, Cytoscape moves a picture of the lower canvas and leaves the upper one as it
    // was: the neighbourhood would stay behind. Veiled, both are drawn as the view moves (docs/explorer.md).
    renderer.textureOnViewport = !near;
    renderer.redraw();
    // (on the view, not on Cytoscape's container: see UNSEEN)
    this.element.classList.toggle('veiled', !!near);
    return true;
  }

  private rebuild(scene: Scene) {
    this.labelsPlaced = undefined;
    if (scene.state.level === 'region') {
      this.layoutRequest++;
      this.replaceElements(regionElements(scene));
      this.element.dataset.nodes = String(this.cy.nodes().length);
      this.cy.layout({ name: 'preset', fit: true, padding: 30 }).run();
      this.ready = true;
      this.say(undefined);
      this.element.dataset.layout = 'done';
      return;
    }
    const elements = forceElements(scene, this.positions, FCOSE_LIMIT);
    this.element.dataset.nodes = String(elements.filter((e) => e.group === 'nodes').length);
    this.layOut(elements);
  }

  private replaceElements(elements: ElementDefinition[]) {
    this.thaw();
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
  }

  /**
   * Replaces the graph by `elements` while the worker lays it out: added a slice at a time (at most SLICE_BUDGET_MS
   * of work a frame), each slice's style and bounding boxes worked out at once (Cytoscape would otherwise work them
   * out for every element in the next drawing), nodes before the links that need them. The view looks away
   * meanwhile (OUT_OF_SIGHT), so no frame draws the half-added graph. Gives up (false) when a newer graph was asked
   * for meanwhile.
   */
  private async stage(elements: ElementDefinition[], request: number): Promise<boolean> {
    // The region boxes go in first, unsized until the layout places them (placeBoxes): an element added after the
    // hand-over makes Cytoscape's next drawing sort the whole graph by z-order again, after the worker's answer.
    const regions = new Set(elements.map((e) => e.data.box as string | undefined).filter((box): box is string => !!box));
    const boxes = boxElements(Object.fromEntries([...regions].map((id) => [id, UNPLACED])));
    const ordered = [...boxes, ...elements.filter((e) => e.group !== 'edges'), ...elements.filter((e) => e.group === 'edges')];
    this.freeze();
    this.hold(true);
    this.cy.batch(() => this.cy.elements().remove());
    this.cy.viewport(OUT_OF_SIGHT);
    let next = 0;
    return this.inSlices(request, () => {
      const chunk = ordered.slice(next, (next += SLICE_CHUNK));
      let added = this.cy.collection();
      this.cy.batch(() => void (added = this.cy.add(chunk)));
      added.boundingBox({});
      this.flushRenderedStyle();
      return next < ordered.length;
    });
  }

  /** Sizes and places the region boxes staged with the graph; a box the layout did not send goes, one it sent and
   * was not staged comes in. */
  private placeBoxes(boxes: Record<string, Box>) {
    this.cy.batch(() => {
      this.cy.nodes('[kind = "region-box"]').filter((n) => !boxes[n.id()]).remove();
      const missing = Object.entries(boxes).filter(([id]) => this.cy.$id(id).empty());
      if (missing.length) this.cy.add(boxElements(Object.fromEntries(missing)));
      for (const [id, b] of Object.entries(boxes)) {
        const box = this.cy.$id(id);
        box.data({ w: b.x2 - b.x1, h: b.y2 - b.y1 });
        box.position({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });
      }
    });
  }

  /** Moves the staged nodes to the worker's positions, a slice at a time, still out of sight. */
  private async place(positions: LayoutResponse['positions'], request: number): Promise<boolean> {
    const nodes = this.cy.nodes();
    let next = 0;
    return this.inSlices(request, () => {
      const chunk = nodes.slice(next, (next += SLICE_CHUNK));
      this.cy.batch(() => chunk.forEach((n) => void (positions[n.id()] && n.position(positions[n.id()]))));
      chunk.union(chunk.connectedEdges()).boundingBox({});
      this.flushRenderedStyle();
      return next < nodes.length;
    });
  }

  /**
   * Works out now what Cytoscape's renderer would otherwise work out before its next drawing for the elements
   * changed since its last one (their rendered style, their links, their textures marked stale). While a large
   * graph is handed over in slices no drawing happens (inSlices), so without this the first drawing after it
   * did the whole graph's share at once (89 ms in one frame, load 7). `flushRenderedStyleQueue` is the renderer's
   * own (Cytoscape 3.34, not in its typings); without it the work is simply left to that drawing.
   */
  private flushRenderedStyle() {
    this.renderer()?.flushRenderedStyleQueue?.();
  }

  /** Cytoscape's canvas renderer, whose parts outside its typings may be missing (each use checks). */
  private renderer(): Partial<RendererInternals> | undefined {
    return (this.cy as unknown as { renderer(): Partial<RendererInternals> | null }).renderer() ?? undefined;
  }

  /**
   * Draws the final view while the canvas is hidden (under the still copy of the previous picture, or blank for
   * the first layout): the graph sorted by z-order in a frame of its own; then WARM_STRIPS frames of nodes and labels
   * only, each but the last at the final zoom with the view's right edge moved to the end of the next vertical strip,
   * so that Cytoscape draws that strip's nodes and labels into its element textures, the last at the final view;
   * then the final view once more with its links, the nodes copied from their textures. Drawn in one frame, the
   * first drawing at that zoom took 110–130 ms on a quiet machine; in three strips with their links, 48–77 ms each
   * at a load of 3, of which the links 15–40 ms (docs/explorer.md, "Responsiveness at 2,000 nodes"). The canvas
   * stays hidden until `thaw()`; false when a newer graph was asked for meanwhile (whose own drawing thaws it).
   */
  private async drawUnseen(viewport: { zoom: number; pan: { x: number; y: number } }, request: number): Promise<boolean> {
    this.element.classList.add(UNSEEN);
    // Cytoscape sorts the graph by z-order before its first drawing after elements were added (6–26 ms at a load of
    // 3): done here, in a frame of its own, rather than in the first strip's. (`getCachedZSortedEles` is the
    // renderer's own, not in its typings; without it the first strip sorts.)
    this.withHoldLifted(() => this.renderer()?.getCachedZSortedEles?.());
    await nextFrame();
    if (request !== this.layoutRequest) return false;
    this.pauseDrawing(false);
    // The strips draw the nodes and labels only. Links have no textures: every drawing draws every link in view
    // again, and looks at each one's bounding box, in view or not (15–40 ms of each strip's 48–77 ms at a load of 3),
    // so they are left to one drawing of their own at the end. Cytoscape leaves links out of a drawing while a node
    // is being dragged (with hideEdgesOnViewport, set above); `hoverData.draggingEles` is that flag, the renderer's own
    // (3.34, not in its typings). The canvas is hidden meanwhile, so no drag of the user's can be under way.
    const width = this.cy.width();
    try {
      this.leaveOutLinks(true);
      for (let strip = 1; strip <= WARM_STRIPS; strip++) {
        this.cy.viewport({ zoom: viewport.zoom, pan: { x: viewport.pan.x + width * (1 - strip / WARM_STRIPS), y: viewport.pan.y } });
        await nextFrame();
        if (request !== this.layoutRequest) return false;
      }
    } finally {
      // the final view again, with its links, the nodes copied from their textures (a newer graph shown meanwhile
      // has had them back already, from thaw())
      this.leaveOutLinks(false);
    }
    await nextFrame();
    if (request !== this.layoutRequest) return false;
    return true;
  }

  /**
   * Leaves the links out of Cytoscape's drawings (`on`), or puts them back and asks for a drawing with them. The
   * flag is the one Cytoscape sets while a node is dragged (`hoverData.draggingEles`, the renderer's own, 3.34, not in
   * its typings). thaw() puts them back too: a graph shown while an older one's strips were drawn (the region level,
   * a small graph) is drawn before the older hand-over sees it is stale, and would otherwise lack its links until
   * the next pan or click.
   */
  private leaveOutLinks(on: boolean) {
    if (on === this.linksLeftOut) return;
    this.linksLeftOut = on;
    const renderer = this.renderer();
    if (renderer?.hoverData) renderer.hoverData.draggingEles = on;
    if (!on) {
      renderer?.redrawHint?.('eles', true);
      renderer?.redraw?.();
    }
  }

  /**
   * Keeps what the view shows on screen, as a still copy of Cytoscape's canvases laid over them, while the next
   * graph is handed over out of sight (so that changing the date does not blank the view for a second). A copy
   * already shown is kept: the canvases behind it show nothing by then.
   */
  private freeze() {
    // (a hidden canvas holds a drawing not shown yet: what is on screen is blank, or the copy already shown)
    if (this.frozen || this.cy.elements().empty() || this.element.classList.contains(UNSEEN)) return;
    const layers = [...this.canvasHost.querySelectorAll('canvas')].sort((a, b) => Number(a.style.zIndex) - Number(b.style.zIndex));
    if (!layers.length) return;
    const copy = h('canvas', { class: 'network-frozen', 'aria-hidden': 'true' });
    copy.width = layers[0].width;
    copy.height = layers[0].height;
    const context = copy.getContext('2d');
    for (const layer of layers) {
      // the veil is the drag layer's background (veil()), which drawImage does not copy
      if (this.unveiled && layer.dataset.id === 'layer1-drag' && context) {
        context.fillStyle = `rgba(255, 255, 255, ${1 - FADED_OPACITY})`;
        context.fillRect(0, 0, copy.width, copy.height);
      }
      context?.drawImage(layer, 0, 0);
    }
    this.canvasHost.after(copy);
    this.frozen = copy;
  }

  /** Shows the live canvas again: takes the still copy away and the canvas out of hiding (drawUnseen). */
  private thaw() {
    this.frozen?.remove();
    this.frozen = undefined;
    this.element.classList.remove(UNSEEN);
    this.pauseDrawing(false);
    this.leaveOutLinks(false);
    this.hold(false);
  }

  /**
   * While a large graph is handed over, the view under the still copy (which lets the mouse through to it) takes
   * no zoom or pan from the wheel, a drag or a pinch, nor from the keys (key(), moveCursor()): it keeps looking
   * away from the half-added graph until the final view is drawn. What the user did meanwhile is dropped, not
   * applied later: it was aimed at the old picture. The view says it is busy meanwhile.
   */
  private hold(on: boolean) {
    this.handingOver = on;
    if (!on) for (const resume of this.awaitingSettled.splice(0)) resume();
    this.instance?.userZoomingEnabled(!on);
    this.instance?.userPanningEnabled(!on);
    if (on) this.element.setAttribute('aria-busy', 'true');
    else this.element.removeAttribute('aria-busy');
    // a keyboard user who reached the view meanwhile gets the cursor its focus would have given (moveCursor)
    if (!on && document.activeElement === this.element) {
      this.moveCursor(this.cursor && this.cy.$id(this.cursor).nonempty() ? this.cursor : this.startingNode());
    }
  }

  /**
   * Shows `text` under the network (or takes the note away when there is none). The note stays in the page when
   * empty (styles.css), so that its text, when it comes, is read out as a polite live region's change.
   */
  private say(text: string | undefined) {
    this.note.textContent = text ?? '';
  }

  /**
   * The size the view is drawn at; while it is hidden (0×0), the size it will have when shown: that of the space
   * it shares with the map, else the window's (a layout asked for meanwhile keeps room for the headings at the
   * zoom that will show it).
   */
  private viewSize(): { width: number; height: number } {
    const around = this.element.parentElement?.getBoundingClientRect();
    return drawnSize({ width: this.cy.width(), height: this.cy.height() }, around, { width: window.innerWidth, height: window.innerHeight });
  }

  /**
   * Calls `step` until it returns false, a frame at a time, each frame for at most SLICE_BUDGET_MS; false when a
   * newer graph was asked for meanwhile. Cytoscape draws nothing from the end of the first slice on (pauseDrawing).
   * (The frame before it does draw, the graph emptied out of sight: Cytoscape's first drawing with a graph draws every
   * element into its layered texture cache at once, a drawing of 230–280 ms at 2,000 nodes at loads of 2.5–3.9,
   * which the first drawing of an empty graph spares.)
   */
  private async inSlices(request: number, step: () => boolean): Promise<boolean> {
    for (let more = true; more; ) {
      await nextFrame();
      if (request !== this.layoutRequest) return false;
      const started = performance.now();
      this.withHoldLifted(() => {
        while (more && performance.now() - started < SLICE_BUDGET_MS) more = step();
      });
      this.pauseDrawing(true);
    }
    return request === this.layoutRequest;
  }

  /**
   * Holds Cytoscape in a batch (`on`), which its render loop skips, or lets it go. Held from the first slice of a
   * large graph's staging until its final view is drawn unseen (drawUnseen, or thaw when the hand-over ends otherwise):
   * out of sight there is nothing to draw, but each drawing still sorted every element added so far by z-order and
   * looked at each one's bounding box (at 2,000 nodes 10–86 ms a frame at a load of 14 while staging; docs/explorer.md),
   * and the drawings between the hand-over's steps (after the region boxes were placed, after the last move, after the
   * labels) cost 20–75 ms each at loads of 3–6, in the frames of those steps. Idempotent, so that a newer graph
   * staged during an older one's hand-over keeps the one hold.
   */
  private pauseDrawing(on: boolean) {
    if (on === this.drawingPaused) return;
    this.drawingPaused = on;
    if (on) this.cy.startBatch();
    else this.cy.endBatch();
  }

  /**
   * Runs `work` on the graph with the hold lifted (within a batch held open, Cytoscape leaves the style of what changes
   * to the batch's end), then works out at once what the renderer would otherwise work out before its next drawing
   * (flushRenderedStyle) and holds it again. Each step of the hand-over so does its own share, in its own frame.
   */
  private withHoldLifted<T>(work: () => T): T {
    const paused = this.drawingPaused;
    this.pauseDrawing(false);
    try {
      return work();
    } finally {
      this.flushRenderedStyle();
      if (paused) this.pauseDrawing(true);
    }
  }

  /**
   * Lays the graph out from its remembered (else geographic) positions. Small graphs: fcose, at once, on the
   * page's thread (it is quick for them and gives the most compact picture). Large ones: the regional layout
   * in a worker, the page staying usable meanwhile. While the worker runs, the page hands the new graph to
   * Cytoscape out of sight (`stage`); once the positions arrive it moves the nodes to them (`place`) and places
   * the labels for the view to come, draws that view unseen a strip a frame over WARM_STRIPS frames (`drawUnseen`), then shows the whole
   * graph (docs/explorer.md, "Responsiveness at 2,000 nodes"). A newer graph asked for meanwhile makes the answer, and any hand-over still under way, stale.
   */
  private layOut(elements: ElementDefinition[]) {
    const started = performance.now();
    const request = ++this.layoutRequest;
    const nodes: LayoutNode[] = [];
    const edges: LayoutEdge[] = [];
    for (const e of elements) {
      if (e.group === 'edges') edges.push({ source: e.data.source!, target: e.data.target! });
      else if (e.data.kind !== 'region') {
        const size = e.data.kind === 'collaboration' ? (e.data.size as number) : FORCE_SIZE;
        nodes.push({ id: e.data.id!, parent: e.data.box, x: e.position!.x, y: e.position!.y, w: size, h: size });
      }
    }
    const finish = (algorithm: string, ms: number) => {
      this.cy.nodes(':childless').forEach((n) => void this.positions.set(n.id(), { ...n.position() }));
      performance.measure(`network-layout-${algorithm}`, { start: performance.now() - ms, duration: ms });
      this.element.dataset.layoutAlgorithm = algorithm;
      this.ready = true;
      this.laidOut();
    };
    if (nodes.length <= FCOSE_LIMIT) {
      this.replaceElements(elements);
      this.cy.layout({ ...FCOSE_OPTIONS, animate: false, fit: false } as cytoscape.LayoutOptions).run();
      this.cy.fit(undefined, 24);
      finish('fcose', performance.now() - started);
      this.say(undefined);
      performance.measure('network-layout', { start: started, end: performance.now() });
      this.element.dataset.layout = 'done';
      return;
    }
    this.ready = false;
    this.element.dataset.layout = 'running';
    // `note` says what went wrong and what is shown instead (none when all went well).
    const apply = async (response: LayoutResponse, staged: Promise<boolean>, note?: string) => {
      if (response.id !== this.layoutRequest) return;
      const received = performance.now();
      if (response.error) {
        console.warn(`The network layout failed (${response.error}); the nodes are drawn at their map positions.`);
        note = `The network could not be laid out (${response.error}): forces and collaborations are shown at their map positions, without region boxes.`;
      }
      const positions = response.positions;
      if (!(await staged)) return;
      // The region boxes, staged with the graph, are sized and placed before the nodes move.
      this.withHoldLifted(() => this.placeBoxes(response.boxes));
      if (!(await this.place(positions, request))) return;
      for (const e of elements) if (e.group === 'nodes' && positions[e.data.id!]) e.position = positions[e.data.id!];
      // The viewport is set from the positions the worker sent rather than by cy.fit(), which would compute the
      // style and bounding box of every element in one task (2.7 s of the 7 s task this replaced). The labels are
      // placed for it first, still out of sight, so that the picture is drawn with its labels from the start.
      const size = this.viewSize();
      const viewport = fittingViewport(elements, response.boxes, size.width, size.height, 24);
      // (in a frame of its own: after the last move's slice, the two made frames of 166–200 ms at loads of 7–15)
      await nextFrame();
      if (request !== this.layoutRequest) return;
      this.withHoldLifted(() => this.placeLabels({ zoom: viewport.zoom, extent: extentOf(viewport, size) }));
      await nextFrame();
      if (request !== this.layoutRequest) return;
      if (!(await this.drawUnseen(viewport, request))) return;
      this.thaw();
      this.say(note);
      finish(response.error ? 'map-positions' : 'regional', response.ms);
      performance.measure('network-layout', { start: started, end: performance.now() });
      // the page's own share: moving the staged graph to its positions, drawing it, placing the labels
      performance.measure('network-layout-applied', { start: received, end: performance.now() });
      this.element.dataset.layout = 'done';
    };
    // Whatever fails while the graph is handed over, the hand-over ends: the graph is shown as far as it got, with
    // a note, rather than the still copy staying up and the layout "running" for ever.
    const handOver = (response: LayoutResponse, staged: Promise<boolean>, note?: string) =>
      void apply(response, staged, note).catch((err: unknown) => {
        if (request !== this.layoutRequest) return;
        console.error('The network could not be drawn completely', err);
        // a throw inside Cytoscape's batch() leaves it open, and nothing is drawn while one is
        const core = this.cy as unknown as { batching(): boolean };
        while (core.batching()) this.cy.endBatch();
        this.drawingPaused = false;
        this.thaw();
        this.ready = true;
        this.say(`The network could not be drawn completely (${(err as Error)?.message ?? err}): what was drawn is shown.`);
        // whatever was drawn, in view (the view may still look away from it, where the hand-over stopped)
        try {
          this.cy.fit(undefined, 24);
        } catch (fitting) {
          console.error('The network could not be fitted to the view either', fitting);
        }
        this.element.dataset.layout = 'done';
      });
    // Room above each box for its heading (HEADING_PX, a line of it as placeLabels reserves, and its margin) in the
    // view it is first shown in, less that view's padding: the view's size, or the size it will have if hidden now.
    const size = this.viewSize();
    const heading = { px: HEADING_PX * 1.5 + 4, view: { width: size.width - 48, height: size.height - 48 } };
    // The layout on the page's own thread, where there is no worker or it failed: a pause of about a second at
    // 2,000 nodes, but a laid-out picture. Should the layout itself throw, the nodes keep their map positions.
    const onPage = (): LayoutResponse => {
      const t = performance.now();
      try {
        return { id: request, ...layOut({ id: request, nodes, edges, heading }), ms: performance.now() - t };
      } catch (err) {
        return { id: request, positions: {}, boxes: {}, ms: performance.now() - t, error: (err as Error)?.message ?? String(err) };
      }
    };
    const withoutWorker = (why: string) => `Laid out without the background worker, which ${why}: the page may pause while a large network is laid out.`;
    if (typeof Worker === 'undefined') return handOver(onPage(), this.stage(elements, request));
    let worker: Worker;
    // A worker still laying out an older graph would lay this one out only after it (as the time bar plays, a date
    // every 800 ms, they queue up): that work is stale, so the worker is let go and a new one takes this graph.
    if (this.workerAsked) {
      window.clearTimeout(this.workerAsked.patience);
      this.worker?.terminate();
      this.worker = undefined;
      this.workerAsked = undefined;
    }
    try {
      worker = this.worker ??= new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    } catch (err) {
      return handOver(onPage(), this.stage(elements, request), withoutWorker(`could not be started (${(err as Error)?.message ?? err})`));
    }
    // The worker starts first; the page stages the graph on its own thread meanwhile.
    worker.postMessage({ id: request, nodes, edges, heading } satisfies LayoutRequest);
    const staged = this.stage(elements, request);
    // (a failed hand-over is reported by handOver; this only keeps the browser from reporting it twice)
    staged.catch(() => undefined);
    // A worker whose script does not load, that throws outside its own try, whose answer cannot be read or that
    // does not answer within WORKER_PATIENCE_MS answers nothing: it is let go (the next layout starts a new one) and
    // this graph is laid out on the page. (A newer layout has its own handlers on the same worker: an older one's
    // patience running out leaves it alone.)
    const failed = (why: string) => {
      window.clearTimeout(patience);
      if (request !== this.layoutRequest) return;
      this.workerAsked = undefined;
      worker.terminate();
      if (this.worker === worker) this.worker = undefined;
      handOver(onPage(), staged, withoutWorker(why));
    };
    const patience = window.setTimeout(() => failed(`did not answer within ${WORKER_PATIENCE_MS / 1000} s`), WORKER_PATIENCE_MS);
    this.workerAsked = { request, patience };
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      if (event.data?.id === request) {
        window.clearTimeout(patience);
        if (this.workerAsked?.request === request) this.workerAsked = undefined;
      }
      handOver(event.data, staged);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      failed(event.message ? `failed (${event.message})` : 'could not be started');
    };
    worker.onmessageerror = () => failed('sent an answer that could not be read');
  }

  /** Zooms to a what-if's neighbourhood once, when it is first shown, so its marks are readable. */
  private focusImpact(impact: Scene['impact']) {
    const key = impactKey(impact);
    if (!impact || key === this.impactShown) {
      this.impactShown = key;
      return;
    }
    this.impactShown = key;
    const touched = this.cy.$id(FORCE + impact.leaving).union(this.cy.nodes().filter((n) => impact.nonViable.has(n.id().slice(COLLAB.length)) || impact.affected.has(n.id().slice(COLLAB.length))));
    const area = touched.closedNeighborhood().nodes(':childless');
    if (area.empty()) return;
    this.cy.fit(area, 60);
    // A tight neighbourhood would otherwise be blown up to the maximum zoom.
    const box = area.boundingBox({});
    if (this.cy.zoom() > 1.6) this.cy.zoom({ level: 1.6, position: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } });
  }

  private restyle(scene: Scene) {
    const { state, impact } = scene;
    const cy = this.cy;
    cy.batch(() => {
      // Each mark is moved only where it changes: Cytoscape (3.34) restyles every element a class is added to or
      // removed from, and fading is most of the graph, so selecting another collaboration while one is selected
      // restyles the two neighbourhoods, not the ~5,000 elements that stay faded.
      const marked = new Map<string, cytoscape.Collection>(MARKS.map((c) => [c, cy.collection()]));
      const mark = (c: string, eles: cytoscape.Collection) => marked.set(c, marked.get(c)!.union(eles));
      const focus = scene.focusForce ? cy.$id(FORCE + scene.focusForce) : state.collab ? cy.$id(COLLAB + state.collab) : undefined;
      let near: cytoscape.Collection | undefined;
      if (focus && focus.nonempty() && !impact) {
        const closed = focus.closedNeighborhood();
        near = closed.union(closed.parents());
        // (fading most of the graph by a class restyled every element of it: a frame of 316–383 ms at 2,000 nodes)
        if (!this.veil(near)) mark('faded', cy.elements().not(near));
        mark('selected', focus);
      }
      if (!near) this.veil(undefined);
      for (const id of scene.hits) mark('hit', cy.$id(FORCE + id).union(cy.$id(COLLAB + id)));
      for (const id of scene.differing) mark('differs', cy.$id(FORCE + id));
      if (impact) {
        mark('leaving', cy.$id(FORCE + impact.leaving));
        for (const id of impact.nonViable) mark('nonviable', cy.$id(COLLAB + id));
        for (const id of impact.affected) mark('affected', cy.$id(COLLAB + id));
        for (const id of impact.isolated) mark('isolated', cy.$id(FORCE + id));
        for (const id of impact.payingMore) mark('paying', cy.$id(FORCE + id));
      }
      for (const [c, wanted] of marked) {
        const has = cy.elements(`.${c}`);
        has.not(wanted).removeClass(c);
        wanted.not(has).addClass(c);
      }
      // (a graph still being laid out is focused once it is: laidOut() restyles it)
      if (this.ready) this.focusImpact(impact);
      // Only changed colours are written: every write restyles the node, which adds up at 2,000 nodes.
      this.cy.nodes(`[kind = "force"]`).forEach((n) => {
        const colour = scene.colourOfForce(n.id().slice(FORCE.length));
        if (n.data('colour') !== colour) n.data('colour', colour);
      });
    });
  }
}

/** Resolves after the next frame has been drawn (a timeout after the animation frame lets the browser paint). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The viewport fitting the laid-out nodes (each a circle of its drawn size) and the region boxes. */
function fittingViewport(elements: ElementDefinition[], boxes: Record<string, Box>, width: number, height: number, padding: number) {
  const discs = elements
    .filter((e) => e.group !== 'edges' && e.position)
    .map((e) => ({ ...e.position!, r: (e.data.kind === 'collaboration' ? (e.data.size as number) : FORCE_SIZE) / 2 }));
  return viewportFitting([...Object.values(boxes), ...discs.map((d) => ({ x1: d.x - d.r, y1: d.y - d.r, x2: d.x + d.r, y2: d.y + d.r }))], { width, height, padding, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM });
}

/** The part of the network a what-if touches: the leaving force, its collaborations and their members. */
function impactKey(impact: Scene['impact']): string | undefined {
  return impact ? [impact.leaving, ...impact.nonViable, ...impact.affected].join('|') : undefined;
}

/**
 * The region boxes of a large graph, as plain nodes behind the others, sized and placed by the layout. (Small
 * graphs use Cytoscape's compound nodes, which size themselves; at 2,000 nodes their style bookkeeping cost the
 * page seconds, see docs/explorer.md.)
 */
function boxElements(boxes: Record<string, Box>): ElementDefinition[] {
  return Object.entries(boxes).map(([id, b]) => {
    const region = id.slice(REGION.length);
    return { group: 'nodes', data: { id, label: region, kind: 'region-box', colour: colourFor(region), w: b.x2 - b.x1, h: b.y2 - b.y1, fs: HEADING_PX }, position: { x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 }, selectable: false, grabbable: false };
  });
}

/**
 * Forces, collaborations and memberships. Each node carries the id of its region's box (`box`); it is also its
 * compound parent when the graph has at most `compoundLimit` nodes.
 */
function forceElements(scene: Scene, remembered: Map<string, { x: number; y: number }>, compoundLimit: number): ElementDefinition[] {
  const { model, state } = scene;
  const elements: ElementDefinition[] = [];
  const place = new Map<string, { x: number; y: number }>();
  const regions = new Set<string>();
  // Forces the API returned, plus (so the picture never loses a force) every register force in scope.
  const forceIds = new Set(model.forces.map((f) => f.id));
  const forces = [...model.forces.map((f) => ({ id: f.id, name: f.label, region: f.region, lat: f.lat, lon: f.lon }))];
  for (const f of scene.forces) {
    if (forceIds.has(f.id) || (state.region && f.region !== state.region)) continue;
    forces.push({ id: f.id, name: f.name, region: f.region, lat: f.hq?.lat, lon: f.hq?.lon });
  }
  const compound = forces.length + model.collaborations.length <= compoundLimit;
  for (const f of forces) {
    const region = f.region ?? scene.regionOf(f.id) ?? 'Unknown';
    regions.add(region);
    const geo = f.lon !== undefined && f.lat !== undefined ? project([f.lon, f.lat]) : null;
    const position = remembered.get(FORCE + f.id) ?? (geo ? { x: geo[0], y: geo[1] } : { x: 0, y: 0 });
    place.set(f.id, position);
    const box = REGION + region;
    elements.push({ group: 'nodes', data: { id: FORCE + f.id, label: shortName(f.name), kind: 'force', box, parent: compound ? box : undefined, colour: scene.colourOfForce(f.id), fs: LABEL_PX }, position: { ...position }, classes: 'label-hidden' });
  }
  if (compound) {
    for (const region of regions) elements.push({ group: 'nodes', data: { id: REGION + region, label: region, kind: 'region', colour: colourFor(region), fs: HEADING_PX } });
  }
  for (const c of model.collaborations) {
    const members = c.members.filter((m) => place.has(m.force));
    const points = members.map((m) => place.get(m.force)!);
    const centre = points.length ? { x: avg(points.map((p) => p.x)), y: avg(points.map((p) => p.y)) } : { x: 0, y: 0 };
    const memberRegions = new Set(members.map((m) => scene.regionOf(m.force)));
    // A collaboration within one region sits in that region's box; one across regions sits between them.
    const box = memberRegions.size === 1 ? REGION + [...memberRegions][0] : undefined;
    elements.push({
      group: 'nodes',
      data: { id: COLLAB + c.id, label: c.label.replace(/\s*\(([^)]+)\)\s*$/, ''), short: abbreviation(c.label), kind: 'collaboration', scope: c.scope, size: 14 + 3 * Math.sqrt(members.length), box, parent: compound ? box : undefined, fs: LABEL_PX },
      classes: 'label-hidden',
      position: remembered.get(COLLAB + c.id) ?? centre,
    });
    for (const m of members) {
      elements.push({ group: 'edges', data: { id: `e:${c.id}:${m.force}`, source: FORCE + m.force, target: COLLAB + c.id, role: m.role ?? 'member' } });
    }
  }
  return elements;
}

function regionElements(scene: Scene): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const maxWeight = Math.max(1, ...scene.model.regionLinks.map((e) => e.weight ?? 1));
  for (const r of scene.model.regions) {
    const name = r.region ?? r.label;
    const geo = r.lon !== undefined && r.lat !== undefined ? project([r.lon, r.lat]) : [0, 0];
    elements.push({ group: 'nodes', data: { id: REGION + r.id, label: name, kind: 'region-node', openable: true, colour: colourFor(name), size: 30 + 6 * Math.sqrt(r.weight ?? 1) }, position: { x: geo![0], y: geo![1] } });
  }
  for (const e of scene.model.regionLinks) {
    elements.push({ group: 'edges', data: { id: `l:${e.source}:${e.target}`, source: REGION + e.source, target: REGION + e.target, width: 1 + (9 * (e.weight ?? 1)) / maxWeight, label: String(e.weight ?? '') } });
  }
  return elements;
}

/** "North West Motorway Police Group (NWMPG)" → "NWMPG"; names without an abbreviation keep a short form. */
export function abbreviation(name: string): string {
  const bracket = /\(([^)]+)\)\s*$/.exec(name);
  if (bracket) return bracket[1];
  return name.length > 22 ? name.slice(0, 20) + '…' : name;
}

const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** What a screen reader says for the node under the keyboard cursor. */
function describe(node: cytoscape.NodeSingular): string {
  const kind = node.data('kind');
  const neighbours = node.neighborhood().nodes();
  if (kind === 'force') {
    const region = String(node.data('box') ?? '').slice(REGION.length);
    return `${node.data('label')}, force${region ? ` in ${region}` : ''}, in ${neighbours.length} collaboration${neighbours.length === 1 ? '' : 's'}. Enter opens it.`;
  }
  if (kind === 'collaboration') return `${node.data('label')}, collaboration of ${neighbours.length} forces: ${neighbours.map((n) => n.data('label')).slice(0, 8).join(', ')}. Enter opens it.`;
  return `${node.data('label')}, region. Enter opens it.`;
}
