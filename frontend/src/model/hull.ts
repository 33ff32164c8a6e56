import { polygonHull } from 'd3-polygon';

export type Point = [number, number];

/**
 * The outline that groups a collaboration's members on the map. Three or more members that are not all in a
 * line get their convex hull; two (or collinear ones) a segment between the extremes; one a point. The view
 * pads the shape with a thick round stroke, so each case reads as a "bubble" around the members.
 */
export type Outline = { kind: 'polygon'; points: Point[] } | { kind: 'segment'; points: [Point, Point] } | { kind: 'point'; points: [Point] } | { kind: 'none'; points: [] };

export function outline(points: Point[]): Outline {
  const distinct = dedupe(points);
  if (distinct.length === 0) return { kind: 'none', points: [] };
  if (distinct.length === 1) return { kind: 'point', points: [distinct[0]] };
  const hull = distinct.length >= 3 ? polygonHull(distinct) : null;
  if (hull && area(hull) > 1e-9) return { kind: 'polygon', points: hull };
  return { kind: 'segment', points: farthestPair(distinct) };
}

export function centroid(points: Point[]): Point | undefined {
  if (points.length === 0) return undefined;
  const sum = points.reduce((acc, p) => [acc[0] + p[0], acc[1] + p[1]], [0, 0]);
  return [sum[0] / points.length, sum[1] / points.length];
}

/** SVG path data for an outline; the caller strokes it wide with round joins to pad it. */
export function outlinePath(o: Outline): string {
  switch (o.kind) {
    case 'polygon':
      return 'M' + o.points.map((p) => `${fmt(p[0])},${fmt(p[1])}`).join('L') + 'Z';
    case 'segment':
      return `M${fmt(o.points[0][0])},${fmt(o.points[0][1])}L${fmt(o.points[1][0])},${fmt(o.points[1][1])}`;
    case 'point':
      // A zero-length segment: with a round cap it is drawn as a dot as wide as the stroke.
      return `M${fmt(o.points[0][0])},${fmt(o.points[0][1])}l0,0.01`;
    case 'none':
      return '';
  }
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

function dedupe(points: Point[]): Point[] {
  const seen = new Set<string>();
  return points.filter((p) => {
    const key = `${p[0].toFixed(3)},${p[1].toFixed(3)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function area(polygon: Point[]): number {
  let twice = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = polygon[i];
    const [x2, y2] = polygon[(i + 1) % polygon.length];
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice) / 2;
}

function farthestPair(points: Point[]): [Point, Point] {
  let best: [Point, Point] = [points[0], points[1] ?? points[0]];
  let bestDistance = -1;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const d = (points[i][0] - points[j][0]) ** 2 + (points[i][1] - points[j][1]) ** 2;
      if (d > bestDistance) {
        bestDistance = d;
        best = [points[i], points[j]];
      }
    }
  }
  return best;
}
