/**
 * Counts an account's users by kind, read from the user objects themselves (not from the
 * generator's plan), so tests and logs see what the API will actually serve.
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';
import type { DemoAccount } from './account';
import type { ActivityKind } from './activity';

export interface AccountSummary {
  users: number;
  endUsers: number;
  /** role agent or admin, every kind, suspended included. */
  seats: number;
  // The role kinds partition the seats:
  admins: number; // role admin (role_type 4, 5 or null)
  plainAgents: number; // role agent, role_type null or 0 (custom role)
  lightAgents: number; // role_type 1
  chatOnly: number; // role_type 2
  contributors: number; // role_type 3
  unknownRoleType: number; // role agent/admin with a role_type outside 0–5
  // Overlapping facts about seats:
  billingAdmins: number; // role_type 5
  customRole: number; // role_type 0 with a custom_role_id
  suspended: number;
  neverSignedIn: number; // last_login_at null
  newHires: number; // never signed in, created within the last 14 days
  idle: number; // last signed in more than 30 days ago
  shared: number; // shared_agent true
  restricted: number; // ticket_restriction groups / assigned / organization
  twoFactor: { enabled: number; disabled: number; unknown: number };
  /** The generated activity (the kinds come from the generator: see ./activity.ts). */
  activity: {
    ticketEvents: number; // the whole 90-day history
    ticketEventsLast30Days: number;
    sessions: number;
    seatsWithSession: number;
    kinds: { busy: number; quiet: number; light: number; idle: number; apiOnly: number; newHires: number; neverSignedIn: number; suspended: number };
  };
}

const DAY = 86_400_000;

function isSeat(u: ZendeskUserWire): boolean {
  return u.role === 'agent' || u.role === 'admin';
}

const KIND_KEYS: Record<ActivityKind, keyof AccountSummary['activity']['kinds']> = {
  busy: 'busy',
  quiet: 'quiet',
  light: 'light',
  idle: 'idle',
  'api-only': 'apiOnly',
  'new-hire': 'newHires',
  'never-signed-in': 'neverSignedIn',
  suspended: 'suspended',
};

function describeActivity(account: DemoAccount): AccountSummary['activity'] {
  const kinds = { busy: 0, quiet: 0, light: 0, idle: 0, apiOnly: 0, newHires: 0, neverSignedIn: 0, suspended: 0 };
  for (const kind of Object.values(account.activityKinds)) kinds[KIND_KEYS[kind]]++;
  const since = Math.floor(account.now.getTime() / 1000) - 30 * 86_400;
  const seatIds = new Set(Object.keys(account.activityKinds).map(Number));
  return {
    ticketEvents: account.ticketEvents.length,
    ticketEventsLast30Days: account.ticketEvents.filter((e) => e.timestamp >= since).length,
    sessions: account.sessions.length,
    seatsWithSession: new Set(account.sessions.filter((s) => seatIds.has(s.user_id)).map((s) => s.user_id)).size,
    kinds,
  };
}

export function describeAccount(account: DemoAccount): AccountSummary {
  const now = account.now.getTime();
  const s: AccountSummary = {
    users: account.users.length,
    endUsers: 0,
    seats: 0,
    admins: 0,
    plainAgents: 0,
    lightAgents: 0,
    chatOnly: 0,
    contributors: 0,
    unknownRoleType: 0,
    billingAdmins: 0,
    customRole: 0,
    suspended: 0,
    neverSignedIn: 0,
    newHires: 0,
    idle: 0,
    shared: 0,
    restricted: 0,
    twoFactor: { enabled: 0, disabled: 0, unknown: 0 },
    activity: describeActivity(account),
  };
  for (const u of account.users) {
    if (u.role === 'end-user') s.endUsers++;
    if (!isSeat(u)) continue;
    s.seats++;
    const rt = u.role_type;
    const known = rt === null || rt === undefined || (Number.isInteger(rt) && rt >= 0 && rt <= 5);
    if (!known) s.unknownRoleType++;
    else if (u.role === 'admin') s.admins++;
    else if (rt === 1) s.lightAgents++;
    else if (rt === 2) s.chatOnly++;
    else if (rt === 3) s.contributors++;
    else s.plainAgents++;
    if (rt === 5) s.billingAdmins++;
    if (rt === 0 && u.custom_role_id != null) s.customRole++;
    if (u.suspended === true) s.suspended++;
    if (u.shared_agent === true) s.shared++;
    if (u.ticket_restriction === 'groups' || u.ticket_restriction === 'assigned' || u.ticket_restriction === 'organization') {
      s.restricted++;
    }
    if (u.two_factor_auth_enabled === true) s.twoFactor.enabled++;
    else if (u.two_factor_auth_enabled === false) s.twoFactor.disabled++;
    else s.twoFactor.unknown++;
    if (u.last_login_at == null) {
      s.neverSignedIn++;
      if (u.created_at && now - Date.parse(u.created_at) <= 14 * DAY) s.newHires++;
    } else if (now - Date.parse(u.last_login_at) > 30 * DAY) {
      s.idle++;
    }
  }
  return s;
}
