import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { drawnSize, extentOf, viewportFitting } from '../src/model/viewport';

const size = { width: 800, height: 600, padding: 24, minZoom: 0.05, maxZoom: 4 };

describe('the viewport fitting laid-out boxes', () => {
  it('centres the boxes and scales the tighter side to the view less its padding', () => {
    // 1,000 × 500 model units into 752 × 552 pixels: the width decides, 0.752
    const { zoom, pan } = viewportFitting([{ x1: 0, y1: 0, x2: 400, y2: 500 }, { x1: 600, y1: 100, x2: 1000, y2: 200 }], size);
    expect(zoom).toBeCloseTo(0.752, 6);
    expect(pan.x).toBeCloseTo(24, 6);
    expect(pan.y).toBeCloseTo((600 - 0.752 * 500) / 2, 6);
  });

  it('agrees with Cytoscape fitting the same boxes', () => {
    const boxes = [{ x1: -120, y1: 40, x2: -80, y2: 80 }, { x1: 300, y1: 900, x2: 340, y2: 940 }, { x1: 50, y1: 200, x2: 90, y2: 240 }];
    const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { width: 40, height: 40, 'border-width': 0 } }] });
    // a headless Cytoscape has no size of its own: its fit reads the container's, so give it one
    Object.assign(cy, { width: () => size.width, height: () => size.height });
    cy.add(boxes.map((b, i) => ({ group: 'nodes' as const, data: { id: `n${i}` }, position: { x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 } })));
    cy.fit(undefined, size.padding);
    const ours = viewportFitting(boxes, size);
    // Cytoscape's bounding boxes reach a model unit beyond each node: within that, the same picture
    expect(Math.abs(ours.zoom - cy.zoom()) / cy.zoom()).toBeLessThan(0.005);
    expect(Math.abs(ours.pan.x - cy.pan().x)).toBeLessThan(2);
    expect(Math.abs(ours.pan.y - cy.pan().y)).toBeLessThan(2);
  });

  it('shows the part of the plane Cytoscape reports as its extent for the same viewport', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    Object.assign(cy, { width: () => size.width, height: () => size.height });
    const viewport = viewportFitting([{ x1: -120, y1: 40, x2: 300, y2: 940 }], size);
    cy.viewport(viewport);
    const theirs = cy.extent();
    const ours = extentOf(viewport, size);
    for (const side of ['x1', 'y1', 'x2', 'y2'] as const) expect(ours[side]).toBeCloseTo(theirs[side], 6);
    // and the fitted boxes lie inside it, with the padding to spare
    expect(ours.x1).toBeLessThan(-120);
    expect(ours.y2).toBeGreaterThan(940);
  });

  it('keeps to the zoom limits and copes with nothing to fit', () => {
    expect(viewportFitting([{ x1: 0, y1: 0, x2: 1, y2: 1 }], size).zoom).toBe(4);
    expect(viewportFitting([], size)).toEqual({ zoom: 1, pan: { x: 400, y: 300 } });
  });
});

describe('the size a view will be drawn at', () => {
  it('is its own while it is shown', () => {
    expect(drawnSize({ width: 900, height: 500 }, { width: 1200, height: 700 })).toEqual({ width: 900, height: 500 });
  });

  it('is the space it will be shown in while it is hidden (0 × 0), not nothing', () => {
    expect(drawnSize({ width: 0, height: 0 }, { width: 1040, height: 620 }, { width: 1280, height: 800 })).toEqual({ width: 1040, height: 620 });
  });

  it('is the window, or else a desktop, when nothing around it has a size either', () => {
    expect(drawnSize({ width: 0, height: 0 }, undefined, { width: 390, height: 844 })).toEqual({ width: 390, height: 844 });
    expect(drawnSize({ width: 0, height: 0 }, { width: 0, height: 0 }, { width: 0, height: 0 })).toEqual({ width: 1280, height: 800 });
  });
});
