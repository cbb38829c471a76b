import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ZendeskUserWire } from '../../src/zendesk/types';
import type { LoggedRequest } from './requestLog';
import { startTestServer, type TestServer } from './testServer';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seats: 60, endUsers: 40 });
});
afterAll(() => t.close());
beforeEach(() => t.control('/__standin/reset', 'POST'));

const log = async (): Promise<LoggedRequest[]> => (await t.control<{ requests: LoggedRequest[] }>('/__standin/requests')).body.requests;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('rate limit', () => {
  it('answers 429 with Retry-After once the window budget is spent, and recovers after the window', async () => {
    await t.control('/__standin/reset', 'POST', { rateLimitPerMinute: 3, windowMs: 2000 });
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await t.get('/api/v2/users/count');
      expect(res.status).toBe(200);
      remaining.push(res.headers.get('x-rate-limit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await t.get('/api/v2/users/count');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-rate-limit')).toBe('3');
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('0');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2);
    expect(await limited.json()).toEqual({ error: 'TooManyRequests', description: 'You have exceeded the rate limit' });
    // control routes are neither limited nor logged
    for (let i = 0; i < 5; i++) expect((await t.control('/__standin/faults')).status).toBe(200);
    await sleep(retryAfter * 1000);
    expect((await t.get('/api/v2/users/count')).status).toBe(200);
    expect((await log()).map((r) => [r.status, r.fault ?? null])).toEqual([
      [200, null],
      [200, null],
      [200, null],
      [429, 'rate-limit'],
      [200, null],
    ]);
  });

  it('is reconfigured through /__standin/faults', async () => {
    const { body } = await t.control('/__standin/faults', 'POST', { rateLimitPerMinute: 1, windowMs: 60_000 });
    expect(body).toMatchObject({ rateLimitPerMinute: 1, windowMs: 60_000 });
    expect((await t.get('/api/v2/users/me')).status).toBe(200);
    const res = await t.get('/api/v2/users/me');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(50);
  });
});

describe('injected faults', () => {
  it('failNext answers N matching requests with a non-JSON 5xx', async () => {
    const { status } = await t.control('/__standin/faults', 'POST', { failNext: { count: 2, status: 503, path: '/api/v2/users' } });
    expect(status).toBe(200);
    expect((await t.control('/__standin/faults')).body).toMatchObject({ failNext: { count: 2, status: 503, path: '/api/v2/users' } });
    for (let i = 0; i < 2; i++) {
      const res = await t.get('/api/v2/users?page[size]=10');
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      await expect(res.clone().json()).rejects.toThrow();
      expect(await res.text()).toContain('503 Service Unavailable');
    }
    expect((await t.get('/api/v2/users?page[size]=10')).status).toBe(200);
    await t.control('/__standin/faults', 'POST', { failNext: { count: 1, status: 504 } });
    const empty = await t.get('/api/v2/users/me');
    expect(empty.status).toBe(504);
    expect(await empty.text()).toBe('');
  });

  it('failNext only touches matching paths', async () => {
    await t.control('/__standin/faults', 'POST', { failNext: { count: 1, status: 500, path: '/api/v2/users/count' } });
    expect((await t.get('/api/v2/users/me')).status).toBe(200);
    expect((await t.get('/api/v2/users/count')).status).toBe(500);
    expect((await t.get('/api/v2/users/count')).status).toBe(200);
  });

  it('throttleNext answers 429 with the given Retry-After', async () => {
    await t.control('/__standin/faults', 'POST', { throttleNext: { count: 2, retryAfter: 7 } });
    for (let i = 0; i < 2; i++) {
      const res = await t.get('/api/v2/users/me');
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('7');
      expect(await res.json()).toMatchObject({ error: 'TooManyRequests' });
    }
    expect((await t.get('/api/v2/users/me')).status).toBe(200);
    expect((await log()).map((r) => r.fault ?? null)).toEqual(['throttle', 'throttle', null]);
  });

  it('dropNext destroys the connection without a response', async () => {
    await t.control('/__standin/faults', 'POST', { dropNext: { count: 1 } });
    await expect(t.get('/api/v2/users/me')).rejects.toThrow(TypeError);
    expect((await t.get('/api/v2/users/me')).status).toBe(200);
    const entries = await log();
    expect(entries[0]).toMatchObject({ status: 0, fault: 'drop', path: '/api/v2/users/me' });
  });

  it('adds latency to every /api/v2 response', async () => {
    await t.control('/__standin/faults', 'POST', { latencyMs: 300 });
    const started = performance.now();
    expect((await t.get('/api/v2/users/me')).status).toBe(200);
    expect((await t.get('/api/v2/nothing')).status).toBe(404);
    expect(performance.now() - started).toBeGreaterThanOrEqual(590);
    const control = performance.now();
    await t.control('/__standin/faults');
    expect(performance.now() - control).toBeLessThan(290); // control routes are never delayed
  });

  it('rejects malformed fault requests', async () => {
    for (const body of [{ failNext: { count: 1, status: 404 } }, { dropNext: { count: -1 } }, { latency: 5 }, [1]]) {
      expect((await t.control('/__standin/faults', 'POST', body)).status, JSON.stringify(body)).toBe(400);
    }
    const res = await fetch(`${t.base}/__standin/faults`, { method: 'POST', body: '{nope' });
    expect(res.status).toBe(400);
  });
});

describe('request log, reset, session', () => {
  it('logs every /api/v2 request in order with its query and status, and clears', async () => {
    await t.get('/api/v2/users?role%5B%5D=agent&page%5Bsize%5D=5');
    await t.get('/api/v2/users/1');
    const entries = await log();
    expect(entries.map(({ method, path, query, status }) => ({ method, path, query, status }))).toEqual([
      { method: 'GET', path: '/api/v2/users', query: 'role%5B%5D=agent&page%5Bsize%5D=5', status: 200 },
      { method: 'GET', path: '/api/v2/users/1', query: '', status: 404 },
    ]);
    expect(Date.parse(entries[0]?.at as string)).toBeLessThanOrEqual(Date.parse(entries[1]?.at as string));
    expect((await t.control('/__standin/requests', 'DELETE')).status).toBe(200);
    expect(await log()).toEqual([]);
  });

  it('reset regenerates the account and clears faults, log and session', async () => {
    await t.control('/__standin/faults', 'POST', { failNext: { count: 5, status: 500 } });
    await t.control('/__standin/session', 'POST', { role: 'agent' });
    await t.get('/api/v2/users/me');
    const { status, body } = await t.control<{ summary: { seats: number } }>('/__standin/reset', 'POST', {
      account: { seats: 45, endUsers: 5, now: '2024-01-01T00:00:00Z', subdomain: 'globex' },
    });
    expect(status).toBe(200);
    expect(body.summary.seats).toBe(45);
    expect(await log()).toEqual([]);
    const count = await t.get('/api/v2/users/count?role[]=agent&role[]=admin');
    expect(((await count.json()) as { count: { value: number } }).count.value).toBe(45);
    expect(t.api.account().subdomain).toBe('globex');
    expect(t.api.currentUser().id).toBe(t.api.account().ownerId);
    expect((await t.control('/__standin/reset', 'POST', { account: { seats: 1 } })).status).toBe(400);
    await t.control('/__standin/reset', 'POST', { account: { seats: 60, endUsers: 40, now: '2025-06-01T12:00:00Z' } });
  });

  it('switches who is signed in: admin, agent, end user (403), or a user id', async () => {
    const account = t.api.account();
    const agent = await t.control<{ user: ZendeskUserWire }>('/__standin/session', 'POST', { role: 'agent' });
    expect(agent.body.user.id).toBe(account.sampleAgentId);
    const me = (await (await t.get('/api/v2/users/me')).json()) as { user: ZendeskUserWire };
    expect(me.user).toMatchObject({ id: account.sampleAgentId, role: 'agent' });
    expect((await t.get('/api/v2/users?page[size]=5')).status).toBe(200); // agents may list users

    await t.control('/__standin/session', 'POST', { role: 'end-user' });
    const denied = await t.get('/api/v2/users?role[]=agent&role[]=admin&page[size]=100');
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({
      error: 'Forbidden',
      description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.',
    });
    expect((await t.get('/api/v2/users/count')).status).toBe(403);
    expect((await t.get('/api/v2/users/me')).status).toBe(200);
    expect(t.api.currentUser().role).toBe('end-user');

    const admin = account.users.find((u) => u.role === 'admin' && u.id !== account.ownerId) as ZendeskUserWire;
    expect((await t.control('/__standin/session', 'POST', { user_id: admin.id })).status).toBe(200);
    expect((await t.control<{ user: ZendeskUserWire }>('/__standin/session')).body.user.id).toBe(admin.id);
    expect((await t.control('/__standin/session', 'POST', { user_id: 42 })).status).toBe(404);
    expect((await t.control('/__standin/session', 'POST', { role: 'owner' })).status).toBe(400);
    await t.control('/__standin/session', 'POST', { role: 'admin' });
    expect(t.api.currentUser().id).toBe(account.ownerId);
  });

  it('describes the account', async () => {
    const { status, body } = await t.control<{ ownerId: number; sampleAgentId: number; summary: { seats: number; endUsers: number } }>(
      '/__standin/account',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ownerId: t.api.account().ownerId,
      sampleAgentId: t.api.account().sampleAgentId,
      summary: { seats: 60, endUsers: 40 },
    });
    expect(await log()).toEqual([]);
  });

  it('answers 405 for a wrong method on a control route', async () => {
    const res = await fetch(`${t.base}/__standin/reset`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
});

describe('the signed-in user’s language', () => {
  const me = async (): Promise<ZendeskUserWire> => ((await (await t.get('/api/v2/users/me')).json()) as { user: ZendeskUserWire }).user;

  it('a session may carry a locale, kept until the next session change or reset', async () => {
    const owner = t.api.account().users.find((u) => u.id === t.api.account().ownerId) as ZendeskUserWire;
    const own = owner.locale;
    const set = await t.control<{ user: ZendeskUserWire }>('/__standin/session', 'POST', { role: 'admin', locale: 'he' });
    expect(set.body.user).toMatchObject({ id: owner.id, locale: 'he' });
    expect(await me()).toMatchObject({ id: owner.id, locale: 'he' });
    expect(t.api.currentUser().locale).toBe('he');
    // The stored user keeps its own: only the session speaks Hebrew.
    const stored = (await (await t.get(`/api/v2/users/${owner.id}`)).json()) as { user: ZendeskUserWire };
    expect(stored.user.locale).toBe(own);

    await t.control('/__standin/session', 'POST', { role: 'agent', locale: 'pt-BR' });
    expect(await me()).toMatchObject({ id: t.api.account().sampleAgentId, locale: 'pt-BR' });
    await t.control('/__standin/session', 'POST', { role: 'admin' });
    expect((await me()).locale).toBe(own);

    await t.control('/__standin/session', 'POST', { role: 'admin', locale: 'de' });
    await t.control('/__standin/reset', 'POST');
    expect((await me()).locale).toBe(own);
  });

  it.each([['x'], [''], [42], ['de_DE!']])('refuses the locale %j', async (locale) => {
    const res = await t.control<{ error: string; description: string }>('/__standin/session', 'POST', { role: 'agent', locale });
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/locale/);
    expect(t.api.currentUser().id).toBe(t.api.account().ownerId);
  });

  it('a start locale is what every session without one, and a reset, go back to', async () => {
    const de = await startTestServer({ seats: 10, endUsers: 5 }, { locale: 'de' });
    try {
      expect(de.api.currentUser().locale).toBe('de');
      await de.control('/__standin/session', 'POST', { role: 'agent', locale: 'ja' });
      expect(de.api.currentUser().locale).toBe('ja');
      await de.control('/__standin/session', 'POST', { role: 'agent' });
      expect(de.api.currentUser()).toMatchObject({ role: 'agent', locale: 'de' });
      await de.control('/__standin/session', 'POST', { role: 'admin', locale: 'fr' });
      await de.control('/__standin/reset', 'POST');
      expect(de.api.currentUser()).toMatchObject({ id: de.api.account().ownerId, locale: 'de' });
    } finally {
      await de.close();
    }
  });

  it('refuses a bad start locale', async () => {
    await expect(startTestServer({ seats: 10, endUsers: 5 }, { locale: 'not a tag' })).rejects.toThrow(/locale/);
  });
});
