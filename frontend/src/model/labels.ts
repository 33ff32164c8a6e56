import type { Box } from './regional-layout';

// Which labels to show so that none overlaps another label or a marker: the greedy fixed-position placement
// that maps use (each label tries its candidate positions in order, most important labels first, and is left
// out when every position collides). A uniform grid finds the neighbours, so 2,000 labels take milliseconds.

export interface LabelRequest {
  id: string;
  /** Where the label may go, best first (e.g. right of its marker, then left, above, below). */
  positions: Box[];
  /** Higher goes first; pinned labels (the selection, search hits) should get the highest. */
  priority: number;
}

export interface Placed {
  id: string;
  /** Index into the request's positions. */
  position: number;
  box: Box;
}

/** An estimate of a label's width, for fonts like the page's sans-serif (average glyph ≈ 0.6 em, plus a little room). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6 + fontSize * 0.3;
}

/**
 * Places labels greedily by priority (ties in the given order). `obstacles` (the markers) may not be covered,
 * except by the label of the marker they belong to (same id).
 */
export function placeLabels(requests: LabelRequest[], obstacles: { id: string; box: Box }[] = []): Placed[] {
  const sizes = requests.flatMap((r) => r.positions.map((b) => Math.max(b.x2 - b.x1, b.y2 - b.y1)));
  const cell = Math.max(1, median(sizes));
  const grid = new Map<string, { id: string; box: Box }[]>();
  const keys = (b: Box) => {
    const out: string[] = [];
    for (let gx = Math.floor(b.x1 / cell); gx <= Math.floor(b.x2 / cell); gx++) for (let gy = Math.floor(b.y1 / cell); gy <= Math.floor(b.y2 / cell); gy++) out.push(`${gx},${gy}`);
    return out;
  };
  const add = (item: { id: string; box: Box }) => {
    for (const k of keys(item.box)) (grid.get(k) ?? grid.set(k, []).get(k)!).push(item);
  };
  const collides = (id: string, b: Box) => keys(b).some((k) => grid.get(k)?.some((o) => o.id !== id && intersects(o.box, b)));
  for (const o of obstacles) add({ id: o.id, box: o.box });
  const order = requests.map((r, i) => ({ r, i })).sort((a, b) => b.r.priority - a.r.priority || a.i - b.i);
  const placed: Placed[] = [];
  for (const { r } of order) {
    const position = r.positions.findIndex((b) => !collides(r.id, b));
    if (position < 0) continue;
    const box = r.positions[position];
    // Once placed, a label is an obstacle for every other label, including its own marker's neighbours.
    add({ id: `label:${r.id}`, box });
    placed.push({ id: r.id, position, box });
  }
  return placed;
}

export function intersects(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function median(values: number[]): number {
  if (!values.length) return 1;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
