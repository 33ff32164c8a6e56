import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, networkLaidOut, open, pageErrors, screenshot, type Session } from './browser';

// Keyboard and screen readers: focus into a panel and back, skip links, the map and the network walked with the
// arrow keys, and axe-core (injected into the page) finding no serious or critical violation anywhere.

let session: Session;
beforeAll(async () => (session = await launch()));
afterAll(async () => session?.close());

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase(), id: el?.id, text: el?.textContent?.trim().slice(0, 60), dataId: el?.dataset.id, inPanel: !!el?.closest('#panel'), cls: el?.getAttribute('class') ?? '' };
  });

/** Presses Tab until the element with this id has focus; the number of presses, or Infinity after 200. */
async function tabsTo(page: Page, id: string): Promise<number> {
  for (let n = 1; n <= 200; n++) {
    await page.keyboard.press('Tab');
    if ((await active(page)).id === id) return n;
  }
  return Infinity;
}

describe('focus', () => {
  it('moves into a panel when it opens and back to the force when it closes', async () => {
    const page = await open(session);
    await page.locator('.map-force[data-id="kent"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-panel="force"][data-id="kent"]').waitFor();
    await expect.poll(async () => (await active(page)).text).toBe('Kent Police');
    expect((await active(page)).inPanel).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await active(page)).dataId).toBe('kent');
    expect((await active(page)).cls).toContain('map-force');
    expect(pageErrors(page)).toEqual([]);
  });

  it('reaches "Show impact" in a few key presses: skip link to the panel, then Tab', async () => {
    const page = await open(session, 'force=kent');
    await page.locator('#whatif-run').waitFor();
    // The plain route through every control, for the record (it was 125 Tabs: every marker was a stop; 35 before
    // the toolbar gained Before signing and Functions, 40 after): bounded so that no list becomes tab stops again.
    const plain = await tabsTo(page, 'whatif-run');
    expect(plain).toBeLessThan(50);
    await page.reload();
    await page.locator('#whatif-run').waitFor();
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    await press('Tab');
    expect((await active(page)).text).toBe('Skip to the map');
    await press('Tab');
    expect((await active(page)).text).toBe('Skip to the details panel');
    await press('Enter');
    expect((await active(page)).inPanel).toBe(true);
    while ((await active(page)).id !== 'whatif-run' && presses < 20) await press('Tab');
    expect(presses).toBeLessThanOrEqual(7);
    console.log(`Keyboard route to "Show impact": ${plain} Tabs through every control, ${presses} key presses with the skip link`);
  });

  it('skips to the map and to the time bar', async () => {
    const page = await open(session);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await active(page)).cls).toMatch(/map-force|map-hub/);
    // The arrow keys move between markers; Enter opens the one reached.
    const first = (await active(page)).dataId;
    await page.keyboard.press('ArrowRight');
    const second = (await active(page)).dataId;
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await page.locator('.skip-link', { hasText: 'Skip to the time bar' }).focus();
    await page.keyboard.press('Enter');
    expect((await active(page)).id).toBe('at-range');
  });

  it('walks the collaborations list with the arrow keys as one tab stop', async () => {
    const page = await open(session);
    await page.locator('.skip-link', { hasText: 'Skip to the list' }).focus();
    await page.keyboard.press('Enter');
    const first = (await active(page)).dataId;
    await page.keyboard.press('ArrowDown');
    const second = (await active(page)).dataId;
    expect(second).not.toBe(first);
    expect(await page.locator('#collab-list button[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.locator(`[data-panel="collaboration"][data-id="${second}"]`).waitFor();
  });
});

describe('the network by keyboard', () => {
  it('is reached by the skip link, walked with the arrow keys, and opens the node under the cursor', async () => {
    const page = await open(session, 'view=network');
    await networkLaidOut(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await active(page)).cls).toContain('network-view');
    const start = await page.locator('.network-view').getAttribute('data-cursor');
    expect(start).toBeTruthy();
    const visited = new Set([start]);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
      await page.keyboard.press(key);
      visited.add(await page.locator('.network-view').getAttribute('data-cursor'));
    }
    expect(visited.size).toBeGreaterThan(2);
    // What the cursor is on is read out.
    await expect(page.locator('.network-view [aria-live]').textContent()).resolves.toMatch(/Enter opens it/);
    const cursor = (await page.locator('.network-view').getAttribute('data-cursor'))!;
    await page.keyboard.press('Enter');
    const [kind, id] = [cursor.startsWith('f:') ? 'force' : 'collaboration', cursor.slice(2)];
    await page.locator(`[data-panel="${kind}"][data-id="${id}"]`).waitFor();
    await screenshot(page, 'network-keyboard');
  });
});

// axe-core runs inside the page: its script is injected from node_modules (no browser is downloaded).
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  passes: unknown[];
}

async function axe(page: Page): Promise<AxeResult> {
  // Evaluated through the debugging protocol rather than added as a script element, which the page's content
  // security policy (script-src 'self') rightly refuses.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<AxeResult> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return { violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) })), passes: r.passes };
  });
}

describe('automated accessibility check (axe-core)', () => {
  const views: [string, string, { width: number; height: number }?][] = [
    ['map', ''],
    ['network', 'view=network'],
    ['force panel with a what-if', 'at=2017-06-30&force=lancashire&whatif=nwmpg'],
    ['collaboration panel', 'collab=emsou'],
    ['contacts', 'tool=contacts&asking=kent&topic=roads-policing'],
    ['alliances', 'tool=alliances&colour=community'],
    ['regions', 'level=region'],
    ['phone with a panel', 'force=kent', { width: 390, height: 844 }],
    ['collaboration terms, budget and benefit charts', 'at=2013-01-01&collab=npas'],
    ['force net contribution chart', 'at=2021-06-01&force=suffolk'],
    ['before signing', 'at=2018-06-01&tool=before-signing'],
  ];
  const summary: string[] = [];
  afterAll(() => console.log(`axe-core: ${summary.join('; ')}`));

  it('is a check that can fail: it reports a button with no name', async () => {
    const page = await open(session);
    await page.evaluate(() => document.body.append(document.createElement('button')));
    const result = await axe(page);
    expect(result.violations.map((v) => `${v.id} ${v.impact}`)).toContain('button-name critical');
  });

  for (const [name, query, viewport] of views) {
    it(`finds no serious or critical violation: ${name}`, async () => {
      const page = await open(session, query, undefined, viewport);
      if (query.includes('network')) await networkLaidOut(page);
      // Let the panel's sections load, so that they are checked too.
      await page.waitForFunction(() => !document.querySelector('#panel .section-body > .muted:only-child')?.textContent?.includes('Loading'), undefined, { timeout: 30_000 });
      const result = await axe(page);
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      summary.push(`${name}: ${result.violations.length} violations (${result.violations.map((v) => `${v.id} ${v.impact}`).join(', ') || 'none'})`);
      expect(bad, JSON.stringify(bad, null, 1)).toEqual([]);
    });
  }
});
