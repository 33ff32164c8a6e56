import type { Graph, GraphEdge, GraphNode } from '../api/types';
import type { ViewState } from './view-state';

// The API's node/edge lists, reshaped into what both views draw: forces, collaborations with their members
// (as of the graph's date), and at region level the regions and the links between them. The few filters the
// API does not take (kind, and a guard on national scope) are applied here.

export interface MemberLink {
  force: string;
  role?: string;
  costShare?: number;
}

export interface CollaborationNode extends GraphNode {
  members: MemberLink[];
}

export interface GraphModel {
  forces: GraphNode[];
  collaborations: CollaborationNode[];
  regions: GraphNode[];
  regionLinks: GraphEdge[];
  truncated: boolean;
  totalNodes: number;
}

export function buildModel(graph: Graph, state: Pick<ViewState, 'kind' | 'national'>): GraphModel {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const collaborations = new Map<string, CollaborationNode>();
  for (const node of graph.nodes) {
    if (node.type !== 'collaboration') continue;
    if (state.kind && node.kind !== state.kind) continue;
    if (!state.national && node.scope === 'national') continue;
    collaborations.set(node.id, { ...node, members: [] });
  }
  for (const edge of graph.edges) {
    if (edge.type !== 'member') continue;
    // The contract does not fix the direction of a member edge, so whichever end is a force is the member.
    const [forceId, collabId] = byId.get(edge.source)?.type === 'force' ? [edge.source, edge.target] : [edge.target, edge.source];
    collaborations.get(collabId)?.members.push({ force: forceId, role: edge.role, costShare: edge.costShare });
  }
  return {
    forces: graph.nodes.filter((n) => n.type === 'force'),
    collaborations: [...collaborations.values()].sort((a, b) => a.label.localeCompare(b.label, 'en-GB', { numeric: true })),
    regions: graph.nodes.filter((n) => n.type === 'region'),
    regionLinks: graph.edges.filter((e) => e.type === 'region-link'),
    truncated: graph.truncated,
    totalNodes: graph.totalNodes,
  };
}

/** Case- and accent-insensitive match of a search text against a name or id. */
export function matches(query: string | undefined, ...texts: (string | undefined)[]): boolean {
  if (!query) return false;
  const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  const q = fold(query.trim());
  return q.length > 0 && texts.some((t) => t !== undefined && fold(t).includes(q));
}

/** The forces a region-level or filtered view should still place on the map: all of them, or one region's. */
export function forcesInScope<T extends { region?: string }>(forces: T[], region: string | undefined): T[] {
  return region ? forces.filter((f) => f.region === region) : forces;
}

/** The region every member shares, or undefined for a collaboration across regions. */
export function commonRegion(members: MemberLink[], regionOf: (force: string) => string | undefined): string | undefined {
  const regions = new Set(members.map((m) => regionOf(m.force)));
  return regions.size === 1 ? [...regions][0] : undefined;
}
