import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, networkLaidOut, open, pageErrors, ready, screenshot, type Session } from './browser';

// Legible at every size: labels readable and never overlapping as the zoom changes, a phone layout with no
// sideways scroll where the map stays in sight, a key that never covers a force, and twenty alliance colours.

let session: Session;
beforeAll(async () => (session = await launch()));
afterAll(async () => session?.close());

type Rect = { x: number; y: number; width: number; height: number };
const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The map's labels as drawn on screen: each one's box and its rendered font size in pixels. */
async function mapLabels(page: Page) {
  // Queried and measured in one step: the map may draw its labels again (after a resize) between two steps.
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<SVGTextElement>('.map-label')).map((e) => {
      const r = e.getBoundingClientRect();
      const svg = e.ownerSVGElement!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const limit = Math.min(scale, svg.getBoundingClientRect().height / svg.viewBox.baseVal.height);
      return { text: e.textContent, x: r.x, y: r.y, width: r.width, height: r.height, px: parseFloat(getComputedStyle(e).fontSize) * limit };
    }),
  );
}

function overlapping(labels: (Rect & { text: string | null })[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) for (let j = 0; j < i; j++) if (intersects(labels[i], labels[j])) out.push(`${labels[i].text} / ${labels[j].text}`);
  return out;
}

describe('labels', () => {
  it('are 12 px on screen and never overlap, at the first view and zoomed in', async () => {
    const page = await open(session);
    const first = await mapLabels(page);
    expect(first.length).toBeGreaterThan(25);
    for (const l of first) expect(l.px).toBeCloseTo(12, 0);
    expect(overlapping(first)).toEqual([]);
    // Zooming in spreads the forces apart: labels stay 12 px, still never overlap, and more of them fit.
    await page.locator('.map-force[data-id="metropolitan"]').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await page.waitForTimeout(300);
    const zoomed = await mapLabels(page);
    for (const l of zoomed) expect(l.px).toBeCloseTo(12, 0);
    expect(overlapping(zoomed)).toEqual([]);
    await screenshot(page, 'map-zoomed');
  });

  it('show the forces around London once zoomed in, where they were left out at first', async () => {
    const page = await open(session);
    const before = (await mapLabels(page)).map((l) => l.text);
    await page.locator('.map-force[data-id="metropolitan"]').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await page.waitForTimeout(300);
    const after = (await mapLabels(page)).map((l) => l.text);
    const near = ['Metropolitan', 'City of London', 'Surrey', 'Essex', 'Hertfordshire', 'Thames Valley', 'Kent'];
    expect(near.filter((n) => after.includes(n)).length).toBeGreaterThanOrEqual(near.filter((n) => before.includes(n)).length);
    expect(after).toContain('Metropolitan');
  });
});

describe('network labels', () => {
  // Read from Cytoscape's own style at its zoom: labels 12 px and region headings 13 px on screen, on a desktop
  // and on a phone (the headings had a fixed size in graph units: 6.7 px at the first view, 4.1 px on a phone).
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    it(`are readable on screen at the first view and zoomed in (${viewport.width}×${viewport.height})`, async () => {
      const page = await open(session, 'view=network', undefined, viewport);
      await networkLaidOut(page);
      const sizes = async () => {
        await page.waitForFunction(() => Number((document.querySelector('.network-view') as HTMLElement).dataset.labels) > 0, null, { timeout: 10_000 });
        return page.locator('.network-view').evaluate((e) => [Number((e as HTMLElement).dataset.labelPx), Number((e as HTMLElement).dataset.headingPx)]);
      };
      const [label, heading] = await sizes();
      expect(label).toBeGreaterThanOrEqual(11.5);
      expect(heading).toBeGreaterThanOrEqual(12.5);
      const box = (await page.locator('.network-view').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -600);
      await page.waitForTimeout(600); // labels are placed again once zooming stops
      const [labelZoomed, headingZoomed] = await sizes();
      expect(labelZoomed).toBeGreaterThanOrEqual(11.5);
      expect(headingZoomed).toBeGreaterThanOrEqual(12.5);
      expect(headingZoomed).toBeLessThanOrEqual(14);
      await screenshot(page, `network-labels-${viewport.width}`);
      expect(pageErrors(page)).toEqual([]);
    });
  }
});

describe('phones', () => {
  const phone = { width: 390, height: 844 };

  it('fit the screen with no sideways scroll, and keep the map in sight when a panel opens', async () => {
    const page = await open(session, '', undefined, phone);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    const map = await page.locator('.map-view').boundingBox();
    expect(map!.height).toBeGreaterThan(400);
    await screenshot(page, 'phone-map');

    await page.locator('.map-force[data-id="kent"]').focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('#panel');
    await panel.locator('[data-panel="force"]').waitFor();
    const sheet = (await panel.boundingBox())!;
    const mapNow = (await page.locator('.map-view').boundingBox())!;
    // The panel is a bottom sheet over the lower part; at least 200 px of map stay in sight above it.
    expect(sheet.y + sheet.height).toBeCloseTo(844, 0);
    expect(sheet.y - mapNow.y).toBeGreaterThan(200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The map is drawn again above the sheet: the force just opened is in sight, not under the sheet (it was
    // drawn at y 585 under a sheet from y 422).
    await page.waitForFunction(() => {
      const force = document.querySelector('.map-force[data-id="kent"]')!.getBoundingClientRect();
      return force.height > 0 && force.bottom <= document.querySelector('#panel')!.getBoundingClientRect().top;
    }, null, { timeout: 10_000 });
    await screenshot(page, 'phone-panel');

    // The filters and the list are a sheet too, opened from the top bar; a panel replaces it.
    await page.keyboard.press('Escape');
    await page.locator('#sidebar-toggle').click();
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(true);
    await page.locator('#collab-list .collab-item[data-id="nwmpg"]').click();
    await page.locator('[data-panel="collaboration"][data-id="nwmpg"]').waitFor();
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(false);
    // Every member of the collaboration opened is drawn above its sheet.
    await page.waitForFunction(() => {
      const top = document.querySelector('#panel')!.getBoundingClientRect().top;
      return ['cheshire', 'greater-manchester', 'merseyside'].every((id) => {
        const force = document.querySelector(`.map-force[data-id="${id}"]`)?.getBoundingClientRect();
        return force && force.height > 0 && force.bottom <= top;
      });
    }, null, { timeout: 10_000 });
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('the key', () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 1024, height: 700 }, { width: 390, height: 844 }]) {
    it(`never covers a force (${viewport.width}×${viewport.height})`, async () => {
      const page = await open(session, '', undefined, viewport);
      const details = page.locator('.legend-box');
      if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
      const key = (await page.locator('.legend-slot').boundingBox())!;
      expect(key.height).toBeGreaterThan(50);
      // Queried and measured in one step, as the labels are: a redraw after the resize replaces the markers, and a
      // replaced one measures 0×0 at the page's corner, which would cover nothing and pass for the wrong reason.
      const forces = await page.evaluate(() =>
        Array.from(document.querySelectorAll<SVGGElement>('.map-force')).map((e) => ({ id: e.dataset.id, ...e.getBoundingClientRect().toJSON() }) as Rect & { id: string }),
      );
      expect(forces).toHaveLength(43);
      for (const f of forces) expect(f.width, f.id).toBeGreaterThan(0);
      const covered = forces.filter((f) => intersects(f, key)).map((f) => f.id);
      expect(covered).toEqual([]);
      // Every force is on screen, inside the map.
      const map = (await page.locator('.map-view').boundingBox())!;
      for (const f of forces) expect(f.x >= map.x && f.x + f.width <= map.x + map.width && f.y >= map.y && f.y + f.height <= map.y + map.height, f.id).toBe(true);
    });
  }
});

describe('alliances', () => {
  it('gives each of the thirteen detected communities its own colour', async () => {
    const page = await open(session, 'tool=alliances&colour=community');
    await page.locator('#alliances-diff li.community').first().waitFor({ timeout: 30_000 });
    const colours = await page.locator('#alliances-diff li.community .swatch').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(colours.length).toBeGreaterThanOrEqual(2);
    expect(new Set(colours).size).toBe(colours.length);
    const markers = await page.locator('.map-force circle').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('fill'))).size);
    expect(markers).toBeGreaterThanOrEqual(Math.min(colours.length, 2));
  });

  it('does not inherit the force chosen in the contacts finder', async () => {
    const page = await open(session, 'tool=contacts');
    await page.selectOption('#contacts-force', 'kent');
    await page.selectOption('#contacts-topic', 'roads-policing');
    expect(await page.locator('.map-force.map-selected[data-id="kent"]').count()).toBe(1);
    await page.locator('#tool-alliances').click();
    await page.locator('[data-panel="alliances"]').waitFor();
    await ready(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('force')).toBeNull();
    expect(url.searchParams.get('asking')).toBeNull();
    expect(await page.locator('.map-force.map-selected').count()).toBe(0);
    expect(await page.locator('.map-hull.map-faded').count()).toBe(0);
  });
});

describe('bringing a selection into view', () => {
  it('pans the zoomed map to a collaboration chosen in the list', async () => {
    const page = await open(session);
    // Zoom into the North East, then choose a collaboration in the South West.
    await page.locator('.map-force[data-id="northumbria"]').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('+');
    await page.waitForTimeout(300);
    const map = (await page.locator('.map-view').boundingBox())!;
    const inView = async (selector: string) => {
      const b = await page.locator(selector).boundingBox();
      return !!b && b.x >= map.x && b.x + b.width <= map.x + map.width && b.y >= map.y && b.y + b.height <= map.y + map.height;
    };
    expect(await inView('.map-hub[data-id="swrocu"]')).toBe(false);
    await page.locator('#collab-list .collab-item[data-id="swrocu"]').click();
    await page.locator('[data-panel="collaboration"][data-id="swrocu"]').waitFor();
    await page.waitForTimeout(300);
    expect(await inView('.map-hub[data-id="swrocu"]')).toBe(true);
    for (const force of ['avon-somerset', 'devon-cornwall', 'dorset', 'gloucestershire', 'wiltshire']) expect(await inView(`.map-force[data-id="${force}"]`), force).toBe(true);
  });
});
