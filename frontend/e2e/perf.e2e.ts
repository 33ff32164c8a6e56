import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OUT, cspViolations, launch, networkLaidOut, open, pageErrors, screenshot, type Session } from './browser';
import { syntheticForces, syntheticGraph } from './synthetic';

// Responsiveness at 2,000 nodes: the API is replaced (inside the browser only) by a synthetic register of
// 1,400 forces and 600 collaborations. The page's own performance marks give the time to lay out and draw;
// the browser's long-task records show how long the page was ever unable to respond while doing so, and the
// gaps between animation frames (requestAnimationFrame) how long each frame took while the layout ran and
// while the network and the map were panned with the mouse. Headless Chromium draws without a GPU, so the
// frame times are printed (target/e2e-perf.json), not held to a frame rate.

let session: Session;
beforeAll(async () => (session = await launch()));
afterAll(async () => session?.close());

const graph = syntheticGraph(1400, 600);

async function withSyntheticRegister(page: Page) {
  await page.route('**/api/graph?**', (route) => route.fulfill({ json: graph }));
  await page.route('**/api/forces?**', (route) => route.fulfill({ json: syntheticForces(graph) }));
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
  });
  await page.addInitScript(() => {
    (window as unknown as { cytoscapeOf: () => unknown }).cytoscapeOf = () => (document.querySelector('.network-canvas') as unknown as { _cyreg: { cy: unknown } })._cyreg.cy;
  });
  // Frame times: the gap between one animation frame and the next, recorded while `frames` is a list.
  await page.addInitScript(() => {
    const w = window as unknown as { frames_: number[] | null; lastFrame?: number };
    w.frames_ = null;
    const tick = (t: number) => {
      if (w.frames_) {
        if (w.lastFrame !== undefined) w.frames_.push(t - w.lastFrame);
        w.lastFrame = t;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

const startFrames = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { frames_: number[] | null; lastFrame?: number };
    w.frames_ = [];
    w.lastFrame = undefined;
  });
const stopFrames = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { frames_: number[] | null };
    const frames = w.frames_ ?? [];
    w.frames_ = null;
    return frames;
  });

/** Nearest-rank percentiles and the longest of a list of frame times, in ms (one decimal). */
function percentiles(frames: number[]) {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10 : NaN);
  return { frames: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: at(100), over100ms: sorted.filter((f) => f > 100).length };
}

/**
 * Drags the view under the mouse across its middle and back, in small steps, as a person pans; from `from` (a
 * point in the page) if given, else from the middle.
 */
async function pan(page: Page, selector: string, from?: { x: number; y: number }) {
  const box = (await page.locator(selector).boundingBox())!;
  const x = from?.x ?? box.x + box.width / 2;
  const y = from?.y ?? box.y + box.height / 2;
  await startFrames(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (const [dx, dy] of [[-200, -120], [200, 120], [0, 0]]) await page.mouse.move(x + dx, y + dy, { steps: 40 });
  await page.mouse.up();
  // the frames after the last move: labels are placed again once panning pauses
  await page.waitForTimeout(600);
  return percentiles(await stopFrames(page));
}

/**
 * The network's Cytoscape instance, read in the page from its container (where Cytoscape registers itself), so
 * that a test can ask Cytoscape itself where it draws a node.
 */
declare function cytoscapeOf(): import('cytoscape').Core;

const durations = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => Math.round(e.duration)), name);
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));

describe('responsiveness at 2,000 nodes', () => {
  it('lays out and draws the network and the map, and measures both', async () => {
    const page = await open(session, '', withSyntheticRegister);
    await longTasks(page); // what loading the page itself cost is not the graph's doing

    // E2E_PERF_PROFILE=1 records a CPU profile of the page (V8's sampling profiler, through the DevTools
    // protocol) from pressing n until the network has been panned: target/e2e-perf.cpuprofile, which Chromium's
    // DevTools opens (Performance panel), to see what the page's long tasks are made of.
    const profiler = process.env.E2E_PERF_PROFILE ? await page.context().newCDPSession(page) : undefined;
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.setSamplingInterval', { interval: 500 });
      await profiler.send('Profiler.start');
    }
    await startFrames(page);
    await page.keyboard.press('n');
    await networkLaidOut(page);
    const framesDuringLayout = percentiles(await stopFrames(page));
    expect(Number(await page.locator('.network-view').getAttribute('data-nodes'))).toBeGreaterThanOrEqual(2000);
    const layout = await durations(page, 'network-layout');
    const inWorker = await durations(page, 'network-layout-regional');
    const applied = await durations(page, 'network-layout-applied');
    const network = await durations(page, 'network-render');
    const networkBlocks = await longTasks(page);
    await screenshot(page, 'perf-network-2000');
    const networkPan = await pan(page, '.network-view');
    if (profiler) writeFileSync(join(OUT, 'e2e-perf.cpuprofile'), JSON.stringify((await profiler.send('Profiler.stop')).profile));

    // Selecting a node only restyles: it must be quick even at this size.
    const started = Date.now();
    await startFrames(page);
    await page.locator('#collab-list .collab-item').first().click();
    await page.locator('[data-panel="collaboration"]').waitFor();
    const selectMs = Date.now() - started;
    await page.waitForTimeout(600); // the drawing of the faded graph, and the labels placed once it settles
    const framesSelecting = percentiles(await stopFrames(page));
    const restyle = await durations(page, 'network-render');
    await page.waitForFunction(() => !cytoscapeOf().animated(), undefined, { polling: 100 });
    // The rest of the graph is faded by a white veil between Cytoscape's two canvases: the selection's
    // neighbourhood is drawn on the upper one (its drag layer), over the veil, and everything else below it.
    const layers = () => page.evaluate(() => {
      const cy = cytoscapeOf();
      const selected = cy.$('.selected');
      const near = selected.closedNeighborhood();
      const layer = (e: unknown) => Boolean((e as { _private: { rscratch: { inDragLayer?: boolean } } })._private.rscratch.inDragLayer);
      const upper = document.querySelector('.network-canvas canvas[data-id="layer1-drag"]')!;
      return {
        selected: selected.length,
        nearAbove: near.filter((e) => layer(e)).length,
        near: near.length,
        restAbove: cy.elements().not(near).filter((e) => layer(e)).length,
        veil: getComputedStyle(upper).backgroundColor,
      };
    });
    const veil = await layers();
    expect(veil.selected).toBe(1);
    expect(veil.nearAbove).toBe(veil.near);
    expect(veil.restAbove).toBe(0);
    expect(veil.veil).toBe('rgba(255, 255, 255, 0.85)');

    // Panning with the selection shown: Cytoscape takes every element out of its drag layer when the mouse is let
    // go, and the neighbourhood must be above the veil again afterwards. The drag starts on empty canvas (one on a
    // node would move the node).
    const empty = await page.evaluate(() => {
      const cy = cytoscapeOf();
      const canvas = cy.container()!.getBoundingClientRect();
      const boxes = cy.nodes('[kind != "region-box"]').map((n) => n.renderedBoundingBox({})); // boxes take no events
      for (let fy = 0.2; fy < 0.9; fy += 0.05) {
        for (let fx = 0.2; fx < 0.9; fx += 0.05) {
          const x = canvas.width * fx;
          const y = canvas.height * fy;
          if (!boxes.some((b) => x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4)) return { x: canvas.x + x, y: canvas.y + y };
        }
      }
      return undefined;
    });
    expect(empty).toBeDefined();
    const veiledPan = await pan(page, '.network-view', empty);
    const afterPan = await layers();
    expect(afterPan.selected).toBe(1);
    expect(afterPan.nearAbove).toBe(afterPan.near);
    expect(afterPan.restAbove).toBe(0);

    // Selecting another collaboration, the one drawn farthest from the view (which shows the first one's
    // neighbourhood): the new selection is brought into view, and only the two neighbourhoods change.
    const far = await page.evaluate(() => {
      const cy = cytoscapeOf();
      const middle = { x: cy.width() / 2, y: cy.height() / 2 };
      const distance = (n: { renderedPosition(): { x: number; y: number } }) => Math.hypot(n.renderedPosition().x - middle.x, n.renderedPosition().y - middle.y);
      const farthest = cy.nodes('[kind = "collaboration"]').sort((a, b) => distance(b) - distance(a))[0];
      return { id: farthest.id().slice('c:'.length), distance: distance(farthest), width: cy.width(), height: cy.height() };
    });
    expect(far.distance).toBeGreaterThan(Math.hypot(far.width, far.height) / 2); // it starts out of view
    await startFrames(page);
    await page.locator(`#collab-list .collab-item[data-id="${far.id}"]`).click();
    await page.locator(`[data-panel="collaboration"][data-id="${far.id}"]`).waitFor();
    const changeRestyle = await durations(page, 'network-render');
    await page.waitForTimeout(600);
    const framesChangingSelection = percentiles(await stopFrames(page));
    await page.waitForFunction(() => !cytoscapeOf().animated(), undefined, { polling: 100 });
    const revealed = await page.evaluate((id) => {
      const cy = cytoscapeOf();
      const box = cy.$id(`c:${id}`).closedNeighborhood().nodes().renderedBoundingBox({});
      // the canvas's size as the page lays it out now (the panel that opened narrowed it), not as Cytoscape last
      // measured it
      const canvas = cy.container()!.getBoundingClientRect();
      return { box: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 }, width: canvas.width, height: canvas.height };
    }, far.id);
    // the collaboration and its members are inside the network's canvas, as Cytoscape reports where it draws them
    expect(revealed.box.x1).toBeGreaterThanOrEqual(0);
    expect(revealed.box.y1).toBeGreaterThanOrEqual(0);
    expect(revealed.box.x2).toBeLessThanOrEqual(revealed.width);
    expect(revealed.box.y2).toBeLessThanOrEqual(revealed.height);
    await page.waitForTimeout(300); // the labels, placed once the view has settled
    await screenshot(page, 'perf-network-2000-revealed');

    await page.locator('#view-map').click();
    await page.waitForFunction(() => performance.getEntriesByName('map-render').length > 1);
    const map = await durations(page, 'map-render');
    await screenshot(page, 'perf-map-2000');
    const mapPan = await pan(page, '.map-view');

    const result = {
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      networkLayoutMs: layout[layout.length - 1],
      layoutInWorkerMs: inWorker[inWorker.length - 1],
      layoutAppliedOnPageMs: applied[applied.length - 1],
      networkFirstDrawMs: network[0],
      longestMainThreadBlockDuringNetworkMs: Math.max(0, ...networkBlocks),
      selectionRestyleMs: restyle[restyle.length - 1],
      selectionClickToPanelMs: selectMs,
      selectionChangeRestyleMs: changeRestyle[changeRestyle.length - 1],
      framesSelectingMs: framesSelecting,
      framesChangingSelectionMs: framesChangingSelection,
      mapRenderMs: map[map.length - 1],
      framesDuringNetworkLayoutMs: framesDuringLayout,
      framesPanningNetworkMs: networkPan,
      framesPanningNetworkSelectedMs: veiledPan,
      framesPanningMapMs: mapPan,
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      userAgent: await page.evaluate(() => navigator.userAgent),
      cores: await page.evaluate(() => navigator.hardwareConcurrency),
    };
    writeFileSync(join(OUT, 'e2e-perf.json'), JSON.stringify(result, null, 2));
    console.log('2,000-node responsiveness:', JSON.stringify(result));
    // Ceilings that catch a layout or a drawing that hangs, nothing finer: on this shared two-core machine the
    // layout took 14 s at a load average of 25 (other builds running), so the figures are printed (and recorded
    // in docs/explorer.md with the load they were measured under) rather than held to the targets.
    expect(result.networkLayoutMs).toBeLessThan(60_000);
    expect(result.selectionRestyleMs).toBeLessThan(10_000);
    expect(result.mapRenderMs).toBeLessThan(10_000);
    expect(networkPan.frames).toBeGreaterThan(0);
    expect(mapPan.frames).toBeGreaterThan(0);
    // the layout worker and the drawing need nothing the content security policy refuses
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  }, 240_000); // the whole walk took 60–110 s at load averages of 20–27 on two cores, over the 90 s default

  it('lays the network out again for a new date, keeping the old picture on screen until the new one is drawn', async () => {
    const page = await open(session, '', withSyntheticRegister);
    await page.keyboard.press('n');
    await networkLaidOut(page);
    // Cytoscape answers any change to its container's attributes with a full redraw 100 ms later (cy.resize()), so
    // the hand-over hides the canvas, and the veil is set, by classes on the view around it, never on the container.
    await page.evaluate(() => {
      const w = window as unknown as { containerChanges: string[] };
      w.containerChanges = [];
      new MutationObserver((records) => records.forEach((r) => w.containerChanges.push(r.attributeName ?? ''))).observe(document.querySelector('.network-canvas')!, { attributes: true });
    });
    // Two new dates in a row: the API answers twice, so the first new layout goes stale while it is handed over.
    await page.locator('#at-range').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.locator('.network-view[data-layout="running"]').waitFor();
    const stillPicture = await page.locator('.network-frozen').count();
    await networkLaidOut(page);
    expect(stillPicture).toBe(1);
    expect(await page.locator('.network-frozen').count()).toBe(0);
    expect(Number(await page.locator('.network-view').getAttribute('data-nodes'))).toBeGreaterThanOrEqual(2000);
    expect(await page.evaluate(() => performance.getEntriesByName('network-layout').length)).toBeGreaterThanOrEqual(2);
    // selecting a collaboration and clearing the selection put the veil up and take it down
    await page.locator('#collab-list .collab-item').first().click();
    await page.locator('[data-panel="collaboration"]').waitFor();
    await page.locator('.network-view.veiled').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-panel="collaboration"]').waitFor({ state: 'detached' });
    expect(await page.locator('.network-view.veiled').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { containerChanges: string[] }).containerChanges)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  }, 120_000);
});
