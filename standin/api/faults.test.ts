/**
 * The faults that bend an answer rather than replace it: Retry-After as an HTTP date,
 * rate headers asking for a long wait, misleading cursor links, an export that does not
 * advance. Each is checked for its validation, the exact answer it produces and its count.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeCursor } from './cursor';
import { isImfFixdate, parseFaultsUpdate } from './faults';
import type { LoggedRequest } from './requestLog';
import { startTestServer, TEST_NOW, type TestServer } from './testServer';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seats: 60, endUsers: 40 }, { incrementalPerMinute: 1000 });
});
afterAll(() => t.close());
beforeEach(() => t.control('/__standin/reset', 'POST'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the stand-in's JSON answers, read field by field in assertions
type Json = Record<string, any>;
const faults = (body: unknown) => t.control<Json>('/__standin/faults', 'POST', body);
const log = async (): Promise<LoggedRequest[]> => (await t.control<{ requests: LoggedRequest[] }>('/__standin/requests')).body.requests;
const json = async (path: string): Promise<Json> => {
  const res = await t.get(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as Json;
};

/** The seats in id order, as /users?role[]=agent&role[]=admin lists them. */
const seatIds = (): number[] =>
  t.api
    .account()
    .users.filter((u) => u.role === 'agent' || u.role === 'admin')
    .map((u) => u.id)
    .sort((a, b) => a - b);

const USERS = '/api/v2/users?role%5B%5D=agent&role%5B%5D=admin&page%5Bsize%5D=10';

describe('validation', () => {
  it.each([
    [
      { throttleNext: { count: 1, retryAfter: 'tomorrow' } },
      /^throttleNext\.retryAfter must be an integer >= 0 \(seconds\) or an HTTP date in IMF-fixdate form/,
    ],
    [{ throttleNext: { count: 1, retryAfter: 'Mon, 06 Nov 1994 08:49:37 GMT' } }, /^throttleNext\.retryAfter/], // 6 Nov 1994 was a Sunday
    [{ throttleNext: { count: 1, retryAfter: -1 } }, /^throttleNext\.retryAfter/],
    [{ throttleNext: { count: 1, retryAfterDate: 60 } }, /^throttleNext: unknown keys: retryAfterDate \(allowed: count, path, retryAfter\)$/],
    [{ rateLimitResetNext: { count: 1 } }, /^rateLimitResetNext\.resetSeconds must be an integer >= 0$/],
    [{ rateLimitResetNext: { count: 1, resetSeconds: 3600, remaining: -2 } }, /^rateLimitResetNext\.remaining must be an integer >= 0$/],
    [{ rateLimitResetNext: { resetSeconds: 3600 } }, /^rateLimitResetNext\.count must be an integer >= 0$/],
    [{ pagingNext: { count: 1, kind: 'loop' } }, /^pagingNext\.kind must be one of self-link, off-host, protocol-relative, no-link, cursor-only$/],
    [{ pagingNext: { count: 1 } }, /^pagingNext\.kind must be one of/],
    [{ pagingNext: { count: 1, kind: 'self-link', path: 'users' } }, /^pagingNext\.path must be a string starting with "\/"$/],
    [{ stallExportNext: { count: 1, path: '/api/v2/incremental' } }, /^stallExportNext: unknown keys: path \(allowed: count\)$/],
    [{ stallExportNext: { count: 1.5 } }, /^stallExportNext\.count must be an integer >= 0$/],
    [{ stallExportNext: 3 }, /^stallExportNext must be an object with a count$/],
    [{ failNext: { count: 1, stauts: 503 } }, /^failNext: unknown keys: stauts/],
  ])('refuses %j with a clear 400', async (body, message) => {
    const res = await faults(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('InvalidControlRequest');
    expect(res.body.description).toMatch(message);
  });

  it('takes an HTTP date only in IMF-fixdate form, as Date.prototype.toUTCString() writes it', () => {
    const date = new Date(Date.UTC(2030, 0, 2, 3, 4, 5)).toUTCString();
    expect(date).toBe('Wed, 02 Jan 2030 03:04:05 GMT');
    expect(isImfFixdate(date)).toBe(true);
    for (const bad of [
      'Wednesday, 02-Jan-30 03:04:05 GMT',
      'Wed Jan  2 03:04:05 2030',
      '2030-01-02T03:04:05Z',
      'Wed, 02 Jan 2030 03:04:05 UTC',
      'Wed, 31 Feb 2030 03:04:05 GMT',
    ]) {
      expect(isImfFixdate(bad), bad).toBe(false);
    }
    expect(parseFaultsUpdate({ throttleNext: { count: 1, retryAfter: date } })).toEqual({ throttleNext: { count: 1, retryAfter: date, path: null } });
  });

  it('lists the pending faults under the keys it takes, and a count of 0 removes one', async () => {
    const date = new Date(Date.now() + 86_400_000).toUTCString();
    const set = await faults({
      throttleNext: { count: 1, retryAfter: date },
      rateLimitResetNext: { count: 2, resetSeconds: 7200, remaining: 3, path: '/api/v2/users' },
      pagingNext: { count: 3, kind: 'cursor-only', path: '/api/v2/sessions' },
      stallExportNext: { count: 4 },
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      failNext: null,
      dropNext: null,
      throttleNext: { count: 1, retryAfter: date, path: null },
      rateLimitResetNext: { count: 2, resetSeconds: 7200, remaining: 3, path: '/api/v2/users' },
      pagingNext: { count: 3, kind: 'cursor-only', path: '/api/v2/sessions' },
      stallExportNext: { count: 4, path: null },
    });
    expect((await t.control('/__standin/faults')).body).toMatchObject({ pagingNext: { count: 3 }, stallExportNext: { count: 4 } });
    expect((await faults({ pagingNext: { count: 0, kind: 'self-link' }, rateLimitResetNext: { count: 0, resetSeconds: 0 } })).body).toMatchObject({
      pagingNext: null,
      rateLimitResetNext: null,
      stallExportNext: { count: 4 },
    });
    await t.control('/__standin/reset', 'POST');
    expect((await t.control('/__standin/faults')).body).toMatchObject({ throttleNext: null, stallExportNext: null });
  });
});

describe('throttleNext', () => {
  it('sends Retry-After as the seconds given, a day included', async () => {
    await faults({ throttleNext: { count: 1, retryAfter: 86_400 } });
    const res = await t.get('/api/v2/users/me');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('86400');
  });

  it('sends an HTTP date verbatim, then answers normally', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toUTCString();
    await faults({ throttleNext: { count: 2, retryAfter: tomorrow, path: '/api/v2/users' } });
    expect((await t.get('/api/v2/sessions?page[size]=5')).status).toBe(200); // another path: untouched
    for (let i = 0; i < 2; i++) {
      const res = await t.get(USERS);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe(tomorrow);
      expect(res.headers.get('x-rate-limit-remaining')).toBe('0');
      expect(await res.json()).toEqual({ error: 'TooManyRequests', description: 'You have exceeded the rate limit' });
    }
    expect((await t.get(USERS)).status).toBe(200);
    expect((await log()).map((r) => r.fault ?? null)).toEqual([null, 'throttle', 'throttle', null]);
  });
});

describe('rateLimitResetNext', () => {
  it('makes the next N matching answers name a long reset with little budget left', async () => {
    await faults({ rateLimitResetNext: { count: 2, resetSeconds: 10_800, remaining: 1, path: '/api/v2/users' } });
    expect((await t.get('/api/v2/sessions?page[size]=5')).headers.get('ratelimit-reset')).toBeNull();
    for (let i = 0; i < 2; i++) {
      const res = await t.get(USERS);
      expect(res.status).toBe(200);
      expect({
        limit: res.headers.get('x-rate-limit'),
        remaining: res.headers.get('x-rate-limit-remaining'),
        ratelimitLimit: res.headers.get('ratelimit-limit'),
        ratelimitRemaining: res.headers.get('ratelimit-remaining'),
        reset: res.headers.get('ratelimit-reset'),
      }).toEqual({ limit: '700', remaining: '1', ratelimitLimit: '700', ratelimitRemaining: '1', reset: '10800' });
      expect(((await res.json()) as Json).users).toHaveLength(10); // the page itself is whole
    }
    const after = await t.get(USERS);
    expect(after.headers.get('ratelimit-reset')).toBeNull();
    expect(after.headers.get('x-rate-limit-remaining')).toBe('696'); // the real budget: 4 spent of 700
    expect((await log()).map((r) => r.fault ?? null)).toEqual([null, 'rate-limit-reset', 'rate-limit-reset', null]);
  });

  it('leaves remaining at 0 when not given', async () => {
    await faults({ rateLimitResetNext: { count: 1, resetSeconds: 3600 } });
    const res = await t.get('/api/v2/users/me');
    expect([res.headers.get('x-rate-limit-remaining'), res.headers.get('ratelimit-reset')]).toEqual(['0', '3600']);
  });
});

describe('pagingNext on cursor pages', () => {
  const firstPage = async (): Promise<{ page: Json; after: string; served: string; onward: string }> => {
    const ids = seatIds();
    const after = encodeCursor(ids[9] as number);
    const served = `${t.base}${USERS}`;
    const onward = `/api/v2/users?page%5Bafter%5D=${after}&page%5Bsize%5D=10&role%5B%5D=agent&role%5B%5D=admin`;
    return { page: await json(USERS), after, served, onward };
  };

  it('self-link: links.next is the page just served', async () => {
    await faults({ pagingNext: { count: 1, kind: 'self-link' } });
    const { page, after, served } = await firstPage();
    expect(page.meta).toEqual({ has_more: true, after_cursor: after, before_cursor: encodeCursor(seatIds()[0] as number) });
    expect(page.links).toEqual({ next: served, prev: null });
    expect(page.users.map((u: Json) => u.id)).toEqual(seatIds().slice(0, 10));
  });

  it('off-host and protocol-relative: the real next page on another host', async () => {
    await faults({ pagingNext: { count: 1, kind: 'off-host' } });
    const offHost = await firstPage();
    expect(offHost.page.links.next).toBe(`https://evil.example${offHost.onward}`);
    expect(offHost.page.meta).toMatchObject({ has_more: true, after_cursor: offHost.after });
    await faults({ pagingNext: { count: 1, kind: 'protocol-relative' } });
    const relative = await firstPage();
    expect(relative.page.links.next).toBe(`//evil.example${relative.onward}`);
    expect((await firstPage()).page.links.next).toBe(`${t.base}${relative.onward}`); // used up
  });

  it('no-link: has_more with neither a link nor a cursor; cursor-only: the cursor alone', async () => {
    await faults({ pagingNext: { count: 1, kind: 'no-link' } });
    const none = (await firstPage()).page;
    expect([none.meta.has_more, none.meta.after_cursor, none.links.next]).toEqual([true, null, null]);
    await faults({ pagingNext: { count: 1, kind: 'cursor-only' } });
    const { page, after } = await firstPage();
    expect([page.meta.has_more, page.meta.after_cursor, page.links.next]).toEqual([true, after, null]);
    // The cursor is real: the next page follows on from it.
    const next = await json(`/api/v2/users?role[]=agent&role[]=admin&page[size]=10&page[after]=${after}`);
    expect(next.users.map((u: Json) => u.id)).toEqual(seatIds().slice(10, 20));
  });

  it('says has_more even on the last page', async () => {
    const ids = seatIds();
    const lastCursor = encodeCursor(ids[ids.length - 3] as number);
    const url = `/api/v2/users?role[]=agent&role[]=admin&page[size]=10&page[after]=${lastCursor}`;
    expect((await json(url)).meta.has_more).toBe(false);
    await faults({ pagingNext: { count: 1, kind: 'self-link' } });
    const page = await json(url);
    expect(page.meta.has_more).toBe(true);
    expect(page.links.next).toBe(`${t.base}${url}`);
  });

  it('is used up only by cursor pages on its path: offset pages, counts and other lists leave it pending', async () => {
    await faults({ pagingNext: { count: 2, kind: 'self-link', path: '/api/v2/sessions' } });
    expect((await json(USERS)).links.next).not.toBe(`${t.base}${USERS}`);
    await faults({ pagingNext: { count: 2, kind: 'self-link', path: '/api/v2/users' } });
    expect((await json('/api/v2/users?role[]=agent&role[]=admin&per_page=10')).next_page).toMatch(/page=2/);
    await json('/api/v2/users/count');
    expect((await t.control<Json>('/__standin/faults')).body.pagingNext).toEqual({ count: 2, kind: 'self-link', path: '/api/v2/users' });
    expect((await json(USERS)).links.next).toBe(`${t.base}${USERS}`);
    expect((await json(USERS)).links.next).toBe(`${t.base}${USERS}`);
    expect((await json(USERS)).links.next).not.toBe(`${t.base}${USERS}`);
    expect((await log()).map((r) => r.fault ?? null)).toEqual([null, null, null, 'paging', 'paging', null]);
  });

  it('applies to sessions too', async () => {
    await faults({ pagingNext: { count: 1, kind: 'self-link', path: '/api/v2/sessions' } });
    const page = await json('/api/v2/sessions?page[size]=5');
    expect(page.sessions).toHaveLength(5);
    expect(page.links.next).toBe(`${t.base}/api/v2/sessions?page[size]=5`);
  });
});

describe('stallExportNext', () => {
  const PATH = '/api/v2/incremental/ticket_events';
  const start = Date.parse(TEST_NOW) / 1000 - 7 * 86_400;

  it('serves N pages whose end_time is the start_time asked and whose next_page repeats the URL', async () => {
    const url = `${PATH}?start_time=${start}&include=comment_events`;
    const normal = await json(url);
    expect(normal.end_time).toBeGreaterThan(start);
    await faults({ stallExportNext: { count: 2 } });
    expect((await t.get('/api/v2/users/me')).status).toBe(200); // not an export: left pending
    for (let i = 0; i < 2; i++) {
      const page = await json(url);
      expect({ end_time: page.end_time, end_of_stream: page.end_of_stream, next_page: page.next_page }).toEqual({
        end_time: start,
        end_of_stream: false,
        next_page: `${t.base}${url}`,
      });
      expect(page.ticket_events).toEqual(normal.ticket_events);
      expect(page.count).toBe(normal.count);
    }
    expect(await json(url)).toEqual(normal);
    expect((await log()).map((r) => r.fault ?? null)).toEqual([null, null, 'stall-export', 'stall-export', null]);
  });

  it('turns the last page into one that does not end', async () => {
    const last = Date.parse(TEST_NOW) / 1000 - 600;
    expect((await json(`${PATH}?start_time=${last}`)).end_of_stream).toBe(true);
    await faults({ stallExportNext: { count: 1 } });
    const page = await json(`${PATH}?start_time=${last}`);
    expect([page.end_of_stream, page.end_time, page.next_page]).toEqual([false, last, `${t.base}${PATH}?start_time=${last}`]);
  });
});
