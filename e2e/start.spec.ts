import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium } from './support';

let child: ReturnType<typeof spawn> | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

describe('npm start', () => {
  it('builds, serves the app in the stand-in, prints its URL, and stops cleanly', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    // Run the script's own command (not through npm, which reports a signal instead of the exit code).
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toBe('tsx standin/start.ts');
    child = spawn('node_modules/.bin/tsx', ['standin/start.ts', '--port', String(port), '--seats', '40', '--end-users', '100'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 50_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Seat Review is running at (\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child!.stdout!.on('data', read);
      child!.stderr!.on('data', read);
      child!.once('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
    });
    expect(url).toBe(`http://localhost:${port}/agent/apps/seat-review`);

    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(url);
      const app = page.frameLocator('iframe[data-location="nav_bar"]');
      await app.locator('[data-summary="seats"]').waitFor({ timeout: 30_000 });
      await app.locator('[data-progress="loaded"]').waitFor({ state: 'detached' });
      expect(Number(await app.locator('[data-summary="seats"]').textContent())).toBeGreaterThan(30);
    } finally {
      await browser.close();
    }

    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });
});
