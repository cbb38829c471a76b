import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoAccount } from '../demo/account';
import { deriveTickets, TICKET_STATUSES, type DemoTicket } from '../demo/tickets';
import { startTestServer, TEST_NOW, type TestServer } from './testServer';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seats: 120, endUsers: 300 });
});
afterAll(() => t.close());

const count = async (query: string, status = 200): Promise<unknown> => {
  const res = await t.get(`/api/v2/search/count?query=${encodeURIComponent(query)}`);
  expect(res.status, query).toBe(status);
  return res.json();
};

/** Brute force: tickets with a comment by the user whose latest event is at or after `since`. */
function bruteForce(account: DemoAccount, userId: number, since: number): number {
  const updated = new Map<number, number>();
  for (const e of account.ticketEvents) updated.set(e.ticket_id, Math.max(updated.get(e.ticket_id) ?? 0, e.timestamp));
  const tickets = new Set<number>();
  for (const e of account.ticketEvents) {
    if (e.child_events.some((c) => c.event_type === 'Comment' && c.author_id === userId)) tickets.add(e.ticket_id);
  }
  return [...tickets].filter((id) => (updated.get(id) as number) >= since).length;
}

describe('GET /api/v2/search/count', () => {
  it('counts the tickets a user commented on, updated since a date, as a brute-force count does', async () => {
    const account = t.api.account();
    const date = new Date(Date.parse(TEST_NOW) - 30 * 86_400_000).toISOString().slice(0, 10);
    const since = Date.parse(`${date}T00:00:00Z`) / 1000;
    const busy = Object.entries(account.activityKinds)
      .filter(([, k]) => k === 'busy')
      .map(([id]) => Number(id));
    const apiOnly = Object.entries(account.activityKinds).find(([, k]) => k === 'api-only')?.[0];
    for (const id of [account.sampleAgentId, ...busy.slice(0, 3), Number(apiOnly)]) {
      const expected = bruteForce(account, id, since);
      expect(await count(`type:ticket commenter:${id} updated>=${date}`), String(id)).toEqual({ count: expected });
    }
    expect(bruteForce(account, account.sampleAgentId, since)).toBeGreaterThan(0);
    // "updated>" a day means after that day
    const next = new Date((since + 86_400) * 1000).toISOString().slice(0, 10);
    expect(await count(`type:ticket commenter:${account.sampleAgentId} updated>${date}`)).toEqual(
      await count(`type:ticket commenter:${account.sampleAgentId} updated>=${next}`),
    );
  });

  it('understands commenter:me and email addresses, for agents too', async () => {
    const account = t.api.account();
    const agent = account.users.find((u) => u.id === account.sampleAgentId);
    const byId = await count(`type:ticket commenter:${account.sampleAgentId}`);
    expect(await count(`type:ticket commenter:${agent?.email}`)).toEqual(byId);
    await t.control('/__standin/session', 'POST', { role: 'agent' });
    expect(await count('type:ticket commenter:me')).toEqual(byId);
    await t.control('/__standin/session', 'POST', { role: 'admin' });
  });

  it('answers 0 for terms it does not know and 400 for values it cannot read', async () => {
    expect(await count('type:user commenter:1')).toEqual({ count: 0 });
    expect(await count('type:ticket -status:solved')).toEqual({ count: 0 });
    expect(await count('type:ticket priority:high')).toEqual({ count: 0 });
    expect(await count('printer on fire')).toEqual({ count: 0 });
    expect(await count('type:ticket updated>=yesterday', 400)).toMatchObject({ error: 'invalid' });
    expect(await count('type:ticket commenter:somebody', 400)).toMatchObject({ error: 'invalid' });
    expect(await count('type:ticket status<soon', 400)).toMatchObject({ error: 'invalid' });
    expect(await count('type:ticket assignee>1', 400)).toMatchObject({ error: 'invalid' });
    expect((await t.get('/api/v2/search/count')).status).toBe(400);
    const all = (await count('type:ticket')) as { count: number };
    const eventTickets = new Set(t.api.account().ticketEvents.map((e) => e.ticket_id)).size;
    expect(all.count).toBe(deriveTickets(t.api.account()).length);
    expect(all.count).toBeGreaterThan(eventTickets); // the old tickets idle seats hold
  });
});

describe('assignee and status', () => {
  const tickets = (): DemoTicket[] => deriveTickets(t.api.account());
  const rank = (s: string): number => TICKET_STATUSES.indexOf(s as DemoTicket['status']);

  it('counts tickets by assignee and status as the ticket table has them', async () => {
    const account = t.api.account();
    const holders = [...new Set(tickets().flatMap((x) => (x.assignee_id === null ? [] : [x.assignee_id])))];
    expect(holders.length).toBeGreaterThan(5);
    for (const id of holders.slice(0, 6)) {
      const mine = tickets().filter((x) => x.assignee_id === id);
      expect(await count(`type:ticket assignee:${id} status<solved`), String(id)).toEqual({ count: mine.filter((x) => rank(x.status) < 4).length });
      expect(await count(`type:ticket assignee:${id} status<=solved`)).toEqual({ count: mine.filter((x) => rank(x.status) <= 4).length });
      expect(await count(`type:ticket assignee:${id} status>pending`)).toEqual({ count: mine.filter((x) => rank(x.status) > 2).length });
      expect(await count(`type:ticket assignee:${id} status:hold`)).toEqual({ count: mine.filter((x) => x.status === 'hold').length });
      expect(await count(`type:ticket assignee:${id}`)).toEqual({ count: mine.length });
    }
    const unassigned = tickets().filter((x) => x.assignee_id === null);
    expect(await count('type:ticket assignee:none')).toEqual({ count: unassigned.length });
    expect(await count('type:ticket status:closed')).toEqual({ count: tickets().filter((x) => x.status === 'closed').length });
    const owner = account.users.find((u) => u.id === account.ownerId);
    expect(await count(`type:ticket assignee:${owner?.email}`)).toEqual(await count(`type:ticket assignee:${account.ownerId}`));
    expect(await count('type:ticket assignee:me')).toEqual(await count(`type:ticket assignee:${account.ownerId}`));
    expect(await count('type:ticket assignee:nobody@nowhere.example')).toEqual({ count: 0 });
  });

  it('ANDs them with commenter and updated', async () => {
    const account = t.api.account();
    const id = account.sampleAgentId;
    const date = new Date(Date.parse(TEST_NOW) - 30 * 86_400_000).toISOString().slice(0, 10);
    const since = Date.parse(`${date}T00:00:00Z`) / 1000;
    const commented = new Set(
      account.ticketEvents.filter((e) => e.child_events.some((c) => c.event_type === 'Comment' && c.author_id === id)).map((e) => e.ticket_id),
    );
    const expected = tickets().filter((x) => commented.has(x.id) && x.updated >= since && x.status !== 'closed').length;
    expect(expected).toBeGreaterThan(0);
    expect(await count(`type:ticket commenter:${id} updated>=${date} status<closed`)).toEqual({ count: expected });
    const assigned = tickets().filter((x) => x.assignee_id === id && commented.has(x.id) && x.status === 'open').length;
    expect(await count(`type:ticket assignee:${id} commenter:${id} status:open`)).toEqual({ count: assigned });
  });
});
