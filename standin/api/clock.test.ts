import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, TEST_NOW, type TestServer } from './testServer';

const REQUIREMENTS = {
  custom_objects_v2: {
    objects: [{ key: 'note', title: 'Note', title_pluralized: 'Notes', include_in_list_view: false }],
    object_fields: [{ object_key: 'note', key: 'body', title: 'Body', type: 'text' }],
  },
};
const DAY = 86_400_000;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seats: 40, endUsers: 10 }, { requirements: REQUIREMENTS });
});
afterAll(() => t.close());
beforeEach(() => t.control('/__standin/reset', 'POST'));

type Clock = { now: string; offsetMs: number };
const clock = async (): Promise<Clock> => (await t.control<Clock>('/__standin/clock')).body;
const json = async <T>(path: string, init?: RequestInit): Promise<T> => (await (await t.get(path, init)).json()) as T;

describe('the account clock', () => {
  it('starts at the account now and moves with the wall clock', async () => {
    const { now, offsetMs } = await clock();
    expect(offsetMs).toBe(0);
    expect(Date.parse(now) - Date.parse(TEST_NOW)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(now) - Date.parse(TEST_NOW)).toBeLessThan(60_000);
  });

  it('moves ahead by days or milliseconds, and what reads the time follows', async () => {
    const before = Date.parse((await clock()).now);
    const moved = await t.control<Clock>('/__standin/clock', 'POST', { advanceDays: 3 });
    expect(moved.status).toBe(200);
    expect(moved.body.offsetMs).toBe(3 * DAY);
    expect((await t.control<Clock>('/__standin/clock', 'POST', { advanceMs: 1500 })).body.offsetMs).toBe(3 * DAY + 1500);
    const now = Date.parse((await clock()).now);
    expect(now - before).toBeGreaterThanOrEqual(3 * DAY + 1500);
    expect(now - before).toBeLessThan(3 * DAY + 60_000);
    // A record's timestamps, the users count's refreshed_at, the export's horizon.
    const res = await t.get('/api/v2/custom_objects/note/records', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ custom_object_record: { name: 'later' } }),
    });
    const { custom_object_record: record } = (await res.json()) as { custom_object_record: { created_at: string } };
    expect(Math.abs(Date.parse(record.created_at) - now)).toBeLessThan(60_000);
    const { count } = await json<{ count: { refreshed_at: string } }>('/api/v2/users/count');
    expect(Math.abs(Date.parse(count.refreshed_at) - now)).toBeLessThan(60_000);
    // A day after the account's start is "too recent" no longer once the clock moved three days.
    const dayAfter = Math.floor(Date.parse(TEST_NOW) / 1000) + 86_400;
    const page = await json<{ end_time: number }>(`/api/v2/incremental/ticket_events?start_time=${dayAfter}`);
    expect(page.end_time).toBeGreaterThan(dayAfter + 86_400);
  });

  it('is back at the start after a reset', async () => {
    await t.control('/__standin/clock', 'POST', { advanceDays: 10 });
    await t.control('/__standin/reset', 'POST');
    expect((await clock()).offsetMs).toBe(0);
    const status = (await t.get(`/api/v2/incremental/ticket_events?start_time=${Math.floor(Date.parse(TEST_NOW) / 1000) + 86_400}`)).status;
    expect(status).toBe(422); // in the future again
  });

  it('refuses other bodies: never backwards, one key at a time', async () => {
    for (const body of [{}, { advanceDays: -1 }, { advanceMs: 'soon' }, { advanceDays: 1, advanceMs: 1 }, { back: 1 }, [1]]) {
      const res = await t.control<{ error: string }>('/__standin/clock', 'POST', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toBe('InvalidControlRequest');
    }
    expect((await clock()).offsetMs).toBe(0);
  });
});
