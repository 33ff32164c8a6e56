// A made-up national-size register for the responsiveness test: forces spread over England and Wales in ten
// regions, and collaborations of 2–8 members drawn mostly from one region. Seeded, so every run measures the
// same graph.

interface Node {
  id: string;
  type: 'force' | 'collaboration';
  label: string;
  region?: string;
  lat?: number;
  lon?: number;
  kind?: string;
  scope?: string;
  status?: string;
  functions?: string[];
}

function random(seed: number): () => number {
  // A small linear congruential generator: enough spread for a test layout, and identical on every run.
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const REGIONS = ['North East', 'North West', 'Yorkshire and the Humber', 'East Midlands', 'West Midlands', 'Eastern', 'London', 'South East', 'South West', 'Wales'];
// Rough centres of the regions, in longitude/latitude.
const CENTRES: [number, number][] = [[-1.6, 54.9], [-2.6, 53.7], [-1.3, 53.8], [-0.9, 52.9], [-2.1, 52.5], [0.6, 52.3], [-0.1, 51.5], [-0.8, 51.2], [-3.3, 50.8], [-3.6, 52.1]];

export function syntheticGraph(forces: number, collaborations: number) {
  const next = random(20200701);
  const nodes: Node[] = [];
  const edges: { source: string; target: string; type: 'member'; role: string }[] = [];
  const byRegion: string[][] = REGIONS.map(() => []);
  for (let i = 0; i < forces; i++) {
    const r = i % REGIONS.length;
    const [lon, lat] = CENTRES[r];
    const id = `force-${i}`;
    byRegion[r].push(id);
    nodes.push({ id, type: 'force', label: `Force ${i}`, region: REGIONS[r], lat: lat + (next() - 0.5) * 1.2, lon: lon + (next() - 0.5) * 1.6 });
  }
  for (let i = 0; i < collaborations; i++) {
    const home = Math.floor(next() * REGIONS.length);
    const size = 2 + Math.floor(next() * 7);
    const members = new Set<string>();
    while (members.size < size) {
      // Four in five members come from the home region; the rest from anywhere.
      const r = next() < 0.8 ? home : Math.floor(next() * REGIONS.length);
      members.add(byRegion[r][Math.floor(next() * byRegion[r].length)]);
    }
    const id = `collab-${i}`;
    nodes.push({ id, type: 'collaboration', label: `Collaboration ${i}`, kind: 'shared service', scope: 'regional', status: 'active', functions: ['ict'] });
    [...members].forEach((force, k) => edges.push({ source: force, target: id, type: 'member', role: k === 0 ? 'host' : 'member' }));
  }
  return { nodes, edges, truncated: false, totalNodes: nodes.length };
}

/** The same forces as /api/forces would list them. */
export function syntheticForces(graph: ReturnType<typeof syntheticGraph>) {
  return graph.nodes.filter((n) => n.type === 'force').map((n) => ({ id: n.id, name: n.label, region: n.region, hq: { town: n.label, lat: n.lat, lon: n.lon } }));
}
