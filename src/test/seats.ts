/**
 * Test fixtures for seats: a fully populated default seat that each test overrides
 * with only what it is about, idle rules pinned to one fixed "now", and helpers that
 * run the real seat classification and idle verdict so rows carry consistent ones.
 */
import { classifySeat } from '../seats/classes';
import { idleVerdict, UNKNOWN_ENGAGEMENT, type IdleRules, type SeatEngagement } from '../seats/idle';
import type { ReviewedSeat } from '../seats/review';
import { DAY_MS, type Seat } from '../seats/seat';
import type { Exemptions } from '../settings/settings';

/** The fixed instant every fixture measures from: 2025-06-15 12:00:00 UTC. */
export const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);

/** The instant `days` whole days (plus `extraMs`) before `now`. */
export function daysAgo(days: number, extraMs = 0, now = NOW): number {
  return now - days * DAY_MS - extraMs;
}

/** An active, unrestricted agent; every field can be overridden. */
export function makeSeat(overrides: Partial<Seat> = {}): Seat {
  return {
    id: 1001,
    name: 'Ada Agent',
    email: 'ada@example.com',
    createdAt: daysAgo(400),
    lastLoginAt: daysAgo(1),
    role: 'agent',
    roleType: null,
    customRoleId: null,
    reportCsv: false,
    chatOnly: false,
    moderator: false,
    restrictedAgent: false,
    shared: false,
    sharedAgent: false,
    suspended: false,
    ticketRestriction: null,
    twoFactorAuth: true,
    verified: true,
    ...overrides,
  };
}

export function makeExemptions(entries: { emails?: readonly string[]; ids?: readonly number[] } = {}): Exemptions {
  return { emails: new Set(entries.emails ?? []), ids: new Set(entries.ids ?? []) };
}

/** Idle rules with the app defaults (30 idle days, 14 grace days), nobody exempt. */
export function makeRules(overrides: Partial<IdleRules> = {}): IdleRules {
  return { idleDays: 30, graceDays: 14, exempt: makeExemptions(), now: NOW, ...overrides };
}

/** Engagement as the engagement data would report it; unknown (nothing loaded) unless overridden. */
export function makeEngagement(overrides: Partial<SeatEngagement> = {}): SeatEngagement {
  return { ...UNKNOWN_ENGAGEMENT, ...overrides };
}

/** The seat with its real class and idle verdict under `rules`, given what is known of its engagement. */
export function reviewed(seat: Seat, rules: IdleRules = makeRules(), engagement: SeatEngagement = UNKNOWN_ENGAGEMENT): ReviewedSeat {
  const seatClass = classifySeat(seat);
  return { seat, seatClass, engagement, verdict: idleVerdict(seat, rules, engagement, seatClass) };
}

/** Shorthand: a reviewed seat built from overrides. */
export function row(overrides: Partial<Seat> = {}, rules: IdleRules = makeRules(), engagement: SeatEngagement = UNKNOWN_ENGAGEMENT): ReviewedSeat {
  return reviewed(makeSeat(overrides), rules, engagement);
}

/** The ids of rows, in order: the usual thing to assert on after filtering or sorting. */
export function ids(rows: readonly ReviewedSeat[]): number[] {
  return rows.map((r) => r.seat.id);
}
