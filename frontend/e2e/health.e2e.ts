import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, pageErrors, screenshot, type Session } from './browser';

let session: Session;
beforeAll(async () => (session = await launch()));
afterAll(async () => session?.close());

describe('collaboration health', () => {
  it('shows the West Mercia alliance as traffic lights the summer before notice was served', async () => {
    const page = await open(session, 'at=2018-06-29&collab=west-mercia-warwickshire');
    const lights = page.locator('#collab-health .health-light');
    await lights.first().waitFor({ timeout: 30_000 });
    expect(await lights.count()).toBe(9);
    const byCriterion = await lights.evaluateAll((items) => Object.fromEntries(items.map((li) => [li.textContent!.replace(/^\w+: /, '').split(' (')[0], (li as HTMLElement).dataset.colour])));
    // the derived 12-month notice period and the exit terms are recorded; no cost sharing and no 2018/19 budget
    expect(byCriterion['notice period and exit terms recorded']).toBe('green');
    expect(byCriterion['cost shares or a formula recorded']).toBe('red');
    expect(byCriterion['a budget for the current financial year']).toBe('red');
    await expect(page.locator('#collab-health .health-summary').textContent()).resolves.toMatch(/^As of 29 June 2018, West Mercia and Warwickshire Strategic Alliance meets \d of 9 criteria/);
    await expect(page.locator('#collab-health .health-red .to-green').first().textContent()).resolves.toMatch(/^To make it green: /);
    expect(pageErrors(page)).toEqual([]);
    await screenshot(page, 'collaboration-health');
  });
});
