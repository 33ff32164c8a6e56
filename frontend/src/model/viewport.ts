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

/**
 * The size a view will be drawn at: its own when it has one; when it is hidden (0×0, say the map is showing) the
 * first of `stand-ins` that has one (the space it will be shown in, then the window), else a desktop's 1280×800.
 * A large network's layout keeps room for the region headings at the zoom this size gives (views/network-view.ts).
 */
export function drawnSize(own: { width: number; height: number }, ...standIns: ({ width: number; height: number } | undefined)[]): { width: number; height: number } {
  const sized = [own, ...standIns].find((s) => s !== undefined && s.width > 0 && s.height > 0);
  return sized ? { width: sized.width, height: sized.height } : { width: 1280, height: 800 };
}
