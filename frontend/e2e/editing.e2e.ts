import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminAuthorization, BASE_URL, cspViolations, launch, open, pageErrors, screenshot, type Session } from './browser';

// Editing in place as its users do it: a Kent editor creates a collaboration its force hosts (a field error shown
// beside its field first), meets a duplicate id (409), saves over a change made behind the form's back (412:
// the differences shown, then overwrite), adds a lesson and reads the history; a viewer is offered no edit
// control at all. The new collaboration is proposed, so it is outside the network at any date and the other
// browser tests draw what they drew.

const stamp = Date.now().toString(36);
const EDITOR = { username: `e2e-edit-kent-${stamp}`, password: 'e2e-edit-editor-password' };
const VIEWER = { username: `e2e-edit-viewer-${stamp}`, password: 'e2e-edit-viewer-password' };
const NEW_ID = `e2e-edit-${stamp}`;

let editor: Session;
let viewer: Session;

async function account(a: { username: string; password: string }, roles: string[], forces: string[]) {
  const created = await fetch(`${BASE_URL}/api/accounts`, {
    method: 'POST',
    headers: { Authorization: adminAuthorization(), 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...a, roles, forces }),
  });
  if (created.status !== 201) throw new Error(`creating ${a.username}: ${created.status} ${await created.text()}`);
}

async function apiGet(path: string): Promise<{ body: Record<string, unknown>; etag: string }> {
  const response = await fetch(`${BASE_URL}${path}`, { headers: { Authorization: adminAuthorization() } });
  expect(response.status).toBe(200);
  return { body: (await response.json()) as Record<string, unknown>, etag: response.headers.get('ETag')! };
}

beforeAll(async () => {
  await account(EDITOR, ['editor'], ['kent']);
  await account(VIEWER, ['viewer'], []);
  editor = await launch(EDITOR);
  viewer = await launch(VIEWER);
});
afterAll(async () => {
  await editor?.close();
  await viewer?.close();
});

/** The dialog of the form now open, once it has loaded what it edits. */
async function dialog(page: Page) {
  const d = page.locator('dialog.edit-dialog[open][data-ready="true"]').last();
  await d.waitFor();
  return d;
}

async function fill(page: Page, field: string, value: string) {
  const d = page.locator('dialog.edit-dialog[open]').last();
  const input = d.locator(`.field[data-field="${field}"] input, .field[data-field="${field}"] textarea, .field[data-field="${field}"] select`).first();
  if ((await input.evaluate((e) => e.tagName)) === 'SELECT') await input.selectOption(value);
  else await input.fill(value);
}

/** axe-core's serious and critical violations on the page as it is (injected from node_modules, as in keyboard.e2e.ts). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; impact: string | null }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.impact}`);
  });
}

describe('editing in place', () => {
  it('creates a collaboration: the field the server refuses is named beside it, and a duplicate id says who has it', async () => {
    const page = await open(editor, 'force=kent');
    await page.locator('#force-edit [data-edit="collaboration-new"]').click();
    await dialog(page);
    await fill(page, 'id', NEW_ID);
    await fill(page, 'name', 'E2E editing test group');
    await fill(page, 'kind', 'test group');
    await fill(page, 'scope', 'bilateral');
    await fill(page, 'started', '2019-13');
    await page.locator('dialog[open] [data-action="save"]').click();
    const error = page.locator('dialog[open] .field[data-field="started"] .field-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
    expect(await page.locator('dialog[open] .field[data-field="started"] input').getAttribute('aria-invalid')).toBe('true');
    // only the refused field is marked
    expect(await page.locator('dialog[open] .field-error:not([hidden])').count()).toBe(1);
    await screenshot(page, 'editing-field-error');
    expect(await seriousViolations(page)).toEqual([]);
    expect((await fetch(`${BASE_URL}/api/collaborations/${NEW_ID}`, { headers: { Authorization: adminAuthorization() } })).status).toBe(404);

    await fill(page, 'started', '2019-04');
    await page.locator('dialog[open] [data-action="save"]').click();
    await page.locator(`[data-panel="collaboration"][data-id="${NEW_ID}"] #collab-edit`).waitFor();
    const created = await apiGet(`/api/collaborations/${NEW_ID}`);
    expect(created.body.name).toBe('E2E editing test group');
    expect(created.body.hostForce).toBe('kent');

    // the same id again: 409, naming the collaboration that has it (an id the editor may not edit is refused
    // first for the editor's rights, 403, so the test uses its own)
    await page.goto(`${BASE_URL}/?force=kent`);
    await page.locator('#force-edit [data-edit="collaboration-new"]').click();
    await dialog(page);
    await fill(page, 'id', NEW_ID);
    await fill(page, 'name', 'Another');
    await fill(page, 'kind', 'test group');
    await fill(page, 'scope', 'bilateral');
    await page.locator('dialog[open] [data-action="save"]').click();
    const message = page.locator('dialog[open] .form-message');
    await message.locator('p').first().waitFor();
    expect(await message.textContent()).toContain(`a collaboration with id '${NEW_ID}' already exists`);
    expect(await page.locator('dialog[open] .field[data-field="id"] .field-error').textContent()).toContain(NEW_ID);
    expect(await page.locator('dialog[open] .form-message a.duplicate-link').getAttribute('href')).toBe(`/?collab=${NEW_ID}`);
    await screenshot(page, 'editing-duplicate-id');
    expect(pageErrors(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('shows what changed behind the form’s back (412) and overwrites with the differences shown; the history has both', async () => {
    const page = await open(editor, `collab=${NEW_ID}`);
    await page.locator('#collab-edit [data-edit="collaboration"]').click();
    await dialog(page);
    await fill(page, 'name', 'E2E editing: the editor’s name');

    // someone else renames it meanwhile
    const before = await apiGet(`/api/collaborations/${NEW_ID}`);
    const { hostForce: _h, version: _v, ...body } = before.body;
    const theirs = await fetch(`${BASE_URL}/api/collaborations/${NEW_ID}`, {
      method: 'PUT',
      headers: { Authorization: adminAuthorization(), 'Content-Type': 'application/json', 'If-Match': before.etag },
      body: JSON.stringify({ ...body, name: 'E2E editing: the admin’s name', purpose: 'Set by the admin' }),
    });
    expect(theirs.status).toBe(200);

    await page.locator('dialog[open] [data-action="save"]').click();
    const stale = page.locator('dialog[open] .stale:not([hidden])');
    await stale.waitFor();
    const name = stale.locator('tr[data-field="name"]');
    expect(await name.locator('td').nth(0).textContent()).toBe('E2E editing: the admin’s name');
    expect(await name.locator('td').nth(1).textContent()).toBe('E2E editing: the editor’s name');
    expect(await name.getAttribute('class')).toContain('theirs');
    // the admin's purpose is shown too: overwriting with the form (purpose empty) would remove it
    expect(await stale.locator('tr[data-field="purpose"] td').nth(0).textContent()).toBe('Set by the admin');
    await screenshot(page, 'editing-stale');
    expect((await apiGet(`/api/collaborations/${NEW_ID}`)).body.name).toBe('E2E editing: the admin’s name');

    // the map is drawn again after a save: count the graph's loads from here
    await page.evaluate(() => {
      const w = window as unknown as { graphLoads: number };
      w.graphLoads = 0;
      new MutationObserver(() => document.body.dataset.graph === 'loading' && w.graphLoads++).observe(document.body, { attributes: true, attributeFilter: ['data-graph'] });
    });
    await stale.locator('[data-action="overwrite"]').click();
    await page.locator('dialog.edit-dialog').waitFor({ state: 'detached' });
    await page.waitForFunction(() => (window as unknown as { graphLoads: number }).graphLoads > 0 && document.body.dataset.graph === 'ready');
    expect((await apiGet(`/api/collaborations/${NEW_ID}`)).body.name).toBe('E2E editing: the editor’s name');

    await page.locator(`[data-panel="collaboration"][data-id="${NEW_ID}"] #collab-edit [data-edit="history"]`).first().click();
    const history = page.locator(`dialog[data-history="collaboration:${NEW_ID}"][data-ready="true"]`);
    await history.waitFor();
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('name: “E2E editing: the admin’s name” → “E2E editing: the editor’s name”');
    expect(text).toContain(`${EDITOR.username} (password)`);
    expect(text).toContain('admin (password)');
    expect(text).toContain('created by POST /api/collaborations');
    await screenshot(page, 'editing-history');
    expect(pageErrors(page)).toEqual([]);
  });

  it('adds a lesson, a figure with its source and a contact to the new collaboration, and edits the contact', async () => {
    const page = await open(editor, `collab=${NEW_ID}`);
    await page.locator('#collab-edit [data-edit="lesson-new"]').click();
    await dialog(page);
    await fill(page, 'id', `${NEW_ID}-lesson`);
    await fill(page, 'title', 'Agree the exit terms before the first year');
    await fill(page, 'theme', 'skills');
    await page.locator('dialog[open] [data-action="save"]').click();
    await page.locator(`#collab-edit [data-entity="lesson:${NEW_ID}-lesson"]`).waitFor();
    expect((await apiGet(`/api/lessons/${NEW_ID}-lesson`)).body.collaboration).toBe(NEW_ID);

    await page.locator('#collab-edit [data-edit="figure"]').click();
    await dialog(page);
    await fill(page, 'figure.kind', 'set-up-cost');
    await fill(page, 'figure.amount', '125000');
    await fill(page, 'figure.source', 'https://example.org/e2e-business-case');
    await page.locator('dialog[open] [data-action="save"]').click();
    await page.locator('dialog.edit-dialog').waitFor({ state: 'detached' });
    const figures = (await apiGet(`/api/collaborations/${NEW_ID}`)).body.figures as { kind: string; amount: number; source: string }[];
    expect(figures).toContainEqual(expect.objectContaining({ kind: 'set-up-cost', amount: 125000, source: 'https://example.org/e2e-business-case' }));
    await page.locator('#collab-costs', { hasText: 'example.org' }).waitFor();

    // a contact serving in Kent: created, then its title changed; its history withholds the name's values
    const person = `${NEW_ID}-contact`;
    await page.locator('#collab-edit [data-edit="person-new"]').click();
    await dialog(page);
    await fill(page, 'id', person);
    await fill(page, 'title', 'E2E collaboration lead');
    await fill(page, 'force', 'kent');
    await fill(page, 'name', 'A. Example');
    await page.locator('dialog[open] [data-action="save"]').click();
    const row = page.locator(`#collab-edit [data-entity="person:${person}"]`);
    await row.waitFor();
    await row.locator('[data-edit="person"]').click();
    await dialog(page);
    expect(await page.locator('dialog[open] .field[data-field="name"] input').inputValue()).toBe('A. Example');
    await fill(page, 'title', 'E2E head of collaboration');
    await page.locator('dialog[open] [data-action="save"]').click();
    await page.locator('dialog.edit-dialog').waitFor({ state: 'detached' });
    expect((await apiGet(`/api/people/${person}`)).body.title).toBe('E2E head of collaboration');
    await page.locator(`#collab-edit [data-entity="person:${person}"] [data-edit="history"]`).click();
    const history = page.locator(`dialog[data-history="person:${person}"][data-ready="true"]`);
    await history.waitFor();
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('title: “E2E collaboration lead” → “E2E head of collaboration”');
    expect(text).toContain('name changed (not shown: personal data)');
    // the audit keeps no personal value (the dialog's title names the person to an editor, who may see names)
    expect(await history.locator('.history-list').textContent()).not.toContain('A. Example');
    expect(pageErrors(page)).toEqual([]);
  });

  it('lets an admin record the agreement, budgets, a benefit, a join and a withdrawal', async () => {
    const admin = await launch();
    try {
      const page = await open(admin, `collab=${NEW_ID}`);
      const panel = () => page.locator(`[data-panel="collaboration"][data-id="${NEW_ID}"] #collab-edit`);
      await panel().locator('[data-edit="terms"]').click();
      await dialog(page);
      await fill(page, 'legalBasis.value', 's22A');
      await fill(page, 'legalBasis.source', 'https://example.org/e2e-agreement');
      await fill(page, 'noticeMonths.value', 'six');
      await page.locator('dialog[open] [data-action="save"]').click();
      const notice = page.locator('dialog[open] .field[data-field="noticeMonths.value"] .field-error');
      await notice.waitFor();
      expect((await notice.textContent())?.length).toBeGreaterThan(0);
      await fill(page, 'noticeMonths.value', '12');
      await page.locator('dialog[open] [data-action="save"]').click();
      await page.locator('dialog.edit-dialog').waitFor({ state: 'detached' });
      const terms = (await apiGet(`/api/collaborations/${NEW_ID}/terms`)).body as { legalBasis: { value: string; source: string }; noticeMonths: { value: number } };
      expect(terms.legalBasis).toEqual(expect.objectContaining({ value: 's22A', source: 'https://example.org/e2e-agreement' }));
      expect(terms.noticeMonths.value).toBe(12);

      await panel().locator('[data-edit="budgets"]').click();
      await dialog(page);
      await fill(page, '[0].year', '2019/20');
      await fill(page, '[0].amount', '250000');
      await fill(page, '[0].source', 'https://example.org/e2e-budget');
      await page.locator('dialog[open] [data-action="save"]').click();
      await page.locator('dialog.edit-dialog').waitFor({ state: 'detached' });
      expect((await apiGet(`/api/collaborations/${NEW_ID}`)).body.budgets).toEqual([expect.objectContaining({ year: '2019/20', amount: 250000 })]);

      await panel().locator('[data-edit="benefit-new"]').click();
      await dialog(page);
      await fill(page, 'id', 'e2e-saving');
      await fill(page, 'title', 'Shared control room saving');
      await fill(page, 'kind', 'cashable');
      await page.locator('dialog[open] [data-action="save"]').click();
      await page.locator('dialog.edit-dialog').waitFor({ state: 'detached' });
      await panel().locator('[data-edit="benefit"][data-benefit="e2e-saving"]').waitFor();
      await panel().locator('[data-edit="benefit-values"][data-benefit="e2e-saving"]').click();
      await dialog(page);
      await fill(page, 'planned[0].period', '2020/21');
      await fill(page, 'planned[0].value', '50000');
      await fill(page, 'planned[0].source', 'https://example.org/e2e-business-case');
      await fill(page, 'realised[0].period', '2020/21');
      await fill(page, 'realised[0].value', '42000');
      await fill(page, 'realised[0].source', 'https://example.org/e2e-annual-report');
      await page.locator('dialog[open] [data-action="save"]').click();
      await page.locator('dialog.edit-dialog').waitFor({ state: 'detached' });
      const benefit = (await apiGet(`/api/collaborations/${NEW_ID}/benefits/e2e-saving`)).body as { planned: { period: string; value: number }[]; realised: { period: string; value: number }[] };
      expect(benefit.planned).toEqual([expect.objectContaining({ period: '2020/21', value: 50000 })]);
      expect(benefit.realised).toEqual([expect.objectContaining({ period: '2020/21', value: 42000 })]);

      await panel().locator('[data-edit="join"]').click();
      await dialog(page);
      await fill(page, 'force', 'essex');
      await fill(page, 'joined', '2020-01');
      await page.locator('dialog[open] [data-action="save"]').click();
      await panel().locator('[data-edit="withdrawal"][data-force="essex"]').click();
      await dialog(page);
      await fill(page, 'left', '2021-03');
      await page.locator('dialog[open] [data-action="save"]').click();
      await page.locator('dialog.edit-dialog').waitFor({ state: 'detached' });
      const members = (await apiGet(`/api/collaborations/${NEW_ID}`)).body.members as { force: string; joined?: string; left?: string }[];
      expect(members).toContainEqual(expect.objectContaining({ force: 'essex', joined: '2020-01', left: '2021-03' }));
      await panel().waitFor();
      expect(await panel().locator('[data-edit="withdrawal"][data-force="essex"]').count()).toBe(0);

      // cost sharing: the method with its source, then each membership's share (one refused beside its field)
      await panel().locator('[data-edit="cost-sharing"]').click();
      await dialog(page);
      await fill(page, 'method', 'recorded');
      await fill(page, 'source', 'https://example.org/e2e-agreement');
      await page.locator('dialog[open] [data-action="save"]').click();
      await page.locator('dialog.edit-dialog').waitFor({ state: 'detached' });
      expect((await apiGet(`/api/collaborations/${NEW_ID}/cost-sharing`)).body).toEqual(expect.objectContaining({ method: 'recorded', source: 'https://example.org/e2e-agreement' }));
      await panel().locator('[data-edit="cost-shares"]').click();
      await dialog(page);
      const share = (force: string) => page.locator('dialog[open] .field', { has: page.locator(`label:text-is("${force}")`) });
      await share('Kent Police').locator('input').fill('1.5');
      await page.locator('dialog[open] [data-action="save"]').click();
      await share('Kent Police').locator('.field-error:not([hidden])').waitFor();
      expect(await share('Kent Police').locator('.field-error').textContent()).toContain('must be between 0.0 and 1.0, was 1.5');
      await share('Kent Police').locator('input').fill('0.6');
      await page.locator('dialog[open] [data-action="save"]').click();
      await page.locator('dialog.edit-dialog').waitFor({ state: 'detached' });
      const shared = (await apiGet(`/api/collaborations/${NEW_ID}`)).body.members as { force: string; costShare?: number }[];
      expect(shared.find((m) => m.force === 'kent')?.costShare).toBe(0.6);
      await screenshot(page, 'editing-admin');
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await admin.close();
    }
  });

  it('offers a viewer no edit controls', async () => {
    const page = await open(viewer, 'collab=kent-essex');
    await page.locator('#collab-members table').waitFor();
    await page.locator('#collab-lessons .section-body:not(:has-text("Loading"))').waitFor();
    expect(await page.locator('.edit-control, #collab-edit').count()).toBe(0);
    const force = await open(viewer, 'force=kent');
    await force.locator('#force-memberships .section-body:not(:has-text("Loading"))').waitFor();
    expect(await force.locator('.edit-control, #force-edit').count()).toBe(0);
    // the same panels offer the editor its controls, so the absence above is the viewer's role, not a slow page
    const seen = await open(editor, 'collab=kent-essex');
    await seen.locator('#collab-edit').waitFor();
    expect(await seen.locator('#collab-edit [data-edit="collaboration"]').count()).toBe(0); // Kent neither hosts nor leads it
    expect(await seen.locator('#collab-edit [data-edit="withdrawal"][data-force="kent"]').count()).toBe(1);
    await screenshot(seen, 'editing-editor-controls');
  });
});
