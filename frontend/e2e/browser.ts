import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:8080';
/** The first admin's password, set for the app under test (pom.xml, frontend/e2e/app.properties). */
export const ADMIN = { username: 'admin', password: process.env.E2E_ADMIN_PASSWORD ?? 'e2e-admin-password' };

/** An Authorization header for direct API calls from the tests (HTTP Basic as the admin). */
export function adminAuthorization(): string {
  return `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}`;
}
export const OUT = resolve(process.env.E2E_OUT ?? '../target');
export const SCREENSHOTS = join(OUT, 'e2e-screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags for a closed network: without the background-networking ones Chromium keeps trying to reach Google's
// services and its connections are refused.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Session {
  browser: Browser;
  /** The browser's signed-in profile: every page opened in it shares the session cookie. */
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts Chromium and signs in through the sign-in page as the given account (the admin unless told
 * otherwise), as a person would; Playwright gives every launch a fresh temporary profile and removes it on close.
 */
export async function launch(account: { username: string; password: string } | null = ADMIN): Promise<Session> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await watchContentSecurityPolicy(context);
  if (account) {
    const page = await context.newPage();
    await signIn(page, account.username, account.password);
    await page.close();
  }
  return { browser, context, close: () => browser.close() };
}

/** Fills in and sends the sign-in page's form, then waits for the explorer to start loading. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${BASE_URL}/signin`);
  await page.locator('body[data-signin="ready"]').waitFor();
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL((url) => url.pathname !== '/signin' || url.search.length > 0), page.click('#signin-form button[type=submit]')]);
}

/**
 * Records every content-security-policy violation of every page in the context: the policy must never block
 * anything the explorer does (see cspViolations).
 */
async function watchContentSecurityPolicy(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

/** Opens the explorer (at 1280×800 unless told) in the signed-in context with the given query and waits until the graph is drawn. */
export async function open(session: Session, query = '', prepare?: (page: Page) => Promise<void>, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(viewport);
  await prepare?.(page);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(`${BASE_URL}/${query ? `?${query}` : ''}`);
  await ready(page);
  return page;
}

/** Waits for the graph of the current state to be loaded and drawn. */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.graph === 'ready' || document.body.dataset.graph === 'error', undefined, { timeout: 30_000 });
  const state = await page.evaluate(() => document.body.dataset.graph);
  if (state === 'error') throw new Error(`the page could not load its graph: ${await page.locator('#status').textContent()}`);
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The ids of the collaborations listed in the sidebar (the ones drawn). */
export async function listedCollaborations(page: Page): Promise<string[]> {
  return page.locator('#collab-list .collab-item[data-id]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.id!));
}

/** Waits until the network view has finished its layout (large graphs are laid out in a worker). */
export async function networkLaidOut(page: Page): Promise<void> {
  await page.locator('.network-view:not([hidden])[data-layout="done"]').waitFor({ timeout: 60_000 });
}
