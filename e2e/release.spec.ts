import { afterEach, describe, expect, it } from 'vitest';
import type { LoggedRequest } from '../standin/api';
import { apiRequests, control, openApp, screenshot, SHORT_WINDOW, startSession, summaryFigure, waitForRoster, type Session } from './support';

/**
 * Releasing seats end to end, in Chromium with the real SDK against the stand-in's
 * Zendesk (which now takes writes, runs update_many as background jobs, keeps the job and
 * update-user limits and refuses the account owner): nothing is written before confirm,
 * one seat is one PUT, 250 seats are three jobs through a TooManyJobs and a 429, the
 * owner is refused in Zendesk's words, the summary and the next snapshot follow, and
 * Restore puts a seat back.
 */
let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const writes = (log: LoggedRequest[]): LoggedRequest[] => log.filter((r) => r.method === 'PUT');

/** The user as the stand-in's Zendesk has it now. */
async function zendeskUser(s: Session, id: number): Promise<{ role: string; custom_role_id: number | null }> {
  const res = await fetch(`${s.standin.zendeskUrl}/api/v2/users/${id}`);
  return ((await res.json()) as { user: { role: string; custom_role_id: number | null } }).user;
}

async function settledReview(s: Session): Promise<void> {
  await openApp(s);
  await waitForRoster(s);
  await s.app.locator('[data-activity="loading"]').waitFor({ state: 'detached', timeout: 120_000 });
}

describe('releasing seats in Chromium', () => {
  it('releases one idle seat from its panel with one PUT after confirm, refuses the owner in Zendesk’s words, and Restore puts the seat back', async () => {
    session = await startSession({ account: { seats: 120 }, settings: SHORT_WINDOW });
    const s = session;
    await settledReview(s);
    const paid = await summaryFigure(s, 'paid');

    // One idle seat, from its own panel.
    const idleRow = s.app.locator('tr[data-idle="true"]:has([data-select])').first();
    const id = Number(await idleRow.getAttribute('data-user-id'));
    await idleRow.locator('td').nth(2).click();
    await s.app.locator(`[data-seat-panel="${id}"] [data-action="release-seat"]`).click();
    const dialog = s.app.getByRole('dialog');
    await dialog.locator(`[data-preview-seat="${id}"] [data-open-tickets]:not([data-open-tickets="loading"])`).waitFor();
    const openTickets = Number(await dialog.locator(`[data-preview-seat="${id}"] [data-open-tickets]`).textContent());
    await screenshot(s, 'release-one-preview');
    expect(writes(await apiRequests(s.standin))).toEqual([]);

    await dialog.locator('[data-release-confirm]').click();
    const result = s.app.locator(`[data-release-result="${id}"]`);
    await result.and(s.app.locator('[data-outcome="released"]')).waitFor();
    expect(writes(await apiRequests(s.standin)).map((r) => r.path)).toEqual([`/api/v2/users/${id}`]);
    expect((await zendeskUser(s, id)).role).toBe('end-user');
    // The seat is no longer a paid seat, at once.
    await s.app.locator(`[data-summary="paid"][data-count="${paid - 1}"]`).waitFor();
    expect(await s.app.locator(`tr[data-user-id="${id}"]`).count()).toBe(0);
    // Its open tickets went to the admin making the change (the owner, signed in).
    const searched = await fetch(
      `${s.standin.zendeskUrl}/api/v2/search/count?query=${encodeURIComponent(`type:ticket assignee:${id} status<solved`)}`,
    ).then((r) => r.json() as Promise<{ count: number }>);
    expect(searched.count).toBe(0);
    expect(openTickets).toBeGreaterThanOrEqual(0);

    // The owner (an admin): only from their own panel, with a second confirmation naming them; Zendesk refuses.
    const owner = s.account.users.find((u) => u.id === s.account.ownerId)!;
    await s.app.getByPlaceholder('Name or email').fill(owner.email!);
    await s.app.locator(`tr[data-user-id="${owner.id}"]`).locator('td').nth(2).click();
    expect(await s.app.locator(`tr[data-user-id="${owner.id}"] [data-select]`).count()).toBe(0);
    await s.app.locator(`[data-seat-panel="${owner.id}"] [data-action="release-seat"]`).click();
    await dialog.locator('[data-release-confirm="preview"]:not([disabled])').click();
    const second = dialog.locator('[data-release-second-step]');
    expect(await second.textContent()).toContain(owner.name);
    await screenshot(s, 'release-owner-second-confirmation');
    await dialog.locator('[data-release-confirm="second"]').click();
    const refused = s.app.locator(`[data-release-result="${owner.id}"][data-outcome="refused"]`);
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/account owner/i);
    expect((await zendeskUser(s, owner.id)).role).toBe('admin');
    await s.app.getByPlaceholder('Name or email').fill('');

    // Restore the released seat from the first report (history).
    await s.app.locator('[data-release-history] button[aria-expanded]').click();
    const reports = s.app.locator('[data-release-history-item]');
    await reports.last().click();
    await s.app.locator(`[data-release-result="${id}"] [data-action="restore"]`).click();
    await s.app.locator(`[data-release-result="${id}"][data-restore="restored"]`).waitFor();
    expect((await zendeskUser(s, id)).role).toBe('agent');
    await s.app.locator(`[data-summary="paid"][data-count="${paid}"]`).waitFor();
    expect(await s.app.locator(`[data-release-result="${id}"]`).textContent()).toBeTruthy();
    await screenshot(s, 'release-restored');
  });

  it('releases 250 seats in three jobs through a TooManyJobs and a 429, then the snapshot counts them', async () => {
    session = await startSession({ account: { seats: 1100, endUsers: 500 }, settings: SHORT_WINDOW });
    const s = session;
    await settledReview(s);
    const paid = await summaryFigure(s, 'paid');

    await s.app.locator('[data-action="select-idle"]').click();
    const selectable = Number(await s.app.locator('[data-selected-count]').getAttribute('data-selected-count'));
    expect(selectable).toBeGreaterThanOrEqual(250);
    // Exactly 250: idle seats sorted first, the extra ones unticked from the top.
    await s.app.locator('[data-sort-key="idle"]').click();
    await s.app.locator('[data-sort-key="idle"]').click();
    for (let extra = selectable - 250; extra > 0; extra--) {
      const id = await s.app.locator('tr[data-selected="true"]').first().getAttribute('data-user-id');
      await s.app.locator(`[data-select="${id}"]`).uncheck();
    }
    await s.app.locator('[data-selected-count="250"]').waitFor();

    await s.app.locator('[data-action="release-selected"]').click();
    const dialog = s.app.getByRole('dialog');
    await dialog.waitFor();
    const confirm = dialog.locator('[data-release-confirm]');
    expect(await confirm.textContent()).toContain('250');
    // More than 25 seats: the count must be typed.
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.locator('[data-release-typed-count]').fill('249');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.locator('[data-release-typed-count]').fill('250');
    await confirm.and(s.app.locator(':not([disabled])')).waitFor();
    expect(writes(await apiRequests(s.standin))).toEqual([]);
    await screenshot(s, 'release-250-preview');

    // Zendesk's job limit answers the next job with TooManyJobs, and one write with a 429.
    await control(s.standin, 'DELETE', '/__standin/requests');
    await control(s.standin, 'POST', '/__standin/faults', {
      tooManyJobsNext: { count: 1 },
      throttleNext: { count: 1, retryAfter: 1, path: '/api/v2/job_statuses' },
    });
    await confirm.click();
    await s.app.locator('[data-release-progress]').waitFor();
    await screenshot(s, 'release-250-progress');
    await s.app.locator('[data-release-counts]').waitFor();
    await s.app.locator('[data-release-progress]').waitFor({ state: 'detached', timeout: 120_000 });

    const log = await apiRequests(s.standin);
    const submits = log.filter((r) => r.method === 'PUT' && r.path === '/api/v2/users/update_many');
    expect(submits.map((r) => r.status).sort()).toEqual([200, 200, 200, 429]);
    expect(submits.find((r) => r.status === 429)?.fault).toBe('too-many-jobs');
    expect(log.some((r) => r.path.startsWith('/api/v2/job_statuses/') && r.status === 429)).toBe(true);
    expect(log.filter((r) => r.method === 'PUT' && r.path !== '/api/v2/users/update_many')).toEqual([]);
    const outcomes = await s.app.locator('[data-release-result]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-outcome')));
    expect(outcomes).toHaveLength(250);
    expect(new Set(outcomes)).toEqual(new Set(['released']));
    await s.app.locator(`[data-summary="paid"][data-count="${paid - 250}"]`).waitFor();
    await screenshot(s, 'release-250-report');

    // The next snapshot counts them.
    await s.app.getByRole('button', { name: 'Send snapshot' }).click();
    await s.app.locator('[data-snapshot-last-push="sent"]').waitFor({ timeout: 60_000 });
    const accepted = s.standin.saas.accepted();
    const body = accepted[0]!.body as { summary: { released_seats?: number; paid_seats: number } };
    expect(body.summary.released_seats).toBe(250);
    expect(body.summary.paid_seats).toBe(paid - 250);
  });
});
