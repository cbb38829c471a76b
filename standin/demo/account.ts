/**
 * Deterministic demo Zendesk account: agents and admins of every kind plus end users,
 * as the Support API would list them. Same spec → the same account, byte for byte.
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { createRng, type Rng } from './prng';
import { planSeats, type OddKind, type SeatPlan } from './plan';
import { AGENT_ROLES, buildEndUser, buildSeat, pickZone, type AgentRoles, type Person } from './build';
import { CUSTOMER_DOMAINS, FIRST_NAMES, LAST_NAMES, PARTNER_DOMAIN, emailPart } from './names';
import { generateActivity, MAX_TICKET_EVENTS, type ActivityKind, type Session, type TicketEvent } from './activity';

export interface DemoSpec {
  seed?: number; // default 1
  subdomain?: string; // default 'acme-demo'
  now?: string; // ISO; all dates are relative to it; default: the current time
  seats?: number; // agents + admins of every kind incl. suspended; default 240 (at least 2)
  endUsers?: number; // default 5000
  /**
   * Approximate number of ticket events in the last 30 days (the 90-day history holds
   * about three times as many). Default: 30 per interacting seat (busy, quiet, light),
   * at most 30,000; 0 = no activity at all.
   */
  ticketEvents?: number;
  /**
   * Custom roles of the agents. 'mixed' (default): light agents have the light agent role
   * and some plain agents a role_type 0 role; everyone else custom_role_id null.
   * 'every-agent' (an Enterprise account where every agent has a role): every role
   * 'agent' user has one: light agents the light agent role, chat-only agents the chat
   * agent role (role_type 2), contributors the contributor role (role_type 3), all others
   * a role_type 0 role; admins keep null. The users are otherwise the 'mixed' account's
   * (same role_type too, except that plain agents without a role get role_type 0).
   */
  agentRoles?: AgentRoles;
}

export interface DemoAccount {
  /** The spec's seed: what else is derived from the account (its review history) starts from it. */
  seed: number;
  subdomain: string;
  now: Date;
  users: ZendeskUserWire[]; // every user incl. end users, sorted by id ascending
  ownerId: number; // the account owner: an admin, the default signed-in user
  sampleAgentId: number; // a plain, active agent (used to test the non-admin refusal)
  /**
   * The other admins (role admin, not suspended, by id): at least two whenever seats >= 30
   * (the billing admin and another), for two admins in two browsers.
   */
  adminIds: number[];
  ticketEvents: TicketEvent[]; // the last 90 days of ticket updates, sorted by timestamp, then id
  sessions: Session[]; // active browser sessions, sorted by id
  activityKinds: Record<number, ActivityKind>; // every seat's kind of activity, by user id
}

export const DEMO_DEFAULTS = { seed: 1, subdomain: 'acme-demo', seats: 240, endUsers: 5000, agentRoles: 'mixed' } as const;
/** Ids start here and grow with creation time, with gaps as on a real (sharded) account. */
export const FIRST_USER_ID = 360_000_000_000;

const DAY = 86_400_000;
const HOUR = 3_600_000;
const HISTORY_DAYS = 1460; // about four years
const ORDER_SCALE = 2 ** 22; // more users than this would break the packed sort key

/** Names (and addresses) of the CSV-injection / quoting test records. */
const FIXED_IDENTITIES: Partial<Record<OddKind, { name: string; local: string }>> = {
  'name-formula-equals': { name: '=SUM(1+1)', local: 'formula.sum' },
  'name-formula-plus': { name: '+Plus Agent', local: '+plus.agent' },
  'name-formula-minus': { name: '-Minus', local: '-minus' },
  'name-formula-at': { name: '@At', local: 'at.agent' },
  'name-csv-quotes': { name: 'Smith, "Jonny" Jr.', local: 'jonny.smith.jr' },
};

interface Draft {
  plan: SeatPlan | null; // null for end users
  first: string;
  last: string;
  createdMs: number;
  lastLoginMs: number | null;
}

function ago(nowMs: number, rng: Rng, minMs: number, maxMs: number): number {
  const t = nowMs - (minMs + rng.next() * (maxMs - minMs));
  return Math.floor(t / 1000) * 1000;
}

function seatTimes(plan: SeatPlan, nowMs: number, rng: Rng): [created: number, lastLogin: number | null] {
  if (plan.kind === 'owner') return [ago(nowMs, rng, HISTORY_DAYS * DAY, (HISTORY_DAYS + 20) * DAY), ago(nowMs, rng, 0, 6 * HOUR)];
  switch (plan.login) {
    case 'never-new':
      return [ago(nowMs, rng, HOUR, 13 * DAY), null];
    case 'never-old':
      return [ago(nowMs, rng, 60 * DAY, (HISTORY_DAYS - 10) * DAY), null];
    case 'idle': {
      const loginAge = 31 * DAY + HOUR + rng.next() * 368 * DAY;
      const login = ago(nowMs, rng, loginAge, loginAge);
      return [ago(nowMs, rng, loginAge + DAY, Math.max(loginAge + DAY, HISTORY_DAYS * DAY)), login];
    }
    case 'active': {
      const r = rng.next();
      const loginAge = r < 0.7 ? rng.next() * 2 * DAY : r < 0.9 ? (2 + rng.next() * 8) * DAY : (10 + rng.next() * 19) * DAY;
      const login = ago(nowMs, rng, loginAge, loginAge);
      return [ago(nowMs, rng, Math.max(loginAge + DAY, 15 * DAY), HISTORY_DAYS * DAY), login];
    }
  }
}

function endUserTimes(nowMs: number, rng: Rng): [number, number | null] {
  const created = ago(nowMs, rng, 0, HISTORY_DAYS * DAY);
  if (rng.chance(0.35)) return [created, null];
  return [created, Math.floor((created + rng.next() * (nowMs - created)) / 1000) * 1000];
}

function validate(spec: DemoSpec): Required<Omit<DemoSpec, 'ticketEvents'>> & { nowMs: number } {
  const seed = spec.seed ?? DEMO_DEFAULTS.seed;
  const seats = spec.seats ?? DEMO_DEFAULTS.seats;
  const endUsers = spec.endUsers ?? DEMO_DEFAULTS.endUsers;
  const subdomain = spec.subdomain ?? DEMO_DEFAULTS.subdomain;
  const now = spec.now ?? new Date().toISOString();
  const agentRoles = spec.agentRoles ?? DEMO_DEFAULTS.agentRoles;
  const nowMs = Math.floor(Date.parse(now) / 1000) * 1000;
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number');
  if (!Number.isInteger(seats) || seats < 2) throw new RangeError('seats must be an integer >= 2 (owner and sample agent)');
  if (!Number.isInteger(endUsers) || endUsers < 0) throw new RangeError('endUsers must be an integer >= 0');
  if (seats + endUsers >= ORDER_SCALE) throw new RangeError(`at most ${ORDER_SCALE - 1} users`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(subdomain)) throw new RangeError('subdomain must be lower-case letters, digits and dashes');
  if (!Number.isFinite(nowMs)) throw new RangeError('now must be an ISO 8601 date');
  // Specs also arrive as JSON (/__standin/reset): the type alone does not guard the value.
  if (!AGENT_ROLES.includes(agentRoles)) throw new RangeError(`agentRoles must be ${AGENT_ROLES.map((m) => `'${m}'`).join(' or ')}`);
  const events = spec.ticketEvents;
  if (events !== undefined && (!Number.isInteger(events) || events < 0 || events > MAX_TICKET_EVENTS)) {
    throw new RangeError(`ticketEvents must be an integer from 0 to ${MAX_TICKET_EVENTS}`);
  }
  return { seed, seats, endUsers, subdomain, now, agentRoles, nowMs };
}

function companyName(subdomain: string): string {
  const word = subdomain.split('-')[0] ?? subdomain;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function generateAccount(spec: DemoSpec = {}): DemoAccount {
  const { seed, seats, endUsers, subdomain, agentRoles, nowMs } = validate(spec);
  const rng = createRng(seed);
  const companyDomain = `${subdomain}.example`;
  const company = companyName(subdomain);

  const drafts: Draft[] = [];
  for (const plan of planSeats(seats, rng)) {
    const [createdMs, lastLoginMs] = seatTimes(plan, nowMs, rng);
    drafts.push({ plan, first: rng.pick(FIRST_NAMES), last: rng.pick(LAST_NAMES), createdMs, lastLoginMs });
  }
  for (let i = 0; i < endUsers; i++) {
    const [createdMs, lastLoginMs] = endUserTimes(nowMs, rng);
    drafts.push({ plan: null, first: rng.pick(FIRST_NAMES), last: rng.pick(LAST_NAMES), createdMs, lastLoginMs });
  }
  // Ids follow creation order; ties keep generation order, which puts the owner first.
  // A packed numeric key sorts natively, far faster than a comparator on 100,000 objects.
  const base = nowMs - (HISTORY_DAYS + 40) * DAY;
  const keys = new Float64Array(drafts.length);
  drafts.forEach((d, i) => {
    keys[i] = ((d.createdMs - base) / 1000) * ORDER_SCALE + i;
  });
  keys.sort();
  const ordered = Array.from(keys, (k) => drafts[k % ORDER_SCALE] as Draft);

  const taken = new Set<string>();
  for (const fixed of Object.values(FIXED_IDENTITIES)) taken.add(`${fixed.local}@${companyDomain}`);
  const nextSuffix = new Map<string, number>(); // keeps suffixing linear on big accounts
  const uniqueEmail = (local: string, domain: string): string => {
    const base = `${local}@${domain}`;
    let email = base;
    if (taken.has(base)) {
      let n = nextSuffix.get(base) ?? 2;
      while (taken.has(email)) email = `${local}${n++}@${domain}`;
      nextSuffix.set(base, n);
    }
    taken.add(email);
    return email;
  };

  const users: ZendeskUserWire[] = [];
  let id = FIRST_USER_ID + rng.int(1000, 90000);
  let ownerId = 0;
  let sampleAgentId = 0;
  for (const d of ordered) {
    id += rng.int(1, 4000);
    const first = emailPart(d.first);
    const last = emailPart(d.last);
    const fixed = d.plan?.odd ? FIXED_IDENTITIES[d.plan.odd] : undefined;
    let name = `${d.first} ${d.last}`;
    let email: string;
    if (fixed) {
      name = fixed.name;
      email = `${fixed.local}@${companyDomain}`;
    } else if (d.plan) {
      email = uniqueEmail(`${first}.${last}`, d.plan.shared ? PARTNER_DOMAIN : companyDomain);
    } else {
      const style = rng.int(0, 3);
      const local =
        style === 0
          ? `${first}.${last}`
          : style === 1
            ? `${first}${last.charAt(0)}`
            : style === 2
              ? `${first.charAt(0)}.${last}`
              : `${first}${rng.int(1, 9999)}`;
      email = uniqueEmail(local, rng.pick(CUSTOMER_DOMAINS));
    }
    const updatedFrom = Math.max(d.createdMs, d.lastLoginMs ?? d.createdMs);
    const person: Person = {
      id,
      url: `https://${subdomain}.zendesk.com/api/v2/users/${id}.json`,
      name,
      email,
      createdMs: d.createdMs,
      updatedMs: Math.min(nowMs, Math.floor((updatedFrom + rng.next() * 3 * DAY) / 1000) * 1000),
      lastLoginMs: d.lastLoginMs,
      zone: pickZone(rng),
    };
    users.push(d.plan ? buildSeat(person, d.plan, rng, subdomain, company, agentRoles) : buildEndUser(person, rng));
    if (d.plan?.kind === 'owner') ownerId = id;
    if (d.plan?.sample) sampleAgentId = id;
  }
  const activity = generateActivity({ seed, subdomain, nowMs, users, ownerId, sampleAgentId, ticketEvents: spec.ticketEvents });
  const adminIds = users.filter((u) => u.role === 'admin' && u.id !== ownerId && u.suspended !== true).map((u) => u.id);
  return { seed, subdomain, now: new Date(nowMs), users, ownerId, sampleAgentId, adminIds, ...activity };
}

export { describeAccount, type AccountSummary } from './describe';
export type { AgentRoles } from './build';
export { expectedInteractions } from './interactions';
export { ACTIVITY_KINDS, type ActivityKind, type ChildEvent, type Session, type TicketEvent } from './activity';
