import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, networkLaidOut, open, pageErrors, ready, screenshot, type Session } from './browser';

let session: Session;
beforeAll(async () => (session = await launch()));
afterAll(async () => session?.close());

describe('what-if withdrawal', () => {
  it('shows the new cost shares of the three forces left when Lancashire leaves NWMPG in mid-2017', async () => {
    const page = await open(session);
    // Set the date as a user would: the exact-date box next to the slider.
    await page.locator('#at-date').fill('2017-06-30');
    await ready(page);
    expect(page.url()).toContain('at=2017-06-30');
    await page.locator('.map-force[data-id="lancashire"]').click();
    await page.locator('#panel[aria-label] [data-panel="force"]').waitFor();
    // NWMPG is offered because Lancashire was a member on that date (it left in 2018).
    await page.selectOption('#whatif-choice', 'nwmpg');
    await page.locator('#whatif-run').click();
    const table = page.locator('table.shares[data-collaboration="nwmpg"]');
    await table.waitFor({ timeout: 30_000 });

    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        force: (tr as HTMLElement).dataset.force,
        before: tr.querySelector('.before')!.textContent,
        after: tr.querySelector('.after')!.textContent,
        leaving: tr.classList.contains('leaving'),
      })),
    );
    const stay = rows.filter((r) => !r.leaving);
    expect(stay.map((r) => r.force).sort()).toEqual(['cheshire', 'greater-manchester', 'merseyside']);
    // NWMPG splits costs by a formula whose numbers are not recorded: the equal split (a quarter each before, a
    // third each after) is shown only as an illustration, never as "assumed equal" (issue 13).
    for (const r of stay) {
      expect(r.before).toBe('25.0%');
      expect(r.after).toBe('33.3%');
    }
    expect(rows.find((r) => r.leaving)?.force).toBe('lancashire');
    await expect(page.locator('.shares-assumed').count()).resolves.toBe(0);
    await expect(page.locator('.shares-illustration').textContent()).resolves.toContain('only an illustration');
    // The server's summary comes first: what is known, assumed, and where the £ come from.
    await expect(page.locator('.whatif-summary').textContent()).resolves.toMatch(
      /^As of 30 June 2017, if Lancashire Constabulary left North West Motorway Police Group \(NWMPG\), it would stay viable with 3 members .* no £ figure is given, because no budget is recorded for it\./,
    );
    // ... and each exposed force's risk as its band with the score to two places, not the raw score.
    await expect(page.locator('.whatif-summary').textContent()).resolves.toContain('Most exposed: Cheshire Constabulary medium (0.16),');
    // The printable business case opens beside the explorer.
    const href = await page.locator('a.business-case-link').getAttribute('href');
    expect(href).toContain('format=html');
    const printable = await session.context.newPage();
    await printable.goto(new URL(href!, page.url()).toString());
    await expect(printable.locator('h1').textContent()).resolves.toBe('Business case: Lancashire Constabulary leaving North West Motorway Police Group (NWMPG)');
    await expect(printable.locator('.summary').textContent()).resolves.toContain('no exit date can be worked out because no notice period is recorded');
    await screenshot(printable, 'business-case-printable');
    await printable.close();

    // The same answer is drawn on the map: NWMPG is marked as affected, the three payers are ringed.
    await page.locator('.map-hull.map-affected, .map-hull.map-nonviable').first().waitFor();
    expect(await page.locator('.map-force.map-paying').count()).toBe(3);
    expect(await page.locator('.map-force.map-leaving[data-id="lancashire"]').count()).toBe(1);
    expect(page.url()).toContain('whatif=nwmpg');
    expect(pageErrors(page)).toEqual([]);
    await screenshot(page, 'what-if');

    // The network view shows the impact too.
    await page.locator('#view-network').click();
    await networkLaidOut(page);
    await screenshot(page, 'what-if-network');
  });

  it('reloads the same what-if from its URL', async () => {
    const page = await open(session, 'at=2017-06-30&force=lancashire&whatif=nwmpg');
    const after = page.locator('table.shares[data-collaboration="nwmpg"] tr[data-force="merseyside"] .after');
    await after.waitFor({ timeout: 30_000 });
    await expect(after.textContent()).resolves.toBe('33.3%');
  });
});
