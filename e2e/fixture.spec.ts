import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prepareFixture, type PreparedFixture } from '../standin/fixture/prepare';
import { startSession, type Session } from './support';

/**
 * The stand-in hosting another ZAF app: the fixture (standin/fixture/, plain JS with the real SDK)
 * asks the host page everything and writes what it saw into data attributes. It gets only its own
 * declared settings, never a secure one, its two locations, and a modal it opens and closes.
 */
const SECRET = 'fixture-secret-7f3a9c';
let fixture: PreparedFixture;
let session: Session | undefined;

beforeAll(async () => {
  fixture = await prepareFixture();
});
afterAll(() => fixture.dispose());
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function hostFixture(locale?: string): Promise<Session> {
  const options: Parameters<typeof startSession>[0] = { packageDir: fixture.dir, settings: { api_token: SECRET } };
  if (locale) options.locale = locale;
  session = await startSession(options);
  await session.page.goto(session.standin.hostPageUrl);
  await session.app.locator('#app[data-state="ready"]').waitFor({ timeout: 20_000 });
  return session;
}

const nav = (page: Page): FrameLocator => page.frameLocator('iframe[data-location="nav_bar"]');
const attr = async (frame: FrameLocator, name: string): Promise<string | null> => frame.locator('#app').getAttribute(`data-${name}`);

/** Waits for `data-<name>` on the frame's #app to be `value`. */
async function seen(frame: FrameLocator, name: string, value: string): Promise<void> {
  await frame.locator(`#app[data-${name}='${value}']`).waitFor({ state: 'attached', timeout: 10_000 });
}

describe('the fixture app in the stand-in', () => {
  it('gets its own declared settings only (no secure value anywhere), its locations, and answers as Zendesk', async () => {
    const s = await hostFixture();
    const app = nav(s.page);
    expect(JSON.parse((await attr(app, 'settings')) ?? '')).toEqual({ greeting: 'Hello', page_size: 25 });
    expect(await attr(app, 'app-name')).toBe('Fixture App');
    expect(await attr(app, 'location')).toBe('nav_bar');
    expect(JSON.parse((await attr(app, 'instances')) ?? '')).toEqual(['background', 'nav_bar']);
    expect(await attr(app, 'role')).toBe('admin');
    await seen(app, 'unknown-path', 'InvalidPath');
    // client.request to the account's API, with the signed-in user's session.
    await app.locator('#app[data-me-id]').waitFor();
    expect(Number(await attr(app, 'me-id'))).toBeGreaterThan(0);
    await seen(app, 'resized', 'yes');
    await expect.poll(() => s.page.locator('iframe[data-location="nav_bar"]').evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe('420px');
    await s.page.getByRole('status').filter({ hasText: 'Fixture App is ready' }).waitFor();
    // Events cross the app's instances: the background page answered the nav_bar's ping.
    await seen(app, 'pong', JSON.stringify({ from: 'background' }));
    const background = s.page.frameLocator('iframe[data-location="background"]');
    await seen(background, 'location', 'background');
    expect(await s.page.locator('iframe[data-location]').evaluateAll((frames) => frames.map((f) => f.getAttribute('data-location')))).toEqual([
      'nav_bar',
      'background',
    ]);
    expect(await app.locator('#greeting').textContent()).toMatch(/^Hello, /);

    // The secure setting is installed (not dropped) and never reaches the browser: not the page, its config, a frame.
    expect(s.standin.droppedSettings).toEqual([]);
    const texts = [await s.page.content(), await s.page.evaluate(() => JSON.stringify(window.__standin?.config))];
    for (const frame of s.page.frames()) texts.push(await frame.content());
    for (const text of texts) expect(text).not.toContain(SECRET);
  });

  it('opens a modal with instances.create and closes it by destroy, Escape and the close button', async () => {
    const s = await hostFixture();
    const app = nav(s.page);
    const modalFrame = s.page.frameLocator('iframe[data-location="modal"]');
    const dialog = s.page.getByRole('dialog', { name: 'Fixture App' });

    await app.getByRole('button', { name: 'Open a modal' }).click();
    await dialog.waitFor();
    await seen(modalFrame, 'state', 'ready');
    expect(await attr(modalFrame, 'location')).toBe('modal');
    const guid = await attr(modalFrame, 'instance-guid');
    await seen(app, 'modal-guid', guid ?? '?');
    await seen(app, 'modal-location', 'modal');
    // The opener's client.instance(guid).trigger() reached the modal only.
    await seen(modalFrame, 'hello', JSON.stringify({ from: 'nav_bar' }));
    expect(await s.page.locator('iframe[data-location="modal"]').getAttribute('data-app-guid')).toBe(guid);

    await modalFrame.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    await seen(app, 'modal-closed', 'yes');

    await app.getByRole('button', { name: 'Open a modal' }).click();
    await seen(modalFrame, 'state', 'ready');
    await s.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await seen(app, 'modal-closed', 'yes');

    await app.getByRole('button', { name: 'Open a modal' }).click();
    await seen(modalFrame, 'state', 'ready');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    await seen(app, 'modal-closed', 'yes');
    expect(await s.page.evaluate(() => window.__standin?.modals.map((m) => m.closed))).toEqual([true, true, true]);
  });

  it("speaks the signed-in user's language", async () => {
    const s = await hostFixture('de');
    const app = nav(s.page);
    expect(await app.locator('#title').textContent()).toBe('Test-App');
    expect(await attr(app, 'locale')).toBe('de');
    await app.getByRole('button', { name: 'Einen Dialog öffnen' }).waitFor();
  });
});
