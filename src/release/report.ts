/**
 * A release report: for every seat of a release, who it was, why it looked idle, its open
 * tickets, what Zendesk did, and what its restore did. Kept in the browser with the
 * review's history (the seat as it was, so Restore can put its role back), newest first.
 */
import { idleReasonWire, type IdleReasonWire } from '../seats/idle';
import type { ReviewedSeat } from '../seats/review';
import type { Seat } from '../seats/seat';
import type { KeyValueStore } from '../storage/store';
import type { RoleChange } from '../zendesk/roleChanges';
import type { ChangeOutcome } from './outcome';

/** End user frees the seat everywhere; light agent only where the account has a Light agent role. */
export type ReleaseTarget = { kind: 'end-user' } | { kind: 'light-agent'; roleId: number; roleName: string };

export interface ReportSeat {
  id: number;
  /** The seat as it was before the release: Restore puts its role and custom role back. */
  before: Seat;
  reasons: IdleReasonWire[];
  /** Open assigned tickets the preview counted; null when not counted. */
  openTickets: number | null;
  /** Null while Zendesk's answer is awaited (still null in a report whose app closed first: unknown). */
  outcome: ChangeOutcome | null;
  restore: ChangeOutcome | null;
}

export interface ReleaseReport {
  id: string;
  startedAt: number;
  finishedAt: number | null;
  target: ReleaseTarget;
  cancelled: boolean;
  seats: ReportSeat[];
}

export function releaseChange(seat: Seat, target: ReleaseTarget): RoleChange {
  return target.kind === 'end-user'
    ? { id: seat.id, role: 'end-user', customRoleId: null }
    : { id: seat.id, role: 'agent', customRoleId: target.roleId };
}

/** Back to the role and custom role the seat had. */
export function restoreChange(before: Seat): RoleChange {
  return { id: before.id, role: before.role, customRoleId: before.role === 'agent' ? before.customRoleId : null };
}

/** The seat once released: gone from the roster as an end user (null), else a light agent. */
export function releasedSeat(before: Seat, target: ReleaseTarget): Seat | null {
  return target.kind === 'end-user' ? null : { ...before, role: 'agent', roleType: 1, customRoleId: target.roleId };
}

export function reportSeat(row: ReviewedSeat, openTickets: number | null): ReportSeat {
  return { id: row.seat.id, before: row.seat, reasons: row.verdict.reasons.map(idleReasonWire), openTickets, outcome: null, restore: null };
}

/** Seats released and not put back. */
export function releasedCount(report: ReleaseReport): number {
  return report.seats.filter((s) => s.outcome?.code === 'done' && s.restore?.code !== 'done').length;
}

/** Seats released by reports started since `sinceMs` and not put back: what a snapshot counts as released. */
export function releasedSince(reports: readonly ReleaseReport[], sinceMs: number): number {
  return reports.filter((r) => r.startedAt >= sinceMs).reduce((n, r) => n + releasedCount(r), 0);
}

/** Most reports kept: a release of 1,000 seats is about 400 KB; the browser's storage holds about 5 MB. */
export const KEPT_REPORTS = 8;

export function loadReports(store: KeyValueStore, key: string): ReleaseReport[] {
  try {
    const raw = store.getItem(key);
    const parsed: unknown = raw === null ? [] : JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as ReleaseReport[]).filter((r) => typeof r.id === 'string' && Array.isArray(r.seats)) : [];
  } catch {
    return [];
  }
}

/** False when the browser refused to keep them (full, or blocked). */
export function saveReports(store: KeyValueStore, key: string, reports: readonly ReleaseReport[]): boolean {
  try {
    store.setItem(key, JSON.stringify(reports.slice(0, KEPT_REPORTS)));
    return true;
  } catch {
    return false;
  }
}
