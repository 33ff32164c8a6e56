import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, cspViolations, launch, open, pageErrors, screenshot, signIn } from './browser';
import { IdentityProvider, USER } from './identity-provider';

// Signing in as a person would: the sign-in page, the session it gives, what the explorer shows each role,
// an admin adding an account on the accounts screen, and signing in through an identity provider the tests
// start themselves (OpenID Connect, real RS256 tokens).

let provider: IdentityProvider;
beforeAll(async () => {
  provider = new IdentityProvider();
  await provider.start();
});
afterAll(async () => provider?.stop());

describe('signing in', () => {
  it('sends a visitor who has not signed in to the sign-in page, and says when a password is wrong', async () => {
    const session = await launch(null);
    try {
      const page = await session.context.newPage();
      await page.goto(`${BASE_URL}/?collab=seven-force`);
      expect(new URL(page.url()).pathname).toBe('/signin');
      await page.locator('body[data-signin="ready"]').waitFor();
      await expect(page.locator('a.provider').textContent()).resolves.toBe('Sign in with E2E identity provider');
      await screenshot(page, 'signin');
      await page.fill('#username', 'admin');
      await page.fill('#password', 'not-the-password');
      await page.click('#signin-form button[type=submit]');
      await page.waitForURL(/\/signin\?error/);
      await expect(page.locator('#signin-message').textContent()).resolves.toContain('did not match');
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('lets an admin add a viewer on the accounts screen, and shows that viewer roles without names', async () => {
    const admin = await launch();
    const username = `e2e-viewer-${Date.now().toString(36)}`;
    let password = '';
    try {
      const page = await open(admin, 'collab=seven-force');
      await expect(page.locator('#signed-in-as').textContent()).resolves.toBe('admin');
      await expect(page.locator('#signed-in-role').textContent()).resolves.toBe('admin');
      // an admin sees the people's section without the note that names are withheld
      await page.locator('#collab-contacts li[data-person]').first().waitFor();
      expect(await page.locator('#collab-contacts .personal-withheld').count()).toBe(0);

      await page.click('#tool-accounts');
      await page.locator('[data-panel="accounts"] tr[data-username="admin"]').waitFor();
      await page.fill('#account-username', username);
      await page.selectOption('#account-role', 'viewer');
      await page.click('#account-add button[type=submit]');
      password = (await page.locator('#accounts-message code.secret').textContent()) ?? '';
      expect(password.length).toBeGreaterThanOrEqual(20);
      await page.locator(`[data-panel="accounts"] tr[data-username="${username}"] .account-role`).waitFor();
      await expect(page.locator(`tr[data-username="${username}"] .account-role`).textContent()).resolves.toBe('viewer');
      await screenshot(page, 'accounts');
      expect(await cspViolations(page)).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await admin.close();
    }

    const viewer = await launch({ username, password });
    try {
      const page = await open(viewer, 'collab=seven-force');
      await expect(page.locator('#signed-in-role').textContent()).resolves.toBe('viewer');
      expect(await page.locator('#tool-accounts').count()).toBe(0);
      // nor the spreadsheet import, which is for editors and admins
      expect(await page.locator('#tool-import').count()).toBe(0);
      await page.locator('#collab-contacts li[data-person]').first().waitFor();
      await expect(page.locator('#collab-contacts .personal-withheld').textContent()).resolves.toContain('contact viewers');
      await screenshot(page, 'viewer-contacts');
      // the accounts screen is not offered, and asking for it by its address shows nothing of it
      const direct = await open(viewer, 'tool=accounts');
      expect(await direct.locator('[data-panel="accounts"]').count()).toBe(0);

      await page.click('#sign-out');
      await page.waitForURL(/\/signin\?signed-out/);
      await page.goto(`${BASE_URL}/`);
      expect(new URL(page.url()).pathname).toBe('/signin');
    } finally {
      await viewer.close();
    }
  });

  it('signs in through the identity provider, with the roles its token grants', async () => {
    const session = await launch(null);
    try {
      const page = await session.context.newPage();
      await page.goto(`${BASE_URL}/signin`);
      await page.locator('body[data-signin="ready"]').waitFor();
      await page.click('a.provider');
      await page.waitForURL(new RegExp(`^${provider.issuer}/authorize`));
      await page.click('#approve');
      await page.waitForURL((url) => url.origin === new URL(BASE_URL).origin && url.pathname === '/');
      await page.waitForFunction(() => document.body.dataset.graph === 'ready', undefined, { timeout: 30_000 });
      await expect(page.locator('#signed-in-as').textContent()).resolves.toBe(USER.preferred_username);
      await expect(page.locator('#signed-in-role').textContent()).resolves.toBe('viewer');
      await screenshot(page, 'signed-in-through-provider');
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('keeps the sign-in page and the explorer free of content-security-policy violations', async () => {
    const session = await launch(null);
    try {
      const page = await session.context.newPage();
      await signIn(page, 'admin', process.env.E2E_ADMIN_PASSWORD ?? 'e2e-admin-password');
      await page.goto(`${BASE_URL}/?view=network`);
      await page.waitForFunction(() => document.body.dataset.graph === 'ready', undefined, { timeout: 30_000 });
      await page.locator('.network-view[data-layout="done"]').waitFor({ timeout: 60_000 });
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('the API documents', () => {
  it('shows Swagger UI to a signed-in user, within the content security policy', async () => {
    const session = await launch();
    try {
      const page = await session.context.newPage();
      await page.goto(`${BASE_URL}/swagger-ui.html`);
      // springdoc builds the document on its first request: 37.5 s in the app's log at a load average of 30
      await page.locator('.swagger-ui .info .title').waitFor({ timeout: 60_000 });
      await page.locator('.opblock-tag').first().waitFor({ timeout: 30_000 });
      await screenshot(page, 'swagger-ui');
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
