import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedCollaborations, launch, open, pageErrors, ready, screenshot, type Session } from './browser';
import { collaborations, type RegisterCollaboration } from './register';

let session: Session;
let register: Map<string, RegisterCollaboration>;

beforeAll(async () => {
  session = await launch();
  register = await collaborations();
});
afterAll(async () => session?.close());

/** "2014" → "2014-01-01", "2010-09" → "2010-09-01": partial dates compare as their first day. */
function startOf(partial?: string): string | undefined {
  if (!partial) return undefined;
  const [year, month = '01', day = '01'] = partial.split('-');
  return `${year}-${month}-${day}`;
}

describe('map view', () => {
  it('shows the 43 forces of England and Wales in their 10 regions', async () => {
    const page = await open(session);
    const markers = page.locator('.map-force');
    await expect(markers.count()).resolves.toBe(43);
    const regions = await markers.evaluateAll((els) => [...new Set(els.map((e) => (e as SVGElement).dataset.region))]);
    expect(regions).toHaveLength(10);
    // Each force is coloured by its region, and the legend names every region.
    const legend = await page.locator('#legend li[data-region]').count();
    expect(legend).toBe(10);
    // The coastline is drawn from the bundled Natural Earth data.
    expect(await page.locator('.map-country').count()).toBeGreaterThan(0);
    // National collaborations (NPAS) are hidden by default.
    expect(await listedCollaborations(page)).not.toContain('npas');
    expect(pageErrors(page)).toEqual([]);
    await screenshot(page, 'map');
  });

  it('narrows the collaborations to those with the chosen function', async () => {
    const page = await open(session);
    const before = await listedCollaborations(page);
    await page.selectOption('#filter-function', 'roads-policing');
    await ready(page);
    const after = await listedCollaborations(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    for (const id of after) expect(register.get(id)?.functions).toContain('roads-policing');
    expect(page.url()).toContain('function=roads-policing');
    await screenshot(page, 'map-roads-policing');
  });

  it('hides collaborations formed after the slider date', async () => {
    const page = await open(session);
    const today = await listedCollaborations(page);
    // The slider moves a month per step; 2010-01 is month index 2010 × 12.
    await page.locator('#at-range').fill(String(2010 * 12));
    await ready(page);
    expect(page.url()).toContain('at=2010-01-01');
    const in2010 = await listedCollaborations(page);
    expect(in2010.length).toBeGreaterThan(0);
    expect(in2010.length).toBeLessThan(today.length);
    for (const id of in2010) {
      const started = startOf(register.get(id)?.started);
      if (started) expect(started <= '2010-01-01', `${id} started ${started}`).toBe(true);
    }
    // SEROCU (2014) and the South West ROCU (2010-09) were formed later: neither is drawn.
    expect(in2010).not.toContain('serocu');
    expect(in2010).not.toContain('swrocu');
    expect(await page.locator('.map-hub[data-id="serocu"]').count()).toBe(0);
    await expect(page.locator('#at-label').textContent()).resolves.toBe('1 Jan 2010');
    await screenshot(page, 'map-2010');
  });
});
