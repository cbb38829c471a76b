import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CUSTOM_ROLES } from '../demo/build';
import type { AgentRoles } from '../demo/account';
import { startTestServer, TEST_NOW, type TestServer } from './testServer';

interface Role {
  id: number;
  name: string;
  role_type: number;
  team_member_count: number;
  created_at: string;
  updated_at: string;
}
interface RolesPage {
  custom_roles: Role[];
  next_page: null;
  previous_page: null;
  count: number;
}

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seats: 250, endUsers: 400 });
});
afterAll(() => t.close());

/** Fresh account in the given mode (through /__standin/reset, as tests and the demo do). */
async function switchAccount(agentRoles: AgentRoles): Promise<void> {
  const { status } = await t.control('/__standin/reset', 'POST', { account: { now: TEST_NOW, seats: 250, endUsers: 400, agentRoles } });
  expect(status).toBe(200);
}

const json = async <T>(path: string): Promise<T> => {
  const res = await t.get(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};
const count = async (query: string): Promise<number> => (await json<{ count: { value: number } }>(`/api/v2/users/count?${query}`)).count.value;

describe('GET /api/v2/custom_roles', () => {
  it('lists every demo role once, by name, unpaginated', async () => {
    await switchAccount('mixed');
    const page = await json<RolesPage>('/api/v2/custom_roles.json');
    expect(page.custom_roles).toHaveLength(7); // 4 role_type 0 roles, light agent, chat agent, contributor
    expect(page.custom_roles.map((r) => r.role_type).sort()).toEqual([0, 0, 0, 0, 1, 2, 3]);
    expect(page.custom_roles.map((r) => r.id).sort()).toEqual(DEMO_CUSTOM_ROLES.map((r) => r.id).sort());
    expect(page.custom_roles.map((r) => r.name)).toEqual(DEMO_CUSTOM_ROLES.map((r) => r.name).sort((a, b) => a.localeCompare(b)));
    expect(page).toMatchObject({ next_page: null, previous_page: null, count: DEMO_CUSTOM_ROLES.length });
    for (const r of page.custom_roles) {
      expect(r.role_type).toBe(DEMO_CUSTOM_ROLES.find((d) => d.id === r.id)?.role_type);
      // Created with (or after) the account, before its "now".
      expect(Date.parse(r.created_at)).toBeGreaterThanOrEqual(Date.parse(t.api.account().users[0]?.created_at as string));
      expect(Date.parse(r.updated_at)).toBeGreaterThanOrEqual(Date.parse(r.created_at));
      expect(Date.parse(r.updated_at)).toBeLessThanOrEqual(Date.parse(TEST_NOW));
    }
    expect(await json<RolesPage>('/api/v2/custom_roles')).toEqual(page); // same answer again (cached)
  });

  it.each(['mixed', 'every-agent'] as const)('team_member_count equals /users/count?permission_set=<id> (%s)', async (mode) => {
    await switchAccount(mode);
    const { custom_roles } = await json<RolesPage>('/api/v2/custom_roles');
    for (const r of custom_roles) {
      expect(r.team_member_count, r.name).toBe(await count(`permission_set=${r.id}`));
      expect(r.team_member_count, r.name).toBe(t.api.account().users.filter((u) => u.custom_role_id === r.id).length);
    }
    // Chat-only agents carry the chat agent role only when every agent has a role.
    const chatOnly = t.api.account().users.filter((u) => u.chat_only === true).length;
    expect(chatOnly).toBeGreaterThan(0);
    expect(custom_roles.find((r) => r.role_type === 2)?.team_member_count).toBe(mode === 'mixed' ? 0 : chatOnly);
    // Likewise contributors (role_type 3) and the contributor role.
    const contributors = t.api.account().users.filter((u) => u.role_type === 3).length;
    expect(contributors).toBeGreaterThan(0);
    expect(custom_roles.find((r) => r.role_type === 3)?.team_member_count).toBe(mode === 'mixed' ? 0 : contributors);
  });

  it("every agent is counted under a role in 'every-agent' mode, not in 'mixed'", async () => {
    const sums: Record<AgentRoles, { inRoles: number; seats: number }> = {
      mixed: { inRoles: 0, seats: 0 },
      'every-agent': { inRoles: 0, seats: 0 },
    };
    for (const mode of ['mixed', 'every-agent'] as const) {
      await switchAccount(mode);
      let inRoles = await count('role=admin');
      for (const r of DEMO_CUSTOM_ROLES) inRoles += await count(`permission_set=${r.id}`);
      sums[mode] = { inRoles, seats: await count('role[]=agent&role[]=admin') };
    }
    expect(sums['every-agent'].seats).toBe(250);
    expect(sums['every-agent'].inRoles).toBe(sums['every-agent'].seats);
    expect(sums.mixed.seats).toBe(250);
    expect(sums.mixed.inRoles).toBeLessThan(sums.mixed.seats);
  });

  it('is for agents and admins: end users get 403; writes get 405', async () => {
    await switchAccount('mixed');
    await t.control('/__standin/session', 'POST', { role: 'agent' });
    expect((await t.get('/api/v2/custom_roles')).status).toBe(200);
    await t.control('/__standin/session', 'POST', { role: 'end-user' });
    expect((await t.get('/api/v2/custom_roles')).status).toBe(403);
    await t.control('/__standin/session', 'POST', { role: 'admin' });
    const post = await t.get('/api/v2/custom_roles', { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect((await t.get('/api/v2/custom_roles/360000212031')).status).toBe(404); // Show Custom Role is not served
  });

  it('rejects an unknown agentRoles value on reset', async () => {
    const { status, body } = await t.control('/__standin/reset', 'POST', { account: { agentRoles: 'all' } });
    expect(status).toBe(400);
    expect(body).toMatchObject({ description: expect.stringContaining('agentRoles') });
  });
});
