import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OUT, launch, networkLaidOut, open, screenshot, type Session } from './browser';
import { syntheticForces, syntheticGraph } from './synthetic';

// Responsiveness at 2,000 nodes: the API is replaced (inside the browser only) by a synthetic register of
// 1,400 forces and 600 collaborations. The page's own performance marks give the time to lay out and draw;
// the browser's long-task records show how long the page was ever unable to respond while doing so.

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
}

const durations = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => Math.round(e.duration)), name);
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));

describe('responsiveness at 2,000 nodes', () => {
  it('lays out and draws the network and the map, and measures both', async () => {
    const page = await open(session, '', withSyntheticRegister);
    await longTasks(page); // what loading the page itself cost is not the graph's doing

    await page.keyboard.press('n');
    await networkLaidOut(page);
    expect(Number(await page.locator('.network-view').getAttribute('data-nodes'))).toBeGreaterThanOrEqual(2000);
    const layout = await durations(page, 'network-layout');
    const network = await durations(page, 'network-render');
    const networkBlocks = await longTasks(page);
    await screenshot(page, 'perf-network-2000');

    // Selecting a node only restyles: it must be quick even at this size.
    const started = Date.now();
    await page.locator('#collab-list .collab-item').first().click();
    await page.locator('[data-panel="collaboration"]').waitFor();
    const selectMs = Date.now() - started;
    const restyle = await durations(page, 'network-render');

    await page.locator('#view-map').click();
    await page.waitForFunction(() => performance.getEntriesByName('map-render').length > 1);
    const map = await durations(page, 'map-render');
    await screenshot(page, 'perf-map-2000');

    const result = {
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      networkLayoutMs: layout[layout.length - 1],
      networkFirstDrawMs: network[0],
      longestMainThreadBlockDuringNetworkMs: Math.max(0, ...networkBlocks),
      selectionRestyleMs: restyle[restyle.length - 1],
      selectionClickToPanelMs: selectMs,
      mapRenderMs: map[map.length - 1],
      userAgent: await page.evaluate(() => navigator.userAgent),
      cores: await page.evaluate(() => navigator.hardwareConcurrency),
    };
    writeFileSync(join(OUT, 'e2e-perf.json'), JSON.stringify(result, null, 2));
    console.log('2,000-node responsiveness:', JSON.stringify(result));
    // Generous ceilings: they catch a layout that hangs or blocks the page, not normal variation between machines.
    expect(result.networkLayoutMs).toBeLessThan(30_000);
    expect(result.selectionRestyleMs).toBeLessThan(2_000);
    expect(result.mapRenderMs).toBeLessThan(5_000);
  });
});
