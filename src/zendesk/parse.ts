import type { Seat, SeatRole, TicketRestriction } from '../seats/seat';
import { isRecord } from '../guards';

/**
 * Turns one record of GET /api/v2/users into a Seat without trusting any field:
 * Zendesk sends nulls, empty strings, unknown role types and extra fields, and a
 * malformed value must never crash the review or drop the user.
 */
export type ParsedRecord =
  | { kind: 'seat'; seat: Seat }
  /** Listed by Zendesk but holds no agent seat (an end user slipped into the page). */
  | { kind: 'not-a-seat'; id: number }
  /** So broken it cannot be identified; counted and reported, never silently dropped. */
  | { kind: 'unreadable'; reason: string };

const TICKET_RESTRICTIONS: ReadonlySet<string> = new Set(['organization', 'groups', 'assigned', 'requested']);

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function flag(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function integer(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/** Zendesk's ISO 8601 timestamps only: Date.parse would read "1" as 2001 and roll 30 February over. */
function timestamp(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = ISO_8601.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day)) return null;
  const ms = Date.parse(value.trim());
  return Number.isNaN(ms) ? null : ms;
}

function seatId(value: unknown): number | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  // Some proxies stringify large ids; accept a plain positive integer string.
  if (typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  return null;
}

function seatRole(role: unknown, roleType: number | null): SeatRole | null {
  if (role === 'admin') return 'admin';
  if (role === 'agent') return 'agent';
  // A missing role on a record returned by a role-filtered query: the role type still tells.
  if (role === undefined || role === null || role === '') {
    return roleType === 4 || roleType === 5 ? 'admin' : 'agent';
  }
  return null;
}

export function parseUser(raw: unknown): ParsedRecord {
  if (!isRecord(raw)) return { kind: 'unreadable', reason: 'not an object' };
  const id = seatId(raw.id);
  if (id === null) return { kind: 'unreadable', reason: 'no valid id' };
  const roleType = integer(raw.role_type);
  const role = seatRole(raw.role, roleType);
  if (role === null) return { kind: 'not-a-seat', id };
  const restriction = text(raw.ticket_restriction);
  return {
    kind: 'seat',
    seat: {
      id,
      name: text(raw.name),
      email: text(raw.email),
      createdAt: timestamp(raw.created_at),
      lastLoginAt: timestamp(raw.last_login_at),
      role,
      roleType,
      customRoleId: integer(raw.custom_role_id),
      reportCsv: flag(raw.report_csv),
      chatOnly: flag(raw.chat_only),
      moderator: flag(raw.moderator),
      restrictedAgent: flag(raw.restricted_agent),
      shared: flag(raw.shared),
      sharedAgent: flag(raw.shared_agent),
      suspended: raw.suspended === true,
      ticketRestriction: restriction === '' ? null : TICKET_RESTRICTIONS.has(restriction) ? (restriction as TicketRestriction) : restriction,
      twoFactorAuth: flag(raw.two_factor_auth_enabled),
      verified: flag(raw.verified),
    },
  };
}
