import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, startSession, waitForRoster, type Session } from './support';

/**
 * Accessibility in Chromium: axe-core (WCAG 2.1 A/AA) finds no serious or critical
 * violation on the loaded review, with the filters open, the seat panel open and the
 * release preview open; and a keyboard-only walk reaches search, filters, sort, the seat
 * panel and export. The table is looked at 1,024 and 1,440 pixels wide.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

function appFrame(s: Session): Frame {
  const frame = s.page.frames().find((f) => f.url().includes('/assets/index.html'));
  if (!frame) throw new Error('The app frame is not there');
  return frame;
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Serious and critical WCAG 2.1 A/AA violations in the app's frame; with a modal dialog open,
 * in the dialog (the page behind it is inert and dimmed by the backdrop).
 */
async function violations(s: Session, within?: string): Promise<string[]> {
  const frame = appFrame(s);
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ content: AXE_SOURCE });
  const found = await frame.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const context = selector === undefined ? document : document.querySelector(selector);
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  }, within);
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

async function loaded(s: Session): Promise<void> {
  await openApp(s);
  await waitForRoster(s);
  await s.app.locator('[data-activity="loading"]').waitFor({ state: 'detached', timeout: 120_000 });
}

const focused = (s: Session): Promise<string> =>
  appFrame(s).evaluate(() => {
    const e = document.activeElement;
    return e
      ? `${e.tagName.toLowerCase()}${e.getAttribute('data-action') ? `[data-action=${e.getAttribute('data-action')}]` : ''} ${e.textContent.trim().slice(0, 40)}`
      : '';
  });

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(s: Session, matches: (focused: string) => boolean, max = 60): Promise<string> {
  for (let i = 0; i < max; i++) {
    await s.page.keyboard.press('Tab');
    const now = await focused(s);
    if (matches(now)) return now;
  }
  throw new Error(`not reached by Tab in ${max} presses; last: ${await focused(s)}`);
}

describe('accessibility in Chromium', () => {
  it('axe-core finds no serious or critical violation: review, filters, seat panel, release preview', async () => {
    session = await startSession({ account: { seats: 60 } });
    const s = session;
    await loaded(s);
    expect(await violations(s), 'the loaded review').toEqual([]);

    await s.app.getByRole('button', { name: /^Filters/ }).click();
    expect(await violations(s), 'filters open').toEqual([]);

    await s.app.locator('tr[data-user-id]').nth(1).locator('td').nth(2).click();
    await s.app.locator('[data-seat-panel]').waitFor();
    // Garden slides the drawer in: colours are measured once it has arrived.
    await s.page.waitForTimeout(1000);
    expect(await violations(s), 'the seat panel').toEqual([]);
    await s.page.keyboard.press('Escape');

    await s.app.locator('[data-action="select-idle"]').click();
    await s.app.locator('[data-action="release-selected"]').click();
    await s.app.getByRole('dialog').waitFor();
    // Garden fades the dialog in (a fraction of a second): colours are measured once it is opaque.
    await s.page.waitForTimeout(1000);
    expect(await violations(s, '[role="dialog"]'), 'the release preview').toEqual([]);
  });

  it('a keyboard-only walk: search, filters, sort, a seat’s panel and export', async () => {
    session = await startSession({ account: { seats: 60 } });
    const s = session;
    await loaded(s);
    await appFrame(s).evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    await tabTo(s, (f) => f.startsWith('input'));
    await s.page.keyboard.type('a');
    await s.page.keyboard.press('Backspace');

    await tabTo(s, (f) => /^button .*Filters/.test(f));
    await s.page.keyboard.press('Enter');
    await s.app.locator('[data-filter]').nth(1).waitFor();

    // Sort by a column header: a button in the header row.
    await tabTo(s, (f) => f.includes('Name'));
    await s.page.keyboard.press('Enter');
    await s.app.locator('th[aria-sort="ascending"]:has([data-sort-key="name"])').waitFor();

    // Into the table: the first row opens its panel with Enter; Esc gives focus back.
    await tabTo(s, (f) => f.startsWith('tr'));
    await s.page.keyboard.press('Enter');
    await s.app.locator('[data-seat-panel]').waitFor();
    await s.page.keyboard.press('Escape');
    await s.app.locator('[data-seat-panel]').waitFor({ state: 'detached' });
    expect((await focused(s)).startsWith('tr')).toBe(true);

    // Export, by keyboard: Shift+Tab back to it.
    for (let i = 0; i < 80 && !(await focused(s)).includes('Export CSV'); i++) await s.page.keyboard.press('Shift+Tab');
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });

  it('the table at 1,024 and 1,440 pixels wide', async () => {
    session = await startSession({ account: { seats: 60 } });
    const s = session;
    for (const width of [1024, 1440]) {
      await s.page.setViewportSize({ width, height: 800 });
      await loaded(s);
      // The page itself never scrolls sideways: only the table does.
      const overflow = await appFrame(s).evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `page overflow at ${width} px`).toBeLessThanOrEqual(0);
      await s.app.locator('[data-table-scroller]').scrollIntoViewIfNeeded();
      await screenshot(s, `table-${width}`);
    }
  });
});
