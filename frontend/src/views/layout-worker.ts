/// <reference lib="webworker" />
import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

// Runs the force-directed layout off the page's main thread: at a couple of thousand nodes fcose takes seconds,
// and the page must stay usable meanwhile. A headless Cytoscape holds the same elements and node sizes as the
// drawn one; only the resulting positions travel back.

cytoscape.use(fcose);

export interface LayoutRequest {
  id: number;
  elements: ElementDefinition[];
  options: LayoutOptions;
  /** Node sizes by id, as the drawn graph styles them (the headless one has no style sheet). */
  sizes: Record<string, { w: number; h: number }>;
}

export interface LayoutResponse {
  id: number;
  positions: Record<string, { x: number; y: number }>;
  ms: number;
  error?: string;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, elements, options, sizes } = event.data;
  const started = performance.now();
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    });
    cy.nodes().forEach((n) => {
      const size = sizes[n.id()];
      if (size) n.data({ w: size.w, h: size.h });
    });
    cy.layout({ ...options, animate: false, fit: false } as LayoutOptions).run();
    const positions: LayoutResponse['positions'] = {};
    cy.nodes().forEach((n) => {
      if (!n.isParent()) positions[n.id()] = { ...n.position() };
    });
    self.postMessage({ id, positions, ms: performance.now() - started } satisfies LayoutResponse);
  } catch (err) {
    self.postMessage({ id, positions: {}, ms: performance.now() - started, error: (err as Error).message } satisfies LayoutResponse);
  }
};
