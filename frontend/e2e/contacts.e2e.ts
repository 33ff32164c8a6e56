import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, pageErrors, screenshot, type Session } from './browser';

// Issue 14's contacts case, as the page shows it: Kent asking about withdrawal. Whoever went through a
// withdrawal of their own force (has done what is asked) comes before those who were only near one, and every result says why in words
// with the score's parts named, never a bare score.

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => session?.close());

describe('contacts that help', () => {
  it('ranks the NWMPG point of contact whose force left above the Warwickshire PCC, and explains each result', async () => {
    const page = await open(session, 'tool=contacts&asking=kent&topic=withdrawal');
    await page.locator('#contacts-ranked ol.contacts li[data-person]').first().waitFor();
    const people = await page.locator('#contacts-ranked li[data-person]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.person!));
    expect(people).toContain('nwmpg-poc-lancashire');
    expect(people).toContain('warwickshire-pcc');
    expect(people.indexOf('nwmpg-poc-lancashire')).toBeLessThan(people.indexOf('warwickshire-pcc'));

    const lancashire = page.locator('#contacts-ranked li[data-person="nwmpg-poc-lancashire"]');
    const why = (await lancashire.locator('.reasons').textContent()) ?? '';
    expect(why).toContain('Has done this, went through a withdrawal: Lancashire');
    expect(why).toContain('left North West Motorway Police Group');
    expect(why).toContain('No link from Kent Police');
    const parts = (await lancashire.locator('.score-parts').textContent()) ?? '';
    expect(parts).toMatch(/^Score 0\.\d+ = match [\d.]+ \(.+\) × link 0\.5 \(no link\) × experience 2 \(own force left\) × recency [\d.]+ \(.+\)$/);
    // every result is explained, none is a bare score
    const items = await page.locator('#contacts-ranked li[data-person]').count();
    expect(await page.locator('#contacts-ranked li[data-person] .reasons li:first-child').count()).toBe(items);
    expect(await page.locator('#contacts-ranked li[data-person] .score-parts').count()).toBe(items);
    expect((await page.locator('#contacts-ranked').textContent())?.match(/score \d/)).toBeNull();
    await screenshot(page, 'contacts-withdrawal-kent');
    expect(pageErrors(page)).toEqual([]);
  });
});
