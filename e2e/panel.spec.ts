import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SETTINGS } from '../standin/settings';
import { listedSeats, openApp, screenshot, startSession, summaryFigure, suspendedSeats, waitForRoster, type Session } from './support';

/**
 * A seat's panel, selecting seats for release and the seats-purchased figures, in
 * Chromium with the real SDK against the stand-in: the panel opens by mouse and by
 * keyboard, "Open in Zendesk" reaches the host page, and "Select all likely idle" picks
 * the likely-idle seats shown that a bulk release may take.
 */
let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The id of the element focused inside the app's frame, if it is a seat's row. */
const focusedRow = (s: Session): Promise<string | null> =>
  s.app.locator('body').evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-user-id') ?? null);

describe('a seat’s panel, selection and seats purchased in Chromium', () => {
  it('opens a seat’s panel by click and by keyboard, closes with Esc back on the row, and opens the user in Zendesk', async () => {
    session = await startSession({ account: { seats: 60 } });
    await openApp(session);
    await waitForRoster(session);
    const rows = session.app.locator('tr[data-user-id]');
    const first = (await rows.nth(0).getAttribute('data-user-id'))!;
    const second = (await rows.nth(1).getAttribute('data-user-id'))!;
    const user = session.account.users.find((u) => String(u.id) === second)!;

    // By click: on the email cell, not the checkbox.
    await rows.nth(1).locator('td').nth(2).click();
    const panel = session.app.locator(`[data-seat-panel="${second}"]`);
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(user.name || user.email);
    expect(await panel.locator('[data-field="email"]').textContent()).toContain(user.email);
    expect(await panel.locator('[data-field="seatClass"]').textContent()).not.toBe('');
    expect(await panel.locator('[data-field="verdict"]').textContent()).not.toBe('');
    await screenshot(session, 'seat-panel');

    await panel.locator('[data-action="open-in-zendesk"]').click();
    // The host page (outside the app's frame) says where Zendesk would have gone.
    await session.page.locator(`[data-routed-to="user:${second}"]`).waitFor();
    expect(await panel.locator('[data-open-refused]').count()).toBe(0);

    await session.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await focusedRow(session)).toBe(second);

    // By keyboard: up to the first row, Enter opens it.
    await session.page.keyboard.press('ArrowUp');
    expect(await focusedRow(session)).toBe(first);
    await session.page.keyboard.press('Enter');
    await session.app.locator(`[data-seat-panel="${first}"]`).waitFor();
    await session.page.keyboard.press('Escape');
    await session.app.locator('[data-seat-panel]').waitFor({ state: 'detached' });
    expect(await focusedRow(session)).toBe(first);
  });

  it('selects every likely-idle seat shown that a bulk release may take', async () => {
    session = await startSession({ account: { seats: 60 } });
    await openApp(session);
    await waitForRoster(session);
    await session.app.locator('[data-activity="loading"]').waitFor({ state: 'detached', timeout: 60_000 });
    const idle = await summaryFigure(session, 'idle');
    expect(idle).toBeGreaterThan(0);

    // Only the likely-idle seats, all of them in view at once.
    await session.app.getByRole('button', { name: 'Filters', exact: true }).click();
    await session.app.locator('[data-filter="idle"]').selectOption('idle');
    await session.app.locator(`[data-shown-count="${idle}"]`).waitFor();
    expect(await session.app.locator('tr[data-user-id]').count()).toBe(idle);
    const selectable = await session.app.locator('tr[data-user-id] [data-select]').count();
    expect(selectable).toBeGreaterThan(0);

    await session.app.locator('[data-action="select-idle"]').click();
    await session.app.locator(`[data-selected-count="${selectable}"]`).waitFor();
    expect(await session.app.locator('[data-select]:checked').count()).toBe(selectable);
    // Admins among them have no checkbox: only their own panel may release them.
    const withoutBox = session.app.locator('tr[data-user-id]:not(:has([data-select]))');
    for (const id of await withoutBox.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-user-id'))))) {
      const user = session.account.users.find((u) => u.id === id)!;
      expect(user.role === 'admin' || user.role_type === 4 || user.role_type === 5).toBe(true);
    }

    // Selection survives clearing the filter; "Clear selection" empties it.
    await session.app.getByRole('button', { name: /Clear filters/ }).click();
    await session.app.locator(`[data-shown-count="${listedSeats(session.account).length}"]`).waitFor();
    expect(await session.app.locator('[data-selected-count]').getAttribute('data-selected-count')).toBe(String(selectable));
    await session.app.locator('[data-action="clear-selection"]').click();
    await session.app.locator('[data-selected-count="0"]').waitFor();
  });

  it('shows seats purchased, assigned and unassigned from the demo install’s settings', async () => {
    session = await startSession();
    await openApp(session);
    await waitForRoster(session);
    const paid = await summaryFigure(session, 'paid');
    const suspendedPaid = suspendedSeats(session.account).filter((u) => u.role_type !== 1 && u.role_type !== 3 && u.shared_agent !== true).length;
    expect(await summaryFigure(session, 'purchased')).toBe(DEMO_SETTINGS.seats_purchased);
    expect(await summaryFigure(session, 'assigned')).toBe(paid + suspendedPaid);
    const unassigned = Number(DEMO_SETTINGS.seats_purchased) - paid - suspendedPaid;
    expect(unassigned).toBeGreaterThan(0);
    expect(await summaryFigure(session, 'unassigned')).toBe(unassigned);
    expect(Number(await session.app.locator('[data-summary="unassigned-cost"]').getAttribute('data-amount'))).toBe(
      unassigned * Number(DEMO_SETTINGS.seat_price),
    );
    expect(await session.app.locator('[data-summary-note="billing"]').textContent()).toContain('Zendesk bills the seats purchased');
  });
});
