/**
 * The UI benchmark: the built app in Debian's Chromium, inside the stand-in's host page
 * (latency 0), on a large account. Timings are taken inside the app's frame with
 * performance.now(); see bench/uiProbe.ts for what each one spans.
 */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Frame } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium';
import { closeStandin, openStandin } from './support';
import { FIRST_RENDER_PROBE, filterScript, heapInFrame, sortScript, type Timing } from './uiProbe';

export interface UiResult {
  seats: number;
  firstRenderMs: number | null;
  filterMs: number | null;
  filterDomMs: number | null;
  sortMs: number | null;
  sortDomMs: number | null;
  heapMb: number | null;
  heapHow: string;
  repetitions: number;
  loadMs: number;
}

export const openBrowsers = new Set<Browser>();

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Builds the app into assets/ as `npm run screenshot` does; returns an error message or null. */
export function buildApp(): string | null {
  try {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 180_000 });
    return null;
  } catch (error) {
    return error instanceof Error ? (error.message.split('\n')[0] ?? 'build failed') : String(error);
  }
}

async function appFrame(page: import('playwright-core').Page): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('/assets/index.html'));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('The app frame never appeared');
}

export async function uiScenario(seats: number, repetitions: number, timeoutMs: number): Promise<UiResult> {
  const standin = await openStandin({
    account: { seats, endUsers: 1000, ticketEvents: 0 },
    latencyMs: 0,
    rateLimitPerMinute: 1_000_000,
    incrementalPerMinute: 1_000_000,
    minuteMs: 60_000,
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  openBrowsers.add(browser);
  try {
    const listed = standin.api.account().users.filter((u) => (u.role === 'agent' || u.role === 'admin') && u.suspended !== true).length;
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript({ content: FIRST_RENDER_PROBE.replace('__EXPECTED__', String(listed)) });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(standin.hostPageUrl);
    const frame = await appFrame(page);
    await frame.waitForFunction('window.__bench?.renderedAt !== undefined', null, { timeout: timeoutMs, polling: 100 });
    const loadMs = performance.now() - started;
    const probe = await frame.evaluate<{
      rosterDoneAt?: number;
      renderedAt?: number;
    }>('({ ...window.__bench })');
    const firstRenderMs = probe.rosterDoneAt !== undefined && probe.renderedAt !== undefined ? probe.renderedAt - probe.rosterDoneAt : null;
    // Let the engagement phase (sessions, probe) settle so it does not land inside a keystroke.
    await frame
      .locator('[data-progress="loaded"]')
      .waitFor({ state: 'detached', timeout: timeoutMs })
      .catch(() => undefined);
    await page.waitForTimeout(1000);

    const filters: Timing[] = [];
    const sorts: Timing[] = [];
    for (let i = 0; i < repetitions; i++) {
      // One character typed into the empty search box (measured), then cleared (not measured).
      const f = await frame.evaluate<Timing | null>(filterScript('z'));
      if (f !== null) filters.push(f);
      await frame.evaluate(filterScript(''));
      await page.waitForTimeout(200);
      const s = await frame.evaluate<Timing | null>(sortScript('name'));
      if (s !== null) sorts.push(s);
      await page.waitForTimeout(200);
    }
    const heap = await heapInFrame(context, frame);
    return {
      seats,
      firstRenderMs,
      filterMs: median(filters.map((t) => t.painted)),
      filterDomMs: median(filters.map((t) => t.dom)),
      sortMs: median(sorts.map((t) => t.painted)),
      sortDomMs: median(sorts.map((t) => t.dom)),
      heapMb: heap.bytes === null ? null : heap.bytes / (1024 * 1024),
      heapHow: heap.how,
      repetitions,
      loadMs,
    };
  } finally {
    openBrowsers.delete(browser);
    await browser.close().catch(() => undefined);
    await closeStandin(standin);
  }
}
