import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminAuthorization, BASE_URL, cspViolations, launch, open, pageErrors, screenshot, type Session } from './browser';

// What editing in place adds to the forms of editing.e2e.ts: the agreement terms' lists, exit cost rule and
// stranded costs (shown in the terms, then edited), a benefit's attribution to forces, editing a figure in place
// and deleting one (as a Kent editor: a refused value named beside its field, then saved and read back), the
// functions tool (as the admin: the count of collaborations covering a function is the server's, add, a refused
// id beside its field, rename, a delete refused while collaborations cover it, delete), and no controls for a
// viewer, who sees the stranded costs recorded. Everything changed is
// made here, in a proposed collaboration and a function of its own, so the other tests see the seed.

const stamp = Date.now().toString(36);
const EDITOR = { username: `e2e-terms-kent-${stamp}`, password: 'e2e-terms-editor-password' };
const VIEWER = { username: `e2e-terms-viewer-${stamp}`, password: 'e2e-terms-viewer-password' };
const COLLAB = `e2e-terms-${stamp}`;
const BENEFIT = 'e2e-terms-benefit';
const FUNCTION = `e2e-fn-${stamp}`;

let editor: Session;
let viewer: Session;
let admin: Session;

async function api(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Authorization: adminAuthorization() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(`${BASE_URL}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function made(method: string, path: string, body: unknown) {
  const r = await api(method, path, body);
  if (r.status !== 201 && r.status !== 200) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
}

async function read<T>(path: string): Promise<T> {
  return (await (await api('GET', path)).json()) as T;
}

beforeAll(async () => {
  await made('POST', '/api/accounts', { ...EDITOR, roles: ['editor'], forces: ['kent'] });
  await made('POST', '/api/accounts', { ...VIEWER, roles: ['viewer'], forces: [] });
  await made('POST', '/api/collaborations', {
    id: COLLAB,
    name: 'E2E terms test group',
    kind: 'test group',
    scope: 'bilateral',
    status: 'proposed',
    members: [{ force: 'kent', role: 'host' }, { force: 'essex', role: 'member' }],
    figures: [{ kind: 'set-up-cost', amount: 250000, date: '2024', source: 'https://example.org/e2e-figure' }],
  });
  await made('POST', `/api/collaborations/${COLLAB}/benefits`, { id: BENEFIT, title: 'E2E shared benefit', kind: 'cashable', unit: 'GBP' });
  [editor, viewer, admin] = await Promise.all([launch(EDITOR), launch(VIEWER), launch()]);
});
afterAll(async () => {
  await editor?.close();
  await viewer?.close();
  await admin?.close();
});

const panel = (page: Page) => page.locator(`[data-panel="collaboration"][data-id="${COLLAB}"] #collab-edit`);

async function fill(page: Page, field: string, value: string) {
  const input = page.locator(`dialog[open] .field[data-field="${field}"]`).locator('input, select, textarea').first();
  if ((await input.evaluate((e) => e.tagName)) === 'SELECT') await input.selectOption(value);
  else await input.fill(value);
}

async function opened(page: Page) {
  await page.locator('dialog.edit-dialog[open][data-ready="true"]').waitFor();
}

/** Saves, and answers the field errors shown (field name → message) once the server has answered. */
async function saveRefused(page: Page): Promise<Record<string, string>> {
  await page.locator('dialog[open] [data-action="save"]').click();
  await page.locator('dialog[open] .field-error:not([hidden])').first().waitFor();
  const shown: Record<string, string> = {};
  for (const field of await page.locator('dialog[open] .field:has(.field-error:not([hidden]))').all()) {
    shown[(await field.getAttribute('data-field'))!] = (await field.locator('.field-error').textContent())!;
    expect(await field.locator('input, select, textarea').first().getAttribute('aria-invalid')).toBe('true');
  }
  return shown;
}

async function saved(page: Page) {
  await page.locator('dialog[open] [data-action="save"]').click();
  await page.locator('dialog.edit-dialog').waitFor({ state: 'detached' });
}

describe('agreement terms, attribution and figures in place', () => {
  it('takes the terms’ lists and the exit cost rule, with an error beside the list entry it names', async () => {
    const page = await open(editor, `collab=${COLLAB}`);
    await panel(page).locator('[data-edit="terms"]').click();
    await opened(page);
    await fill(page, 'noticeMonths.value', '12');
    await fill(page, 'noticeMonths.confidence', 'derived');
    await fill(page, 'exitDates[0].date', '2020-13');
    await fill(page, 'exitDates[0].kind', 'break');
    await fill(page, 'exitCost.kind', 'fixed-settlement');
    await fill(page, 'exitCost.amount', '10500000');
    await fill(page, 'exitCost.source', 'https://example.org/e2e-settlement');
    await fill(page, 'noticesServed[0].force', 'essex');
    await fill(page, 'noticesServed[0].date', '2018-10');
    await fill(page, 'staffing[0].force', 'kent');
    await fill(page, 'staffing[0].share', '0.69');
    await fill(page, 'staffing[0].source', 'https://example.org/e2e-staffing');
    const shown = await saveRefused(page);
    expect(Object.keys(shown)).toEqual(['exitDates[0].date']);
    expect(shown['exitDates[0].date']).toMatch(/2020-13|date/i);
    await screenshot(page, 'terms-lists-error');

    await fill(page, 'exitDates[0].date', '2020-03');
    await saved(page);
    const terms = await read<Record<string, unknown>>(`/api/collaborations/${COLLAB}/terms`);
    // (the API answers what is not recorded as null)
    expect(terms).toMatchObject({
      noticeMonths: { value: 12, confidence: 'derived' },
      exitDates: [{ date: '2020-03', kind: 'break' }],
      exitCost: { kind: 'fixed-settlement', amount: 10500000, source: 'https://example.org/e2e-settlement' },
      noticesServed: [{ force: 'essex', date: '2018-10' }],
      staffing: [{ force: 'kent', share: 0.69, source: 'https://example.org/e2e-staffing' }],
    });
    expect((terms.exitCost as Record<string, unknown>).share ?? null).toBeNull();

    // opened again: what was stored, and one more row of each list
    await panel(page).locator('[data-edit="terms"]').click();
    await opened(page);
    expect(await page.locator('dialog[open] .field[data-field="staffing[0].share"] input').inputValue()).toBe('0.69');
    expect(await page.locator('dialog[open] .field[data-field="staffing[1].share"]').count()).toBe(1);
    // a second staffing share that takes the sum above 1 is refused and named where it was typed
    await fill(page, 'staffing[1].force', 'essex');
    await fill(page, 'staffing[1].share', '0.5');
    await page.locator('dialog[open] [data-action="save"]').click();
    await page.locator('dialog[open] .form-message .error, dialog[open] .field-error:not([hidden])').first().waitFor();
    expect(await page.locator('dialog[open]').textContent()).toContain('above 1');
    await page.locator('dialog[open] [data-action="cancel"]').click();
    expect(pageErrors(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('shows stranded costs as not recorded, takes them in the terms form with a refused amount beside its field, then shows them with their source', async () => {
    const page = await open(editor, `collab=${COLLAB}`);
    const row = page.locator(`[data-panel="collaboration"][data-id="${COLLAB}"] #collab-terms [data-term="stranded-costs"]`);
    await row.waitFor();
    expect(await row.locator('dd').textContent()).toBe('not recorded');
    await panel(page).locator('[data-edit="terms"]').click();
    await opened(page);
    await fill(page, 'strandedCosts.value', '-750000');
    await fill(page, 'strandedCosts.source', 'https://example.org/e2e-stranded');
    const shown = await saveRefused(page);
    expect(Object.keys(shown)).toEqual(['strandedCosts.value']);
    await screenshot(page, 'terms-stranded-error');
    await fill(page, 'strandedCosts.value', '750000');
    await fill(page, 'strandedCosts.confidence', 'approximate');
    await saved(page);
    const terms = await read<{ strandedCosts: unknown; noticeMonths: unknown }>(`/api/collaborations/${COLLAB}/terms`);
    expect(terms.strandedCosts).toMatchObject({ value: 750000, source: 'https://example.org/e2e-stranded', confidence: 'approximate' });
    // the other terms stay as the first test left them
    expect(terms.noticeMonths).toMatchObject({ value: 12 });
    // the panel is drawn again from the API: the amount, its confidence and its source
    const drawn = page.locator(`[data-panel="collaboration"][data-id="${COLLAB}"] #collab-terms [data-term="stranded-costs"] dd:not(.unknown)`);
    await drawn.waitFor();
    const text = await drawn.textContent();
    expect(text).toContain('£750k');
    expect(text).toContain('approximate');
    expect(await drawn.locator('a[href="https://example.org/e2e-stranded"]').count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });

  it('attributes a benefit to forces with their shares, naming a refused share beside its field', async () => {
    const page = await open(editor, `collab=${COLLAB}`);
    await panel(page).locator(`[data-edit="benefit"][data-benefit="${BENEFIT}"]`).click();
    await opened(page);
    await fill(page, 'attributedTo[0].force', 'kent');
    await fill(page, 'attributedTo[0].share', '1.5');
    const shown = await saveRefused(page);
    expect(Object.keys(shown)).toEqual(['attributedTo[0].share']);
    await fill(page, 'attributedTo[0].share', '0.6');
    await saved(page);
    const benefit = await read<{ attributedTo: unknown[] }>(`/api/collaborations/${COLLAB}/benefits/${BENEFIT}`);
    expect(benefit).toMatchObject({ attributedTo: [{ force: 'kent', share: 0.6 }] });
    expect(benefit.attributedTo).toHaveLength(1);
    expect(pageErrors(page)).toEqual([]);
  });

  it('edits a figure in place under its id, a refused amount beside its field, with the history one click away', async () => {
    const page = await open(editor, `collab=${COLLAB}`);
    const [figure] = await read<{ id: string }[]>(`/api/collaborations/${COLLAB}/figures`);
    await panel(page).locator(`[data-edit="figure-edit"][data-figure="${figure.id}"]`).click();
    await opened(page);
    expect(await page.locator('dialog[open] .field[data-field="amount"] input').inputValue()).toBe('250000');
    await fill(page, 'amount', '-1');
    await fill(page, 'date', '2024-13');
    const shown = await saveRefused(page);
    expect(Object.keys(shown).sort()).toEqual(['amount', 'date']);
    await screenshot(page, 'figure-edit-error');
    await fill(page, 'amount', '275000');
    await fill(page, 'date', '2024');
    await fill(page, 'note', 'restated in the e2e accounts');
    await saved(page);
    const figures = await read<{ id: string; amount: number; note: string; source: string }[]>(`/api/collaborations/${COLLAB}/figures`);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ id: figure.id, amount: 275000, note: 'restated in the e2e accounts', source: 'https://example.org/e2e-figure' });
    // drawn again with the new amount; the collaboration's history has the edit, through the figure's address
    await panel(page).locator(`[data-figure="${figure.id}"] span:has-text("£275k")`).waitFor();
    const audit = await read<{ endpoint: string }[]>(`/api/audit?entity=collaboration:${COLLAB}&limit=1`);
    expect(audit[0].endpoint).toBe(`PUT /api/collaborations/${COLLAB}/figures/${figure.id}`);
    expect(pageErrors(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('deletes a figure after asking, and Cancel deletes nothing', async () => {
    const page = await open(editor, `collab=${COLLAB}`);
    const [figure] = await read<{ id: string }[]>(`/api/collaborations/${COLLAB}/figures`);
    const control = panel(page).locator(`[data-edit="figure-delete"][data-figure="${figure.id}"]`);
    await control.click();
    let d = page.locator('dialog.delete-dialog[open][data-ready="true"]');
    await d.waitFor();
    expect(await d.locator('.delete-summary').textContent()).toContain('https://example.org/e2e-figure');
    await d.locator('[data-action="cancel"]').click();
    await page.locator('dialog.delete-dialog').waitFor({ state: 'detached' });
    expect(await read<unknown[]>(`/api/collaborations/${COLLAB}/figures`)).toHaveLength(1);
    await control.click();
    d = page.locator('dialog.delete-dialog[open][data-ready="true"]');
    await d.waitFor();
    await screenshot(page, 'figure-delete-confirm');
    await d.locator('[data-action="delete"]').click();
    await page.locator('dialog.delete-dialog').waitFor({ state: 'detached' });
    expect(await read<unknown[]>(`/api/collaborations/${COLLAB}/figures`)).toEqual([]);
    await panel(page).locator(`[data-edit="figure-delete"][data-figure="${figure.id}"]`).waitFor({ state: 'detached' });
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('the functions tool', () => {
  it('lets the admin add, rename and delete a function, and says why one in use cannot be deleted', async () => {
    const page = await open(admin, 'tool=functions');
    const tool = page.locator('[data-panel="functions"]');
    await tool.locator('[data-function="roads-policing"] .entity').first().waitFor();
    // the collaborations covering a function are listed under it, with the count the server makes
    expect(await tool.locator('[data-function="roads-policing"]').textContent()).toContain('Motorway');
    const total = Number((await api('GET', '/api/collaborations?function=roads-policing&limit=1')).headers.get('X-Total-Count'));
    expect(total).toBeGreaterThan(0);
    expect(await tool.locator('[data-covering="roads-policing"] .covering-count').textContent()).toBe(`${total} collaboration${total === 1 ? ' covers' : 's cover'} it.`);
    expect(await tool.locator('[data-covering="roads-policing"] li').count()).toBe(total);

    await tool.locator('[data-edit="function-new"]').click();
    await opened(page);
    await fill(page, 'id', 'Not An Id');
    await fill(page, 'name', 'E2E horses');
    const shown = await saveRefused(page);
    expect(Object.keys(shown)).toEqual(['id']);
    await fill(page, 'id', FUNCTION);
    await saved(page);
    const row = tool.locator(`[data-function="${FUNCTION}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('No collaboration covers it');

    await row.locator('[data-edit="function"]').click();
    await opened(page);
    await fill(page, 'name', 'E2E mounted units');
    await saved(page);
    await tool.locator(`[data-function="${FUNCTION}"] h3:has-text("E2E mounted units")`).waitFor();
    expect((await read<{ name: string }>(`/api/functions/${FUNCTION}`)).name).toBe('E2E mounted units');

    // in use: refused, the reason beside the control
    await tool.locator('[data-function="roads-policing"] [data-edit="function-delete"]').click();
    let d = page.locator('dialog.delete-dialog[open][data-ready="true"]');
    await d.waitFor();
    await d.locator('[data-action="delete"]').click();
    await d.locator('.form-message .error').waitFor();
    expect(await d.locator('.form-message').textContent()).toContain('collaborations cover it');
    await d.locator('[data-action="cancel"]').click();
    const refused = tool.locator('[data-function="roads-policing"] [data-refused="function-delete"]');
    expect(await refused.textContent()).toContain('collaborations cover it');
    await screenshot(page, 'functions-delete-refused');
    expect((await api('GET', '/api/functions/roads-policing')).status).toBe(200);

    await tool.locator(`[data-function="${FUNCTION}"] [data-edit="function-delete"]`).click();
    d = page.locator('dialog.delete-dialog[open][data-ready="true"]');
    await d.waitFor();
    await d.locator('[data-action="delete"]').click();
    await page.locator('dialog.delete-dialog').waitFor({ state: 'detached' });
    await tool.locator(`[data-function="${FUNCTION}"]`).waitFor({ state: 'detached' });
    expect((await api('GET', `/api/functions/${FUNCTION}`)).status).toBe(404);
    expect(pageErrors(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe('a viewer', () => {
  it('sees the functions and the collaboration without any control to change them', async () => {
    const page = await open(viewer, 'tool=functions');
    const tool = page.locator('[data-panel="functions"]');
    await tool.locator('[data-function="roads-policing"] .entity').first().waitFor();
    expect(await tool.locator('.edit-control').count()).toBe(0);
    const collab = await open(viewer, `collab=${COLLAB}`);
    // the heading is drawn from the catalog at once; the facts line and any edit control only once the
    // collaboration has been read, in the same turn, so wait for the facts before counting controls
    await collab.locator(`[data-panel="collaboration"][data-id="${COLLAB}"] #collab-facts`).filter({ hasText: /\S/ }).waitFor();
    expect(await collab.locator('#collab-edit, [data-edit]').count()).toBe(0);
    // the stranded costs the editor recorded, shown to a viewer too
    const stranded = collab.locator('#collab-terms [data-term="stranded-costs"] dd:not(.unknown)');
    await stranded.waitFor();
    expect(await stranded.textContent()).toContain('£750k');
  });
});
