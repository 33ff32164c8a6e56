import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminAuthorization, BASE_URL, cspViolations, launch, open, pageErrors, screenshot, type Session } from './browser';

// The spreadsheet import as an editor uses it: a sheet with one row outside its rights is refused whole and
// nothing is written; the same sheet without that row is committed and the new collaboration is there to open.

const EDITOR = { username: `e2e-import-kent-${Date.now().toString(36)}`, password: 'e2e-import-editor-password' };

let session: Session;

beforeAll(async () => {
  const created = await fetch(`${BASE_URL}/api/accounts`, {
    method: 'POST',
    headers: { Authorization: adminAuthorization(), 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: EDITOR.username, password: EDITOR.password, roles: ['editor'], forces: ['kent'] }),
  });
  if (created.status !== 201) throw new Error(`creating the editor: ${created.status} ${await created.text()}`);
  session = await launch(EDITOR);
});
afterAll(async () => session?.close());

// A proposed collaboration: outside the network at any date, so the other browser tests draw what they drew.
const GOOD_ROWS = ['Collaboration id,Collaboration name,Kind,Scope,Status,Force,Role', ',E2E import test group,test group,bilateral,proposed,kent,host', ',E2E import test group,,,,essex,member'];
// Kent's editor may not add Essex to a collaboration Cheshire hosts.
const BAD_ROW = 'nwmpg,,,,,essex,member';

async function choose(page: Page, name: string, rows: string[]) {
  await page.setInputFiles('#import-file', { name, mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n') + '\n', 'utf8') });
}

async function registerHas(id: string): Promise<boolean> {
  const response = await fetch(`${BASE_URL}/api/collaborations/${id}`, { headers: { Authorization: adminAuthorization() } });
  return response.status === 200;
}

describe('spreadsheet import', () => {
  it('refuses a sheet with a row outside the editor’s rights whole, then commits it once the row is gone', async () => {
    const page = await open(session);
    await page.click('#tool-import');
    await page.locator('[data-panel="import"]').waitFor();

    await choose(page, 'kent-list.csv', [...GOOD_ROWS, BAD_ROW]);
    await page.locator('#import-rows tr[data-row="4"].refused').waitFor();
    const problem = await page.locator('#import-rows tr[data-row="4"] .problems li').first().textContent();
    expect(problem).toContain("only an editor for a force that hosts or leads 'nwmpg'");
    expect(await page.locator('#import-rows tr.refused').count()).toBe(1);
    expect(await page.locator('#import-commit').isDisabled()).toBe(true);
    // the columns were found by their headers
    expect(await page.locator('#import-column-force').inputValue()).toBe('Force');
    await screenshot(page, 'import-refused');
    expect(await registerHas('e2e-import-test-group')).toBe(false);

    await choose(page, 'kent-list-fixed.csv', GOOD_ROWS);
    await page.waitForFunction(() => document.querySelectorAll('#import-rows tr[data-row]').length === 2);
    expect(await page.locator('#import-rows tr.refused').count()).toBe(0);
    await expect(page.locator('#import-summary').textContent()).resolves.toContain('1 new collaboration');
    expect(await registerHas('e2e-import-test-group')).toBe(false); // a dry run writes nothing
    await page.locator('#import-commit:not([disabled])').click();
    await page.locator('#import-message', { hasText: 'Imported kent-list-fixed.csv' }).waitFor();
    expect(await registerHas('e2e-import-test-group')).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);

    // visible in the explorer: the new collaboration opens with its host and member
    const shown = await open(session, 'collab=e2e-import-test-group');
    await shown.locator('[data-panel="collaboration"][data-id="e2e-import-test-group"]').waitFor();
    const panel = (await shown.locator('[data-panel="collaboration"]').textContent()) ?? '';
    expect(panel).toContain('E2E import test group');
    expect(panel).toContain('Essex');
    await screenshot(shown, 'import-committed');
  });

  it('asks which column holds the force when no header says so, and remembers the answer for sheets with those headers', async () => {
    const page = await open(session);
    await page.click('#tool-import');
    await page.locator('[data-panel="import"]').waitFor();
    // A force's own list, its column named as it names it: nothing can be checked until the person says which column.
    const OWN = ['Collaboration id,Collaboration name,Kind,Scope,Status,Police force,Role', ',E2E mapped list group,test group,bilateral,proposed,kent,host'];
    await choose(page, 'kent-own-list.csv', OWN);
    const force = page.locator('#import-column-force');
    await page.locator('#import-column-force[aria-invalid="true"]').waitFor();
    expect(await page.locator('#import-message').textContent()).toContain('which column holds the force');
    expect(await page.locator('#import-column-force-error').textContent()).toContain('Not found');
    expect(await page.locator('#import-rows').count()).toBe(0);
    expect(await page.locator('#import-commit').isDisabled()).toBe(true);
    await screenshot(page, 'import-column-unfound');

    await force.selectOption('Police force');
    await page.locator('#import-rows tr[data-row="2"]').waitFor();
    expect(await page.locator('#import-rows tr.refused').count()).toBe(0);
    expect(await force.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#import-column-role').inputValue()).toBe('Role');

    // next month's list, the same headers: checked at once with the column chosen before
    await choose(page, 'kent-own-list-next.csv', [...OWN, ',E2E mapped list group,,,,essex,member']);
    await page.locator('#import-rows tr[data-row="3"]').waitFor();
    expect(await force.inputValue()).toBe('Police force');
    expect(await page.locator('#import-column-force[aria-invalid]').count()).toBe(0);
    await expect(page.locator('#import-summary').textContent()).resolves.toContain('1 new collaboration');
    expect(await registerHas('e2e-mapped-list-group')).toBe(false);
    expect(pageErrors(page)).toEqual([]);
  });
});
