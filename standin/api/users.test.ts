import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { describeAccount } from '../demo/account';
import { encodeCursor } from './cursor';
import { startTestServer, type TestServer } from './testServer';

interface CursorPage {
  users: ZendeskUserWire[];
  meta: { has_more: boolean; after_cursor: string | null; before_cursor: string | null };
  links: { next: string | null; prev: string | null };
}

let t: TestServer;
let seats: ZendeskUserWire[];
beforeAll(async () => {
  t = await startTestServer({ seats: 250, endUsers: 400 });
  seats = t.api.account().users.filter((u) => u.role === 'agent' || u.role === 'admin');
});
afterAll(() => t.close());
beforeEach(() => t.control('/__standin/reset', 'POST'));

const json = async <T>(path: string): Promise<T> => {
  const res = await t.get(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};

describe('GET /api/v2/users (cursor pagination)', () => {
  it('pages through every seat exactly once, no end users, following absolute links.next', async () => {
    let url: string | null = '/api/v2/users?role[]=agent&role[]=admin&page[size]=100';
    const seen: number[] = [];
    let pages = 0;
    let last: CursorPage | undefined;
    while (url) {
      const page: CursorPage = await json<CursorPage>(url);
      pages++;
      seen.push(...page.users.map((u) => u.id));
      for (const u of page.users) expect(['agent', 'admin']).toContain(u.role);
      if (page.meta.has_more) {
        expect(page.links.next).toMatch(
          new RegExp(`^${t.base}/api/v2/users\\?page%5Bafter%5D=[A-Za-z0-9_-]+&page%5Bsize%5D=100&role%5B%5D=agent&role%5B%5D=admin$`),
        );
      }
      url = page.meta.has_more ? page.links.next : null;
      last = page;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(seats.map((u) => u.id));
    expect(last?.meta.has_more).toBe(false);
    expect(last?.links.next).toBeNull();
    expect(last?.users).toHaveLength(50);
  });

  it('pages backwards with links.prev and reports cursors of the first and last record', async () => {
    const first = await json<CursorPage>('/api/v2/users?role[]=agent&role[]=admin&page[size]=100');
    expect(first.links.prev).toBeNull();
    const second = await json<CursorPage>(first.links.next as string);
    expect(second.meta.after_cursor).toBe(encodeCursor(second.users[99]?.id as number));
    expect(second.meta.before_cursor).toBe(encodeCursor(second.users[0]?.id as number));
    const back = await json<CursorPage>(second.links.prev as string);
    expect(back.users.map((u) => u.id)).toEqual(first.users.map((u) => u.id));
    expect(back.meta.has_more).toBe(false); // nothing before the first page
  });

  it('defaults page[size] to 100, clamps larger sizes to 100 and rejects 0', async () => {
    const a = await json<CursorPage>('/api/v2/users?page[after]=' + encodeCursor(0));
    expect(a.users).toHaveLength(100);
    const b = await json<CursorPage>('/api/v2/users?page[size]=1000');
    expect(b.users).toHaveLength(100);
    expect(b.links.next).toContain('page%5Bsize%5D=100');
    const c = await json<CursorPage>('/api/v2/users?page[size]=7&role=admin');
    expect(c.users).toHaveLength(7);
    expect((await t.get('/api/v2/users?page[size]=0')).status).toBe(400);
  });

  it('answers 400 with a Zendesk error body for an invalid cursor', async () => {
    for (const bad of ['not-a-cursor', 'eyJ4IjoxfQ', '%%%', Buffer.from('{"o":"id","v":"x"}').toString('base64url')]) {
      const res = await t.get(`/api/v2/users?page[size]=100&page[after]=${bad}`);
      expect(res.status, bad).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await res.json()).toEqual({ errors: [{ code: 'InvalidPaginationParameter', title: 'page[after] is not valid' }] });
    }
    const both = await t.get(`/api/v2/users?page[after]=${encodeCursor(1)}&page[before]=${encodeCursor(2)}`);
    expect(both.status).toBe(400);
  });

  it('filters by role, role[] and permission_set', async () => {
    const all = t.api.account().users;
    const admins = await json<CursorPage>('/api/v2/users?role=admin&page[size]=100');
    expect(admins.users.map((u) => u.id)).toEqual(all.filter((u) => u.role === 'admin').map((u) => u.id));
    const endUsers = await json<CursorPage>('/api/v2/users?role[]=end-user&page[size]=100');
    expect(endUsers.users.every((u) => u.role === 'end-user')).toBe(true);
    const roleId = seats.find((u) => u.role_type === 0 && u.custom_role_id)?.custom_role_id as number;
    const custom = await json<CursorPage>(`/api/v2/users?permission_set=${roleId}&page[size]=100`);
    expect(custom.users.length).toBeGreaterThan(0);
    expect(custom.users.every((u) => u.custom_role_id === roleId)).toBe(true);
    const nothing = await json<CursorPage>('/api/v2/users?role=agents&page[size]=100');
    expect(nothing.users).toEqual([]);
    expect(nothing.meta).toEqual({ has_more: false, after_cursor: null, before_cursor: null });
  });
});

describe('GET /api/v2/users (offset pagination)', () => {
  it('serves users, next_page, previous_page and count, keeping the filters', async () => {
    const p1 = await json<{ users: ZendeskUserWire[]; next_page: string | null; previous_page: string | null; count: number }>(
      '/api/v2/users.json?role[]=agent&role[]=admin',
    );
    expect(p1.users).toHaveLength(100);
    expect(p1.count).toBe(250);
    expect(p1.previous_page).toBeNull();
    expect(p1.next_page).toBe(`${t.base}/api/v2/users.json?page=2&per_page=100&role%5B%5D=agent&role%5B%5D=admin`);
    const p3 = await json<{ users: ZendeskUserWire[]; next_page: string | null; previous_page: string | null }>(
      '/api/v2/users?role[]=agent&role[]=admin&page=3',
    );
    expect(p3.users.map((u) => u.id)).toEqual(seats.slice(200).map((u) => u.id));
    expect(p3.next_page).toBeNull();
    expect(p3.previous_page).toContain('page=2');
  });

  it('answers 400 beyond the first 10,000 records (100 pages of 100)', async () => {
    expect((await t.get('/api/v2/users?page=100&per_page=100')).status).toBe(200);
    const res = await t.get('/api/v2/users?page=101&per_page=100');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'InvalidPaginationParameter' }] });
    expect((await t.get('/api/v2/users?page=200&per_page=50')).status).toBe(200);
    expect((await t.get('/api/v2/users?page=201&per_page=50')).status).toBe(400);
    expect((await t.get('/api/v2/users?page=0')).status).toBe(400);
  });
});

describe('count, show, show_many, me', () => {
  it('counts with the same filters', async () => {
    const s = describeAccount(t.api.account());
    const count = await json<{ count: { value: number; refreshed_at: string } }>('/api/v2/users/count?role[]=agent&role[]=admin');
    expect(count.count.value).toBe(s.seats);
    expect(count.count.refreshed_at).toMatch(/^2025-06-01T12:\d{2}:\d{2}Z$/);
    expect((await json<{ count: { value: number } }>('/api/v2/users/count.json?role=end-user')).count.value).toBe(400);
    expect((await json<{ count: { value: number } }>('/api/v2/users/count')).count.value).toBe(650);
  });

  it('shows one user or answers 404 RecordNotFound', async () => {
    const user = seats[5] as ZendeskUserWire;
    expect(await json(`/api/v2/users/${user.id}`)).toEqual({ user });
    expect(await json(`/api/v2/users/${user.id}.json`)).toEqual({ user });
    const res = await t.get('/api/v2/users/123');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'RecordNotFound', description: 'Not found' });
  });

  it('shows many users by id, skipping unknown ids, at most 100', async () => {
    const [a, b] = [seats[3] as ZendeskUserWire, seats[1] as ZendeskUserWire];
    const many = await json<{ users: ZendeskUserWire[] }>(`/api/v2/users/show_many?ids=${a.id},999,${b.id}`);
    expect(many.users.map((u) => u.id)).toEqual([b.id, a.id]);
    const ids = seats
      .slice(0, 101)
      .map((u) => u.id)
      .join(',');
    expect((await t.get(`/api/v2/users/show_many?ids=${ids}`)).status).toBe(400);
    expect((await t.get('/api/v2/users/show_many')).status).toBe(400);
  });

  it('shows the signed-in user (the owner by default) with an authenticity token', async () => {
    const me = await json<{ user: ZendeskUserWire & { authenticity_token: string } }>('/api/v2/users/me');
    expect(me.user.id).toBe(t.api.account().ownerId);
    expect(me.user.role).toBe('admin');
    expect(typeof me.user.authenticity_token).toBe('string');
    expect(t.api.currentUser().id).toBe(me.user.id);
  });
});

describe('routing and headers', () => {
  it('answers unknown /api/v2 paths 404 and unimplemented writes 405', async () => {
    for (const path of ['/api/v2/tickets', '/api/v2', '/api/v2/users/abc', '/api/v2/users/count/extra']) {
      const res = await t.get(path);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toEqual({ error: 'RecordNotFound', description: 'Not found' });
    }
    const post = await t.get('/api/v2/users', { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await t.get(`/api/v2/users/${seats[0]?.id}`, { method: 'DELETE' })).status).toBe(405);
    expect((await t.get('/api/v2/users/count', { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('sends JSON, rate-limit headers and no CORS headers', async () => {
    const res = await t.get('/api/v2/users?page[size]=1', { headers: { Origin: 'https://evil.example' } });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-rate-limit')).toBe('700');
    expect(res.headers.get('x-rate-limit-remaining')).toBe('699');
    expect([...res.headers.keys()].filter((k) => k.startsWith('access-control-'))).toEqual([]);
    const preflight = await t.get('/api/v2/users', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(404);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const notFound = await t.get('/api/v2/nothing');
    expect(notFound.headers.get('x-rate-limit-remaining')).toBe('697');
  });

  it('leaves paths that are not its own to the host server', async () => {
    expect((await t.get('/')).status).toBe(418);
    expect((await t.get('/api/v1/users')).status).toBe(418);
    expect((await t.get('/__standin/saas/snapshots')).status).toBe(418);
  });
});
