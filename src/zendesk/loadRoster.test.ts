import { describe, expect, it } from 'vitest';
import { FakeZafClient, failure, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { AbortedError, ZendeskGateway } from '../zaf/gateway';
import type { ZafCompleteResponse, ZafRequestOptions } from '../zaf/sdk';
import type { Seat } from '../seats/seat';
import { FIRST_PAGE_URL, loadRoster, newRosterCheckpoint, offsetPageUrl, ROSTER_STREAMS } from './loadRoster';
import { ROSTER_URL } from './roster';
import { ADMINS_URL, AGENTS_URL, countOf, parseCustomRoles, roleUrl, rosterQueries } from './rosterQueries';

interface FakeUser {
  id: number;
  role: 'agent' | 'admin';
  custom_role_id: number | null;
}

/** An account answering like Zendesk: counts, custom roles, and cursor pages of 100 per filter. */
function account(users: FakeUser[], opts: { roles?: { id: number; role_type: number }[] | null; countDrift?: number } = {}) {
  const roles = opts.roles === undefined ? null : opts.roles;
  return (options: ZafRequestOptions): ScriptedAnswer => {
    const url = new URL(options.url, 'https://acme.zendesk.com');
    const q = url.searchParams;
    const role = q.get('role');
    const ps = q.get('permission_set');
    const matching = users.filter(
      (u) => (role === null || u.role === role) && (ps === null || u.custom_role_id === Number(ps)),
    );
    if (url.pathname === '/api/v2/custom_roles') {
      if (roles === null) return failure(403, {}, { error: 'Forbidden' });
      return json({ custom_roles: roles.map((r) => ({ ...r, name: `r${r.id}`, team_member_count: users.filter((u) => u.custom_role_id === r.id).length })) });
    }
    const drift = role === null ? (opts.countDrift ?? 0) : 0;
    if (url.pathname === '/api/v2/users/count') return json({ count: { value: matching.length + drift } });
    if (q.has('per_page')) {
      const n = Number(q.get('page') ?? 1);
      const slice = matching.slice((n - 1) * 100, n * 100);
      const more = n * 100 < matching.length;
      return json({ users: slice, next_page: more ? `https://acme.zendesk.com${url.pathname}?page=${n + 1}` : null, previous_page: null, count: matching.length + drift });
    }
    const after = Number(q.get('page[after]') ?? 0);
    const slice = matching.filter((u) => u.id > after).slice(0, 100);
    const last = slice.at(-1)?.id;
    const hasMore = last !== undefined && matching.some((u) => u.id > last);
    const next = new URL(url);
    if (last !== undefined) next.searchParams.set('page[after]', String(last));
    return json({ users: slice, meta: { has_more: hasMore }, links: { next: hasMore ? next.toString() : null } });
  };
}

/** Answers a tick later, counting how many requests are in flight at once. */
class SlowClient extends FakeZafClient {
  inFlight = 0;
  maxInFlight = 0;
  override request(options: ZafRequestOptions): Promise<ZafCompleteResponse> {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const settled = super.request(options).then(
      (ok) => ({ ok }),
      (fail: unknown) => ({ fail }),
    );
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        this.inFlight -= 1;
        void settled.then((r) => ('ok' in r ? resolve(r.ok) : reject(r.fail)));
      }, 1),
    );
  }
}

function users(agentsByRole: Record<string, number>, admins: number): FakeUser[] {
  const list: FakeUser[] = [];
  let id = 1000;
  for (let i = 0; i < admins; i++) list.push({ id: id++, role: 'admin', custom_role_id: null });
  for (const [roleId, n] of Object.entries(agentsByRole)) {
    for (let i = 0; i < n; i++) list.push({ id: id++, role: 'agent', custom_role_id: roleId === 'none' ? null : Number(roleId) });
  }
  // Zendesk lists by id; interleave roles so no query is one contiguous id range.
  return list.sort((a, b) => ((a.id * 7919) % 10007) - ((b.id * 7919) % 10007)).map((u, i) => ({ ...u, id: i + 1 }));
}

const gatewayOf = (client: FakeZafClient) => new ZendeskGateway(client, { sleep: async () => undefined, random: () => 0, budget: null });
const pageRequests = (client: FakeZafClient) => client.requests.map((r) => r.url).filter((u) => u.startsWith('/api/v2/users?'));

describe('rosterQueries', () => {
  const role = (id: number, members: number, role_type = 0) => ({ id, role_type, members });

  it('splits by custom role when the roles cover every agent, the largest first, admins second', () => {
    expect(rosterQueries({ seats: 305, admins: 5, roles: [role(1, 100), role(2, 200), role(3, 0), role(9, 5, 4)] })).toEqual({
      urls: [roleUrl(2), ADMINS_URL, roleUrl(1)],
      verify: true,
    });
  });

  it('lists admins and agents apart when the roles leave agents out, or there are none', () => {
    expect(rosterQueries({ seats: 306, admins: 5, roles: [role(1, 100), role(2, 200)] })).toEqual({ urls: [AGENTS_URL, ADMINS_URL], verify: false });
    expect(rosterQueries({ seats: 306, admins: 5, roles: null })).toEqual({ urls: [AGENTS_URL, ADMINS_URL], verify: false });
    expect(rosterQueries({ seats: 306, admins: null, roles: [role(1, 150), role(2, 200)] })).toEqual({ urls: [AGENTS_URL, ADMINS_URL], verify: false });
    // One role is no split at all.
    expect(rosterQueries({ seats: 305, admins: 5, roles: [role(1, 300)] })).toEqual({ urls: [AGENTS_URL, ADMINS_URL], verify: false });
  });

  it('falls back to the one combined query when Zendesk cannot count seats', () => {
    expect(rosterQueries({ seats: null, admins: 5, roles: [role(1, 100), role(2, 200)] })).toEqual({ urls: [ROSTER_URL], verify: false });
  });

  it('reads List Custom Roles defensively', () => {
    expect(parseCustomRoles({ custom_roles: [{ id: 1, role_type: 0, team_member_count: 3, name: 'x' }] })).toEqual([{ id: 1, role_type: 0, members: 3 }]);
    expect(parseCustomRoles({ custom_roles: [{ id: 1, role_type: null, team_member_count: 0 }] })).toEqual([{ id: 1, role_type: null, members: 0 }]);
    expect(parseCustomRoles({ custom_roles: [{ id: 1, team_member_count: -1 }] })).toBeNull();
    expect(parseCustomRoles({ custom_roles: [{ id: '1', team_member_count: 1 }] })).toBeNull();
    expect(parseCustomRoles({ roles: [] })).toBeNull();
    expect(parseCustomRoles('<html>')).toBeNull();
  });
});

describe('loadRoster', () => {
  const enterprise = users({ '1': 450, '2': 230, '3': 120, '4': 99, '5': 1 }, 7);
  const roles = [1, 2, 3, 4, 5].map((id) => ({ id, role_type: id === 5 ? 1 : 0 })).concat({ id: 6, role_type: 4 });
  const sorted = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);
  const load = async (client: FakeZafClient, extra: Partial<Parameters<typeof loadRoster>[1]> = {}) => {
    const into = new Map<number, Seat>();
    const checkpoint = newRosterCheckpoint();
    await loadRoster(gatewayOf(client), { into, checkpoint, ...extra });
    return { into, checkpoint };
  };

  it('reads up to 10,000 seats in exactly ceil(seats/100) requests: offset pages side by side', async () => {
    const client = new SlowClient(account(enterprise, { roles }));
    const { into, checkpoint } = await load(client);
    expect(sorted(into.keys())).toEqual(sorted(enterprise.map((u) => u.id)));
    expect(client.requests.map((r) => r.url)).toEqual([FIRST_PAGE_URL, ...Array.from({ length: 9 }, (_, i) => offsetPageUrl(i + 2))]);
    expect(client.maxInFlight).toBe(ROSTER_STREAMS);
    expect(checkpoint).toMatchObject({ planned: true, pending: [], expected: 907, verifyWith: null, unreadable: 0 });
  });

  it('reads a small account in its one first page', async () => {
    const client = new FakeZafClient(account(users({ '1': 80 }, 2), { roles }));
    const { into } = await load(client);
    expect(into.size).toBe(82);
    expect(client.requests).toHaveLength(1);
  });

  it('beyond the offset cap, splits by custom role: ceil(n/100) pages per disjoint query', async () => {
    const client = new SlowClient(account(enterprise, { roles }));
    const { into, checkpoint } = await load(client, { offsetCap: 500 });
    expect(sorted(into.keys())).toEqual(sorted(enterprise.map((u) => u.id)));
    expect(client.requests.slice(1, 3).map((r) => r.url).sort()).toEqual(['/api/v2/custom_roles', '/api/v2/users/count?role=admin']);
    // 5 + 3 + 2 + 1 + 1 role pages and 1 admin page, after the first offset page.
    expect(pageRequests(client).filter((u) => u.includes('role=agent&permission_set='))).toHaveLength(12);
    expect(pageRequests(client).filter((u) => u.startsWith(ADMINS_URL))).toHaveLength(1);
    expect(client.requests).toHaveLength(1 + 2 + 13);
    expect(client.maxInFlight).toBe(ROSTER_STREAMS);
    expect(checkpoint).toMatchObject({ pending: [], expected: 907, verifyWith: null });
  });

  it('beyond the cap, lists agents and admins apart when some agents have no custom role', async () => {
    const client = new SlowClient(account(users({ '1': 150, none: 120 }, 3), { roles }));
    const { into } = await load(client, { offsetCap: 100 });
    expect(into.size).toBe(273);
    expect(pageRequests(client).filter((u) => u.startsWith('/api/v2/users?role=agent'))).toHaveLength(3);
    expect(pageRequests(client).some((u) => u.includes('permission_set'))).toBe(false);
  });

  it('makes the roster whole with one cursor pass when Zendesk counted more than the pages held', async () => {
    // The count says one more seat than there is (a change mid-load).
    const offset = new FakeZafClient(account(enterprise, { roles, countDrift: 1 }));
    expect((await load(offset)).into.size).toBe(907);
    // The cursor pass over every seat: all pages that are not offset pages.
    expect(pageRequests(offset).filter((u) => !u.includes('per_page'))).toHaveLength(10);
    expect(pageRequests(offset)).toContain(ROSTER_URL);

    const split = new FakeZafClient(account(enterprise, { roles, countDrift: 1 }));
    expect((await load(split, { offsetCap: 500 })).into.size).toBe(907);
    expect(pageRequests(split).filter((u) => u.startsWith('/api/v2/users?role=agent&page'))).toHaveLength(9);

    const exact = new FakeZafClient(account(enterprise, { roles }));
    await load(exact, { offsetCap: 500 });
    expect(pageRequests(exact).some((u) => u.startsWith('/api/v2/users?role=agent&page'))).toBe(false);
  });

  it('when the count is stale and the last counted page says more follow, makes the roster whole with a cursor pass', async () => {
    const client = new FakeZafClient(account(enterprise, { roles, countDrift: -10 }));
    const { into } = await load(client);
    expect(into.size).toBe(907);
    expect(pageRequests(client).filter((u) => u.includes('per_page'))).toHaveLength(9);
    expect(pageRequests(client).filter((u) => !u.includes('per_page'))).toHaveLength(10);
  });

  it('counts records that are not seats or cannot be read toward Zendesk’s total, so no extra pass is made', async () => {
    const client = new FakeZafClient(() =>
      json({ users: [{ id: 1, role: 'agent' }, { id: 2, role: 'end-user' }, { name: 'no id' }], next_page: null, previous_page: null, count: 3 }),
    );
    const { into, checkpoint } = await load(client);
    expect(into.size).toBe(1);
    expect(checkpoint).toMatchObject({ unreadable: 1, notSeats: 1 });
    expect(client.requests).toHaveLength(1);
  });

  it('stops every stream at the first failure, keeps what arrived, and resumes without reading a page twice', async () => {
    let broken = true;
    const answer = account(enterprise, { roles });
    const client = new SlowClient((options) =>
      broken && options.url.includes('permission_set=2') && options.url.includes('page%5Bafter%5D')
        ? failure(403, {}, { error: 'Forbidden', description: 'No access' })
        : answer(options),
    );
    const into = new Map<number, Seat>();
    const checkpoint = newRosterCheckpoint();
    await expect(loadRoster(gatewayOf(client), { into, checkpoint, offsetCap: 500 })).rejects.toThrow(/No access/);
    expect(into.size).toBeGreaterThan(0);
    expect(into.size).toBeLessThan(907);
    expect(checkpoint.pending.some((u) => u.includes('permission_set=2') && u.includes('page%5Bafter%5D'))).toBe(true);
    const before = client.requests.length;
    broken = false;
    await loadRoster(gatewayOf(client), { into, checkpoint, offsetCap: 500 });
    expect(into.size).toBe(907);
    // Every request once, but the refused page twice.
    expect(client.requests).toHaveLength(1 + 2 + 13 + 1);
    expect(before).toBeLessThan(client.requests.length);
  });

  it('ends with AbortedError when cancelled', async () => {
    const controller = new AbortController();
    const client = new SlowClient(account(enterprise, { roles }));
    const run = loadRoster(gatewayOf(client), {
      into: new Map(),
      checkpoint: newRosterCheckpoint(),
      controls: { signal: controller.signal },
      onPage: () => controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(AbortedError);
  });
});

describe('countOf', () => {
  it('reads a count, and gives null when Zendesk cannot tell', async () => {
    const ok = new FakeZafClient(() => json({ count: { value: 250, refreshed_at: '2026-01-01T00:00:00Z' } }));
    await expect(countOf(gatewayOf(ok), '/api/v2/users/count', {})).resolves.toBe(250);
    await expect(countOf(gatewayOf(new FakeZafClient(() => failure(403))), '/api/v2/users/count', {})).resolves.toBeNull();
    await expect(countOf(gatewayOf(new FakeZafClient(() => json({ count: 'many' }))), '/api/v2/users/count', {})).resolves.toBeNull();
  });
});
