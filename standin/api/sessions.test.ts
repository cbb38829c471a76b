import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../demo/account';
import { startTestServer, type TestServer } from './testServer';

interface SessionsPage {
  sessions: Session[];
  meta: { has_more: boolean; after_cursor: string | null; before_cursor: string | null };
  links: { next: string | null; prev: string | null };
}

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seats: 120, endUsers: 300 });
});
afterAll(() => t.close());
beforeEach(() => t.control('/__standin/reset', 'POST'));

const json = async <T>(path: string, status = 200): Promise<T> => {
  const res = await t.get(path);
  expect(res.status, path).toBe(status);
  return (await res.json()) as T;
};

describe('GET /api/v2/sessions', () => {
  it('gives an admin every session, cursor-paged by id with page[size]=2 across pages', async () => {
    const all = [...t.api.account().sessions].sort((a, b) => a.id - b.id);
    expect(all.length).toBeGreaterThan(6);
    let url: string | null = '/api/v2/sessions?page[size]=2';
    const seen: number[] = [];
    let pages = 0;
    while (url) {
      const page: SessionsPage = await json<SessionsPage>(url);
      pages++;
      expect(page.sessions.length).toBeLessThanOrEqual(2);
      seen.push(...page.sessions.map((s) => s.id));
      if (page.meta.has_more)
        expect(page.links.next).toMatch(new RegExp(`^${t.base}/api/v2/sessions\\?page%5Bafter%5D=[A-Za-z0-9_-]+&page%5Bsize%5D=2$`));
      if (pages === 3) {
        const back = await json<SessionsPage>(page.links.prev as string);
        expect(back.sessions.map((s) => s.id)).toEqual(seen.slice(2, 4));
      }
      url = page.meta.has_more ? page.links.next : null;
    }
    expect(pages).toBe(Math.ceil(all.length / 2));
    expect(seen).toEqual(all.map((s) => s.id));
  });

  it('clamps page[size] to 100, offers offset paging and rejects bad cursors', async () => {
    const big = await json<SessionsPage>('/api/v2/sessions?page[size]=500');
    expect(big.sessions.length).toBe(Math.min(100, t.api.account().sessions.length));
    const offset = await json<{ sessions: Session[]; count: number; next_page: string | null }>('/api/v2/sessions.json?per_page=5&page=2');
    expect(offset.count).toBe(t.api.account().sessions.length);
    expect(offset.sessions).toHaveLength(5);
    expect(offset.next_page).toContain('page=3');
    await json('/api/v2/sessions?page[size]=2&page[after]=nope', 400);
  });

  it('gives agents and end users their own sessions only', async () => {
    const account = t.api.account();
    await t.control('/__standin/session', 'POST', { role: 'agent' });
    const mine = await json<SessionsPage>('/api/v2/sessions?page[size]=100');
    expect(mine.sessions.map((s) => s.id)).toEqual(account.sessions.filter((s) => s.user_id === account.sampleAgentId).map((s) => s.id));
    expect(mine.sessions.length).toBeGreaterThan(0); // the sample agent is busy: signed in through the browser
    await t.control('/__standin/session', 'POST', { role: 'end-user' });
    expect((await json<SessionsPage>('/api/v2/sessions')).sessions.every((s) => s.user_id === t.api.currentUser().id)).toBe(true);
  });
});

describe('GET /api/v2/users/{id}/sessions', () => {
  it("lists a user's sessions; 403 for someone else's unless admin; 404 for an unknown user", async () => {
    const account = t.api.account();
    const withTwo = account.sessions.find((s, _, all) => all.filter((o) => o.user_id === s.user_id).length === 2)?.user_id as number;
    const page = await json<SessionsPage>(`/api/v2/users/${withTwo}/sessions?page[size]=1`);
    expect(page.sessions).toHaveLength(1);
    expect(page.meta.has_more).toBe(true);
    const next = await json<SessionsPage>(page.links.next as string);
    expect(next.sessions.map((s) => s.user_id)).toEqual([withTwo]);
    await json(`/api/v2/users/1/sessions`, 404);
    await t.control('/__standin/session', 'POST', { role: 'agent' });
    await json(`/api/v2/users/${withTwo}/sessions`, withTwo === account.sampleAgentId ? 200 : 403);
    await json(`/api/v2/users/${account.sampleAgentId}/sessions`);
    expect((await t.get(`/api/v2/users/${withTwo}/sessions`, { method: 'DELETE' })).status).toBe(405);
  });
});
