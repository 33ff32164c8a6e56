import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { geoMercator } from 'd3-geo';
import { colourFor } from '../model/regions';
import { shortName, type GraphView, type Scene, type SelectHandler } from './scene';
import { NETWORK_STYLE } from './network-style';
import { networkDrawing } from './network-export';
import { FCOSE_LIMIT, layOut, type LayoutRequest, type LayoutResponse } from './layout-worker';
import type { Box, LayoutEdge, LayoutNode } from '../model/regional-layout';

cytoscape.use(fcose);

// The network: forces (circles) inside one box per region, collaborations (diamonds) linked to their members,
// laid out by fcose. Forces start from their map position so the layout keeps a familiar geography, and nodes
// that survive a change of date keep their place, so playing the time slider does not reshuffle the picture.

const FORCE = 'f:';
const COLLAB = 'c:';
const REGION = 'r:';
const FORCE_SIZE = 16;
// Bringing a selection into view zooms to its neighbourhood, but never closer than this (a tight neighbourhood
// would otherwise fill the screen), and leaves it alone when it is on screen at READABLE_ZOOM or more.
const MAX_REVEAL_ZOOM = 1.6;
const READABLE_ZOOM = 0.6;
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

const project = geoMercator().fitExtent([[0, 0], [900, 1100]], { type: 'MultiPoint', coordinates: [[-5.9, 49.85], [1.9, 55.9]] });

export class NetworkView implements GraphView {
  readonly element: HTMLElement;
  private instance?: Core;
  private modelShown?: object;
  private levelShown?: string;
  private readonly positions = new Map<string, { x: number; y: number }>();
  private worker?: Worker;
  private layoutRequest = 0;
  private impactShown?: string;
  /** The selection last brought into view, so that a re-render does not move the picture again. */
  private revealed?: string;
  private scene?: Scene;

  constructor(private readonly onSelect: SelectHandler) {
    this.element = document.createElement('div');
    this.element.className = 'network-view';
    this.element.setAttribute('role', 'img');
    this.element.setAttribute('aria-label', 'Network of forces and collaborations; use the list and search to select by keyboard');
  }

  /** Cytoscape measures its container when created, so it is created on first use, once the page is laid out. */
  private get cy(): Core {
    if (!this.instance) {
      this.instance = cytoscape({ container: this.element, style: NETWORK_STYLE, minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false });
      this.instance.on('tap', 'node', (e) => {
        const id: string = e.target.id();
        if (id.startsWith(FORCE)) this.onSelect('force', id.slice(FORCE.length));
        else if (id.startsWith(COLLAB)) this.onSelect('collaboration', id.slice(COLLAB.length));
        else if (id.startsWith(REGION) && e.target.data('openable')) this.onSelect('region', id.slice(REGION.length));
      });
    }
    return this.instance;
  }

  /** Called when the container changed size (the side panel opened or closed); the zoom is left as it is. */
  resized(): void {
    this.instance?.resize();
  }

  /** Called when the view becomes visible: a hidden container has no size, so cytoscape must measure again. */
  shown(): void {
    this.cy.resize();
    this.cy.fit(undefined, 24);
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
    if (this.element.dataset.layout === 'done') this.reveal(scene);
    performance.measure('network-render', { start: started, end: performance.now() });
  }

  /** Once the positions are final: show the what-if's neighbourhood, or the selection, if there is one. */
  private laidOut() {
    this.revealed = undefined;
    this.impactShown = undefined;
    if (this.scene) {
      this.focusImpact(this.scene.impact);
      this.reveal(this.scene);
    }
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

  exportDrawing(): SVGSVGElement {
    return networkDrawing(this.cy);
  }

  private rebuild(scene: Scene) {
    const elements = scene.state.level === 'region' ? regionElements(scene) : forceElements(scene, this.positions, FCOSE_LIMIT);
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
    const nodeCount = this.cy.nodes().length;
    this.element.dataset.nodes = String(nodeCount);
    if (scene.state.level === 'region') {
      this.cy.layout({ name: 'preset', fit: true, padding: 30 }).run();
      this.element.dataset.layout = 'done';
    } else {
      this.layOut(elements);
    }
  }

  /**
   * Lays the graph out from its current (geographic or remembered) positions in a worker, while the page shows
   * it at those positions and stays usable; a newer graph drawn meanwhile makes the answer stale.
   */
  private layOut(elements: ElementDefinition[]) {
    const nodes: LayoutNode[] = [];
    const parents: string[] = [];
    const edges: LayoutEdge[] = [];
    for (const e of elements) {
      if (e.group === 'edges') edges.push({ source: e.data.source!, target: e.data.target! });
      else if (e.data.kind === 'region') parents.push(e.data.id!);
      else {
        const size = e.data.kind === 'collaboration' ? (e.data.size as number) : FORCE_SIZE;
        nodes.push({ id: e.data.id!, parent: e.data.box, x: e.position!.x, y: e.position!.y, w: size, h: size });
      }
    }
    const request: LayoutRequest = { id: ++this.layoutRequest, nodes, parents, edges, fcose: FCOSE_OPTIONS };
    const started = performance.now();
    this.element.dataset.layout = 'running';
    const apply = (response: LayoutResponse) => {
      // A newer graph may have been drawn while this one was being laid out: its answer is stale.
      if (response.id !== this.layoutRequest) return;
      if (response.error) console.warn(`The network layout failed (${response.error}); the nodes stay at their map positions.`);
      const positions = response.positions;
      this.cy.batch(() => {
        this.cy.nodes(':childless').forEach((n) => void (positions[n.id()] && n.position(positions[n.id()])));
        this.cy.nodes('[kind = "region-box"]').remove();
        if (response.boxes) this.cy.add(boxElements(response.boxes));
      });
      this.cy.fit(undefined, 24);
      this.cy.nodes(':childless').forEach((n) => void this.positions.set(n.id(), { ...n.position() }));
      performance.measure('network-layout', { start: started, end: performance.now() });
      performance.measure(`network-layout-${response.algorithm}`, { start: performance.now() - response.ms, duration: response.ms });
      this.element.dataset.layoutAlgorithm = response.algorithm;
      this.element.dataset.layout = 'done';
      this.laidOut();
    };
    if (typeof Worker === 'undefined') {
      const t = performance.now();
      return apply({ id: request.id, ...layOut(request), ms: performance.now() - t });
    }
    this.cy.fit(undefined, 24);
    this.worker ??= new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<LayoutResponse>) => apply(event.data);
    this.worker.postMessage(request);
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
    this.cy.batch(() => {
      this.cy.elements().removeClass('selected faded hit nonviable affected leaving isolated paying differs');
      const focus = scene.focusForce ? this.cy.$id(FORCE + scene.focusForce) : state.collab ? this.cy.$id(COLLAB + state.collab) : undefined;
      if (focus && focus.nonempty() && !impact) {
        const near = focus.closedNeighborhood();
        this.cy.elements().not(near).not(near.parents()).addClass('faded');
        focus.addClass('selected');
      }
      for (const id of scene.hits) this.cy.$id(FORCE + id).union(this.cy.$id(COLLAB + id)).addClass('hit');
      for (const id of scene.differing) this.cy.$id(FORCE + id).addClass('differs');
      if (impact) {
        this.cy.$id(FORCE + impact.leaving).addClass('leaving');
        for (const id of impact.nonViable) this.cy.$id(COLLAB + id).addClass('nonviable');
        for (const id of impact.affected) this.cy.$id(COLLAB + id).addClass('affected');
        for (const id of impact.isolated) this.cy.$id(FORCE + id).addClass('isolated');
        for (const id of impact.payingMore) this.cy.$id(FORCE + id).addClass('paying');
      }
      this.focusImpact(impact);
      // Only changed colours are written: every write restyles the node, which adds up at 2,000 nodes.
      this.cy.nodes(`[kind = "force"]`).forEach((n) => {
        const colour = scene.colourOfForce(n.id().slice(FORCE.length));
        if (n.data('colour') !== colour) n.data('colour', colour);
      });
    });
  }
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
    return { group: 'nodes', data: { id, label: region, kind: 'region-box', colour: colourFor(region), w: b.x2 - b.x1, h: b.y2 - b.y1 }, position: { x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 }, selectable: false, grabbable: false };
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
    elements.push({ group: 'nodes', data: { id: FORCE + f.id, label: shortName(f.name), kind: 'force', box, parent: compound ? box : undefined, colour: scene.colourOfForce(f.id) }, position: { ...position } });
  }
  if (compound) {
    for (const region of regions) elements.push({ group: 'nodes', data: { id: REGION + region, label: region, kind: 'region', colour: colourFor(region) } });
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
      data: { id: COLLAB + c.id, label: c.label.replace(/\s*\(([^)]+)\)\s*$/, ''), short: abbreviation(c.label), kind: 'collaboration', scope: c.scope, size: 14 + 3 * Math.sqrt(members.length), box, parent: compound ? box : undefined },
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
