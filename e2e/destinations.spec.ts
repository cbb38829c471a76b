import { afterEach, describe, expect, it } from 'vitest';
import type { DestinationName } from '../src/destinations/names';
import { listedSeats, SHORT_WINDOW, startSession, suspendedSeats, summaryFigure, waitForRoster, type Session } from './support';

/**
 * Snapshots pushed natively into Zluri, Torii and Lumos, end to end: the built app in
 * Chromium sends to the vendor's real host through the stand-in's proxy (ZAF's), which
 * routes it to the stand-in's fake of that platform; each fake enforces what the vendor
 * documents. A 429 and a 500 on the way must not lose or duplicate anything.
 */
let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const SEATS = 2400;

async function pushThroughFaults(destination: DestinationName, faultPath: string): Promise<Session> {
  const s = await startSession({ destination, account: { seats: SEATS, endUsers: 100 }, settings: SHORT_WINDOW });
  s.standin.saas.queueFaults([
    { status: 429, retryAfter: 1, path: faultPath },
    { status: 500, path: faultPath },
  ]);
  await s.page.goto(s.standin.hostPageUrl);
  await waitForRoster(s, 60_000);
  await s.app.getByRole('button', { name: /^Send/ }).click();
  await s.app.locator('[data-snapshot-last-push="sent"]').waitFor({ timeout: 120_000 });
  const faulted = s.standin.saas.log().filter((r) => r.status === 429 || r.status === 500);
  expect(faulted.map((r) => r.status).sort()).toEqual([429, 500]);
  return s;
}

/** Every seat the platforms are told about, by email: suspended included, shared agents (another account's seats) left out. */
function seatEmails(s: Session): string[] {
  return [...listedSeats(s.account), ...suspendedSeats(s.account)]
    .filter((u) => u.shared_agent !== true)
    .map((u) => (u.email ?? '').toLowerCase())
    .sort();
}

const sorted = (values: string[]) => values.map((v) => v.toLowerCase()).sort();
const count = <T>(items: T[], pick: (item: T) => boolean) => items.filter(pick).length;

describe('snapshots pushed natively into SaaS Management platforms', () => {
  it('Zluri: one sync, pages of 1,000, finished once every page is in, through a 429 and a 500', async () => {
    session = await pushThroughFaults('zluri', '/data/snapshots');
    const zluri = session.standin.saas.zluri();
    expect(zluri.syncs.filter((sync) => sync.status === 'finished')).toHaveLength(1);
    const [instance] = zluri.instances;
    const users = instance?.users ?? [];
    expect(sorted(users.map((u) => u.email))).toEqual(seatEmails(session));
    expect(count(users, (u) => u.status === 'suspended')).toBe(suspendedSeats(session.account).length);
    expect(count(users, (u) => u.status === 'inactive')).toBe(await summaryFigure(session, 'idle'));
    expect(users.every((u) => Array.isArray(u.license) && u.license.length === 1)).toBe(true);
  });

  it('Torii: the whole roster as one file, then one sync, through a 429 and a 500', async () => {
    session = await pushThroughFaults('torii', '/v1.0/files/upload');
    // Torii runs the sync after answering the call: wait for it to finish.
    const s = session;
    await expect.poll(() => s.standin.saas.torii().syncs.filter((sync) => sync.status === 'done').length, { timeout: 10_000 }).toBe(1);
    const torii = session.standin.saas.torii();
    expect(torii.syncs.filter((sync) => sync.status === 'done')).toHaveLength(1);
    const [account] = torii.app_accounts;
    const users = account?.users ?? [];
    expect(sorted(users.map((u) => u.email))).toEqual(seatEmails(session));
    // Torii has no suspended status: it is carried in externalStatus.
    expect(count(users, (u) => /suspended/i.test(u.externalStatus ?? ''))).toBe(suspendedSeats(session.account).length);
    expect(account?.licenses.length).toBeGreaterThan(0);
  });

  it('Lumos: one call with every account, never parts, through a 429 and a 500', async () => {
    session = await pushThroughFaults('lumos', '/accounts/upload');
    const lumos = session.standin.saas.lumos();
    const [app] = lumos.apps;
    expect(app?.uploads).toHaveLength(1);
    const accounts = app?.accounts ?? [];
    expect(sorted(accounts.map((a) => a.email ?? ''))).toEqual(seatEmails(session));
    expect(count(accounts, (a) => a.status === 'SUSPENDED')).toBe(suspendedSeats(session.account).length);
    expect(accounts.every((a) => (a.attributes ?? []).length > 0)).toBe(true);
  });

  it('names the setting when the platform is not one Seat Review knows, or its id is missing', async () => {
    session = await startSession({ account: { seats: 30, endUsers: 5 }, settings: { saas_destination: 'zlurri' } });
    await session.page.goto(session.standin.hostPageUrl);
    const wrong = session.app.locator('[data-setting-problem="saas_destination"]');
    await wrong.waitFor();
    expect(await wrong.textContent()).toMatch(/zluri.*torii.*lumos/s);
    await session.close();

    session = await startSession({ account: { seats: 30, endUsers: 5 }, settings: { saas_destination: 'torii', saas_destination_id: '' } });
    await session.page.goto(session.standin.hostPageUrl);
    await session.app.locator('[data-setting-problem="saas_destination_id"]').waitFor();
  });
});
