import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { LIGHT_AGENT_ROLE_ID } from '../demo/build';
import { deriveTickets } from '../demo/tickets';
import { startTestServer, type TestServer } from './testServer';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seats: 90, endUsers: 100 });
});
afterAll(() => t.close());
beforeEach(() => t.control('/__standin/reset', 'POST'));

type Json = Record<string, unknown>;
const put = (path: string, body: unknown): Promise<Response> =>
  t.get(path, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const json = async (path: string): Promise<Json> => (await (await t.get(path)).json()) as Json;
const openCount = async (who: number | string): Promise<number> => {
  const body = await json(`/api/v2/search/count?query=${encodeURIComponent(`type:ticket assignee:${who} status<solved`)}`);
  return body.count as number;
};
const seatIds = async (): Promise<number[]> => {
  const body = await json('/api/v2/users?role[]=agent&role[]=admin&page[size]=100');
  const more = await json('/api/v2/users/count?role[]=agent&role[]=admin');
  expect((more.count as { value: number }).value).toBeLessThanOrEqual(100);
  return (body.users as ZendeskUserWire[]).map((u) => u.id);
};

/** Plain agents of the account, with how many not-closed tickets each holds (most first). */
function agentsWithWork(): { user: ZendeskUserWire; open: number; solved: number }[] {
  const account = t.api.account();
  const tickets = deriveTickets(account);
  return account.users
    .filter((u) => u.role === 'agent' && u.role_type !== 1 && u.id !== account.sampleAgentId)
    .map((user) => ({
      user,
      open: tickets.filter((x) => x.assignee_id === user.id && ['new', 'open', 'pending', 'hold'].includes(x.status)).length,
      solved: tickets.filter((x) => x.assignee_id === user.id && x.status === 'solved').length,
    }))
    .sort((a, b) => b.open - a.open);
}

function busiest(): { user: ZendeskUserWire; open: number; solved: number } {
  const [top] = agentsWithWork();
  if (!top) throw new Error('the account has no plain agent');
  return top;
}

describe('PUT /api/v2/users/{id}', () => {
  it('downgrades an agent to end user: the record, the lists, the counts', async () => {
    const { user } = busiest();
    expect(await seatIds()).toContain(user.id);
    const res = await put(`/api/v2/users/${user.id}`, { user: { role: 'end-user' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: ZendeskUserWire };
    expect(body.user).toMatchObject({
      id: user.id,
      role: 'end-user',
      role_type: null,
      custom_role_id: null,
      default_group_id: null,
      email: user.email,
    });
    expect(body.user.updated_at).not.toBe(user.updated_at);
    expect(await json(`/api/v2/users/${user.id}`)).toEqual(body);
    expect(await seatIds()).not.toContain(user.id);
    const endUsers = await json(`/api/v2/users/show_many?ids=${user.id}`);
    expect((endUsers.users as ZendeskUserWire[])[0]?.role).toBe('end-user');
  });

  it('moves an agent to the Light agent role and back to their custom role, and an admin back to admin', async () => {
    const account = t.api.account();
    const custom = account.users.find((u) => u.role === 'agent' && u.role_type === 0 && u.custom_role_id !== null) as ZendeskUserWire;
    const roles = async (): Promise<Map<number, number>> =>
      new Map(
        ((await json('/api/v2/custom_roles')).custom_roles as { id: number; team_member_count: number }[]).map((r) => [r.id, r.team_member_count]),
      );
    const before = await roles();
    const light = (await (await put(`/api/v2/users/${custom.id}`, { user: { role: 'agent', custom_role_id: LIGHT_AGENT_ROLE_ID } })).json()) as Json;
    expect(light.user).toMatchObject({ role: 'agent', role_type: 1, custom_role_id: LIGHT_AGENT_ROLE_ID, only_private_comments: true });
    const after = await roles();
    expect(after.get(LIGHT_AGENT_ROLE_ID)).toBe((before.get(LIGHT_AGENT_ROLE_ID) as number) + 1);
    expect(after.get(custom.custom_role_id as number)).toBe((before.get(custom.custom_role_id as number) as number) - 1);
    const back = (await (await put(`/api/v2/users/${custom.id}`, { user: { role: 'agent', custom_role_id: custom.custom_role_id } })).json()) as Json;
    expect(back.user).toMatchObject({ role: 'agent', role_type: 0, custom_role_id: custom.custom_role_id, only_private_comments: false });

    const admin = account.users.find((u) => u.role === 'admin' && u.role_type === 4 && u.id !== account.ownerId) as ZendeskUserWire;
    await put(`/api/v2/users/${admin.id}`, { user: { role: 'end-user' } });
    const restored = (await (await put(`/api/v2/users/${admin.id}`, { user: { role: 'admin' } })).json()) as Json;
    expect(restored.user).toMatchObject({ role: 'admin', role_type: 4, custom_role_id: null, restricted_agent: false });
    const plain = account.users.find((u) => u.role === 'agent' && u.role_type === null && u.id !== account.sampleAgentId) as ZendeskUserWire;
    await put(`/api/v2/users/${plain.id}`, { user: { role: 'end-user' } });
    const agent = (await (await put(`/api/v2/users/${plain.id}`, { user: { role: 'agent', custom_role_id: null } })).json()) as Json;
    expect(agent.user).toMatchObject({ role: 'agent', role_type: null, custom_role_id: null, ticket_restriction: null });
    expect(await seatIds()).toEqual(expect.arrayContaining([custom.id, admin.id, plain.id]));
  });

  it('refuses the owner, unknown roles and custom roles with 422 RecordInvalid; unknown users 404; bad bodies 400', async () => {
    const account = t.api.account();
    const owner = await put(`/api/v2/users/${account.ownerId}`, { user: { role: 'end-user' } });
    expect(owner.status).toBe(422);
    expect(await owner.json()).toEqual({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { role: [{ description: 'Role cannot be changed for the account owner', error: 'InvalidValue' }] },
    });
    expect((await put(`/api/v2/users/${account.ownerId}`, { user: { custom_role_id: LIGHT_AGENT_ROLE_ID } })).status).toBe(422);
    expect((await put(`/api/v2/users/${account.ownerId}`, { user: { role: 'admin' } })).status).toBe(200); // no change, nothing refused
    const agentId = account.sampleAgentId;
    const badRole = await put(`/api/v2/users/${agentId}`, { user: { role: 'agent', custom_role_id: 123 } });
    expect(badRole.status).toBe(422);
    expect(await badRole.json()).toMatchObject({ error: 'RecordInvalid', details: { custom_role_id: [{ error: 'InvalidValue' }] } });
    expect(await (await put(`/api/v2/users/${agentId}`, { user: { role: 'boss' } })).json()).toMatchObject({ details: { role: [{}] } });
    expect((await put('/api/v2/users/1', { user: { role: 'end-user' } })).status).toBe(404);
    expect((await put(`/api/v2/users/${agentId}`, { role: 'end-user' })).status).toBe(400);
    expect((await put(`/api/v2/users/${agentId}`, '{not json')).status).toBe(400);
    expect((await json(`/api/v2/users/${agentId}`)).user).toMatchObject({ role: 'agent' });
  });

  it('is for admins: a signed-in agent gets 403 and changes nothing', async () => {
    await t.control('/__standin/session', 'POST', { role: 'agent' });
    const { user } = busiest();
    expect((await put(`/api/v2/users/${user.id}`, { user: { role: 'end-user' } })).status).toBe(403);
    const many = await put('/api/v2/users/update_many', { users: [{ id: user.id, role: 'end-user' }] });
    expect(many.status).toBe(403);
    expect(many.headers.get('zendesk-ratelimit-inflight-jobs')).toBe('total=30; remaining=30');
    expect((await json(`/api/v2/users/${user.id}`)).user).toMatchObject({ role: 'agent' });
  });

  it('answers DELETE 405 naming what it serves', async () => {
    const res = await t.get(`/api/v2/users/${t.api.account().sampleAgentId}`, { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, PUT');
    expect((await t.get('/api/v2/users/update_many')).status).toBe(404);
  });
});

describe('the tickets of a released seat', () => {
  it('to end user: every not-closed ticket goes to the acting admin; restoring gives nothing back', async () => {
    const account = t.api.account();
    const top = busiest();
    expect(top.open).toBeGreaterThan(0);
    expect(await openCount(top.user.id)).toBe(top.open);
    const adminBefore = await openCount(account.ownerId);
    const total = (await t.control<{ openTickets: number }>('/__standin/account')).body.openTickets;
    await put(`/api/v2/users/${top.user.id}`, { user: { role: 'end-user' } });
    expect(await openCount(top.user.id)).toBe(0);
    expect(await openCount(account.ownerId)).toBe(adminBefore + top.open);
    const solvedNow = await json(`/api/v2/search/count?query=${encodeURIComponent(`type:ticket assignee:${top.user.id} status:solved`)}`);
    expect(solvedNow.count).toBe(0); // solved ones went too (not closed)
    expect((await t.control<{ openTickets: number }>('/__standin/account')).body.openTickets).toBe(total);
    await put(`/api/v2/users/${top.user.id}`, { user: { role: 'agent', custom_role_id: null } });
    expect(await openCount(top.user.id)).toBe(0);
    expect(await openCount('me')).toBe(adminBefore + top.open);
  });

  it('to light agent: solved tickets go to the admin, the others below solved are unassigned', async () => {
    const account = t.api.account();
    const agent = agentsWithWork().find((a) => a.open > 0 && a.solved > 0) as { user: ZendeskUserWire; open: number; solved: number };
    expect(agent).toBeDefined();
    const unassignedBefore = (await json('/api/v2/search/count?query=type:ticket%20assignee:none')).count as number;
    const adminSolved = async (): Promise<number> =>
      (await json(`/api/v2/search/count?query=${encodeURIComponent(`type:ticket assignee:${account.ownerId} status:solved`)}`)).count as number;
    const solvedBefore = await adminSolved();
    await put(`/api/v2/users/${agent.user.id}`, { user: { role: 'agent', custom_role_id: LIGHT_AGENT_ROLE_ID } });
    expect(await openCount(agent.user.id)).toBe(0);
    expect(await adminSolved()).toBe(solvedBefore + agent.solved);
    expect((await json('/api/v2/search/count?query=type:ticket%20assignee:none')).count).toBe(unassignedBefore + agent.open);
  });

  it('hands over tickets updated now, so search by updated date sees them', async () => {
    const { user } = busiest();
    const today = t.api.account().now.toISOString().slice(0, 10);
    const q = (who: number): string => `/api/v2/search/count?query=${encodeURIComponent(`type:ticket assignee:${who} updated>=${today}`)}`;
    const owner = t.api.account().ownerId;
    const before = (await json(q(owner))).count as number;
    await put(`/api/v2/users/${user.id}`, { user: { role: 'end-user' } });
    expect((await json(q(owner))).count).toBeGreaterThan(before);
  });
});

describe('control routes after writes', () => {
  it('/__standin/account counts the users as written; /__standin/user shows one; reset undoes every write', async () => {
    const { user } = busiest();
    const seats = async (): Promise<number> => (await t.control<{ summary: { seats: number } }>('/__standin/account')).body.summary.seats;
    const before = await seats();
    await put(`/api/v2/users/${user.id}`, { user: { role: 'end-user' } });
    expect(await seats()).toBe(before - 1);
    const shown = await t.control<{ user: ZendeskUserWire }>(`/__standin/user?id=${user.id}`);
    expect(shown).toMatchObject({ status: 200, body: { user: { id: user.id, role: 'end-user' } } });
    expect((await t.control('/__standin/user?id=1')).status).toBe(404);
    await t.control('/__standin/reset', 'POST');
    expect(await seats()).toBe(before);
    expect((await json(`/api/v2/users/${user.id}`)).user).toMatchObject({ role: 'agent' });
    const requests = (await t.control<{ requests: { path: string }[] }>('/__standin/requests')).body.requests;
    expect(requests).toEqual([expect.objectContaining({ path: `/api/v2/users/${user.id}` })]); // control routes are not logged
  });
});
