import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminAuthorization, BASE_URL, cspViolations, launch, open, pageErrors, screenshot, type Session } from './browser';

// A cost-sharing formula entered in place by a Kent editor: a weight with each member force's value and its
// source; a value the server refuses is named beside that force's field (even though the empty row before it
// was not sent), then saved and read back. Made here, in a proposed collaboration, so other tests see the seed.

const stamp = Date.now().toString(36);
const EDITOR = { username: `e2e-formula-kent-${stamp}`, password: 'e2e-formula-editor-password' };
const COLLAB = `e2e-formula-${stamp}`;

let editor: Session;

beforeAll(async () => {
  const auth = { Authorization: adminAuthorization(), 'Content-Type': 'application/json' };
  const account = await fetch(`${BASE_URL}/api/accounts`, { method: 'POST', headers: auth, body: JSON.stringify({ ...EDITOR, roles: ['editor'], forces: ['kent'] }) });
  expect(account.status).toBe(201);
  const made = await fetch(`${BASE_URL}/api/collaborations`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ id: COLLAB, name: 'E2E formula test group', kind: 'test group', scope: 'bilateral', status: 'proposed', members: [{ force: 'kent', role: 'host' }, { force: 'essex', role: 'member' }] }),
  });
  expect(made.status).toBe(201);
  editor = await launch(EDITOR);
});
afterAll(async () => {
  await editor?.close();
});

async function fill(page: Page, field: string, value: string) {
  const input = page.locator(`dialog[open] .field[data-field="${field}"]`).locator('input, select, textarea').first();
  if ((await input.evaluate((e) => e.tagName)) === 'SELECT') await input.selectOption(value);
  else await input.fill(value);
}

describe('a cost-sharing formula in place', () => {
  it('takes a weight with each force’s value and source, naming a refused value beside its force', async () => {
    const page = await open(editor, `collab=${COLLAB}`);
    await page.locator(`[data-panel="collaboration"][data-id="${COLLAB}"] #collab-edit [data-edit="cost-sharing"]`).click();
    await page.locator('dialog.edit-dialog[open][data-ready="true"]').waitFor();
    // one row per member force, in the order the collaboration lists them
    const label = async (j: number) => page.locator(`dialog[open] .field[data-field="weights[0].values[${j}].value"] label`).textContent();
    const rows = [await label(0), await label(1)];
    expect([...rows].sort()).toEqual(['Weight 1: Essex Police', 'Weight 1: Kent Police']);
    const [first, second] = rows.map((r) => (r!.includes('Kent') ? 'kent' : 'essex'));
    await fill(page, 'method', 'formula');
    await fill(page, 'source', 'https://example.org/e2e-formula-agreement');
    await fill(page, 'weights[0].name', 'population');
    await fill(page, 'weights[0].weight', '0.5');
    await fill(page, 'weights[0].unit', 'people');
    // the first force's row left empty (not sent), the second's value refused: the error lands on the second's field
    await fill(page, 'weights[0].values[1].value', '-5');
    await page.locator('dialog[open] [data-action="save"]').click();
    const refused = page.locator('dialog[open] .field[data-field="weights[0].values[1].value"]');
    await refused.locator('.field-error:not([hidden])').waitFor();
    expect(await refused.locator('.field-error').textContent()).toContain('-5');
    expect(await refused.locator('input').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('dialog[open] .field-error:not([hidden])').count()).toBe(1);
    await screenshot(page, 'cost-sharing-formula-error');

    await fill(page, 'weights[0].values[1].value', '1832000');
    await fill(page, 'weights[0].values[1].date', '2021');
    await fill(page, 'weights[0].values[1].source', 'ONS Census 2021');
    await fill(page, 'weights[0].values[0].value', '1846000');
    await fill(page, 'weights[0].values[0].source', 'ONS Census 2021');
    await page.locator('dialog[open] [data-action="save"]').click();
    await page.locator('dialog.edit-dialog').waitFor({ state: 'detached' });
    const stored = (await (await fetch(`${BASE_URL}/api/collaborations/${COLLAB}/cost-sharing`, { headers: { Authorization: adminAuthorization() } })).json()) as {
      method: string;
      weights: { name: string; weight: number; unit: string; values: { force: string; value: number; date?: string; source?: string }[] }[];
    };
    expect(stored.method).toBe('formula');
    expect(stored.weights).toHaveLength(1);
    expect(stored.weights[0]).toEqual(expect.objectContaining({ name: 'population', weight: 0.5, unit: 'people' }));
    expect(stored.weights[0].values).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ force: first, value: 1846000, source: 'ONS Census 2021' }),
        expect.objectContaining({ force: second, value: 1832000, date: '2021', source: 'ONS Census 2021' }),
      ]),
    );

    // opened again, each force's value is in its own row, and a second weight can be added
    await page.locator(`[data-panel="collaboration"][data-id="${COLLAB}"] #collab-edit [data-edit="cost-sharing"]`).click();
    await page.locator('dialog.edit-dialog[open][data-ready="true"]').waitFor();
    expect(await page.locator('dialog[open] .field[data-field="weights[0].values[0].value"] input').inputValue()).toBe('1846000');
    expect(await page.locator('dialog[open] .field[data-field="weights[0].values[1].value"] input').inputValue()).toBe('1832000');
    expect(await page.locator('dialog[open] .field[data-field="weights[1].name"]').count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
