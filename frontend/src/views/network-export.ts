import type { Core, NodeSingular, SingularElementArgument } from 'cytoscape';
import { s } from '../ui/dom';

// A vector copy of the network as drawn: region boxes, membership lines and node shapes, each with the colour,
// border and opacity Cytoscape computed for it (so selections, fading and what-if marks come out as on screen),
// and the labels Cytoscape shows at the current zoom (the hidden ones stay hidden: they would overlap).

const PAD = 24;

/** `fading` gives, where the page fades elements without Cytoscape's style (a veil), the opacity each is seen at. */
export function networkDrawing(cy: Core, fading?: (e: SingularElementArgument) => number): SVGSVGElement {
  const opacity = (e: SingularElementArgument) => e.effectiveOpacity() * (fading ? fading(e) : 1);
  const box = cy.elements().boundingBox({ includeLabels: true });
  const x0 = box.x1 - PAD;
  const y0 = box.y1 - PAD;
  const w = box.w + 2 * PAD;
  const h = box.h + 2 * PAD;
  const svg = s('svg', { viewBox: `${x0} ${y0} ${w} ${h}`, width: Math.round(w), height: Math.round(h) }, s('rect', { x: x0, y: y0, width: w, height: h, fill: '#ffffff' }));
  const boxes = s('g', { class: 'regions' });
  const lines = s('g', { class: 'links' });
  const shapes = s('g', { class: 'nodes' });
  const labels = s('g', { class: 'labels' });
  cy.nodes(':parent').union(cy.nodes('[kind = "region-box"]')).forEach((n) => {
    const b = n.boundingBox({ includeLabels: false });
    const colour = n.style('border-color');
    boxes.append(
      s('rect', { x: b.x1, y: b.y1, width: b.w, height: b.h, rx: 8, fill: n.style('background-color'), 'fill-opacity': n.numericStyle('background-opacity'), stroke: colour, 'stroke-width': n.numericStyle('border-width'), opacity: opacity(n) }),
    );
    label(labels, n, (b.x1 + b.x2) / 2, b.y1 - 4, 'middle', opacity(n));
  });
  cy.edges().forEach((e) => {
    const a = e.source().position();
    const b = e.target().position();
    const style = e.style('line-style');
    lines.append(
      s('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: e.style('line-color'), 'stroke-width': e.numericStyle('width'), opacity: opacity(e), 'stroke-dasharray': style === 'dashed' ? '6 3' : style === 'dotted' ? '1 3' : undefined }),
    );
  });
  cy.nodes(':childless').not('[kind = "region-box"]').forEach((n) => {
    const { x, y } = n.position();
    const r = n.width() / 2;
    const border = n.numericStyle('border-width');
    const common = { fill: n.style('background-color'), stroke: border > 0 ? n.style('border-color') : undefined, 'stroke-width': border || undefined, 'stroke-dasharray': n.style('border-style') === 'dashed' ? '4 2' : undefined, opacity: opacity(n) };
    shapes.append(n.style('shape') === 'diamond' ? s('polygon', { points: `${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`, ...common }) : s('circle', { cx: x, cy: y, r, ...common }));
    label(labels, n, x, y + r + Number(n.numericStyle('text-margin-y') ?? 0) + n.numericStyle('font-size'), 'middle', opacity(n));
  });
  svg.append(boxes, lines, shapes, labels);
  return svg;
}

function label(group: SVGGElement, n: NodeSingular, x: number, y: number, anchor: string, opacity: number) {
  const text = n.style('label');
  if (!text || n.numericStyle('text-opacity') === 0 || n.style('display') === 'none') return;
  group.append(
    s(
      'text',
      { x, y, 'text-anchor': anchor, 'font-size': n.numericStyle('font-size'), 'font-weight': n.style('font-weight'), fill: n.style('color'), stroke: '#ffffff', 'stroke-width': 2.5, 'stroke-linejoin': 'round', 'paint-order': 'stroke', opacity },
      text,
    ),
  );
}
