import { describe, expect, it } from 'vitest';
import { FakeZafClient, failure, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { AbortedError, ZendeskGateway } from '../zaf/gateway';
import type { ZafCompleteResponse, ZafRequestOptions } from '../zaf/sdk';
import type { Seat } from '../seats/seat';
import { CHECK_UP, FIRST_PAGE_URL, loadRoster, newRosterCheckpoint, offsetPageUrl, ROSTER_STREAMS } from './loadRoster';
import { ROSTER_URL } from './roster';
import { ADMINS_URL, AGENTS_URL, countOf, parseCustomRoles, roleUrl, rosterQueries } from './rosterQueries';

interface FakeUser {
  id: number;
  role: 'agent' | 'admin';
  custom_role_id: number | null;
}

interface AccountFaults {
  /** Users whose records come without a usable id (unreadable), though Zendesk pages by it. */
  broken?: ReadonlySet<number>;
  /** Records an offset page leaves out, though the count includes them. */
  offsetHides?: ReadonlySet<number>;
  /** Cursor pages that say more follow but give no next link: with the cursor (`meta.after_cursor`) or without. */
  endsEarly?: (url: URL) => 'no-cursor' | 'cursor-only' | null;
}

/** An account answering like Zendesk: counts, custom roles, and cursor pages of 100 per filter. */
function account(users: FakeUser[], opts: { roles?: { id: number; role_type: number }[] | null; countDrift?: number } & AccountFaults = {}) {
  const roles = opts.roles === undefined ? null : opts.roles;
  const wire = (list: FakeUser[]) => list.map((u) => (opts.broken?.has(u.id) ? { ...u, id: null } : u));
  return (options: ZafRequestOptions): ScriptedAnswer => {
    const url = new URL(options.url, 'https://acme.zendesk.com');
    const q = url.searchParams;
    const role = q.get('role');
    const ps = q.get('permission_set');
    const matching = users.filter((u) => (role === null || u.role === role) && (ps === null || u.custom_role_id === Number(ps)));
    if (url.pathname === '/api/v2/custom_roles') {
      if (roles === null) return failure(403, {}, { error: 'Forbidden' });
      return json({
        custom_roles: roles.map((r) => ({ ...r, name: `r${r.id}`, team_member_count: users.filter((u) => u.custom_role_id === r.id).length })),
      });
    }
    const drift = role === null ? (opts.countDrift ?? 0) : 0;
    if (url.pathname === '/api/v2/users/count') return json({ count: { value: matching.length + drift } });
    if (q.has('per_page')) {
      const n = Number(q.get('page') ?? 1);
      const slice = matching.slice((n - 1) * 100, n * 100).filter((u) => !opts.offsetHides?.has(u.id));
      const more = n * 100 < matching.length;
      return json({
        users: wire(slice),
        next_page: more ? `https://acme.zendesk.com${url.pathname}?page=${n + 1}` : null,
        previous_page: null,
        count: matching.length + drift,
      });
    }
    const after = Number(q.get('page[after]') ?? 0);
    const slice = matching.filter((u) => u.id > after).slice(0, 100);
    const last = slice.at(-1)?.id;
    const hasMore = last !== undefined && matching.some((u) => u.id > last);
    const next = new URL(url);
    if (last !== undefined) next.searchParams.set('page[after]', String(last));
    const fault = hasMore ? (opts.endsEarly?.(url) ?? null) : null;
    const cursor = hasMore && fault !== 'no-cursor' ? String(last) : null;
    return json({
      users: wire(slice),
      meta: { has_more: hasMore, after_cursor: cursor },
      links: { next: hasMore && fault === null ? next.toString() : null },
    });
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
        // Like the SDK: a failure rejects with a jqXHR-like object, not an Error.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
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

const sorted = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);
/** A page of the whole roster's cursor query (the check-up pass in most modes), however its link spells the query. */
const wholeRosterCursor = (u: string) => {
  const q = new URL(u, 'https://acme.zendesk.com').searchParams;
  return q.getAll('role[]').length === 2 && !q.has('per_page');
};
const gatewayOf = (client: FakeZafClient) => new ZendeskGateway(client, { sleep: () => Promise.resolve(), random: () => 0, budget: null });
const pageRequests = (client: FakeZafClient) => client.requests.map((r) => r.url).filter((u) => u.startsWith('/api/v2/users?'));

describe('rosterQueries', () => {
  const role = (id: number, members: number, role_type = 0) => ({ id, role_type, members });

  it('splits by custom role when the roles cover every agent, the largest first, admins second', () => {
    expect(rosterQueries({ seats: 305, admins: 5, roles: [role(1, 100), role(2, 200), role(3, 0), role(9, 5, 4)] })).toEqual({
      urls: [roleUrl(2), ADMINS_URL, roleUrl(1)],
      checkUp: { url: AGENTS_URL, covers: [roleUrl(2), roleUrl(1)] },
    });
  });

  it('lists admins and agents apart when the roles leave agents out, or there are none, checked up by the whole roster', () => {
    const apart = { urls: [AGENTS_URL, ADMINS_URL], checkUp: { url: ROSTER_URL, covers: [AGENTS_URL, ADMINS_URL] } };
    expect(rosterQueries({ seats: 306, admins: 5, roles: [role(1, 100), role(2, 200)] })).toEqual(apart);
    expect(rosterQueries({ seats: 306, admins: 5, roles: null })).toEqual(apart);
    expect(rosterQueries({ seats: 306, admins: null, roles: [role(1, 150), role(2, 200)] })).toEqual(apart);
    // One role is no split at all.
    expect(rosterQueries({ seats: 305, admins: 5, roles: [role(1, 300)] })).toEqual(apart);
  });

  it('falls back to the one combined query when Zendesk cannot count seats', () => {
    expect(rosterQueries({ seats: null, admins: 5, roles: [role(1, 100), role(2, 200)] })).toEqual({ urls: [ROSTER_URL], checkUp: null });
  });

  it('reads List Custom Roles defensively', () => {
    expect(parseCustomRoles({ custom_roles: [{ id: 1, role_type: 0, team_member_count: 3, name: 'x' }] })).toEqual([
      { id: 1, role_type: 0, members: 3 },
    ]);
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
  const load = async (client: FakeZafClient, extra: Partial<Parameters<typeof loadRoster>[1]> = {}) => {
    const into = new Map<number, Seat>();
    const checkpoint = newRosterCheckpoint();
    const outcome = await loadRoster(gatewayOf(client), { into, checkpoint, ...extra });
    return { into, checkpoint, outcome };
  };

  it('reads up to 10,000 seats in exactly ceil(seats/100) requests: offset pages side by side', async () => {
    const client = new SlowClient(account(enterprise, { roles }));
    const { into, checkpoint } = await load(client);
    expect(sorted(into.keys())).toEqual(sorted(enterprise.map((u) => u.id)));
    expect(client.requests.map((r) => r.url)).toEqual([FIRST_PAGE_URL, ...Array.from({ length: 9 }, (_, i) => offsetPageUrl(i + 2))]);
    expect(client.maxInFlight).toBe(ROSTER_STREAMS);
    expect(checkpoint).toMatchObject({ planned: true, pending: [], expected: 907, checkedUp: false, unreadable: 0 });
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
    expect(
      client.requests
        .slice(1, 3)
        .map((r) => r.url)
        .sort(),
    ).toEqual(['/api/v2/custom_roles', '/api/v2/users/count?role=admin']);
    // 5 + 3 + 2 + 1 + 1 role pages and 1 admin page, after the first offset page.
    expect(pageRequests(client).filter((u) => u.includes('role=agent&permission_set='))).toHaveLength(12);
    expect(pageRequests(client).filter((u) => u.startsWith(ADMINS_URL))).toHaveLength(1);
    expect(client.requests).toHaveLength(1 + 2 + 13);
    expect(client.maxInFlight).toBe(ROSTER_STREAMS);
    expect(checkpoint).toMatchObject({ pending: [], expected: 907, checkedUp: false });
  });

  it('beyond the cap, lists agents and admins apart when some agents have no custom role', async () => {
    const client = new SlowClient(account(users({ '1': 150, none: 120 }, 3), { roles }));
    const { into } = await load(client, { offsetCap: 100 });
    expect(into.size).toBe(273);
    expect(pageRequests(client).filter((u) => u.startsWith('/api/v2/users?role=agent'))).toHaveLength(3);
    expect(pageRequests(client).some((u) => u.includes('permission_set'))).toBe(false);
  });

  it('checks with one cursor pass when Zendesk counted more than the pages held, and says when that is still short', async () => {
    // The count says one more seat than there is (a change mid-load): read again, it is still short.
    const offset = new FakeZafClient(account(enterprise, { roles, countDrift: 1 }));
    const read = await load(offset);
    expect(read.into.size).toBe(907);
    expect(read.outcome).toEqual({ complete: false, read: 907, expected: 908, ended: [] });
    // The cursor pass over every seat: all pages that are not offset pages.
    expect(pageRequests(offset).filter((u) => !u.includes('per_page'))).toHaveLength(10);
    expect(pageRequests(offset)).toContain(ROSTER_URL);

    const split = new FakeZafClient(account(enterprise, { roles, countDrift: 1 }));
    const splitRead = await load(split, { offsetCap: 500 });
    expect(splitRead.into.size).toBe(907);
    expect(splitRead.outcome).toMatchObject({ complete: false, read: 907, expected: 908 });
    expect(pageRequests(split).filter((u) => u.startsWith('/api/v2/users?role=agent&page'))).toHaveLength(9);

    const exact = new FakeZafClient(account(enterprise, { roles }));
    expect((await load(exact, { offsetCap: 500 })).outcome).toEqual({ complete: true, read: 907, expected: 907, ended: [] });
    expect(pageRequests(exact).some((u) => u.startsWith('/api/v2/users?role=agent&page'))).toBe(false);
  });

  it('when the count is stale and the last counted page says more follow, makes the roster whole with a cursor pass', async () => {
    const client = new FakeZafClient(account(enterprise, { roles, countDrift: -10 }));
    const { into, outcome } = await load(client);
    expect(into.size).toBe(907);
    expect(outcome).toMatchObject({ complete: true, read: 907, expected: 897 });
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
    const kept = new Set<string>();
    const onPage = (page: { url: string }) => kept.add(page.url);
    await expect(loadRoster(gatewayOf(client), { into, checkpoint, offsetCap: 500, onPage })).rejects.toThrow(/No access/);
    expect(into.size).toBeGreaterThan(0);
    expect(into.size).toBeLessThan(907);
    expect(checkpoint.pending.some((p) => p.url.includes('permission_set=2') && p.url.includes('page%5Bafter%5D'))).toBe(true);
    const before = client.requests.length;
    broken = false;
    const outcome = await loadRoster(gatewayOf(client), { into, checkpoint, offsetCap: 500 });
    expect(into.size).toBe(907);
    expect(outcome).toEqual({ complete: true, read: 907, expected: 907, ended: [] });
    // Every request once, but the refused page twice: pages already on their way when the
    // load stopped were kept, and no page that arrived is asked again.
    expect(client.requests).toHaveLength(1 + 2 + 13 + 1);
    const resumed = client.requests.slice(before).map((r) => r.url);
    expect(resumed.length).toBeGreaterThan(0);
    expect(resumed.filter((u) => kept.has(u))).toEqual([]);
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

describe('loadRoster: the roster is whole, or it says it is not', () => {
  const enterprise = users({ '1': 450, '2': 230, '3': 120, '4': 99, '5': 1 }, 7);
  const roles = [1, 2, 3, 4, 5].map((id) => ({ id, role_type: id === 5 ? 1 : 0 })).concat({ id: 6, role_type: 4 });
  const apart = users({ '1': 150, none: 120 }, 3);
  const load = async (client: FakeZafClient, extra: Partial<Parameters<typeof loadRoster>[1]> = {}) => {
    const into = new Map<number, Seat>();
    const checkpoint = newRosterCheckpoint();
    const outcome = await loadRoster(gatewayOf(client), { into, checkpoint, ...extra });
    return { into, checkpoint, outcome };
  };
  const isCursor = (url: URL) => !url.searchParams.has('per_page');
  const endedEarly = (query: string, url: string) => ({ query, code: 'ended-early', url });

  it('offset pages: a page short of records, and a check-up pass that breaks off, end incomplete rather than loaded', async () => {
    // Page 3 leaves out five records Zendesk counted; the cursor pass then says more follow with nowhere to go.
    const hidden = new Set([201, 202, 203, 204, 205]);
    const client = new FakeZafClient(account(enterprise, { roles, offsetHides: hidden, endsEarly: (url) => (isCursor(url) ? 'no-cursor' : null) }));
    const { into, checkpoint, outcome } = await load(client);
    expect(into.size).toBe(902);
    expect(pageRequests(client)).toContain(ROSTER_URL);
    expect(outcome).toEqual({ complete: false, read: 902, expected: 907, ended: [endedEarly(CHECK_UP, ROSTER_URL)] });
    expect(checkpoint.pending).toEqual([]);
  });

  it('admins and agents apart: a stream that ends early does not stop the other, and the check-up pass makes the roster whole', async () => {
    const client = new FakeZafClient(account(apart, { roles, endsEarly: (url) => (url.searchParams.get('role') === 'agent' ? 'no-cursor' : null) }));
    const { into, checkpoint, outcome } = await load(client, { offsetCap: 100 });
    expect(sorted(into.keys())).toEqual(sorted(apart.map((u) => u.id)));
    expect(outcome).toEqual({ complete: true, read: 273, expected: 273, ended: [] });
    // The broken stream is on record; the whole roster was read again instead.
    expect(checkpoint.ended).toEqual([endedEarly(AGENTS_URL, AGENTS_URL)]);
    expect(pageRequests(client).filter((u) => u.startsWith(ADMINS_URL))).toHaveLength(1);
    expect(pageRequests(client).filter(wholeRosterCursor)).toHaveLength(3);
  });

  it('admins and agents apart: a total short of Zendesk’s count is checked up, and still short, ends incomplete', async () => {
    const client = new FakeZafClient(account(apart, { roles, countDrift: 2 }));
    const { into, outcome } = await load(client, { offsetCap: 100 });
    expect(into.size).toBe(273);
    expect(pageRequests(client)).toContain(ROSTER_URL);
    expect(outcome).toEqual({ complete: false, read: 273, expected: 275, ended: [] });
  });

  it('split by role: the admins’ stream ending early is checked up with the whole roster, not only the agents', async () => {
    const manyAdmins = users({ '1': 150, '2': 120 }, 130);
    const client = new FakeZafClient(
      account(manyAdmins, { roles, endsEarly: (url) => (url.searchParams.get('role') === 'admin' ? 'no-cursor' : null) }),
    );
    const { into, outcome } = await load(client, { offsetCap: 100 });
    expect(pageRequests(client).some((u) => u.includes('permission_set'))).toBe(true);
    expect(into.size).toBe(400);
    expect(outcome).toEqual({ complete: true, read: 400, expected: 400, ended: [] });
    expect(pageRequests(client)).toContain(ROSTER_URL);
    expect(pageRequests(client)).not.toContain(AGENTS_URL);
  });

  it('split by role: a page without a next link but with a cursor continues from the cursor, no check-up needed', async () => {
    const client = new FakeZafClient(
      account(enterprise, { roles, endsEarly: (url) => (url.searchParams.has('permission_set') ? 'cursor-only' : null) }),
    );
    const { into, outcome } = await load(client, { offsetCap: 500 });
    expect(into.size).toBe(907);
    expect(outcome).toEqual({ complete: true, read: 907, expected: 907, ended: [] });
    expect(pageRequests(client).filter((u) => u.includes('permission_set'))).toHaveLength(12);
    expect(pageRequests(client)).not.toContain(AGENTS_URL);
  });

  it('without a count, a stream that ends early ends incomplete', async () => {
    const client = new FakeZafClient((options) => {
      if (options.url === FIRST_PAGE_URL) return json({ users: [{ id: 1, role: 'agent' }], next_page: null });
      if (options.url.includes('/users/count') || options.url.includes('custom_roles')) return failure(403);
      return json({
        users: [
          { id: 1, role: 'agent' },
          { id: 2, role: 'admin' },
        ],
        meta: { has_more: true, after_cursor: null },
        links: { next: null },
      });
    });
    const { into, outcome } = await load(client);
    expect(into.size).toBe(1);
    expect(outcome).toEqual({ complete: false, read: 1, expected: null, ended: [endedEarly(ROSTER_URL, ROSTER_URL)] });
  });

  it('counts each unreadable record once, though the offset pages and the check-up pass both read it', async () => {
    const broken = new Set([5, 300, 700]);
    const client = new FakeZafClient(account(enterprise, { roles, broken, countDrift: 1 }));
    const { into, checkpoint, outcome } = await load(client);
    expect(pageRequests(client)).toContain(ROSTER_URL);
    expect(into.size).toBe(904);
    expect(checkpoint.unreadable).toBe(3);
    expect(outcome).toMatchObject({ complete: false, read: 907, expected: 908 });
  });

  it('counts each unreadable record once, though the first page, the split and the check-up pass read it again', async () => {
    const admin = enterprise.find((u) => u.role === 'admin' && u.id > 100)?.id as number;
    const agent = enterprise.find((u) => u.custom_role_id === 2 && u.id > 100)?.id as number;
    // One among the first page's hundred, one admin, one agent: the first page, the split and the check-up each read some.
    const broken = new Set([5, admin, agent]);
    expect(enterprise.find((u) => u.id === 5)?.role).toBe('agent');

    const exact = await load(new FakeZafClient(account(enterprise, { roles, broken })), { offsetCap: 500 });
    expect(exact.checkpoint.unreadable).toBe(3);
    expect(exact.outcome).toEqual({ complete: true, read: 907, expected: 907, ended: [] });

    const client = new FakeZafClient(account(enterprise, { roles, broken, countDrift: 1 }));
    const drift = await load(client, { offsetCap: 500 });
    expect(pageRequests(client)).toContain(AGENTS_URL);
    expect(drift.checkpoint.unreadable).toBe(3);
    expect(drift.outcome).toMatchObject({ complete: false, read: 907, expected: 908 });
  });

  it('a failure during the check-up pass resumes the check-up where it stopped', async () => {
    let refused = 0;
    const answer = account(enterprise, { roles, offsetHides: new Set([150]) });
    const client = new FakeZafClient((options) => {
      if (wholeRosterCursor(options.url) && options.url.includes('page%5Bafter%5D') && refused++ === 0)
        return failure(403, {}, { error: 'Forbidden', description: 'No access' });
      return answer(options);
    });
    const into = new Map<number, Seat>();
    const checkpoint = newRosterCheckpoint();
    await expect(loadRoster(gatewayOf(client), { into, checkpoint })).rejects.toThrow(/No access/);
    expect(checkpoint.pending).toEqual([{ query: CHECK_UP, url: expect.stringContaining('page%5Bafter%5D=100') }]);
    const outcome = await loadRoster(gatewayOf(client), { into, checkpoint });
    expect(outcome).toEqual({ complete: true, read: 907, expected: 907, ended: [] });
    expect(pageRequests(client).filter((u) => u === ROSTER_URL)).toHaveLength(1);
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
