/**
 * The usage snapshot sent to SaaS Management (format `zendesk-seat-snapshot/1.2`, JSON
 * Schema in `schema.json`, versions 1 and 1.1 frozen in `schema-1.json` and `schema-1.1.json`, described in
 * docs/snapshot.md). Pure: the same input always gives the same parts, so a retried part
 * is byte-for-byte what was sent before.
 */
import type { SeatClass } from '../seats/classes';
import { idleReasonWire } from '../seats/idle';
import type { ReviewedSeat, SeatSummary } from '../seats/review';
import type { Seat } from '../seats/seat';
import type { Exemptions } from '../settings/settings';

export const SNAPSHOT_SCHEMA = 'zendesk-seat-snapshot/1.2';
/** Users per part: a larger roster is split, every part a complete object. */
export const MAX_USERS_PER_PART = 1000;
/** A receiver's 413 halves the parts down to this many users, then the send gives up. */
export const MIN_USERS_PER_PART = 50;

/** What a user's idle verdict rests on: ticket interactions count only where they were known. */
export type SnapshotBasis = 'sign-in' | 'sign-in-and-interactions';

export interface SnapshotUser {
  id: number;
  name: string;
  email: string;
  created_at: string | null;
  last_login_at: string | null;
  role: Seat['role'];
  role_type: number | null;
  custom_role_id: number | null;
  report_csv: boolean | null;
  chat_only: boolean | null;
  moderator: boolean | null;
  restricted_agent: boolean | null;
  shared: boolean | null;
  shared_agent: boolean | null;
  suspended: false;
  ticket_restriction: string | null;
  two_factor_auth_enabled: boolean | null;
  verified: boolean | null;
  seat_class: SeatClass;
  idle: boolean;
  idle_reasons: string[];
  interactions: number | null;
  last_seen_at: string | null;
  /** True when the account's sessions were read: `last_seen_at` null then means "no session", not "unknown". */
  last_seen_known: boolean;
  basis: SnapshotBasis;
}

/** The columns of a user, in order: the JSON keys and the CSV header are the same list. */
export const USER_FIELDS = [
  'id',
  'name',
  'email',
  'created_at',
  'last_login_at',
  'role',
  'role_type',
  'custom_role_id',
  'report_csv',
  'chat_only',
  'moderator',
  'restricted_agent',
  'shared',
  'shared_agent',
  'suspended',
  'ticket_restriction',
  'two_factor_auth_enabled',
  'verified',
  'seat_class',
  'idle',
  'idle_reasons',
  'interactions',
  'last_seen_at',
  'last_seen_known',
  'basis',
] as const satisfies readonly (keyof SnapshotUser)[];

export interface SnapshotSummaryWire {
  seats: number;
  paid_seats: number;
  idle_paid_seats: number;
  suspended_seats: number;
  light_agents: number;
  contributors: number;
  shared_agents: number;
  chat_only_agents: number;
  /** 1.2: seats released from Seat Review within the window and not restored. */
  released_seats?: number;
  seat_price?: number;
  idle_monthly_cost?: number;
  idle_yearly_cost?: number;
  suspended_monthly_cost?: number;
  suspended_yearly_cost?: number;
}

/** Everything but the users and the part: identical in every part of one snapshot. */
export interface SnapshotHeader {
  schema: typeof SNAPSHOT_SCHEMA;
  snapshot_id: string;
  generated_at: string;
  source: { product: 'zendesk-support'; workspace: string; app_version: string };
  window_days: number;
  rules: { idle_days: number; grace_days: number; exempt_count: number };
  summary: SnapshotSummaryWire;
}

export interface SnapshotPart extends SnapshotHeader {
  users: SnapshotUser[];
  /** `index` counts from 1. */
  part: { index: number; count: number };
}

/** A whole snapshot before it is split: what the outbox keeps and the downloads write. */
export interface Snapshot {
  header: SnapshotHeader;
  users: SnapshotUser[];
  /** Dates Zendesk gave that no schema-valid timestamp can hold (year beyond 0000–9999), sent as null; absent when none. */
  unwritableDates?: number;
}

export interface SnapshotInput {
  reviewed: readonly ReviewedSeat[];
  summary: SeatSummary;
  rules: { idleDays: number; graceDays: number; exempt: Exemptions };
  /** Monthly price of a paid seat; null leaves the cost fields out. */
  seatPrice: number | null;
  subdomain: string;
  appVersion: string;
  windowDays: number;
  /** Seats released within the window and not restored (release history); absent leaves the field out. */
  releasedSeats?: number;
  /** Epoch ms. */
  now: number;
  snapshotId: string;
}

/** The schema's timestamps have four-digit years: 0000-01-01 to 9999-12-31, UTC. */
const EARLIEST_MS = Date.parse('0000-01-01T00:00:00.000Z');
const LATEST_MS = Date.parse('9999-12-31T23:59:59.999Z');

/** A date the schema can hold: finite, and within years 0000–9999 (toISOString writes `+010000-…` beyond). */
export function writableDate(ms: number | null | undefined): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= EARLIEST_MS && ms <= LATEST_MS;
}

/** ISO 8601 UTC, or null for no date or one the schema cannot hold (see writableDate). */
export function isoOrNull(ms: number | null | undefined): string | null {
  return writableDate(ms) ? new Date(ms).toISOString() : null;
}

/** Counts the dates a snapshot had to write as null although Zendesk gave one. */
export interface DateTally {
  unwritable: number;
}

function isoCounted(ms: number | null | undefined, tally?: DateTally): string | null {
  const iso = isoOrNull(ms);
  if (iso === null && typeof ms === 'number' && tally) tally.unwritable += 1;
  return iso;
}

export function snapshotUser({ seat, seatClass, engagement, verdict }: ReviewedSeat, tally?: DateTally): SnapshotUser {
  return {
    id: seat.id,
    name: seat.name,
    email: seat.email,
    created_at: isoCounted(seat.createdAt, tally),
    last_login_at: isoCounted(seat.lastLoginAt, tally),
    role: seat.role,
    role_type: seat.roleType,
    custom_role_id: seat.customRoleId,
    report_csv: seat.reportCsv,
    chat_only: seat.chatOnly,
    moderator: seat.moderator,
    restricted_agent: seat.restrictedAgent,
    shared: seat.shared,
    shared_agent: seat.sharedAgent,
    suspended: false,
    ticket_restriction: seat.ticketRestriction,
    two_factor_auth_enabled: seat.twoFactorAuth,
    verified: seat.verified,
    seat_class: seatClass.seatClass,
    idle: verdict.idle,
    idle_reasons: verdict.reasons.map(idleReasonWire),
    interactions: engagement.interactions,
    last_seen_at: isoCounted(engagement.lastSeenAt, tally),
    // undefined = sessions not read (loading, failed, cancelled); null = read, and no session.
    last_seen_known: engagement.lastSeenAt !== undefined,
    basis: verdict.basis,
  };
}

function money(amount: number): number {
  return Math.round(amount * 100) / 100;
}

export function snapshotSummary(summary: SeatSummary, seatPrice: number | null, releasedSeats?: number): SnapshotSummaryWire {
  const out: SnapshotSummaryWire = {
    seats: summary.seats,
    paid_seats: summary.paid,
    idle_paid_seats: summary.idle,
    suspended_seats: summary.suspended,
    light_agents: summary.light,
    contributors: summary.contributors,
    shared_agents: summary.shared,
    chat_only_agents: summary.chatOnly,
    ...(releasedSeats !== undefined ? { released_seats: releasedSeats } : {}),
  };
  if (seatPrice !== null && summary.costs !== null) {
    out.seat_price = seatPrice;
    out.idle_monthly_cost = money(summary.costs.idleMonthly);
    out.idle_yearly_cost = money(summary.costs.idleYearly);
    out.suspended_monthly_cost = money(summary.costs.suspendedMonthly);
    out.suspended_yearly_cost = money(summary.costs.suspendedYearly);
  }
  return out;
}

export function buildSnapshot(input: SnapshotInput): Snapshot {
  const tally: DateTally = { unwritable: 0 };
  // Suspended agents are counted in the summary but, as SaaS Management does not pull them, not listed.
  const users = input.reviewed.filter((r) => !r.seat.suspended).map((r) => snapshotUser(r, tally));
  return {
    header: {
      schema: SNAPSHOT_SCHEMA,
      snapshot_id: input.snapshotId,
      generated_at: new Date(input.now).toISOString(),
      source: { product: 'zendesk-support', workspace: input.subdomain, app_version: input.appVersion },
      window_days: input.windowDays,
      rules: {
        idle_days: input.rules.idleDays,
        grace_days: input.rules.graceDays,
        exempt_count: input.rules.exempt.emails.size + input.rules.exempt.ids.size,
      },
      summary: snapshotSummary(input.summary, input.seatPrice, input.releasedSeats),
    },
    users,
    ...(tally.unwritable > 0 ? { unwritableDates: tally.unwritable } : {}),
  };
}

/** The same snapshot under another id (a re-split is a new snapshot to the receiver: see push.ts). */
export function withSnapshotId(snapshot: Snapshot, snapshotId: string): Snapshot {
  return { ...snapshot, header: { ...snapshot.header, snapshot_id: snapshotId } };
}

/** How many parts a snapshot of `users` users is sent in (an empty roster is still one part). */
export function partCount(users: number, perPart = MAX_USERS_PER_PART): number {
  return Math.max(1, Math.ceil(users / perPart));
}

/** Part `index` (from 1) of `count`. */
export function snapshotPart(snapshot: Snapshot, index: number, perPart = MAX_USERS_PER_PART): SnapshotPart {
  const count = partCount(snapshot.users.length, perPart);
  if (!Number.isInteger(index) || index < 1 || index > count) throw new RangeError(`No part ${index} of ${count}`);
  return { ...snapshot.header, users: snapshot.users.slice((index - 1) * perPart, index * perPart), part: { index, count } };
}

export function snapshotParts(snapshot: Snapshot, perPart = MAX_USERS_PER_PART): SnapshotPart[] {
  return Array.from({ length: partCount(snapshot.users.length, perPart) }, (_, i) => snapshotPart(snapshot, i + 1, perPart));
}

/** The whole snapshot as one document (one part), for the JSON download. */
export function snapshotDocument(snapshot: Snapshot): SnapshotPart {
  return { ...snapshot.header, users: snapshot.users, part: { index: 1, count: 1 } };
}

export function snapshotFileName(snapshot: Snapshot, extension: 'json' | 'csv'): string {
  const safe = snapshot.header.source.workspace.replace(/[^a-z0-9-]/gi, '') || 'zendesk';
  return `seat-snapshot-${safe}-${snapshot.header.generated_at.slice(0, 10)}-${snapshot.header.snapshot_id.slice(0, 8)}.${extension}`;
}
