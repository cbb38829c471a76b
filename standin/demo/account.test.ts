import { describe, expect, it } from 'vitest';
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { describeAccount, FIRST_USER_ID, generateAccount } from './account';
import { CHAT_AGENT_ROLE_ID, CONTRIBUTOR_ROLE_ID, DEMO_CUSTOM_ROLES, LIGHT_AGENT_ROLE_ID } from './build';
import { emailPart } from './names';

const NOW = '2025-06-01T12:00:00Z';
const NOW_MS = Date.parse(NOW);
const DAY = 86_400_000;
const ZENDESK_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const account = generateAccount({ now: NOW });
const seats = account.users.filter((u) => u.role === 'agent' || u.role === 'admin');
const summary = describeAccount(account);

const ageDays = (iso: string | null | undefined): number => (NOW_MS - Date.parse(iso as string)) / DAY;

describe('generateAccount', () => {
  it('is deterministic for the same spec and varies with the seed', () => {
    const spec = { seed: 7, now: NOW, seats: 120, endUsers: 300 };
    expect(JSON.stringify(generateAccount(spec))).toBe(JSON.stringify(generateAccount(spec)));
    expect(JSON.stringify(generateAccount({ ...spec, seed: 8 }))).not.toBe(JSON.stringify(generateAccount(spec)));
  });

  it('uses the defaults: 240 seats, 5,000 end users, acme-demo, now = the current time', () => {
    const before = Date.now();
    const fresh = generateAccount({ seats: 40, endUsers: 10 });
    expect(Math.abs(fresh.now.getTime() - before)).toBeLessThan(5_000);
    expect(account.subdomain).toBe('acme-demo');
    expect(summary.seats).toBe(240);
    expect(summary.endUsers).toBe(5000);
    expect(account.now.toISOString()).toBe('2025-06-01T12:00:00.000Z');
  });

  it('counts add up: seats + end users = users, and the role kinds partition the seats', () => {
    const s = describeAccount(generateAccount({ now: NOW, seats: 333, endUsers: 777 }));
    expect(s.seats).toBe(333);
    expect(s.endUsers).toBe(777);
    expect(s.users).toBe(1110);
    expect(s.admins + s.plainAgents + s.lightAgents + s.chatOnly + s.contributors + s.unknownRoleType).toBe(333);
  });

  it('has every kind of seat in realistic proportions', () => {
    const share = (n: number): number => n / summary.seats;
    expect(share(summary.admins)).toBeGreaterThan(0.03);
    expect(share(summary.admins)).toBeLessThan(0.08);
    expect(summary.billingAdmins).toBe(1);
    expect(summary.lightAgents).toBeGreaterThan(0);
    expect(summary.chatOnly).toBeGreaterThan(0);
    expect(summary.contributors).toBeGreaterThan(0);
    expect(summary.customRole).toBeGreaterThan(0);
    expect(share(summary.suspended)).toBeGreaterThan(0.02);
    expect(share(summary.suspended)).toBeLessThan(0.06);
    expect(share(summary.idle)).toBeGreaterThan(0.1);
    expect(share(summary.idle)).toBeLessThan(0.2);
    expect(summary.newHires).toBeGreaterThan(0);
    expect(summary.neverSignedIn).toBeGreaterThan(summary.newHires); // some never signed in long ago
    expect(summary.shared).toBeGreaterThan(0);
    expect(summary.twoFactor.enabled).toBeGreaterThan(0);
    expect(summary.twoFactor.disabled).toBeGreaterThan(0);
    expect(summary.twoFactor.unknown).toBeGreaterThan(0);
    for (const r of ['groups', 'assigned', 'organization']) {
      expect(seats.some((u) => u.ticket_restriction === r && u.restricted_agent === true)).toBe(true);
    }
    expect(seats.some((u) => u.chat_only === true && u.role_type === 2)).toBe(true);
    expect(seats.some((u) => u.shared_agent === true && u.shared === true)).toBe(true);
    for (const field of ['verified', 'report_csv', 'moderator'] as const) {
      expect(seats.some((u) => u[field] === true) && seats.some((u) => u[field] === false)).toBe(true);
    }
  });

  it('has at least one of each kind at the 30-seat minimum', () => {
    const s = describeAccount(generateAccount({ now: NOW, seats: 30, endUsers: 5 }));
    for (const key of [
      'admins',
      'plainAgents',
      'lightAgents',
      'chatOnly',
      'contributors',
      'unknownRoleType',
      'billingAdmins',
      'suspended',
      'newHires',
      'idle',
      'shared',
      'restricted',
    ] as const) {
      expect(s[key], key).toBeGreaterThan(0);
    }
    expect(s.neverSignedIn).toBeGreaterThanOrEqual(2);
  });

  it('gives unique, increasing Zendesk-like ids with gaps, and Zendesk urls', () => {
    const ids = account.users.map((u) => u.id);
    expect(ids[0]).toBeGreaterThan(FIRST_USER_ID);
    expect(ids[0]).toBeLessThan(FIRST_USER_ID + 1_000_000);
    for (let i = 1; i < ids.length; i++) expect(ids[i]).toBeGreaterThan(ids[i - 1] as number);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id, i) => i > 0 && id - (ids[i - 1] as number) > 1)).toBe(true);
    for (const u of account.users) expect(u.url).toBe(`https://acme-demo.zendesk.com/api/v2/users/${u.id}.json`);
  });

  it('writes timestamps as Zendesk does and keeps them consistent', () => {
    for (const u of account.users) {
      expect(u.created_at).toMatch(ZENDESK_TIME);
      expect(u.updated_at).toMatch(ZENDESK_TIME);
      if (u.last_login_at !== null) expect(u.last_login_at).toMatch(ZENDESK_TIME);
      const created = ageDays(u.created_at);
      expect(created).toBeGreaterThanOrEqual(0);
      expect(created).toBeLessThan(4 * 366 + 30);
      expect(Date.parse(u.updated_at as string)).toBeGreaterThanOrEqual(Date.parse(u.created_at as string));
      expect(Date.parse(u.updated_at as string)).toBeLessThanOrEqual(NOW_MS);
      if (u.last_login_at) expect(Date.parse(u.last_login_at)).toBeGreaterThanOrEqual(Date.parse(u.created_at as string));
    }
    const spreadDays = account.users.map((u) => ageDays(u.created_at));
    expect(Math.max(...spreadDays)).toBeGreaterThan(3.5 * 365);
    // ids follow creation order
    const created = account.users.map((u) => Date.parse(u.created_at as string));
    for (let i = 1; i < created.length; i++) expect(created[i]).toBeGreaterThanOrEqual(created[i - 1] as number);
  });

  it('spreads sign-in history: new hires, long-dormant never-signed-in, idle 31–400 days', () => {
    const never = seats.filter((u) => u.last_login_at === null);
    expect(never.some((u) => ageDays(u.created_at) <= 14)).toBe(true);
    expect(never.some((u) => ageDays(u.created_at) > 60)).toBe(true);
    const idle = seats.filter((u) => u.last_login_at && ageDays(u.last_login_at) > 30);
    for (const u of idle) {
      expect(ageDays(u.last_login_at)).toBeGreaterThanOrEqual(31);
      expect(ageDays(u.last_login_at)).toBeLessThanOrEqual(400);
    }
  });

  it('lists the other admins (not suspended), at least two from 30 seats on', () => {
    for (const seats of [30, 240]) {
      const a = generateAccount({ now: NOW, seats, endUsers: 10 });
      expect(a.adminIds.length, String(seats)).toBeGreaterThanOrEqual(2);
      expect(a.adminIds).toEqual(a.users.filter((u) => u.role === 'admin' && u.id !== a.ownerId && u.suspended !== true).map((u) => u.id));
    }
    expect(generateAccount({ now: NOW, seats: 240, endUsers: 10 }).adminIds).toHaveLength(11);
  });

  it('names the owner (first admin) and a plain, active sample agent', () => {
    const byId = new Map(account.users.map((u) => [u.id, u]));
    const owner = byId.get(account.ownerId) as ZendeskUserWire;
    expect(owner).toMatchObject({ role: 'admin', role_type: 4, suspended: false });
    expect(account.users[0]?.id).toBe(account.ownerId);
    const agent = byId.get(account.sampleAgentId) as ZendeskUserWire;
    expect(agent).toMatchObject({
      role: 'agent',
      role_type: null,
      custom_role_id: null,
      suspended: false,
      shared_agent: false,
      ticket_restriction: null,
    });
    expect(ageDays(agent.last_login_at)).toBeLessThan(30);
    expect(agent.name).toMatch(/^\p{L}[\p{L}' -]+$/u);
  });

  it('includes the odd records a defensive parser must survive', () => {
    const has = (pred: (u: ZendeskUserWire) => boolean): boolean => seats.some(pred);
    expect(has((u) => u.role === 'admin' && u.role_type === null)).toBe(true);
    expect(has((u) => u.ticket_restriction === '')).toBe(true);
    expect(has((u) => u.two_factor_auth_enabled === null)).toBe(true);
    expect(has((u) => u.name === '')).toBe(true);
    expect(has((u) => u.name === null)).toBe(true);
    expect(has((u) => u.role_type === 7)).toBe(true);
    expect(has((u) => !('shared_agent' in u) && !('verified' in u))).toBe(true);
    expect(has((u) => 'agent_brand_ids' in u && 'experimental_workspace' in u)).toBe(true);
    for (const name of ['=SUM(1+1)', '+Plus Agent', '-Minus', '@At', 'Smith, "Jonny" Jr.']) {
      expect(
        has((u) => u.name === name),
        name,
      ).toBe(true);
    }
    expect(has((u) => typeof u.email === 'string' && u.email.startsWith('+'))).toBe(true);
  });

  it('puts emails on the right domains, unique and lower case', () => {
    const emails = account.users.map((u) => u.email as string);
    expect(new Set(emails).size).toBe(emails.length);
    for (const e of emails) expect(e).toMatch(/^[a-z0-9+-][a-z0-9.+-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.(example|com|net|org)$/);
    for (const u of seats) {
      const domain = u.shared_agent ? 'partner-support.example' : 'acme-demo.example';
      expect(u.email?.endsWith(`@${domain}`), u.email ?? '').toBe(true);
    }
    expect(seats.filter((u) => /^[a-z]+\.[a-z]+@acme-demo\.example$/.test(u.email ?? '')).length).toBeGreaterThan(seats.length / 2);
    expect([emailPart('Siobhán'), emailPart("O'Brien"), emailPart('Van der Berg')]).toEqual(['siobhan', 'obrien', 'vanderberg']);
  });

  it('interleaves end users with agents by id, as plain end users', () => {
    const endUsers = account.users.filter((u) => u.role === 'end-user');
    for (const u of endUsers) {
      expect(u.role_type).toBeNull();
      expect(u.email?.endsWith('@acme-demo.example')).toBe(false);
    }
    const roles = account.users.map((u) => (u.role === 'end-user' ? 'e' : 's')).join('');
    expect(roles).toMatch(/s.*e.*s.*e.*s/); // seats and end users alternate along the id order
    const seatIds = seats.map((u) => u.id);
    const between = endUsers.filter((u) => u.id > (seatIds[0] as number) && u.id < (seatIds[seatIds.length - 1] as number));
    expect(between.length).toBeGreaterThan(endUsers.length / 2);
  });

  it('generates a 10,000-seat account', () => {
    const big = generateAccount({ now: NOW, seats: 10_000, endUsers: 1_000 });
    const s = describeAccount(big);
    expect(s.seats).toBe(10_000);
    expect(s.admins).toBe(500);
    expect(s.suspended).toBe(400);
    expect(new Set(big.users.map((u) => u.email)).size).toBe(11_000);
  });

  it('generates 50,000 seats + 50,000 end users quickly', () => {
    const started = performance.now();
    const huge = generateAccount({ now: NOW, seats: 50_000, endUsers: 50_000 });
    const ms = performance.now() - started;
    expect(huge.users).toHaveLength(100_000);
    // Well under 2 s on a developer machine; the bound is loose for slow shared CI runners
    // but catches accidental quadratic work (which takes tens of seconds here).
    expect(ms).toBeLessThan(6_000);
  });

  it("gives every agent a custom role with agentRoles 'every-agent', the users otherwise unchanged", () => {
    for (const spec of [
      { now: NOW, endUsers: 300 },
      { now: NOW, seats: 30, endUsers: 5, seed: 3 },
    ]) {
      const mixed = generateAccount(spec);
      const every = generateAccount({ ...spec, agentRoles: 'every-agent' });
      const roleType = new Map<number, number>(DEMO_CUSTOM_ROLES.map((r) => [r.id, r.role_type]));
      expect(every.users).toHaveLength(mixed.users.length);
      every.users.forEach((u, i) => {
        const before = mixed.users[i] as ZendeskUserWire;
        expect({ ...u, role_type: 0, custom_role_id: 0 }).toEqual({ ...before, role_type: 0, custom_role_id: 0 });
        if (u.role !== 'agent') {
          expect([u.role_type, u.custom_role_id]).toEqual([before.role_type, before.custom_role_id]);
          expect(u.custom_role_id).toBeNull();
          return;
        }
        const id = u.custom_role_id as number;
        expect(roleType.has(id), `${u.id} ${id}`).toBe(true);
        if (before.custom_role_id !== null) expect(id).toBe(before.custom_role_id); // roles already given stay
        if (before.role_type === 1) expect(id).toBe(LIGHT_AGENT_ROLE_ID);
        if (u.chat_only === true) expect([u.role_type, id]).toEqual([2, CHAT_AGENT_ROLE_ID]);
        if (before.role_type === 3) expect(id).toBe(CONTRIBUTOR_ROLE_ID);
        // Light agents, chat agents and contributors keep their role_type (not paid seats).
        if (before.role_type === 1 || before.role_type === 2 || before.role_type === 3) expect(u.role_type, `${u.id}`).toBe(before.role_type);
        // The user's role_type is its role's, except on the odd unknown-role-type record.
        if (before.role_type !== 7) expect(u.role_type).toBe(roleType.get(id));
      });
      expect(every.users.some((u) => u.role_type === 7 && u.custom_role_id !== null)).toBe(true);
      const s = describeAccount(every);
      const m = describeAccount(mixed);
      expect(s.customRole).toBe(s.plainAgents);
      expect(s.contributors).toBeGreaterThan(0);
      for (const key of ['lightAgents', 'chatOnly', 'contributors'] as const) expect(s[key], key).toBe(m[key]);
    }
    // 'mixed' (the default) leaves chat-only agents without a role.
    expect(seats.filter((u) => u.chat_only === true).every((u) => u.custom_role_id === null)).toBe(true);
    expect(seats.some((u) => u.custom_role_id === CHAT_AGENT_ROLE_ID)).toBe(false);
    expect(seats.some((u) => u.custom_role_id === CONTRIBUTOR_ROLE_ID)).toBe(false);
    expect(JSON.stringify(generateAccount({ now: NOW, agentRoles: 'mixed' }))).toBe(JSON.stringify(account));
  });

  it('keeps small accounts valid and rejects impossible specs', () => {
    const tiny = generateAccount({ now: NOW, seats: 2, endUsers: 0 });
    expect(tiny.users.map((u) => u.role).sort()).toEqual(['admin', 'agent']);
    expect(tiny.ownerId).not.toBe(tiny.sampleAgentId);
    expect(describeAccount(generateAccount({ now: NOW, seats: 29, endUsers: 0 })).seats).toBe(29);
    expect(() => generateAccount({ seats: 1 })).toThrow(RangeError);
    expect(() => generateAccount({ endUsers: -1 })).toThrow(RangeError);
    expect(() => generateAccount({ now: 'yesterday' })).toThrow(RangeError);
    expect(() => generateAccount({ subdomain: 'Not A Subdomain' })).toThrow(RangeError);
    expect(() => generateAccount({ agentRoles: 'all' as 'mixed' })).toThrow(RangeError);
    expect(generateAccount({ now: NOW, seats: 30, endUsers: 0, subdomain: 'globex' }).users[0]?.email).toMatch(/@globex\.example$/);
  });
});
