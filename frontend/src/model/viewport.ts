import type { Box } from './regional-layout';

export interface ViewportSize {
  width: number;
  height: number;
  /** Pixels left free on every side. */
  padding: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * The zoom and pan (Cytoscape's: rendered = model × zoom + pan) that show every box, centred, in a view of the
 * given size: what Cytoscape's `fit()` gives for elements with these bounding boxes, without asking Cytoscape
 * for them (which computes the style of every element at once; see docs/explorer.md, "Responsiveness at
 * 2,000 nodes").
 */
export function viewportFitting(boxes: Box[], size: ViewportSize): { zoom: number; pan: { x: number; y: number } } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x1);
    y1 = Math.min(y1, b.y1);
    x2 = Math.max(x2, b.x2);
    y2 = Math.max(y2, b.y2);
  }
  if (!Number.isFinite(x1)) return { zoom: 1, pan: { x: size.width / 2, y: size.height / 2 } };
  const fit = Math.min((size.width - 2 * size.padding) / Math.max(x2 - x1, 1), (size.height - 2 * size.padding) / Math.max(y2 - y1, 1));
  const zoom = Math.max(size.minZoom, Math.min(size.maxZoom, fit));
  return { zoom, pan: { x: (size.width - zoom * (x1 + x2)) / 2, y: (size.height - zoom * (y1 + y2)) / 2 } };
}

/**
 * The part of the plane a viewport shows in a view of the given size: what Cytoscape's `extent()` gives once the
 * viewport is set (labels are placed for it before it is, see views/network-view.ts).
 */
export function extentOf(viewport: { zoom: number; pan: { x: number; y: number } }, size: { width: number; height: number }): Box {
  const { zoom, pan } = viewport;
  return { x1: -pan.x / zoom, y1: -pan.y / zoom, x2: (size.width - pan.x) / zoom, y2: (size.height - pan.y) / zoom };
}
