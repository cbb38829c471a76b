import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { sessionCookie, sessionOf } from './browserSessions';
import type { LoggedRequest } from './requestLog';
import { startTestServer, type TestServer } from './testServer';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seats: 60, endUsers: 20 });
});
afterAll(() => t.close());
beforeEach(() => t.control('/__standin/reset', 'POST'));

/** A request carrying this Cookie header, as the server would receive it. */
function requestWith(cookie: string): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  req.headers = { cookie };
  return req;
}

/** Signs one browser in: the cookie its answer sets (name=value only, as a browser sends it back). */
async function signIn(body: Record<string, unknown>): Promise<string> {
  const res = await t.get('/__standin/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...body, browser: true }),
  });
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  expect(setCookie).toMatch(/^standin_session=\d+\.\d+(\.[A-Za-z-]+)?; Path=\/; HttpOnly; SameSite=Lax$/);
  return setCookie.split(';')[0] as string;
}
const me = async (cookie?: string): Promise<ZendeskUserWire> =>
  ((await (await t.get('/api/v2/users/me', cookie ? { headers: { cookie } } : {})).json()) as { user: ZendeskUserWire }).user;

describe('per-browser sessions', () => {
  it('the demo account has two admins besides the owner', () => {
    const { adminIds, ownerId, users } = t.api.account();
    expect(adminIds.length).toBeGreaterThanOrEqual(2);
    expect(adminIds).not.toContain(ownerId);
    for (const id of adminIds) expect(users.find((u) => u.id === id)?.role).toBe('admin');
  });

  it('two browsers act as two users at once; the global user stays for everyone else', async () => {
    const account = t.api.account();
    const [second] = account.adminIds;
    const admin = await signIn({ user_id: second, locale: 'de' });
    const agent = await signIn({ role: 'agent' });
    expect(await me(admin)).toMatchObject({ id: second, role: 'admin', locale: 'de' });
    expect((await me(agent)).id).toBe(account.sampleAgentId);
    expect((await me()).id).toBe(account.ownerId);
    // Access follows the cookie's user: the export is for admins.
    const exportPath = `/api/v2/incremental/ticket_events?start_time=${Math.floor(account.now.getTime() / 1000) - 86_400}`;
    expect((await t.get(exportPath, { headers: { cookie: agent } })).status).toBe(403);
    expect((await t.get(exportPath, { headers: { cookie: `other=1; ${admin}` } })).status).toBe(200);
    // The log says who asked.
    const { requests } = (await t.control<{ requests: LoggedRequest[] }>('/__standin/requests')).body;
    expect(requests.map((r) => r.user_id)).toEqual([second, account.sampleAgentId, account.ownerId, account.sampleAgentId, second]);
    // GET /__standin/session and api.currentUser(req) see the cookie too.
    const seen = await t.get('/__standin/session', { headers: { cookie: admin } });
    expect(await seen.json()).toMatchObject({ user: { id: second }, browser: true });
    expect(t.api.currentUser(requestWith(agent)).id).toBe(account.sampleAgentId);
    expect(t.api.currentUser().id).toBe(account.ownerId);
  });

  it('a reset ends every browser session: old cookies fall back to the global user', async () => {
    const account = t.api.account();
    const cookie = await signIn({ role: 'agent' });
    await t.control('/__standin/session', 'POST', { user_id: account.adminIds[1] });
    expect((await me(cookie)).id).toBe(account.sampleAgentId);
    await t.control('/__standin/reset', 'POST');
    expect((await me(cookie)).id).toBe(account.ownerId);
    const fresh = await signIn({ role: 'agent' });
    expect(fresh).not.toBe(cookie);
    expect((await me(fresh)).id).toBe(account.sampleAgentId);
  });

  it('DELETE /__standin/session removes the cookie; unknown users and bad cookies fall back', async () => {
    const res = await t.get('/__standin/session', { method: 'DELETE' });
    expect(res.headers.get('set-cookie')).toMatch(/^standin_session=; .*Max-Age=0/);
    const cookie = await signIn({ role: 'agent' });
    const epoch = cookie.split('=')[1]?.split('.')[0];
    expect((await me(`standin_session=${epoch}.1`)).id).toBe(t.api.account().ownerId); // no user 1
    expect((await me('standin_session=garbage')).id).toBe(t.api.account().ownerId);
    expect((await t.control('/__standin/session', 'POST', { role: 'agent', browser: 'yes' })).status).toBe(400);
  });

  it('reads and writes the cookie format', () => {
    const header = sessionCookie({ epoch: 12, userId: 360000001234, locale: 'pt-BR' });
    expect(header).toBe('standin_session=12.360000001234.pt-BR; Path=/; HttpOnly; SameSite=Lax');
    const req = requestWith;
    expect(sessionOf(req('a=b; standin_session=12.360000001234.pt-BR'))).toEqual({ epoch: 12, userId: 360000001234, locale: 'pt-BR' });
    expect(sessionOf(req('standin_session=12.5'))).toEqual({ epoch: 12, userId: 5, locale: null });
    expect(sessionOf(req('standin_session=12.5.de.x'))).toBeNull();
    expect(sessionOf(undefined)).toBeNull();
  });
});
