import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminAuthorization, BASE_URL, cspViolations, launch, open, pageErrors, screenshot, type Session } from './browser';

// Deleting from the explorer within each role's rights: a Kent editor is asked before each delete, deletes a
// contact and a benefit, deletes a lesson that the admin changed after the
// confirmation was opened (412: what differs shown, then "Delete anyway"), and is told in the server's words,
// beside the control, why the collaboration itself cannot be deleted (409: it has memberships). A viewer is
// offered no Delete. Everything is made here, in a proposed collaboration, so the other tests see the seed.

const stamp = Date.now().toString(36);
const EDITOR = { username: `e2e-del-kent-${stamp}`, password: 'e2e-del-editor-password' };
const VIEWER = { username: `e2e-del-viewer-${stamp}`, password: 'e2e-del-viewer-password' };
const COLLAB = `e2e-del-${stamp}`;
const LESSON = `${COLLAB}-lesson`;
const PERSON = `${COLLAB}-contact`;
const BENEFIT = 'e2e-del-benefit';

let editor: Session;
let viewer: Session;

async function api(method: string, path: string, body?: unknown, ifMatch?: string): Promise<Response> {
  const headers: Record<string, string> = { Authorization: adminAuthorization() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  return fetch(`${BASE_URL}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function made(method: string, path: string, body: unknown) {
  const r = await api(method, path, body);
  if (r.status !== 201 && r.status !== 200) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
}

beforeAll(async () => {
  await made('POST', '/api/accounts', { ...EDITOR, roles: ['editor'], forces: ['kent'] });
  await made('POST', '/api/accounts', { ...VIEWER, roles: ['viewer'], forces: [] });
  await made('POST', '/api/collaborations', {
    id: COLLAB,
    name: 'E2E deleting test group',
    kind: 'test group',
    scope: 'bilateral',
    status: 'proposed',
    members: [{ force: 'kent', role: 'host' }],
  });
  await made('POST', `/api/collaborations/${COLLAB}/benefits`, { id: BENEFIT, title: 'E2E benefit to delete', kind: 'cashable' });
  await made('POST', '/api/lessons', { id: LESSON, title: 'E2E lesson to delete', collaboration: COLLAB, theme: 'skills' });
  await made('POST', '/api/people', { id: PERSON, title: 'E2E contact to delete', force: 'kent', contactFor: [{ collaboration: COLLAB, topics: [] }] });
  editor = await launch(EDITOR);
  viewer = await launch(VIEWER);
});
afterAll(async () => {
  await editor?.close();
  await viewer?.close();
});

const panel = (page: Page) => page.locator(`[data-panel="collaboration"][data-id="${COLLAB}"] #collab-edit`);

/** The confirmation now open, once it has read what it deletes (and so its version). */
async function confirmation(page: Page) {
  const d = page.locator('dialog.delete-dialog[open][data-ready="true"]').last();
  await d.waitFor();
  return d;
}

async function status(path: string): Promise<number> {
  return (await api('GET', path)).status;
}

describe('deleting in place', () => {
  it('asks first, then deletes a contact and a benefit', async () => {
    const page = await open(editor, `collab=${COLLAB}`);
    const person = panel(page).locator(`[data-entity="person:${PERSON}"]`);
    await person.locator('[data-edit="person-delete"]').click();
    let d = await confirmation(page);
    expect(await d.locator('h2').textContent()).toBe('Delete the person ‘E2E contact to delete’?');
    expect(await d.locator('.delete-summary').textContent()).toContain('E2E contact to delete');
    // Cancel deletes nothing
    await d.locator('[data-action="cancel"]').click();
    await page.locator('dialog.delete-dialog').waitFor({ state: 'detached' });
    expect(await status(`/api/people/${PERSON}`)).toBe(200);
    await person.locator('[data-edit="person-delete"]').click();
    d = await confirmation(page);
    await screenshot(page, 'deleting-confirm');
    await d.locator('[data-action="delete"]').click();
    await page.locator('dialog.delete-dialog').waitFor({ state: 'detached' });
    expect(await status(`/api/people/${PERSON}`)).toBe(404);
    await panel(page).locator(`[data-entity="person:${PERSON}"]`).waitFor({ state: 'detached' });

    await panel(page).locator(`[data-edit="benefit-delete"][data-benefit="${BENEFIT}"]`).click();
    d = await confirmation(page);
    await d.locator('[data-action="delete"]').click();
    await page.locator('dialog.delete-dialog').waitFor({ state: 'detached' });
    expect(await status(`/api/collaborations/${COLLAB}/benefits/${BENEFIT}`)).toBe(404);
    await panel(page).locator(`[data-edit="benefit-delete"][data-benefit="${BENEFIT}"]`).waitFor({ state: 'detached' });
    expect(pageErrors(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('shows what changed after the confirmation was opened (412), and deletes only when asked again', async () => {
    const page = await open(editor, `collab=${COLLAB}`);
    await panel(page).locator(`[data-entity="lesson:${LESSON}"] [data-edit="lesson-delete"]`).click();
    const d = await confirmation(page);

    // the admin retitles the lesson meanwhile
    const read = await api('GET', `/api/lessons/${LESSON}`);
    const { version: _v, ...lesson } = (await read.json()) as Record<string, unknown>;
    expect((await api('PUT', `/api/lessons/${LESSON}`, { ...lesson, title: 'E2E lesson retitled by the admin' }, read.headers.get('ETag')!)).status).toBe(200);

    await d.locator('[data-action="delete"]').click();
    const stale = d.locator('.stale:not([hidden])');
    await stale.waitFor();
    const title = stale.locator('tr[data-field="title"]');
    expect(await title.locator('td').nth(0).textContent()).toBe('E2E lesson retitled by the admin');
    expect(await title.locator('td').nth(1).textContent()).toBe('E2E lesson to delete');
    await screenshot(page, 'deleting-stale');
    expect(await status(`/api/lessons/${LESSON}`)).toBe(200);
    await stale.locator('[data-action="delete-anyway"]').click();
    await page.locator('dialog.delete-dialog').waitFor({ state: 'detached' });
    expect(await status(`/api/lessons/${LESSON}`)).toBe(404);
    await panel(page).locator(`[data-entity="lesson:${LESSON}"]`).waitFor({ state: 'detached' });
    expect(pageErrors(page)).toEqual([]);
  });

  it('says beside the control why the collaboration cannot be deleted (409: it would lose its memberships)', async () => {
    const page = await open(editor, `collab=${COLLAB}`);
    const control = panel(page).locator('[data-edit="collaboration-delete"]');
    await control.click();
    const d = await confirmation(page);
    await d.locator('[data-action="delete"]').click();
    await d.locator('.form-message p').waitFor();
    expect(await d.locator('.form-message').textContent()).toContain('it has memberships or lessons: end it instead');
    expect(await d.locator('[data-action="delete"]').isDisabled()).toBe(true);
    await d.locator('[data-action="cancel"]').click();
    const reason = panel(page).locator('.delete-refused[data-refused="collaboration-delete"]');
    expect(await reason.textContent()).toBe(`Not deleted: cannot delete collaboration '${COLLAB}': it has memberships or lessons: end it instead.`);
    expect(await control.getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'));
    await screenshot(page, 'deleting-refused');
    expect(await status(`/api/collaborations/${COLLAB}`)).toBe(200);
  });

  it('offers Delete only within the role’s rights', async () => {
    const seen = await open(viewer, `collab=${COLLAB}`);
    await seen.locator('#collab-members table').waitFor();
    await seen.locator('#collab-lessons .section-body:not(:has-text("Loading"))').waitFor();
    expect(await seen.locator('[data-edit$="-delete"]').count()).toBe(0);
    // Kent neither hosts nor leads the Kent and Essex collaboration: no Delete for it, nor for the Kent force
    const kentEssex = await open(editor, 'collab=kent-essex');
    await kentEssex.locator('#collab-edit').waitFor();
    expect(await kentEssex.locator('[data-edit="collaboration-delete"]').count()).toBe(0);
    const kent = await open(editor, 'force=kent');
    await kent.locator('#force-edit').waitFor();
    expect(await kent.locator('[data-edit="force-delete"]').count()).toBe(0);
    // an admin may delete a force, but not one with memberships: the server's reason beside the control
    const admin = await launch();
    try {
      const page = await open(admin, 'force=kent');
      await page.locator('#force-edit [data-edit="force-delete"]').click();
      const d = await confirmation(page);
      await d.locator('[data-action="delete"]').click();
      await d.locator('.form-message p').waitFor();
      expect(await d.locator('.form-message').textContent()).toContain('it has memberships: record its withdrawal instead');
      await d.locator('[data-action="cancel"]').click();
      expect(await page.locator('#force-edit .delete-refused').textContent()).toContain("cannot delete force 'kent'");
      expect(await status('/api/forces/kent')).toBe(200);
    } finally {
      await admin.close();
    }
  });
});
