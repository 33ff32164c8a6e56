/// <reference lib="webworker" />
import { regionalLayout, type Box, type RegionalLayoutOptions, type LayoutEdge, type LayoutNode } from '../model/regional-layout';

// Lays out large networks off the page's main thread, so the page stays usable while it runs: the
// region-by-region d3-force layout (model/regional-layout.ts). Only plain node boxes and links travel in, only
// positions and region boxes travel back.

export interface LayoutRequest {
  id: number;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** The boxes' headings and the view they are first shown in (see RegionalLayoutOptions). */
  heading?: RegionalLayoutOptions['heading'];
}

export interface LayoutResponse {
  id: number;
  positions: Record<string, { x: number; y: number }>;
  boxes: Record<string, Box>;
  ms: number;
  error?: string;
}

export function layOut(request: LayoutRequest): Pick<LayoutResponse, 'positions' | 'boxes'> {
  const { positions, boxes } = regionalLayout(request.nodes, request.edges, { heading: request.heading });
  return { positions: Object.fromEntries(positions), boxes: Object.fromEntries(boxes) };
}

// In a worker (not when the page imports this module for its types or its fallback), answer requests.
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  self.onmessage = (event: MessageEvent<LayoutRequest>) => {
    const started = performance.now();
    try {
      self.postMessage({ id: event.data.id, ...layOut(event.data), ms: performance.now() - started } satisfies LayoutResponse);
    } catch (err) {
      self.postMessage({ id: event.data.id, positions: {}, boxes: {}, ms: performance.now() - started, error: (err as Error).message } satisfies LayoutResponse);
    }
  };
}
