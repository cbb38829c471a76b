/**
 * Takes the README's screenshot from the running stand-in with the real app:
 *   npm run screenshot   (writes docs/screenshot.png; builds first)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './chromium';
import { startStandin } from '../standin/server';

const out = resolve(import.meta.dirname, '..', 'docs', 'screenshot.png');
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const standin = await startStandin({ zendeskPort: 0, appPort: 0, account: { seats: 240 } });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(standin.hostPageUrl);
  const app = page.frameLocator('iframe');
  await app.locator('[data-summary="seats"]').waitFor();
  await app.locator('[data-progress="loaded"]').waitFor({ state: 'detached' });
  // Sessions and ticket interactions load beside the roster; wait for them too.
  await app.locator('[data-activity="loading"]').waitFor({ state: 'detached', timeout: 120_000 });
  // Idle seats first (sorted descending), so their reasons are in view.
  await app.locator('[data-sort-key="idle"]').click();
  await app.locator('[data-sort-key="idle"]').click();
  mkdirSync(resolve(out, '..'), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  await standin.close();
}
