import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedCollaborations, launch, networkLaidOut, open, pageErrors, ready, screenshot, type Session } from './browser';

let session: Session;
beforeAll(async () => (session = await launch()));
afterAll(async () => session?.close());

describe('network view', () => {
  it('lays out forces and collaborations grouped by region', async () => {
    const page = await open(session);
    await page.keyboard.press('n');
    await networkLaidOut(page);
    expect(page.url()).toContain('view=network');
    const nodes = Number(await page.locator('.network-view').getAttribute('data-nodes'));
    const collabs = (await listedCollaborations(page)).length;
    // 43 forces, one box per region (10), and each collaboration drawn.
    expect(nodes).toBe(43 + 10 + collabs);
    const layout = await page.evaluate(() => performance.getEntriesByName('network-layout').map((e) => e.duration));
    expect(layout.length).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
    await screenshot(page, 'network');
  });

  it('starts a region-level view and opens a region on demand', async () => {
    const page = await open(session, 'level=region');
    expect(await page.locator('.map-region').count()).toBe(10);
    await screenshot(page, 'regions');
    await page.locator('.map-region[data-id="North West"]').click();
    await ready(page);
    expect(page.url()).toContain('region=North+West');
    expect(page.url()).not.toContain('level=region');
    await expect(page.locator('#filter-region').inputValue()).resolves.toBe('North West');
    // Forces outside the region are dimmed, not removed.
    expect(await page.locator('.map-force.map-out-of-scope').count()).toBe(43 - 5);
  });
});

describe('time slider', () => {
  it('plays forward on demand and stops again', async () => {
    const page = await open(session, 'at=2000-01-01');
    await page.keyboard.press('p');
    await expect(page.locator('#play').getAttribute('aria-pressed')).resolves.toBe('true');
    // One step (a quarter) every 0.8 s: after two seconds the date has moved on by at least one step.
    await page.waitForTimeout(2000);
    await page.keyboard.press('p');
    await expect(page.locator('#play').getAttribute('aria-pressed')).resolves.toBe('false');
    const at = new URL(page.url()).searchParams.get('at')!;
    expect(at > '2000-01-01').toBe(true);
    expect(at < '2002-01-01').toBe(true);
  });
});

describe('a register too large for one picture', () => {
  it('starts from the region level and never asks for more nodes than the API limit', async () => {
    const asked: URL[] = [];
    const page = await open(session, '', async (p) => {
      await p.route('**/api/graph?**', async (route) => {
        const url = new URL(route.request().url());
        asked.push(url);
        // The force-level answer claims to be cut short, as it would be for a national-size register.
        if (url.searchParams.get('level') === 'force') {
          await route.fulfill({ json: { nodes: [], edges: [], truncated: true, totalNodes: 12_000 } });
        } else {
          await route.continue();
        }
      });
    });
    expect(page.url()).toContain('level=region');
    expect(await page.locator('.map-region').count()).toBe(10);
    await expect(page.locator('#status').textContent()).resolves.toContain('12000 nodes');
    expect(asked.length).toBeGreaterThanOrEqual(2);
    for (const url of asked) expect(Number(url.searchParams.get('limit'))).toBeLessThanOrEqual(2000);
  });
});

describe('panels', () => {
  it('shows a collaboration with members, roles, costs and sources', async () => {
    const page = await open(session);
    await page.locator('#collab-list .collab-item[data-id="emsou"]').click();
    const panel = page.locator('[data-panel="collaboration"][data-id="emsou"]');
    await panel.waitFor();
    await panel.locator('table.members tbody tr').first().waitFor();
    expect(await panel.locator('table.members tbody tr').count()).toBe(5);
    // EMSOU's shares come from its 2012 briefing: Nottinghamshire pays 27.6%.
    await expect(panel.locator('table.members').textContent()).resolves.toContain('27.6%');
    expect(await panel.locator('#collab-costs a.source').count()).toBeGreaterThan(0);
    expect(page.url()).toContain('collab=emsou');
    await screenshot(page, 'collaboration');
  });

  it('shows a force with its memberships over time and similar forces', async () => {
    const page = await open(session, 'force=west-mercia');
    const panel = page.locator('[data-panel="force"][data-id="west-mercia"]');
    await panel.locator('svg.timeline rect.timeline-bar').first().waitFor();
    expect(await panel.locator('svg.timeline rect.timeline-bar').count()).toBeGreaterThan(2);
    await panel.locator('#force-similar li, #force-similar .error, #force-similar .muted:not(:has-text("Loading"))').first().waitFor();
    await screenshot(page, 'force');
  });

  it('finds contacts for a topic with the path that links them', async () => {
    const page = await open(session, 'tool=contacts');
    await page.selectOption('#contacts-force', 'kent');
    await page.selectOption('#contacts-topic', 'roads-policing');
    await page.locator('#contacts-ranked .section-body > :not(.muted)').first().waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('topic=roads-policing');
    await screenshot(page, 'contacts');
  });

  it('colours by detected community and lists where alliances differ from regions', async () => {
    const page = await open(session, 'tool=alliances&colour=community');
    await page.locator('#alliances-diff .section-body > :not(.muted)').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'alliances');
  });
});

describe('keyboard and URL', () => {
  it('finds a force by name from the keyboard and closes the panel with Escape', async () => {
    const page = await open(session);
    await page.keyboard.press('/');
    await page.keyboard.type('Lancashire');
    await page.keyboard.press('Enter');
    await page.locator('[data-panel="force"][data-id="lancashire"]').waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page.locator('#panel').isHidden()).resolves.toBe(true);
  });

  it('opens a force from the map with Tab and Enter', async () => {
    const page = await open(session);
    await page.locator('.map-force[data-id="kent"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-panel="force"][data-id="kent"]').waitFor();
  });

  it('restores filters, date, view and selection from a shared link', async () => {
    const page = await open(session, 'view=network&function=firearms&status=active&at=2016-01-01&collab=emopss');
    await expect(page.locator('#filter-function').inputValue()).resolves.toBe('firearms');
    await expect(page.locator('#filter-status').inputValue()).resolves.toBe('active');
    await expect(page.locator('#at-date').inputValue()).resolves.toBe('2016-01-01');
    await expect(page.locator('#view-network').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.locator('[data-panel="collaboration"][data-id="emopss"]').waitFor();
  });
});

describe('exports', () => {
  it('downloads the visible data as CSV', async () => {
    const page = await open(session, 'function=roads-policing');
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('collaboration,collaboration_name,kind,scope,status,force,force_name,region,role,cost_share');
    expect(lines.some((l) => l.startsWith('nwmpg,'))).toBe(true);
  });
});
