/**
 * What the seats of a demo account do: each seat gets an activity kind consistent with
 * its user record (last_login_at, created_at, suspended, role_type), and from the kinds
 * come the account's ticket events (./events.ts) and browser sessions (below).
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { zendeskTime } from './build';
import { generateTicketEvents, type TicketEvent } from './events';
import { createRng, type Rng } from './prng';

export type { ChildEvent, CommentEvent, FieldEvent, TicketEvent, Via } from './events';

/**
 * - busy: many interactions a day, a live browser session;
 * - quiet: a few interactions a month; a session only when they signed in within 14 days;
 * - light: light agents and contributors: a few private comments only;
 * - idle: last signed in more than 30 days ago: events only up to that sign-in, no session;
 * - api-only: an API-token service account: recent last_login_at, no session, no event;
 * - new-hire: created within 14 days, never signed in: nothing yet;
 * - never-signed-in: an older seat that never signed in: nothing;
 * - suspended: no event in the last 30 days, no session.
 */
export const ACTIVITY_KINDS = ['busy', 'quiet', 'light', 'idle', 'api-only', 'new-hire', 'never-signed-in', 'suspended'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** GET /api/v2/sessions record (SessionObject in Zendesk's OpenAPI file). */
export interface Session {
  id: number;
  user_id: number;
  authenticated_at: string;
  last_seen_at: string;
  url: string;
}

export interface Activity {
  ticketEvents: TicketEvent[];
  sessions: Session[];
  activityKinds: Record<number, ActivityKind>;
}

/** Default volume: about this many ticket events per interacting seat in 30 days… */
export const DEFAULT_EVENTS_PER_ACTIVE_SEAT = 30;
/** …capped, so a 50,000-seat account stays quick to generate (ask for more with `ticketEvents`). */
export const DEFAULT_EVENTS_CAP = 30_000;
export const MAX_TICKET_EVENTS = 1_000_000;

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Zendesk's longest session expiry setting: two weeks. */
export const SESSION_LIFETIME_MS = 14 * DAY;

const isSeat = (u: ZendeskUserWire): boolean => u.role === 'agent' || u.role === 'admin';
const timeMs = (iso: string | null | undefined): number | null => (iso ? Date.parse(iso) : null);

function assignKinds(seats: ZendeskUserWire[], nowMs: number, rng: Rng, ownerId: number, sampleAgentId: number): Map<number, ActivityKind> {
  const kinds = new Map<number, ActivityKind>();
  const apiCandidates: number[] = [];
  for (const u of seats) {
    const login = timeMs(u.last_login_at);
    const created = timeMs(u.created_at) ?? nowMs;
    let kind: ActivityKind;
    if (login === null) kind = nowMs - created <= 14 * DAY ? 'new-hire' : 'never-signed-in';
    else if (u.suspended === true) kind = 'suspended';
    else if (nowMs - login > 30 * DAY) kind = 'idle';
    else if (u.role_type === 1 || u.role_type === 3) kind = 'light';
    else if (u.id === ownerId || u.id === sampleAgentId) kind = 'busy';
    else if (u.role_type === 2) kind = 'quiet';
    else kind = nowMs - login <= 10 * DAY && rng.chance(0.3) ? 'busy' : 'quiet';
    const plain = u.role === 'agent' && (u.role_type === null || u.role_type === 0);
    if (plain && (kind === 'busy' || kind === 'quiet') && u.id !== sampleAgentId && nowMs - (login ?? 0) <= 2 * DAY) {
      apiCandidates.push(u.id);
    }
    kinds.set(u.id, kind);
  }
  const nApi = seats.length >= 30 ? Math.max(1, Math.round(seats.length * 0.01)) : 0;
  for (const id of rng.shuffle(apiCandidates).slice(0, nApi)) kinds.set(id, 'api-only');
  return kinds;
}

function buildSessions(users: ZendeskUserWire[], kinds: Map<number, ActivityKind>, nowMs: number, rng: Rng, subdomain: string): Session[] {
  const drafts: { userId: number; auth: number; seen: number }[] = [];
  const add = (userId: number, auth: number, seen: number): void => {
    drafts.push({ userId, auth, seen: Math.floor(Math.min(nowMs, Math.max(auth, seen)) / 1000) * 1000 });
  };
  for (const u of users) {
    const login = timeMs(u.last_login_at);
    if (login === null) continue;
    const created = timeMs(u.created_at) ?? login;
    const kind = kinds.get(u.id);
    if (kind === undefined) {
      // End users signed in to the help center recently: some noise in the admin's list.
      if (nowMs - login <= 7 * DAY && rng.chance(0.15)) add(u.id, login, login + rng.next() * HOUR);
      continue;
    }
    const recent = nowMs - login <= SESSION_LIFETIME_MS;
    if (kind === 'busy') add(u.id, login, nowMs - rng.next() * 3 * HOUR);
    else if ((kind === 'quiet' || kind === 'light') && recent) add(u.id, login, login + rng.next() * 2 * HOUR);
    else continue;
    // A second browser or device, signed in earlier (last_login_at is the newest sign-in).
    if (rng.chance(0.25)) {
      const auth = Math.floor(Math.max(created, login - HOUR - rng.next() * 5 * DAY) / 1000) * 1000;
      if (auth < login) add(u.id, auth, auth + rng.next() * (login - auth));
    }
  }
  drafts.sort((a, b) => a.auth - b.auth || a.userId - b.userId);
  let id = 360_100_000_000 + rng.int(1000, 90_000);
  return drafts.map((d) => {
    id += rng.int(1, 5000);
    return {
      id,
      user_id: d.userId,
      authenticated_at: zendeskTime(d.auth),
      last_seen_at: zendeskTime(d.seen),
      url: `https://${subdomain}.zendesk.com/api/v2/users/${d.userId}/sessions/${id}.json`,
    };
  });
}

export interface ActivityInput {
  seed: number;
  subdomain: string;
  nowMs: number;
  users: ZendeskUserWire[];
  ownerId: number;
  sampleAgentId: number;
  /** Approximate number of ticket events in the last 30 days; undefined = the default. */
  ticketEvents: number | undefined;
}

export function generateActivity(input: ActivityInput): Activity {
  const { nowMs, users, subdomain } = input;
  // Its own stream: adding activity leaves the users of a seed exactly as they were.
  const rng = createRng((input.seed ^ 0x5bd1e995) >>> 0);
  const seats = users.filter(isSeat);
  const kinds = assignKinds(seats, nowMs, rng, input.ownerId, input.sampleAgentId);
  let active = 0;
  for (const k of kinds.values()) if (k === 'busy' || k === 'quiet' || k === 'light') active++;
  const target = input.ticketEvents ?? Math.min(DEFAULT_EVENTS_CAP, DEFAULT_EVENTS_PER_ACTIVE_SEAT * active);
  // Sessions first: they stay the same whatever volume of events is asked for.
  const sessions = buildSessions(users, kinds, nowMs, rng, subdomain);
  const ticketEvents = generateTicketEvents({ rng, nowMs, seats, kinds, users, ownerId: input.ownerId, target });
  const activityKinds: Record<number, ActivityKind> = {};
  for (const [id, kind] of kinds) activityKinds[id] = kind;
  return { ticketEvents, sessions, activityKinds };
}
