/// <reference lib="webworker" />
import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { regionalLayout, type Box, type LayoutEdge, type LayoutNode } from '../model/regional-layout';

// Lays out the network off the page's main thread, so the page never freezes while a layout runs: fcose for
// graphs of up to FCOSE_LIMIT nodes (its pictures are the most compact), the region-by-region d3-force layout
// above that (fcose needs 5–12 s at 2,000 nodes here; see model/regional-layout.ts and docs/explorer.md).
// Only plain node boxes and links travel in, only positions travel back.

cytoscape.use(fcose);

export const FCOSE_LIMIT = 300;

export interface LayoutRequest {
  id: number;
  nodes: LayoutNode[];
  /** Region boxes (compound parents) by id: fcose needs them as nodes. */
  parents: string[];
  edges: LayoutEdge[];
  fcose: LayoutOptions;
}

export interface LayoutResponse {
  id: number;
  positions: Record<string, { x: number; y: number }>;
  algorithm: 'fcose' | 'regional';
  /** The region boxes the regional layout placed (fcose's boxes are compound nodes that Cytoscape sizes). */
  boxes?: Record<string, Box>;
  ms: number;
  error?: string;
}

export function layOut(request: LayoutRequest): Omit<LayoutResponse, 'id' | 'ms'> {
  const { nodes, edges, parents } = request;
  if (nodes.length > FCOSE_LIMIT) {
    const { positions, boxes } = regionalLayout(nodes, edges);
    return { positions: Object.fromEntries(positions), boxes: Object.fromEntries(boxes), algorithm: 'regional' };
  }
  const elements: ElementDefinition[] = [
    ...parents.map((id) => ({ group: 'nodes' as const, data: { id } })),
    ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, parent: n.parent, w: n.w, h: n.h }, position: { x: n.x, y: n.y } })),
    ...edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
  ];
  const cy = cytoscape({ headless: true, styleEnabled: true, elements, style: [{ selector: 'node[w]', style: { width: 'data(w)', height: 'data(h)' } }] });
  cy.layout({ ...request.fcose, animate: false, fit: false } as LayoutOptions).run();
  const positions: LayoutResponse['positions'] = {};
  for (const n of nodes) positions[n.id] = { ...cy.$id(n.id).position() };
  cy.destroy();
  return { positions, algorithm: 'fcose' };
}

// In a worker (not when the page imports this module for its types or its fallback), answer requests.
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  self.onmessage = (event: MessageEvent<LayoutRequest>) => {
    const started = performance.now();
    try {
      self.postMessage({ id: event.data.id, ...layOut(event.data), ms: performance.now() - started } satisfies LayoutResponse);
    } catch (err) {
      self.postMessage({ id: event.data.id, positions: {}, algorithm: 'fcose', ms: performance.now() - started, error: (err as Error).message } satisfies LayoutResponse);
    }
  };
}
