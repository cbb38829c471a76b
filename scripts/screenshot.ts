/**
 * Takes the README's screenshots from the running stand-in with the real app:
 *   npm run screenshot   (writes docs/screenshot.png in English and docs/screenshot-de.png in German; builds first)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './chromium';
import { startStandin } from '../standin/server';

const SHOTS = [
  { locale: 'en-US', file: 'screenshot.png' },
  { locale: 'de', file: 'screenshot-de.png' },
];

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const browser = await launchChromium();
try {
  for (const shot of SHOTS) {
    const out = resolve(import.meta.dirname, '..', 'docs', shot.file);
    const standin = await startStandin({ zendeskPort: 0, appPort: 0, account: { seats: 240 }, locale: shot.locale });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(standin.hostPageUrl);
      const app = page.frameLocator('iframe[data-location="nav_bar"]');
      await app.locator('[data-summary="seats"]').waitFor();
      await app.locator('[data-progress="loaded"]').waitFor({ state: 'detached' });
      // Sessions and ticket interactions load beside the roster; wait for them too.
      await app.locator('[data-activity="loading"]').waitFor({ state: 'detached', timeout: 120_000 });
      // Idle seats first (sorted descending), so their reasons are in view.
      await app.locator('[data-sort-key="idle"]').click();
      await app.locator('[data-sort-key="idle"]').click();
      mkdirSync(resolve(out, '..'), { recursive: true });
      await page.screenshot({ path: out });
      await page.close();
      console.log(`Wrote ${out}`);
    } finally {
      await standin.close();
    }
  }
} finally {
  await browser.close();
}
