/**
 * End-to-end harness: the stand-in (fake Zendesk API + host page + the built app on
 * its own origin) and Debian's Chromium driven by playwright-core. The app runs with
 * the real SDK, exactly as it is packaged.
 */
import { chromium, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, launchChromium } from '../scripts/chromium';
import { readFileSync } from 'node:fs';
import { startStandin, type Standin, type StandinOptions } from '../standin/server';
import type { DemoAccount } from '../standin/demo/account';
import type { LoggedRequest } from '../standin/api';
import type { ZendeskUserWire } from '../src/zendesk/types';

export { CHROMIUM, CHROMIUM_ARGS, launchChromium } from '../scripts/chromium';

export interface Session {
  standin: Standin;
  context: BrowserContext;
  page: Page;
  app: FrameLocator;
  account: DemoAccount;
  close(): Promise<void>;
}

const VIEWPORT = { width: 1440, height: 900 };

/**
 * A browser profile that lets the app's cross-site frame keep localStorage, as a browser
 * that allows third-party storage does (Chromium's test default denies it there).
 */
async function persistentContext(): Promise<{ context: BrowserContext; cleanup: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'seat-review-e2e-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: VIEWPORT,
  });
  return { context, cleanup: () => rmSync(profile, { recursive: true, force: true }) };
}

/**
 * `options.locale` is the signed-in admin's profile language, the app's language (English unless given).
 */
export async function startSession(options: StandinOptions = {}, browserOptions: { storage?: boolean } = {}): Promise<Session> {
  // The demo's dates are relative to the current time, as the app judges them against it.
  const standin = await startStandin({ zendeskPort: 0, appPort: 0, ...options });
  let context: BrowserContext;
  let closeBrowser: () => Promise<void>;
  if (browserOptions.storage) {
    const persistent = await persistentContext();
    context = persistent.context;
    closeBrowser = async () => {
      await context.close();
      persistent.cleanup();
    };
  } else {
    const browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true, viewport: VIEWPORT });
    closeBrowser = () => browser.close();
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    standin,
    context,
    page,
    app: page.frameLocator('iframe[data-location="nav_bar"]'),
    account: standin.api.account(),
    async close() {
      await closeBrowser();
      await standin.close();
    },
  };
}

/** Calls a stand-in control route (/__standin/...). */
export async function control(standin: Standin, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${standin.zendeskUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text === '' ? null : (JSON.parse(text) as unknown);
}

export async function apiRequests(standin: Standin): Promise<LoggedRequest[]> {
  const { requests } = (await control(standin, 'GET', '/__standin/requests')) as { requests: LoggedRequest[] };
  return requests;
}

export async function openApp(session: Session): Promise<void> {
  await session.page.goto(session.standin.hostPageUrl);
}

/** Waits until the roster finished loading (no progress bar, summary present). */
export async function waitForRoster(session: Session, timeout = 45_000): Promise<void> {
  await session.app.locator('[data-summary="seats"]').waitFor({ timeout });
  await session.app.locator('[data-progress="loaded"]').waitFor({ state: 'detached', timeout });
}

export async function summaryFigure(session: Session, name: string): Promise<number> {
  // The figure as a plain number (the text is in the admin's locale: "10,300", "10.300").
  return Number(await session.app.locator(`[data-summary="${name}"]`).getAttribute('data-count'));
}

/** Empties the search box and waits until the table shows `expected` rows again (filtering is deferred). */
export async function clearSearch(session: Session, expected: number): Promise<void> {
  await session.app.getByPlaceholder('Name or email').fill('');
  await session.app.locator(`[data-shown-count="${expected}"]`).waitFor();
}

/** Clicks "Export CSV" and returns the file's text (byte-order mark removed). */
export async function exportCsv(session: Session): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([session.page.waitForEvent('download'), session.app.getByRole('button', { name: /Export CSV/ }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
}

/** The "User ID" column of an exported CSV. */
export function csvIds(text: string): number[] {
  return text
    .split('\r\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => Number(line.split(',')[0]));
}

/** Seats the review should list: agents and admins, suspended excluded. */
export function listedSeats(account: DemoAccount): ZendeskUserWire[] {
  return account.users.filter((u) => (u.role === 'agent' || u.role === 'admin') && u.suspended !== true);
}

export function suspendedSeats(account: DemoAccount): ZendeskUserWire[] {
  return account.users.filter((u) => (u.role === 'agent' || u.role === 'admin') && u.suspended === true);
}

export async function screenshot(session: Session, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOTS) await session.page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/${name}.png` });
}

/** A session whose app frame may keep localStorage (see persistentContext). */
export const startStoringSession = (options: StandinOptions): Promise<Session> => startSession(options, { storage: true });

/**
 * Settings for snapshot tests: a snapshot leaves only once ticket interactions are
 * counted, and at the export's 10 requests a minute a big account's 30 days take minutes,
 * a 3-day window a request or two.
 */
export const SHORT_WINDOW = { idle_days: 3 };

/** Sets the SaaS receiver's faults (POST /__saas/faults: `next`, `tooLargeOver`; see standin/saas/receiver.ts). */
export async function saasFaults(s: Session, body: unknown): Promise<void> {
  const res = await fetch(`${s.standin.saas.url}/__saas/faults`, { method: 'POST', body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST /__saas/faults: ${res.status} ${await res.text()}`);
}
