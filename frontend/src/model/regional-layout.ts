import { forceCollide, forceLink, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

// The network's layout for large graphs, run in a worker. fcose, which lays out the small ones, needs 5–12 s
// for 2,000 nodes in ten region boxes on this project's two-core machine (it runs until it converges: its
// iteration cap is raised to five times the node count), so large graphs are laid out region by region with
// d3-force (links, collision, a pull towards the start), starting from the map positions:
//   1. each region's forces and in-region collaborations are laid out on their own: links pull collaborations
//      to their members, collision keeps every node and its label clear of the others, and a gentle pull towards
//      where each started keeps the picture's geography (no many-body repulsion: collision spaces the nodes,
//      and leaving it out halves the time);
//   2. the region boxes, placed where their members started, are pushed apart until no two overlap;
//   3. collaborations that span regions go between their members, outside every box, clear of other nodes.
// test/regional-layout.test.ts checks the result against fcose on the same graph (overlaps, link lengths).

export interface LayoutNode {
  id: string;
  /** The region box the node sits in; none for a collaboration across regions. */
  parent?: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export interface RegionalLayoutOptions {
  /** Ideal length of a membership link. */
  linkDistance?: number;
  /** Simulation steps per region (d3-force's default cooling takes 300). */
  ticks?: number;
  /** Space kept around a node for its label. */
  labelRoom?: number;
  /** Room between a box's edge and its nodes, and between boxes. */
  padding?: number;
  /**
   * Each box's heading, drawn above it `px` high on screen whatever the zoom, in a view of this size: the boxes
   * are kept far enough apart for it at the zoom that fits them in the view (without it, only `padding`).
   */
  heading?: { px: number; view: { width: number; height: number } };
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

// Collision passes per simulation step. Most of the layout's time is d3's collision search (its quadtree visits):
// on the 2,000-node synthetic register one pass instead of two took the layout from 705-1,206 ms to 331-546 ms
// (five runs each, Node 20, 6 December 2026 01:01 UTC, load average 5-6) with no more overlapping nodes (27
// instead of 32) and the same mean link length (341 instead of 340); fewer steps instead (60-90) left two to three
// times as many overlaps.
const COLLIDE_ITERATIONS = 1;
// At most this many raises of the headings' room, each followed by a separation of the boxes.
const HEADING_ROUNDS = 6;

type SimNode = SimulationNodeDatum & { id: string; r: number; home: { x: number; y: number } };

export interface RegionalLayout {
  positions: Map<string, { x: number; y: number }>;
  /** Each region's box as placed (with its padding), by the parent id its nodes carry. */
  boxes: Map<string, Box>;
  /** The room kept above each box for its heading (plane units; 0 without the `heading` option). */
  headingRoom: number;
}

export function regionalLayout(nodes: LayoutNode[], edges: LayoutEdge[], options: RegionalLayoutOptions = {}): RegionalLayout {
  const linkDistance = options.linkDistance ?? 45;
  const ticks = options.ticks ?? 120;
  const labelRoom = options.labelRoom ?? 8;
  const padding = options.padding ?? 18;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const groups = new Map<string, LayoutNode[]>();
  const free: LayoutNode[] = [];
  for (const n of nodes) {
    if (n.parent === undefined) free.push(n);
    else (groups.get(n.parent) ?? groups.set(n.parent, []).get(n.parent)!).push(n);
  }
  const position = new Map<string, { x: number; y: number }>();

  // 1. Each region on its own.
  const boxes = new Map<string, Box>();
  const homes = new Map<string, { x: number; y: number }>();
  for (const [parent, members] of groups) {
    const ids = new Set(members.map((m) => m.id));
    const simNodes: SimNode[] = members.map((m) => ({ id: m.id, x: m.x, y: m.y, r: Math.max(m.w, m.h) / 2 + labelRoom, home: { x: m.x, y: m.y } }));
    const links = edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({ source: e.source, target: e.target }));
    simulate(simNodes, links, linkDistance, ticks);
    for (const n of simNodes) position.set(n.id, { x: n.x!, y: n.y! });
    boxes.set(parent, pad(boundsOf(simNodes), padding));
    homes.set(parent, mean(members));
  }

  // 2. Boxes where their members started, then apart (with room between them for the collaborations across).
  const toHome = new Map<string, { dx: number; dy: number }>();
  for (const [parent, box] of boxes) {
    const home = homes.get(parent)!;
    const dx = home.x - (box.x1 + box.x2) / 2;
    const dy = home.y - (box.y1 + box.y2) / 2;
    toHome.set(parent, { dx, dy });
    boxes.set(parent, shift(box, dx, dy));
  }
  // A heading's height on the plane is its height on screen over the zoom, and the zoom that fits the boxes in
  // the view falls as the room between them grows: so the room is worked out again (with a margin) until the
  // boxes, separated with it, leave enough. Every raise of the room is followed by a separation with it, the last
  // one too (when the rounds run out), so that the boxes are always apart by the room reported and kept clear.
  const gap = free.length ? 3 * padding : padding;
  const atHome = new Map(boxes);
  const separatedWith = (room: number) => {
    const withHeadings = new Map([...atHome].map(([k, b]) => [k, { ...b, y1: b.y1 - room }]));
    return { withHeadings, moved: separate(withHeadings, gap) };
  };
  let room = 0;
  let { withHeadings, moved } = separatedWith(room);
  // (a view with no area, such as a hidden one, has no zoom to work the room out for: the page sends the size the
  // view will have, see views/network-view.ts)
  const heading = options.heading && options.heading.view.width > 0 && options.heading.view.height > 0 ? options.heading : undefined;
  for (let round = 0; heading && round < HEADING_ROUNDS; round++) {
    const needed = heading.px / zoomFitting([...withHeadings.values()], heading.view);
    if (!(needed > room)) break;
    room = needed * 1.1;
    ({ withHeadings, moved } = separatedWith(room));
  }
  for (const [parent, box] of atHome) boxes.set(parent, shift(box, moved.get(parent)!.dx, moved.get(parent)!.dy));
  for (const [parent, members] of groups) {
    const dx = moved.get(parent)!.dx + toHome.get(parent)!.dx;
    const dy = moved.get(parent)!.dy + toHome.get(parent)!.dy;
    for (const m of members) {
      const p = position.get(m.id)!;
      position.set(m.id, { x: p.x + dx, y: p.y + dy });
    }
  }
  // the headings too: a collaboration across regions is kept off them
  const placedBoxes = [...boxes.values()].map((b) => ({ ...b, y1: b.y1 - room }));

  // 3. Collaborations across regions: between their members, outside the boxes, clear of each other.
  if (free.length) {
    const neighbours = new Map<string, string[]>();
    for (const e of edges) {
      for (const [a, b] of [[e.source, e.target], [e.target, e.source]]) {
        if (byId.get(a)?.parent === undefined && byId.has(b)) (neighbours.get(a) ?? neighbours.set(a, []).get(a)!).push(b);
      }
    }
    // Each pulled towards the middle of its members; the members stay where step 2 put them.
    const floating: SimNode[] = free.map((n) => {
      const around = (neighbours.get(n.id) ?? []).map((id) => position.get(id)).filter((p): p is { x: number; y: number } => !!p);
      const home = around.length ? mean(around) : { x: n.x, y: n.y };
      return { id: n.id, x: home.x, y: home.y, r: Math.max(n.w, n.h) / 2 + labelRoom, home };
    });
    const sim = forceSimulation<SimNode>(floating)
      .force('home', forceX<SimNode>((d) => d.home.x).strength(0.08))
      .force('homeY', forceY<SimNode>((d) => d.home.y).strength(0.08))
      .force('collide', forceCollide<SimNode>((d) => d.r).iterations(COLLIDE_ITERATIONS))
      .stop();
    // Boxes are a hard limit: after every step, a node that moved into one is put back out on its nearest side.
    for (let i = 0; i < ticks; i++) {
      sim.tick();
      for (const n of floating) {
        const p = outside({ x: n.x!, y: n.y! }, placedBoxes, n.r / 2 + padding / 2);
        n.x = p.x;
        n.y = p.y;
      }
    }
    for (const n of floating) position.set(n.id, { x: n.x!, y: n.y! });
  }
  return { positions: position, boxes, headingRoom: room };
}

function simulate(nodes: SimNode[], links: { source: string; target: string }[], distance: number, ticks: number) {
  const sim = forceSimulation<SimNode>(nodes)
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).id((d) => d.id).distance(distance))
    .force('home', forceX<SimNode>((d) => d.home.x).strength(0.04))
    .force('homeY', forceY<SimNode>((d) => d.home.y).strength(0.04))
    .force('collide', forceCollide<SimNode>((d) => d.r).iterations(COLLIDE_ITERATIONS))
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .stop();
  for (let i = 0; i < ticks; i++) sim.tick();
}

/** The nearest point to p that lies outside every box by at least r (trying each box's sides in turn). */
export function outside(p: { x: number; y: number }, boxes: Box[], r: number): { x: number; y: number } {
  let point = p;
  for (let round = 0; round < 4; round++) {
    const inside = boxes.find((b) => point.x > b.x1 - r && point.x < b.x2 + r && point.y > b.y1 - r && point.y < b.y2 + r);
    if (!inside) return point;
    const candidates = [
      { x: inside.x1 - r, y: point.y },
      { x: inside.x2 + r, y: point.y },
      { x: point.x, y: inside.y1 - r },
      { x: point.x, y: inside.y2 + r },
    ].sort((a, b) => Math.hypot(a.x - point.x, a.y - point.y) - Math.hypot(b.x - point.x, b.y - point.y));
    point = candidates.find((c) => !boxes.some((b) => c.x > b.x1 - r && c.x < b.x2 + r && c.y > b.y1 - r && c.y < b.y2 + r)) ?? candidates[0];
  }
  return point;
}

/**
 * Moves boxes apart until none overlap (with `gap` between them): each overlapping pair is pushed apart along
 * the axis where they overlap least, half each way, until a pass finds no overlap. Returns each box's move.
 */
export function separate(boxes: Map<string, Box>, gap: number): Map<string, { dx: number; dy: number }> {
  const keys = [...boxes.keys()].sort();
  const moves = new Map(keys.map((k) => [k, { dx: 0, dy: 0 }]));
  for (let pass = 0; pass < 500; pass++) {
    let overlapping = false;
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const a = boxes.get(keys[i])!;
        const b = boxes.get(keys[j])!;
        const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
        const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
        if (ox <= 0 || oy <= 0) continue;
        overlapping = true;
        const [dx, dy] = ox < oy ? [((a.x1 + a.x2 < b.x1 + b.x2 ? -1 : 1) * ox) / 2, 0] : [0, ((a.y1 + a.y2 < b.y1 + b.y2 ? -1 : 1) * oy) / 2];
        boxes.set(keys[i], shift(a, dx, dy));
        boxes.set(keys[j], shift(b, -dx, -dy));
        const ma = moves.get(keys[i])!;
        const mb = moves.get(keys[j])!;
        moves.set(keys[i], { dx: ma.dx + dx, dy: ma.dy + dy });
        moves.set(keys[j], { dx: mb.dx - dx, dy: mb.dy - dy });
      }
    }
    if (!overlapping) break;
  }
  return moves;
}

/** The zoom at which the boxes fill a view of this size (at most 1: a few small boxes are not blown up). */
function zoomFitting(boxes: Box[], view: { width: number; height: number }): number {
  const x1 = Math.min(...boxes.map((b) => b.x1));
  const y1 = Math.min(...boxes.map((b) => b.y1));
  const x2 = Math.max(...boxes.map((b) => b.x2));
  const y2 = Math.max(...boxes.map((b) => b.y2));
  return Math.min(1, view.width / Math.max(x2 - x1, 1), view.height / Math.max(y2 - y1, 1));
}

export function overlaps(a: Box, b: Box): boolean {
  return Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);
}

function boundsOf(nodes: SimNode[]): Box {
  let box: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const n of nodes) box = { x1: Math.min(box.x1, n.x! - n.r), y1: Math.min(box.y1, n.y! - n.r), x2: Math.max(box.x2, n.x! + n.r), y2: Math.max(box.y2, n.y! + n.r) };
  return box;
}

const pad = (b: Box, p: number): Box => ({ x1: b.x1 - p, y1: b.y1 - p, x2: b.x2 + p, y2: b.y2 + p });
const shift = (b: Box, dx: number, dy: number): Box => ({ x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy });

function mean(points: { x: number; y: number }[]): { x: number; y: number } {
  return { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length };
}
