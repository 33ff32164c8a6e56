import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:8080';
export const OUT = resolve(process.env.E2E_OUT ?? '../target');
export const SCREENSHOTS = join(OUT, 'e2e-screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags for a closed network: without the background-networking ones Chromium keeps trying to reach Google's
// services and its connections are refused.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

/** Starts Chromium; Playwright gives every launch a fresh temporary profile and removes it on close. */
export async function launch(): Promise<Session> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return { browser, close: () => browser.close() };
}

/** Opens the explorer (at 1280×800 unless told) with the given query and waits until the graph is drawn. */
export async function open(session: Session, query = '', prepare?: (page: Page) => Promise<void>, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await session.browser.newPage({ viewport, acceptDownloads: true });
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
