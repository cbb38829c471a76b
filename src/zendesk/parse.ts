/**
 * Turns one record of GET /api/v2/users into a Seat without trusting any field:
 * Zendesk sends nulls, empty strings, unknown role types and extra fields, and a
 * malformed value must never crash the review or drop the user.
 */
import type { Seat, SeatRole } from '../seats/seat';
import { isRecord } from '../guards';

export type ParsedRecord =
  | { kind: 'seat'; seat: Seat }
  /** Listed by Zendesk but holds no agent seat (an end user slipped into the page). */
  | { kind: 'not-a-seat'; id: number }
  /** So broken it cannot be identified; counted and reported, never silently dropped. */
  | { kind: 'unreadable'; reason: string };

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function flag(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function integer(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|([+-])(\d{2}):?(\d{2})))?$/;

/** The instants a snapshot can carry: its timestamps are `YYYY-MM-DDThh:mm:ss.sssZ`, four-digit years. */
const EARLIEST = new Date(0).setUTCFullYear(0, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * Zendesk's ISO 8601 timestamps only, as the instant they name (an offset such as +02:00
 * is applied). Computed here rather than by Date.parse, which reads "1" as 2001, rolls
 * 30 February over and leaves offsets without a colon to each browser. A value whose
 * instant falls outside years 0000–9999 UTC is unreadable (null): no snapshot could carry it.
 */
export function zendeskTimestamp(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = ISO_8601.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', , sign, zoneHours = '0', zoneMinutes = '0'] = match;
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const endOfDay = h === 24 && mi === 0 && s === 0 && Number(fraction || '0') === 0;
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || (h > 23 && !endOfDay) || mi > 59 || s > 59) return null;
  if (Number(zoneHours) > 23 || Number(zoneMinutes) > 59) return null;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, Number(fraction.padEnd(3, '0').slice(0, 3)));
  // No zone (a date alone) or Z is UTC; an offset names local time, so it is taken off.
  const offset = sign ? (sign === '-' ? -1 : 1) * (Number(zoneHours) * 60 + Number(zoneMinutes)) * 60_000 : 0;
  const ms = date.getTime() - offset;
  return ms >= EARLIEST && ms <= LATEST ? ms : null;
}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
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
      createdAt: zendeskTimestamp(raw.created_at),
      lastLoginAt: zendeskTimestamp(raw.last_login_at),
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
      ticketRestriction: restriction === '' ? null : restriction,
      twoFactorAuth: flag(raw.two_factor_auth_enabled),
      verified: flag(raw.verified),
    },
  };
}
