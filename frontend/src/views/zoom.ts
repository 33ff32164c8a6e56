// Pan and zoom for the SVG map, kept as a plain {k, x, y} transform: the map re-projects its points with it
// (rather than scaling a group) so markers and labels keep their size and spread apart as the user zooms in.

export interface Transform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: Transform = { k: 1, x: 0, y: 0 };
const MIN_K = 1;
const MAX_K = 12;

/** Zooms by `factor` keeping the point (px, py) fixed on screen. */
export function zoomAt(t: Transform, factor: number, px: number, py: number): Transform {
  const k = Math.min(MAX_K, Math.max(MIN_K, t.k * factor));
  const f = k / t.k;
  return { k, x: px - (px - t.x) * f, y: py - (py - t.y) * f };
}

export function apply(t: Transform, p: [number, number]): [number, number] {
  return [p[0] * t.k + t.x, p[1] * t.k + t.y];
}

/** Wires wheel, drag and keyboard (+, −, 0) zooming on an SVG whose viewBox is in the same units as points. */
export function attachZoom(svg: SVGSVGElement, get: () => Transform, set: (t: Transform) => void): void {
  const toViewBox = (clientX: number, clientY: number): [number, number] => {
    const rect = svg.getBoundingClientRect();
    const box = svg.viewBox.baseVal;
    // With preserveAspectRatio "meet" the drawing is letterboxed; undo that to find the viewBox point.
    const scale = Math.min(rect.width / box.width, rect.height / box.height);
    const offsetX = (rect.width - box.width * scale) / 2;
    const offsetY = (rect.height - box.height * scale) / 2;
    return [(clientX - rect.left - offsetX) / scale, (clientY - rect.top - offsetY) / scale];
  };
  svg.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const [px, py] = toViewBox(e.clientX, e.clientY);
      set(zoomAt(get(), Math.exp(-e.deltaY * 0.0015), px, py));
    },
    { passive: false },
  );
  let drag: { x: number; y: number; t: Transform } | undefined;
  svg.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || (e.target as Element).closest('[data-id]')) return;
    const [x, y] = toViewBox(e.clientX, e.clientY);
    drag = { x, y, t: get() };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const [x, y] = toViewBox(e.clientX, e.clientY);
    set({ ...drag.t, x: drag.t.x + x - drag.x, y: drag.t.y + y - drag.y });
  });
  const end = () => (drag = undefined);
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', end);
  svg.addEventListener('keydown', (e) => {
    const box = svg.viewBox.baseVal;
    if (e.key === '+' || e.key === '=') set(zoomAt(get(), 1.4, box.width / 2, box.height / 2));
    else if (e.key === '-') set(zoomAt(get(), 1 / 1.4, box.width / 2, box.height / 2));
    else if (e.key === '0') set(IDENTITY);
  });
}

/** An axis-aligned area in the map's unzoomed (viewBox) units. */
export interface Area {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The transform that brings an area into view: the current one when the area is already on screen (within
 * `margin` of the edges), else the same zoom panned to centre it, else zoomed out just enough to fit it.
 */
export function reveal(t: Transform, area: Area, width: number, height: number, margin = 40): Transform {
  const [x1, y1] = apply(t, [area.x1, area.y1]);
  const [x2, y2] = apply(t, [area.x2, area.y2]);
  if (x1 >= margin && y1 >= margin && x2 <= width - margin && y2 <= height - margin) return t;
  const fits = (k: number) => (area.x2 - area.x1) * k <= width - 2 * margin && (area.y2 - area.y1) * k <= height - 2 * margin;
  let k = t.k;
  if (!fits(k)) k = Math.max(MIN_K, Math.min((width - 2 * margin) / Math.max(area.x2 - area.x1, 1), (height - 2 * margin) / Math.max(area.y2 - area.y1, 1)));
  if (k <= MIN_K) return IDENTITY;
  const cx = (area.x1 + area.x2) / 2;
  const cy = (area.y1 + area.y2) / 2;
  return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}
