import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import outline from 'virtual:outline';
import { outline as hullOf, outlinePath, centroid, type Point } from '../model/hull';
import { NEUTRAL, colourFor } from '../model/regions';
import { s } from '../ui/dom';
import type { Force } from '../api/types';
import type { CollaborationNode } from '../model/graph-model';
import { resolvedCopy } from './svg-export';
import { shortName, type GraphView, type Scene, type SelectHandler } from './scene';
import { IDENTITY, apply, attachZoom, type Transform } from './zoom';

// The map: coastline, forces at their HQs coloured by region (or community), each collaboration as a padded
// hull around its members with a hub at their centroid. At region level, one bubble per region and lines whose
// width is the number of collaborations two regions share.

const WIDTH = 700;
const HEIGHT = 860;
// England and Wales, with a margin, in longitude/latitude: the projection is fitted to this frame.
const FRAME = { type: 'MultiPoint' as const, coordinates: [[-5.9, 49.85], [1.9, 55.9]] };
const HULL_PAD = 11;

export class MapView implements GraphView {
  readonly element: HTMLElement;
  private readonly svg: SVGSVGElement;
  private readonly land: SVGGElement;
  private readonly layer: SVGGElement;
  private readonly projection: GeoProjection;
  private transform: Transform = IDENTITY;
  private scene?: Scene;
  private frame = 0;

  constructor(private readonly onSelect: SelectHandler) {
    this.projection = geoMercator().fitExtent([[16, 16], [WIDTH - 16, HEIGHT - 16]], FRAME);
    this.land = s('g', { class: 'map-land' });
    this.layer = s('g', { class: 'map-layer' });
    this.svg = s(
      'svg',
      { class: 'map-svg', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: 'xMidYMid meet', role: 'group', 'aria-label': 'Map of England and Wales', tabindex: 0 },
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
    this.svg.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') this.clicked(e);
    });
  }

  render(scene: Scene): void {
    this.scene = scene;
    const started = performance.now();
    this.layer.replaceChildren(...(scene.state.level === 'region' ? this.regionLayer(scene) : this.forceLayer(scene)));
    performance.measure('map-render', { start: started, end: performance.now() });
  }

  exportDrawing(): SVGSVGElement {
    return resolvedCopy(this.svg);
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
          { class: ['map-hub', ...classes.slice(1)].join(' '), 'data-id': c.id, 'data-kind': 'collaboration', transform: `translate(${hub[0]},${hub[1]})`, tabindex: 0, role: 'button', 'aria-label': `${c.label}, ${c.members.length} members` },
          s('title', {}, `${c.label}\n${c.kind ?? ''} · ${c.scope ?? ''} · ${c.members.length} members`),
          s('rect', { x: -r / 1.4, y: -r / 1.4, width: (2 * r) / 1.4, height: (2 * r) / 1.4, transform: 'rotate(45)', fill: colour }),
        ),
      );
    }

    const markers = s('g', { class: 'map-forces' });
    const labels = s('g', { class: 'map-labels' });
    const showAllLabels = this.transform.k >= 1.6;
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
          { class: classes.join(' '), 'data-id': f.id, 'data-kind': 'force', 'data-region': f.region, transform: `translate(${p[0]},${p[1]})`, tabindex: 0, role: 'button', 'aria-label': `${f.name}, ${f.region}` },
          s('title', {}, `${f.name}\n${f.region}${f.hq?.town ? ` · HQ ${f.hq.town}` : ''}`),
          s('circle', { r: 6.5, fill: scene.colourOfForce(f.id) }),
        ),
      );
      const labelled = showAllLabels || focusForce === f.id || scene.hits.has(f.id) || (impact && (impact.leaving === f.id || impact.isolated.has(f.id) || impact.payingMore.has(f.id)));
      if (labelled || !state.region || f.region === state.region) {
        labels.append(s('text', { class: labelled ? 'map-label map-label-strong' : 'map-label', x: p[0] + 9, y: p[1] + 3.5 }, shortName(f.name)));
      }
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
          { class: 'map-region', 'data-id': name, 'data-kind': 'region', transform: `translate(${p[0]},${p[1]})`, tabindex: 0, role: 'button', 'aria-label': `Open region ${name}` },
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
