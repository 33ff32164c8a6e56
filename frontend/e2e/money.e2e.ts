import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminAuthorization, BASE_URL, cspViolations, launch, open, pageErrors, screenshot, type Session } from './browser';

// Issue 13 in the explorer, against the demo register: a collaboration's agreement terms, its budget by financial
// year and what each member pays in £, its benefits planned against realised as charts; a force's net contribution
// as a chart; the before-signing form (as a viewer, writing nothing); the server's uncertain lists. The demo
// register records no budget for a financial year, so one collaboration with three budgets and recorded shares is
// made here. Memberships are history and a collaboration with them cannot be deleted, so it is made as ended at the
// end of 2021: on today's date (and on every date the other browser tests ask about) the register is the seed's.

const stamp = Date.now().toString(36);
const VIEWER = { username: `e2e-money-viewer-${stamp}`, password: 'e2e-money-viewer-password' };
const COLLAB = `e2e-money-${stamp}`;
const auth = { Authorization: adminAuthorization(), 'Content-Type': 'application/json' };

let admin: Session;
let viewer: Session;

async function apiGet<T>(path: string): Promise<T> {
  const response = await fetch(`${BASE_URL}${path}`, { headers: { Authorization: adminAuthorization() } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

beforeAll(async () => {
  const account = await fetch(`${BASE_URL}/api/accounts`, { method: 'POST', headers: auth, body: JSON.stringify({ ...VIEWER, roles: ['viewer'], forces: [] }) });
  expect(account.status).toBe(201);
  const made = await fetch(`${BASE_URL}/api/collaborations`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({
      id: COLLAB,
      name: 'E2E money test group',
      kind: 'test group',
      scope: 'bilateral',
      status: 'ended',
      started: '2019-01-01',
      ended: '2021-12-31',
      members: [
        { force: 'kent', role: 'host', costShare: 0.6 },
        { force: 'essex', role: 'member', costShare: 0.4 },
      ],
      budgets: [
        { year: '2019/20', amount: 1_000_000, source: 'https://example.org/e2e-budget-2019' },
        { year: '2020/21', amount: 1_200_000, source: 'https://example.org/e2e-budget-2020' },
        { year: '2021/22', amount: 1_500_000, source: 'https://example.org/e2e-budget-2021' },
      ],
      benefits: [
        { id: 'hours', title: 'Officer hours freed', kind: 'non-cashable', measure: 'hours a year', unit: 'hours', realised: [{ period: '2020-06', value: 120, evidence: 'duty rosters', source: 'https://example.org/e2e-rosters' }], attributedTo: [{ force: 'kent', share: 1 }] },
        { id: 'saving', title: 'Shared saving', kind: 'cashable', measure: 'saving', unit: 'GBP', planned: [{ period: '2020/21', value: 80_000 }], realised: [{ period: '2020/21', value: 100_000, source: 'https://example.org/e2e-saving' }], attributedTo: [{ force: 'kent', share: 0.5 }, { force: 'essex', share: 0.5 }] },
      ],
      terms: { reviewDue: { value: '2019-03', source: 'https://example.org/e2e-terms' }, noticeMonths: { value: 6, source: 'https://example.org/e2e-terms' } },
    }),
  });
  expect(made.status, await made.clone().text()).toBe(201);
  [admin, viewer] = [await launch(), await launch(VIEWER)];
});

afterAll(async () => {
  await admin?.close();
  await viewer?.close();
});

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's serious and critical violations on the page as it is (injected from node_modules, as in keyboard.e2e.ts). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.impact} ${JSON.stringify(v.nodes.slice(0, 2).map((n) => n.target))}`);
  });
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('a collaboration’s terms, budget and contributions', () => {
  it('shows the West Mercia alliance’s terms read-only with their sources, what is not recorded said so, and no notice before it was served', async () => {
    const page = await open(viewer, 'at=2018-06-29&collab=west-mercia-warwickshire');
    const terms = page.locator('#collab-terms dl.terms');
    await terms.waitFor({ timeout: 30_000 });
    // the derived 12-month notice period (notice served October 2018, due to end October 2019)
    expect(await text(page, '#collab-terms [data-term="notice"] dd')).toMatch(/^12 months ?derived ?derived: notice served October 2018.*Source: policeprofessional\.com$/);
    expect(await text(page, '#collab-terms [data-term="signed"] dd')).toMatch(/^2012/);
    expect(await text(page, '#collab-terms [data-term="exit-terms"] dd')).toContain('generic template');
    expect(await page.locator('#collab-terms [data-term="exit-terms"] dd a.source').getAttribute('href')).toContain('justiceinspectorates.gov.uk');
    // no legal basis, no exit cost rule, no review date and no exit dates are recorded for it
    for (const term of ['legal-basis', 'exit-cost', 'review-due', 'exit-dates']) expect(await text(page, `#collab-terms [data-term="${term}"] dd`)).toBe('not recorded');
    // West Mercia served notice in October 2018: not yet on 29 June 2018, shown from November 2018
    expect(await text(page, '#collab-terms [data-term="notices"] dd')).toBe('not recorded');
    // read-only for every role: links, never a field
    expect(await page.locator('#collab-terms input, #collab-terms select, #collab-terms textarea').count()).toBe(0);
    const later = await open(viewer, 'at=2018-11-15&collab=west-mercia-warwickshire');
    await later.locator('#collab-terms dl.terms').waitFor();
    expect(await text(later, '#collab-terms [data-term="notices"] dd')).toMatch(/^West Mercia Police served notice in Oct 2018/);
    expect(pageErrors(page)).toEqual([]);
  });

  it('works out each member’s contribution as share × that year’s budget from the server, with the year chosen', async () => {
    const page = await open(admin, `at=2021-06-01&collab=${COLLAB}`);
    const table = page.locator('#collab-money table.contributions-table');
    await table.waitFor({ timeout: 30_000 });
    // three budgets by year, each with its source
    expect(await page.locator('#collab-money table.budgets tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.year))).toEqual(['2019/20', '2020/21', '2021/22']);
    expect(await text(page, '#collab-money table.budgets tr[data-year="2020/21"] td.amount')).toBe('£1.2m');
    expect(await page.locator('#collab-money table.budgets tr[data-year="2020/21"] a.source').getAttribute('href')).toBe('https://example.org/e2e-budget-2020');
    // the latest year begun by 1 June 2021 first: 2021/22, £1.5m × 60% and × 40%
    expect(await table.getAttribute('data-year')).toBe('2021/22');
    expect(await text(page, '#collab-money tr[data-force="kent"] td.pays')).toBe('£900k');
    expect(await text(page, '#collab-money tr[data-force="essex"] td.pays')).toBe('£600k');
    expect(await text(page, '#collab-money tr[data-force="kent"] td:nth-child(2)')).toBe('60.0%its recorded cost share');
    expect(await text(page, '#collab-money .contributions-summary')).toContain('Known for 2 of 2 members, £1.5m in all');
    // the server's own answer agrees (it is where the page took them from)
    const answer = await apiGet<{ forces: { force: string; collaborations: { collaboration: string; pays?: number }[] }[] }>(`/api/analytics/net-contribution?at=2021-06-01&year=2021/22`);
    const pays = Object.fromEntries(answer.forces.flatMap((f) => f.collaborations.filter((l) => l.collaboration === COLLAB).map((l) => [f.force, l.pays])));
    expect(pays).toEqual({ kent: 900_000, essex: 600_000 });
    // 2019/20 chosen: £1m × 60% and × 40%
    await page.selectOption('#contribution-year', '2019/20');
    await page.locator('#collab-money table.contributions-table[data-year="2019/20"]').waitFor();
    expect(await text(page, '#collab-money tr[data-force="kent"] td.pays')).toBe('£600k');
    expect(await text(page, '#collab-money tr[data-force="essex"] td.pays')).toBe('£400k');
    // its review was due in March 2019: passed on the date shown
    expect(await text(page, '#collab-terms [data-term="review-due"] dd')).toMatch(/^Mar 2019 \(passed\)/);
    expect(await text(page, '#collab-terms [data-term="notice"] dd')).toMatch(/^6 months/);
    await screenshot(page, 'collaboration-money');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('says what is unknown as unknown: the Seven Force programme’s £1.3m has no year, so no member’s payment is known', async () => {
    const page = await open(viewer, 'at=2021-06-01&collab=seven-force');
    await page.locator('#collab-money table.contributions-table').waitFor({ timeout: 30_000 });
    expect(await text(page, '#collab-money table.budgets tbody tr th')).toBe('year not recorded');
    expect(await text(page, '#collab-money table.budgets tbody tr td.amount')).toMatch(/^£1\.3mapproximate/);
    const cells = await page.locator('#collab-money table.contributions-table td.pays').evaluateAll((tds) => tds.map((td) => td.textContent ?? ''));
    expect(cells).toHaveLength(7);
    for (const cell of cells) {
      expect(cell).toMatch(/^unknown/);
      expect(cell).not.toContain('£');
    }
    expect(cells[0]).toContain('no 2020/21 budget is recorded');
    expect(await text(page, '#collab-money .contributions-summary')).toContain('Unknown for all 7 members');
  });
});

describe('benefits planned against realised', () => {
  it('draws NPAS’s aircraft in their unit, against the baseline of 33 local helicopters, with the numbers in a table', async () => {
    const page = await open(viewer, 'at=2013-01-01&collab=npas');
    const article = page.locator('#collab-benefits article[data-benefit="helicopters"]');
    await article.waitFor({ timeout: 30_000 });
    const chart = article.locator('svg.benefit-chart');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('title').textContent()).toBe('Aircraft in service: planned against realised (aircraft)');
    expect(await chart.locator('desc').textContent()).toContain('2012-10 25 aircraft');
    expect(await chart.locator('circle.chart-realised[data-value="25"]').count()).toBe(1);
    expect(await chart.locator('line.chart-baseline').count()).toBeGreaterThan(0);
    expect(await text(page, '#collab-benefits article[data-benefit="helicopters"] .baseline')).toMatch(/^Baseline: 33 aircraft/);
    const row = article.locator('table.benefit-progress tr[data-period="2012-10"]');
    expect(await row.locator('td.realised').textContent()).toBe('25 aircraft');
    expect(await row.locator('a.source').getAttribute('href')).toBe('https://naru.org.uk/launch-of-the-national-police-air-service-npas');
    // the flying hours (2017) had not happened by January 2013
    const hours = page.locator('#collab-benefits article[data-benefit="flying-hours"]');
    expect(await hours.locator('circle.chart-realised').count()).toBe(0);
    expect(await hours.locator('.not-yet').textContent()).toContain('1 realised value');
    expect(await hours.locator('tr[data-period="2017"] td.realised').textContent()).toBe('not yet at 2013-01-01');
    await screenshot(page, 'collaboration-benefits');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows Norfolk and Suffolk’s combined savings: £9.8m planned for 2010, more than £41m realised by 2021 with its source', async () => {
    const page = await open(viewer, 'at=2022-01-01&collab=norfolk-suffolk');
    const article = page.locator('#collab-benefits article[data-benefit="combined-savings"]');
    await article.waitFor({ timeout: 30_000 });
    expect(await article.locator('rect.chart-planned[data-value="9800000"]').count()).toBe(1);
    expect(await article.locator('circle.chart-realised[data-value="41000000"]').count()).toBe(1);
    expect(await article.locator('tr[data-period="2010"] td:nth-child(2)').textContent()).toMatch(/^£9\.8mapproximate/);
    expect(await article.locator('tr[data-period="2021"] td.realised').textContent()).toMatch(/^£41m/);
    expect(await article.locator('tr[data-period="2021"] a.source').getAttribute('href')).toBe('https://constabulary.prs.uk.com/about');
  });
});

describe('a force’s net contribution', () => {
  it('shows Suffolk’s 2020/21 with the server’s summary first: £20m cashable from Norfolk and Suffolk, what it pays unknown, the gaps counted', async () => {
    const answer = await apiGet<{ summary: string; gaps: number }>('/api/analytics/net-contribution?force=suffolk&at=2021-06-01');
    const page = await open(viewer, 'at=2021-06-01&force=suffolk');
    const section = page.locator('#force-net');
    await section.locator('svg.net-chart').waitFor({ timeout: 30_000 });
    expect(await section.locator('.section-body > *').first().textContent()).toBe(answer.summary);
    expect(answer.summary).toMatch(/^As of 1 June 2021, for 2020\/21: Suffolk Constabulary/);
    expect(await text(page, '#force-net .net-gaps')).toContain(`2020/21: ${answer.gaps} gaps in the data`);
    expect(await section.locator('svg.net-chart rect.net-cashable[data-value="20000000"]').count()).toBe(1);
    // no payment of Suffolk's is known: no paid bar at all, each written "unknown"
    expect(await section.locator('svg.net-chart rect.net-pays[data-value]').count()).toBe(0);
    expect(await section.locator('svg.net-chart text.net-pays-unknown').count()).toBe(await section.locator('table.net-table tbody tr').count());
    expect(await text(page, '#force-net tr[data-collaboration="norfolk-suffolk"] td.cashable')).toMatch(/^£20m/);
    expect(await text(page, '#force-net tr[data-collaboration="norfolk-suffolk"] td.pays')).toMatch(/^unknown/);
    expect(await section.locator('svg.net-chart title').textContent()).toBe('Paid against cashable benefits attributed, 2020/21');
    await screenshot(page, 'force-net-contribution');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('weighs Kent’s payment into the test group against its cashable share, and lists its non-cashable benefit apart, never in £', async () => {
    const page = await open(viewer, 'at=2021-06-01&force=kent');
    const row = page.locator(`#force-net tr[data-collaboration="${COLLAB}"]`);
    await row.waitFor({ timeout: 30_000 });
    // 2020/21: 60% of £1.2m paid; half of a £100k realised saving got
    expect(await text(page, `#force-net tr[data-collaboration="${COLLAB}"] td.pays`)).toMatch(/^£720k/);
    expect(await text(page, `#force-net tr[data-collaboration="${COLLAB}"] td.cashable`)).toMatch(/^£50k/);
    expect(await page.locator('#force-net svg.net-chart rect.net-pays[data-value="720000"]').count()).toBe(1);
    expect(await page.locator('#force-net svg.net-chart rect.net-cashable[data-value="50000"]').count()).toBe(1);
    expect(await text(page, '#force-net ul.net-apart')).toContain('Officer hours freed: 120.0 hours (2020-06)');
    expect(await text(page, '#force-net ul.net-apart')).not.toContain('£');
    expect(await text(page, '#force-net .net-summary')).toContain('a net donor by');
  });
});

describe('before signing', () => {
  it('is reachable for a viewer, checks a draft motorway group in the North West in 2018 and writes nothing', async () => {
    const before = await apiGet<unknown[]>('/api/collaborations?limit=1000');
    const page = await open(viewer, 'at=2018-06-01');
    await page.locator('#tool-before-signing').click();
    await page.locator('[data-panel="before-signing"]').waitFor();
    // every control of the form is reached with Tab from the panel's heading
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(reached).toEqual(expect.arrayContaining(['bs-name', 'bs-members', 'bs-functions', 'bs-region', 'bs-check']));
    // no force chosen: the server's refusal is named beside the members
    await page.fill('#bs-name', 'Draft motorway group');
    await page.click('#bs-check');
    await page.locator('#bs-members-error:not([hidden])').waitFor();
    expect(await page.locator('#bs-members-error').textContent()).toContain('is required');
    expect(await page.locator('#bs-members').getAttribute('aria-invalid')).toBe('true');

    await page.selectOption('#bs-members', ['cheshire', 'merseyside']);
    await page.selectOption('#bs-functions', ['roads-policing']);
    await page.selectOption('#bs-region', 'North West');
    await page.locator('#bs-check').focus();
    await page.keyboard.press('Enter');
    const answer = page.locator('#bs-result .before-signing-answer');
    await answer.waitFor({ timeout: 30_000 });
    expect(await page.locator('#bs-members-error').isHidden()).toBe(true);
    expect(await text(page, '#bs-result .bs-summary')).toMatch(/^As of 1 June 2018, Draft motorway group \(Cheshire Constabulary and Merseyside Police\) would overlap/);
    // NWMPG already does roads policing for both: a duplicate
    expect(await page.locator('#bs-result .bs-overlaps li[data-collaboration="nwmpg"]').getAttribute('data-duplicate')).toBe('true');
    // elsewhere: CMPG, which West Mercia left, with its lesson
    expect(await text(page, '#bs-result .bs-elsewhere li[data-collaboration="cmpg"]')).toContain('1 withdrawal; 1 lesson recorded');
    expect(await page.locator('#bs-result .bs-contacts li').count()).toBeGreaterThan(0);
    expect(await page.locator('#bs-result .bs-not-met li').count()).toBeGreaterThan(0);
    // Lancashire's NWMPG exit, recorded as 2018, may already have happened on 1 June 2018
    expect(await text(page, '#bs-uncertain')).toContain('recorded as 2018, may already have happened');
    await screenshot(page, 'before-signing');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    const after = await apiGet<unknown[]>('/api/collaborations?limit=1000');
    expect(after.length).toBe(before.length);
  });
});

describe('uncertain events beside the answers', () => {
  it('lists Lancashire’s NWMPG exit, known only as 2018, with NWMPG’s health in mid-2018', async () => {
    const page = await open(viewer, 'at=2018-06-01&collab=nwmpg');
    const list = page.locator('#collab-health .uncertain');
    await list.waitFor({ timeout: 30_000 });
    expect(await list.locator('li[data-recorded="2018"]').textContent()).toContain('Lancashire Constabulary left North West Motorway Police Group (NWMPG): recorded as 2018, may already have happened');
    // and in the what-if of Lancashire leaving, at the same date
    const whatIf = await open(viewer, 'at=2018-06-01&force=lancashire&whatif=nwmpg');
    await whatIf.locator('#whatif-result .whatif').waitFor({ timeout: 30_000 });
    const withdrawal = await apiGet<{ uncertain?: { note: string }[] }>('/api/analytics/withdrawal?force=lancashire&collaboration=nwmpg&at=2018-06-01');
    expect(withdrawal.uncertain?.map((u) => u.note)).toEqual([expect.stringContaining('recorded as 2018')]);
    expect(await whatIf.locator('#whatif-result .uncertain li').allTextContents()).toEqual(withdrawal.uncertain!.map((u) => u.note));
  });
});

describe('on a phone', () => {
  for (const query of [`at=2021-06-01&collab=${COLLAB}`, 'at=2013-01-01&collab=npas', 'at=2021-06-01&force=suffolk', 'at=2018-06-01&tool=before-signing']) {
    it(`does not scroll sideways: ${query}`, async () => {
      const page = await open(viewer, query, undefined, { width: 390, height: 844 });
      await page.locator('#panel .panel-inner').waitFor();
      await page.waitForFunction(() => ![...document.querySelectorAll('#panel .section-body')].some((b) => b.textContent?.trim() === 'Loading…'), undefined, { timeout: 30_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => { const p = document.getElementById('panel')!; return p.scrollWidth - p.clientWidth; })).toBeLessThanOrEqual(0);
    });
  }
});
