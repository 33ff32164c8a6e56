import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, networkLaidOut, open, pageErrors, type Session } from './browser';
import { syntheticForces, syntheticGraph } from './synthetic';

// The network's hand-over of a large graph (docs/explorer.md, "Staged out of sight") when things go wrong: a
// layout worker that does not load or throws, and a user who zooms or pans the still picture while the new graph
// is staged. The API is replaced inside the browser by the synthetic register of perf.e2e.ts (2,000 nodes), and
// the layout worker's own script is changed on its way to the browser (Playwright request routing), so that the
// page under test is the real one.

let session: Session;
beforeAll(async () => (session = await launch()));
afterAll(async () => session?.close());

const graph = syntheticGraph(1400, 600);
const WORKER = '**/assets/layout-worker-*.js';

/**
 * The synthetic register, Cytoscape reachable from the test (cytoscapeOf, as in perf.e2e.ts) and, when given,
 * `afterWorker` appended to the layout worker's script (it runs once the worker has set up its own handler).
 */
function register(afterWorker?: string) {
  return async (page: Page) => {
    await page.route('**/api/graph?**', (route) => route.fulfill({ json: graph }));
    await page.route('**/api/forces?**', (route) => route.fulfill({ json: syntheticForces(graph) }));
    if (afterWorker !== undefined) {
      await page.route(WORKER, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: `${await response.text()}\n${afterWorker}` });
      });
    }
    await page.addInitScript(() => {
      (window as unknown as { cytoscapeOf: () => unknown }).cytoscapeOf = () => (document.querySelector('.network-canvas') as unknown as { _cyreg: { cy: unknown } })._cyreg.cy;
    });
  };
}

declare function cytoscapeOf(): import('cytoscape').Core;

/** Appended to a layout worker: it answers its first request at once and every later one 4 s late. */
const LATE_AFTER_FIRST = `{ const post = self.postMessage.bind(self); let answered = 0; self.postMessage = (m) => (++answered > 1 ? setTimeout(() => post(m), 4000) : post(m)); }`;

/** Opens the network on the synthetic register, its layout worker with `afterWorker` appended, and waits for the first layout. */
async function laidOutWith(afterWorker: string): Promise<Page> {
  const page = await open(session, '', register(afterWorker));
  await page.keyboard.press('n');
  await networkLaidOut(page);
  return page;
}

/** Moves the time slider back a month: the API answers again and the network is laid out again. */
async function newDate(page: Page) {
  await page.locator('#at-range').focus();
  await page.keyboard.press('ArrowLeft');
  await page.locator('.network-view[data-layout="running"]').waitFor();
}

/** What the view shows: the laid-out graph with its region boxes, on screen, with no still copy left over it. */
async function shownLaidOut(page: Page) {
  expect(await page.locator('.network-frozen').count()).toBe(0);
  expect(await page.locator('.network-canvas').evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
  const drawn = await page.evaluate(() => {
    const cy = cytoscapeOf();
    const view = cy.extent();
    const graphBox = cy.nodes().boundingBox({});
    // Cytoscape draws nothing while a batch is open, and no links while its drag flag is up (the hand-over's hold and
    // strips, views/network-view.ts): both must be let go once the graph is shown
    const internals = cy as unknown as { batching(): boolean; renderer(): { hoverData?: { draggingEles?: boolean } } };
    return { nodes: cy.nodes('[kind = "force"], [kind = "collaboration"]').length, boxes: cy.nodes('[kind = "region-box"]').length, inView: graphBox.x1 < view.x2 && graphBox.x2 > view.x1 && graphBox.y1 < view.y2 && graphBox.y2 > view.y1, batching: internals.batching(), linksLeftOut: internals.renderer().hoverData?.draggingEles === true };
  });
  expect(drawn.nodes).toBeGreaterThanOrEqual(2000);
  expect(drawn.boxes).toBe(10);
  expect(drawn.inView).toBe(true);
  expect(drawn.batching).toBe(false);
  expect(drawn.linksLeftOut).toBe(false);
}

describe('the large network when its layout worker fails', () => {
  it('is laid out on the page, with a polite note, when the worker script does not load', async () => {
    const page = await open(session, '', async (p) => {
      await register()(p);
      await p.route(WORKER, (route) => route.fulfill({ status: 404, body: 'not here' }));
    });
    await page.keyboard.press('n');
    await page.locator('.network-view:not([hidden])[data-layout="done"]').waitFor({ timeout: 30_000 });
    await shownLaidOut(page);
    const note = page.locator('.network-note[role="status"]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('without the background worker');
    expect(await page.locator('.network-view').getAttribute('aria-busy')).toBeNull();
    expect(pageErrors(page)).toEqual([]);
  }, 90_000);

  it('ends the hand-over of a new date (no still picture left, nothing running) when the worker throws', async () => {
    // the first layout is the worker's own; from the second request on it throws outside its try
    const page = await laidOutWith(`{ const own = self.onmessage; let asked = 0; self.onmessage = (e) => { if (++asked > 1) throw new Error('broken by the test'); return own(e); }; }`);
    expect(await page.locator('.network-note').textContent()).toBe('');
    await newDate(page);
    expect(await page.locator('.network-frozen').count()).toBe(1);
    await page.locator('.network-view:not([hidden])[data-layout="done"]').waitFor({ timeout: 30_000 });
    await shownLaidOut(page);
    expect(await page.locator('.network-note').textContent()).toContain('broken by the test');
    // the next date gets a new worker (which throws too, being the same script: laid out on the page again)
    await newDate(page);
    await page.locator('.network-view:not([hidden])[data-layout="done"]').waitFor({ timeout: 30_000 });
    await shownLaidOut(page);
    expect(pageErrors(page)).toEqual([]);
  }, 120_000);

  it('is laid out on the page when the worker does not answer within 20 s', async () => {
    // the first layout is the worker's own; from the second request on it takes the request and never answers
    const page = await laidOutWith(`{ const own = self.onmessage; let asked = 0; self.onmessage = (e) => (++asked > 1 ? undefined : own(e)); }`);
    await newDate(page);
    await page.waitForTimeout(15_000);
    expect(await page.locator('.network-view').getAttribute('data-layout')).toBe('running'); // patient first
    await page.locator('.network-view:not([hidden])[data-layout="done"]').waitFor({ timeout: 30_000 });
    await shownLaidOut(page);
    expect(await page.locator('.network-note').textContent()).toContain('did not answer within 20 s');
    expect(pageErrors(page)).toEqual([]);
  }, 120_000);
});

describe('a worker still laying out an older graph', () => {
  it('is let go for a new one when a newer graph is asked for, rather than laying out the stale one first', async () => {
    // each worker answers its first request at once and the later ones 4 s late: the old page's one worker would
    // lay out the second date (4 s) before the third (4 s more); a new worker answers the third at once
    const page = await laidOutWith(LATE_AFTER_FIRST);
    await newDate(page);
    await newDate(page);
    await page.locator('.network-view:not([hidden])[data-layout="done"]').waitFor({ timeout: 6_000 });
    await shownLaidOut(page);
    expect(await page.locator('.network-note').textContent()).toBe(''); // no worker was given up as failed
    expect(pageErrors(page)).toEqual([]);
  }, 60_000);
});

describe('the still picture while a large network is staged', () => {
  it('takes no zoom or pan from the wheel, a drag or the keys, so the half-added graph is never in view', async () => {
    // the worker's answers after the first arrive 4 s late, so that the test acts while the graph is staged
    const page = await laidOutWith(LATE_AFTER_FIRST);
    const before = await page.evaluate(() => ({ zoom: cytoscapeOf().zoom(), pan: cytoscapeOf().pan() }));
    await newDate(page);
    const box = (await page.locator('.network-view').boundingBox())!;
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const looking = () =>
      page.evaluate(() => {
        const cy = cytoscapeOf();
        const view = cy.extent();
        const added = cy.elements().boundingBox({});
        const seen = cy.elements().nonempty() && added.x1 < view.x2 && added.x2 > view.x1 && added.y1 < view.y2 && added.y2 > view.y1;
        return { zoom: cy.zoom(), pan: cy.pan(), seen, layout: document.querySelector<HTMLElement>('.network-view')!.dataset.layout, busy: document.querySelector('.network-view')!.getAttribute('aria-busy') };
      });
    const away = await looking();
    expect(away.seen).toBe(false);
    // the wheel and a drag over the still picture
    await page.mouse.move(middle.x, middle.y);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
    await page.mouse.down();
    await page.mouse.move(middle.x - 300, middle.y - 200, { steps: 10 });
    await page.mouse.up();
    // the keys: focus (which puts the keyboard cursor on a node), arrows, zoom and "show everything"
    await page.locator('.network-view').focus();
    for (const key of ['ArrowRight', '+', '0']) await page.keyboard.press(key);
    await page.waitForTimeout(200);
    const after = await looking();
    expect(after.layout).toBe('running'); // still staged: the test acted in time
    expect(after.zoom).toBe(away.zoom);
    expect(after.pan).toEqual(away.pan);
    expect(after.seen).toBe(false);
    expect(await page.locator('.network-frozen').count()).toBe(1);
    expect(after.busy).toBe('true'); // and says so
    await networkLaidOut(page);
    await shownLaidOut(page);
    // the new graph is shown as fitted, the user's zoom and pan on the old picture dropped
    const shown = await page.evaluate(() => ({ zoom: cytoscapeOf().zoom(), panning: cytoscapeOf().userPanningEnabled(), zooming: cytoscapeOf().userZoomingEnabled() }));
    expect(shown.zoom).toBeCloseTo(before.zoom, 1);
    expect(shown).toMatchObject({ panning: true, zooming: true });
    expect(await page.locator('.network-view').getAttribute('aria-busy')).toBeNull();
    // the view kept the focus it was given meanwhile, and now has the keyboard cursor that focus gives
    expect(await page.evaluate(() => document.activeElement?.classList.contains('network-view'))).toBe(true);
    expect(await page.evaluate(() => cytoscapeOf().$('.cursor').length)).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  }, 120_000);
});

describe('an export asked for while a large network is staged', () => {
  it('waits for the layout and draws the whole laid-out graph', async () => {
    // the worker's answers after the first arrive 4 s late, so that the export is asked for while the graph is staged
    const page = await laidOutWith(LATE_AFTER_FIRST);
    await newDate(page);
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#export-svg').click()]);
    // the download came once the layout was done (before, at once, with what Cytoscape held half-way)
    expect(await page.locator('.network-view').getAttribute('data-layout')).toBe('done');
    const svg = (await import('node:fs')).readFileSync((await file.path())!, 'utf8');
    const shapes = (svg.match(/<circle /g) ?? []).length + (svg.match(/<polygon /g) ?? []).length;
    expect(shapes).toBeGreaterThanOrEqual(2000);
    // the region boxes as placed by the layout, not the unsized ones staged with the graph
    const boxWidths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"[^>]*rx="8"/g)].map((m) => Number(m[1]));
    expect(boxWidths.length).toBe(10);
    expect(Math.min(...boxWidths)).toBeGreaterThan(20);
    expect(pageErrors(page)).toEqual([]);
  }, 120_000);
});
