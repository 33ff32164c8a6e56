// Arrow-key navigation between things drawn on a plane (forces and hubs on the map, nodes of the network):
// from the current one, the nearest in the pressed direction, preferring those straight ahead over those off
// to the side (the cost of a candidate is its distance along the direction plus twice its distance across).

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Spot {
  id: string;
  x: number;
  y: number;
}

export function nearestInDirection(from: Spot, candidates: Spot[], direction: Direction): Spot | undefined {
  let best: Spot | undefined;
  let bestCost = Infinity;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const [along, across] = direction === 'right' ? [dx, dy] : direction === 'left' ? [-dx, dy] : direction === 'down' ? [dy, dx] : [-dy, dx];
    if (along <= 0) continue;
    const cost = along + 2 * Math.abs(across);
    if (cost < bestCost) {
      bestCost = cost;
      best = c;
    }
  }
  return best;
}

export function directionOf(key: string): Direction | undefined {
  return ({ ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const)[key as 'ArrowUp'];
}
