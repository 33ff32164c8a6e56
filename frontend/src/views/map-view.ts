import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import outline from 'virtual:outline';
import { outline as hullOf, outlinePath, centroid, type Point } from '../model/hull';
import { NEUTRAL, colourFor } from '../model/regions';
import { s } from '../ui/dom';
import type { Force } from '../api/types';
import type { CollaborationNode } from '../model/graph-model';
import { resolvedCopy } from './svg-export';
import { shortName, type GraphView, type Scene, type SelectHandler } from './scene';
import { IDENTITY, apply, attachZoom, reveal, type Area, type Transform } from './zoom';
import { placeLabels, textWidth, type LabelRequest } from '../model/labels';
import { directionOf, nearestInDirection, type Direction } from '../model/spatial-nav';
import type { Box } from '../model/regional-layout';

// The map: coastline, forces at their HQs coloured by region (or community), each collaboration as a padded
// hull around its members with a hub at their centroid. At region level, one bubble per region and lines whose
// width is the number of collaborations two regions share.

const WIDTH = 700;
const HEIGHT = 860;
// England and Wales, with a margin, in longitude/latitude: the projection is fitted to this frame.
const FRAME = { type: 'MultiPoint' as const, coordinates: [[-5.9, 49.85], [1.9, 55.9]] };
const HULL_PAD = 11;
// On screen, whatever the window's size or the zoom: labels this many pixels high, force markers this radius.
const LABEL_PX = 12;
const MARKER_PX = 6;

export class MapView implements GraphView {
  readonly element: HTMLElement;
  private readonly svg: SVGSVGElement;
  private readonly land: SVGGElement;
  private readonly layer: SVGGElement;
  private readonly projection: GeoProjection;
  private transform: Transform = IDENTITY;
  private scene?: Scene;
  private frame = 0;
  /** The selection last brought into view. */
  private revealed?: string;
  /** The marker that Tab reaches (one per map, the arrow keys move it): "kind:id". */
  private current?: string;

  constructor(private readonly onSelect: SelectHandler) {
    this.projection = geoMercator().fitExtent([[16, 16], [WIDTH - 16, HEIGHT - 16]], FRAME);
    this.land = s('g', { class: 'map-land' });
    this.layer = s('g', { class: 'map-layer' });
    this.svg = s(
      'svg',
      {
        class: 'map-svg',
        id: 'map',
        viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
        preserveAspectRatio: 'xMidYMid meet',
        role: 'group',
        'aria-roledescription': 'map',
        'aria-label': 'Map of England and Wales. Arrow keys move between forces and collaborations, Enter opens one, plus and minus zoom.',
        tabindex: -1,
      },
      s('rect', { class: 'map-sea', x: -WIDTH, y: -HEIGHT, width: 3 * WIDTH, height: 3 * HEIGHT }),
      this.land,
      this.layer,
    );
    this.element = document.createElement('div');
    this.element.className = 'map-view';
    this.element.append(this.svg);
    this.drawLand();
    attachZoom(this.svg, () => this.transform, (t) => this.zoomTo(t));
    this.svg.addEventListener('click', (e) => this.clicked(e));
    // Labels and markers keep their size on screen: a new size of the window means drawing again.
    let resizeTimer = 0;
    new ResizeObserver(() => {
      window.clearTimeout(resizeTimer);
      resizeTimer = window.setTimeout(() => this.scene && !this.element.hidden && this.render(this.scene), 100);
    }).observe(this.element);
    this.svg.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') this.clicked(e);
      const direction = directionOf(e.key);
      if (direction) {
        e.preventDefault();
        this.move(direction);
      }
    });
    this.svg.addEventListener('focusin', (e) => {
      const target = (e.target as Element).closest<SVGElement>('[data-id]');
      if (target) this.current = keyOf(target);
    });
  }

  render(scene: Scene): void {
    this.scene = scene;
    const started = performance.now();
    this.revealSelection(scene);
    const hadFocus = this.layer.contains(document.activeElement);
    this.layer.replaceChildren(...(scene.state.level === 'region' ? this.regionLayer(scene) : this.forceLayer(scene)));
    this.rove(hadFocus);
    performance.measure('map-render', { start: started, end: performance.now() });
  }

  exportDrawing(): SVGSVGElement {
    return resolvedCopy(this.svg);
  }

  /** Viewport pixels per viewBox unit (the SVG is scaled to fit its box); 1 while hidden. */
  private pixelsPerUnit(): number {
    const rect = this.svg.getBoundingClientRect();
    return Math.min(rect.width / WIDTH, rect.height / HEIGHT) || 1;
  }

  /** The part of the viewBox actually on screen (the SVG is letterboxed), in viewBox units. */
  private visibleSize(): { width: number; height: number; dx: number; dy: number } {
    const rect = this.svg.getBoundingClientRect();
    const scale = this.pixelsPerUnit();
    const width = rect.width ? Math.min(WIDTH, rect.width / scale) : WIDTH;
    const height = rect.height ? Math.min(HEIGHT, rect.height / scale) : HEIGHT;
    return { width, height, dx: (WIDTH - width) / 2, dy: (HEIGHT - height) / 2 };
  }

  /** When a force or collaboration is newly selected and off screen (the map is zoomed), pan or zoom to it. */
  private revealSelection(scene: Scene) {
    const key = scene.focusForce ? `f:${scene.focusForce}` : scene.state.collab ? `c:${scene.state.collab}` : undefined;
    if (key === this.revealed) return;
    this.revealed = key;
    if (!key || this.transform === IDENTITY) return;
    const byId = new Map(forcesToDraw(scene).map((f) => [f.id, f]));
    const ids = scene.focusForce ? [scene.focusForce] : (scene.model.collaborations.find((c) => c.id === scene.state.collab)?.members.map((m) => m.force) ?? []);
    const points = ids.map((id) => byId.get(id)?.hq).filter((hq) => hq?.lon !== undefined && hq?.lat !== undefined).map((hq) => this.projection([hq!.lon!, hq!.lat!])!);
    if (!points.length) return;
    const area: Area = { x1: Math.min(...points.map((p) => p[0])), y1: Math.min(...points.map((p) => p[1])), x2: Math.max(...points.map((p) => p[0])), y2: Math.max(...points.map((p) => p[1])) };
    // The visible part of the viewBox is offset by the letterboxing: reveal within it.
    const view = this.visibleSize();
    const shifted = { ...this.transform, x: this.transform.x - view.dx, y: this.transform.y - view.dy };
    const next = reveal(shifted, area, view.width, view.height);
    if (next !== shifted) {
      this.transform = next === IDENTITY ? IDENTITY : { ...next, x: next.x + view.dx, y: next.y + view.dy };
      this.land.setAttribute('transform', `translate(${this.transform.x},${this.transform.y}) scale(${this.transform.k})`);
    }
  }

  /** Every marker that can take focus, in reading order of its kind (forces, then hubs, then regions). */
  private markers(): SVGElement[] {
    return Array.from(this.layer.querySelectorAll<SVGElement>('.map-force[data-id], .map-hub[data-id], .map-region[data-id]'));
  }

  /**
   * One tab stop for the whole map (a roving tabindex): the last marker focused, else the selected force, else
   * the first force. Drawing again replaces the markers, so focus is handed to the new one with the same id.
   */
  private rove(hadFocus: boolean) {
    const markers = this.markers();
    if (!markers.length) return;
    const selected = this.scene?.focusForce ? `force:${this.scene.focusForce}` : this.scene?.state.collab ? `collaboration:${this.scene.state.collab}` : undefined;
    const target = markers.find((m) => keyOf(m) === this.current) ?? markers.find((m) => keyOf(m) === selected) ?? markers[0];
    for (const m of markers) m.setAttribute('tabindex', m === target ? '0' : '-1');
    if (hadFocus) target.focus();
  }

  /** Moves focus to the nearest marker in the direction of an arrow key. */
  private move(direction: Direction) {
    const markers = this.markers();
    const spots = markers.map((m) => {
      const box = m.getBoundingClientRect();
      return { id: keyOf(m), x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    const from = spots.find((p) => p.id === this.current) ?? spots[0];
    if (!from) return;
    const next = this.current === undefined || document.activeElement === this.svg ? from : nearestInDirection(from, spots, direction);
    if (!next) return;
    const element = markers[spots.indexOf(next)];
    for (const m of markers) m.setAttribute('tabindex', m === element ? '0' : '-1');
    this.current = next.id;
    element.focus();
  }

  /** Focuses the map's current marker (the skip link lands here). */
  focus(): void {
    const markers = this.markers();
    (markers.find((m) => m.getAttribute('tabindex') === '0') ?? this.svg).focus();
  }

  private zoomTo(t: Transform) {
    this.transform = t;
    this.land.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
    // Re-projecting every marker per wheel event would be wasteful; once per animation frame is enough.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.scene && this.render(this.scene));
  }

  private drawLand() {
    const path = geoPath(this.projection);
    for (const country of outline.features) {
      this.land.append(s('path', { class: 'map-country', d: path(country) ?? '' }));
    }
  }

  private at(lon: number | undefined, lat: number | undefined): Point | undefined {
    if (lon === undefined || lat === undefined) return undefined;
    const p = this.projection([lon, lat]);
    return p ? apply(this.transform, p as Point) : undefined;
  }

  private clicked(e: Event) {
    const target = (e.target as Element).closest<SVGElement>('[data-id]');
    if (!target) return;
    e.preventDefault();
    this.onSelect(target.dataset.kind as 'force' | 'collaboration' | 'region', target.dataset.id!);
  }

  private forceLayer(scene: Scene): SVGElement[] {
    const { state, model, impact } = scene;
    const forces = forcesToDraw(scene);
    const position = new Map<string, Point>();
    for (const f of forces) {
      const p = this.at(f.hq?.lon, f.hq?.lat);
      if (p) position.set(f.id, p);
    }
    const selectedCollabs = new Set<string>();
    if (state.collab) selectedCollabs.add(state.collab);
    const focusForce = scene.focusForce;
    if (focusForce) for (const c of model.collaborations) if (c.members.some((m) => m.force === focusForce)) selectedCollabs.add(c.id);
    const focus = selectedCollabs.size > 0 || !!impact;

    const hulls = s('g', { class: 'map-hulls' });
    const spokes = s('g', { class: 'map-spokes' });
    const hubs = s('g', { class: 'map-hubs' });
    // Large hulls first, so the small ones they contain are drawn on top and stay visible.
    const shapes = model.collaborations
      .map((c) => ({ c, points: c.members.map((m) => position.get(m.force)).filter((p): p is Point => !!p) }))
      .sort((a, b) => spread(b.points) - spread(a.points));
    for (const { c, points } of shapes) {
      const shape = hullOf(points);
      if (shape.kind === 'none') continue;
      const colour = this.hullColour(c, scene);
      const classes = ['map-hull', ...this.impactClasses(c.id, scene)];
      if (selectedCollabs.has(c.id)) classes.push('map-selected');
      else if (focus && !impact) classes.push('map-faded');
      if (scene.hits.has(c.id)) classes.push('map-hit');
      hulls.append(s('path', { class: classes.join(' '), d: outlinePath(shape), fill: colour, stroke: colour, 'stroke-width': HULL_PAD * 2 }));
      const hub = centroid(points)!;
      if (selectedCollabs.has(c.id) || scene.hits.has(c.id) || impact?.nonViable.has(c.id) || impact?.affected.has(c.id)) {
        for (const p of points) spokes.append(s('line', { class: 'map-spoke', x1: hub[0], y1: hub[1], x2: p[0], y2: p[1], stroke: colour }));
      }
      const r = 4 + Math.min(6, c.members.length);
      hubs.append(
        s(
          'g',
          { class: ['map-hub', ...classes.slice(1)].join(' '), 'data-id': c.id, 'data-kind': 'collaboration', transform: `translate(${hub[0]},${hub[1]})`, tabindex: -1, role: 'button', 'aria-label': `${c.label}, collaboration of ${c.members.length} members` },
          s('title', {}, `${c.label}\n${c.kind ?? ''} · ${c.scope ?? ''} · ${c.members.length} members`),
          s('rect', { x: -r / 1.4, y: -r / 1.4, width: (2 * r) / 1.4, height: (2 * r) / 1.4, transform: 'rotate(45)', fill: colour }),
        ),
      );
    }

    const markers = s('g', { class: 'map-forces' });
    const labels = s('g', { class: 'map-labels' });
    const unit = this.pixelsPerUnit();
    const r = MARKER_PX / unit;
    const fontSize = LABEL_PX / unit;
    const degree = new Map<string, number>();
    for (const c of model.collaborations) for (const m of c.members) degree.set(m.force, (degree.get(m.force) ?? 0) + 1);
    const requests: LabelRequest[] = [];
    const obstacles: { id: string; box: Box }[] = [];
    for (const hub of hubs.querySelectorAll<SVGGElement>('.map-hub')) {
      const [x, y] = (hub.getAttribute('transform') ?? '').match(/-?[\d.]+/g)!.map(Number);
      obstacles.push({ id: `hub:${hub.dataset.id}`, box: { x1: x - 6, y1: y - 6, x2: x + 6, y2: y + 6 } });
    }
    const names = new Map<string, string>();
    for (const f of forces) {
      const p = position.get(f.id);
      if (!p) continue;
      const classes = ['map-force'];
      if (state.region && f.region !== state.region) classes.push('map-out-of-scope');
      if (focusForce === f.id) classes.push('map-selected');
      if (scene.hits.has(f.id)) classes.push('map-hit');
      if (scene.differing.has(f.id)) classes.push('map-differs');
      if (impact) {
        if (impact.leaving === f.id) classes.push('map-leaving');
        if (impact.isolated.has(f.id)) classes.push('map-isolated');
        if (impact.payingMore.has(f.id)) classes.push('map-paying');
      }
      markers.append(
        s(
          'g',
          { class: classes.join(' '), 'data-id': f.id, 'data-kind': 'force', 'data-region': f.region, transform: `translate(${p[0]},${p[1]})`, tabindex: -1, role: 'button', 'aria-label': `${f.name}, ${f.region}` },
          s('title', {}, `${f.name}\n${f.region}${f.hq?.town ? ` · HQ ${f.hq.town}` : ''}`),
          s('circle', { r, fill: scene.colourOfForce(f.id) }),
        ),
      );
      obstacles.push({ id: f.id, box: { x1: p[0] - r, y1: p[1] - r, x2: p[0] + r, y2: p[1] + r } });
      const pinned = focusForce === f.id || scene.hits.has(f.id) || (impact && (impact.leaving === f.id || impact.isolated.has(f.id) || impact.payingMore.has(f.id)));
      if (!pinned && state.region && f.region !== state.region) continue;
      const name = shortName(f.name);
      names.set(f.id, name);
      const w = textWidth(name, fontSize);
      const h = fontSize * 1.2;
      const gap = r + 3 / unit;
      const [x, y] = p;
      requests.push({
        id: f.id,
        priority: (pinned ? 1000 : 0) + (degree.get(f.id) ?? 0),
        // Right of the marker, then left, above, below.
        positions: [
          { x1: x + gap, y1: y - h / 2, x2: x + gap + w, y2: y + h / 2 },
          { x1: x - gap - w, y1: y - h / 2, x2: x - gap, y2: y + h / 2 },
          { x1: x - w / 2, y1: y - gap - h, x2: x + w / 2, y2: y - gap },
          { x1: x - w / 2, y1: y + gap, x2: x + w / 2, y2: y + gap + h },
        ],
      });
    }
    for (const placed of placeLabels(requests, obstacles)) {
      const b = placed.box;
      const pinned = focusForce === placed.id || scene.hits.has(placed.id);
      labels.append(
        s('text', { class: pinned ? 'map-label map-label-strong' : 'map-label', 'data-for': placed.id, x: (b.x1 + b.x2) / 2, y: b.y2 - fontSize * 0.3, 'text-anchor': 'middle', style: `font-size:${fontSize.toFixed(2)}px;stroke-width:${(3 / unit).toFixed(2)}px` }, names.get(placed.id)!),
      );
    }
    return [hulls, spokes, hubs, labels, markers];
  }

  private regionLayer(scene: Scene): SVGElement[] {
    const links = s('g', { class: 'map-region-links' });
    const bubbles = s('g', { class: 'map-regions' });
    const position = new Map<string, Point>();
    for (const r of scene.model.regions) {
      const p = this.at(r.lon, r.lat);
      if (p) position.set(r.id, p);
    }
    const maxWeight = Math.max(1, ...scene.model.regionLinks.map((e) => e.weight ?? 1));
    for (const e of scene.model.regionLinks) {
      const a = position.get(e.source);
      const b = position.get(e.target);
      if (!a || !b) continue;
      links.append(
        s('line', { class: 'map-region-link', x1: a[0], y1: a[1], x2: b[0], y2: b[1], 'stroke-width': 1 + (7 * (e.weight ?? 1)) / maxWeight }, s('title', {}, `${e.weight ?? 1} shared collaborations`)),
      );
    }
    for (const r of scene.model.regions) {
      const p = position.get(r.id);
      if (!p) continue;
      const name = r.region ?? r.label;
      bubbles.append(
        s(
          'g',
          { class: 'map-region', 'data-id': name, 'data-kind': 'region', transform: `translate(${p[0]},${p[1]})`, tabindex: -1, role: 'button', 'aria-label': `Open region ${name}` },
          s('title', {}, `${name}: open this region`),
          s('circle', { r: 12 + 2 * Math.sqrt(r.weight ?? 1), fill: colourFor(name) }),
          s('text', { class: 'map-label map-label-strong', y: 4, 'text-anchor': 'middle' }, name),
        ),
      );
    }
    return [links, bubbles];
  }

  private hullColour(c: CollaborationNode, scene: Scene): string {
    const colours = new Set(c.members.map((m) => scene.colourOfForce(m.force)));
    return colours.size === 1 ? [...colours][0] : NEUTRAL;
  }

  private impactClasses(id: string, scene: Scene): string[] {
    if (!scene.impact) return [];
    if (scene.impact.nonViable.has(id)) return ['map-nonviable'];
    if (scene.impact.affected.has(id)) return ['map-affected'];
    return ['map-faded'];
  }
}

/** Every register force, plus any force the graph has that the register list did not (it is capped). */
function forcesToDraw(scene: Scene): Force[] {
  const known = new Set(scene.forces.map((f) => f.id));
  const extra = scene.model.forces
    .filter((n) => !known.has(n.id))
    .map((n) => ({ id: n.id, name: n.label, region: n.region ?? '', hq: { lat: n.lat, lon: n.lon } }));
  return extra.length ? [...scene.forces, ...extra] : scene.forces;
}

/** A rough size of a point set, used only to order hulls from large to small. */
function spread(points: Point[]): number {
  if (points.length < 2) return 0;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys)) + Math.max(...xs) - Math.min(...xs);
}

const keyOf = (el: Element) => `${(el as SVGElement).dataset.kind}:${(el as SVGElement).dataset.id}`;
