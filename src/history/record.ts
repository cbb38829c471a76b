/**
 * One day of the account's review history, as plain data, and its shape in Zendesk's
 * storage: a record of the custom object `seat_review_day` that requirements.json declares
 * (10 fields; Zendesk's validator allows 20). One record a UTC day, named by the day
 * and upserted by its external id; it holds summaries only, never a user's data (who ran
 * the review aside). The unattended run's claim on the day lives in the same record.
 */
import { isRecord } from '../guards';

export const HISTORY_OBJECT_KEY = 'seat_review_day';

/** How a day's snapshot ended. `not-configured`: no SaaS endpoint, the review was only recorded. */
export type DaySnapshotResult = 'sent' | 'partial' | 'failed' | 'rejected' | 'not-configured';
const SNAPSHOT_RESULTS: readonly DaySnapshotResult[] = ['sent', 'partial', 'failed', 'rejected', 'not-configured'];

export type RunKind = 'manual' | 'unattended';

/** The review's figures (summary.ts's, for the day). Costs are a month, in `currency`; null when no price is set. */
export interface DayFigures {
  /** Agents and admins listed (suspended excluded). */
  seats: number;
  paid: number;
  idle: number;
  suspended: number;
  released: number;
  idleCost: number | null;
  suspendedCost: number | null;
  currency: string | null;
}

export interface DaySnapshot {
  id: string;
  result: DaySnapshotResult;
  accepted: number;
  parts: number;
  /** ISO time the last part was accepted (or the push stopped). */
  at: string;
}

export interface DayRun {
  kind: RunKind;
  byId: number;
  byName: string;
  /** ISO time the review settled. */
  at: string;
}

/** An admin's claim on the day's unattended run: the token decides who won a race. */
export interface DayClaim {
  token: string;
  byId: number;
  /** ISO time it was taken. */
  at: string;
}

export interface DayRecord {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  /** Null while only claimed (the review has not finished). */
  figures: DayFigures | null;
  snapshot: DaySnapshot | null;
  run: DayRun | null;
  claim: DayClaim | null;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC day of an instant, YYYY-MM-DD. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isDay(value: unknown): value is string {
  return typeof value === 'string' && DAY_RE.test(value) && dayOf(Date.parse(`${value}T00:00:00Z`)) === value;
}

/** Milliseconds at the day's UTC midnight. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The record's external id: one record a day, whoever writes it. */
export function externalIdOf(day: string): string {
  return `seat-review-day-${day}`;
}

/** `custom_object_fields` as Zendesk stores them (field keys from requirements.json). */
export interface DayFieldsWire {
  paid_seats?: number | null;
  idle_seats?: number | null;
  suspended_seats?: number | null;
  released_seats?: number | null;
  idle_cost?: number | null;
  suspended_cost?: number | null;
  snapshot_result?: string | null;
  run_kind?: string | null;
  claim?: string | null;
  details?: string | null;
}

/** What `details` (a textarea, JSON) holds beside the typed fields. */
interface DetailsWire {
  v: 1;
  seats?: number;
  currency?: string | null;
  snapshot?: { id: string; accepted: number; parts: number; at: string };
  run?: { by_id: number; by_name: string; at: string };
}

/** What one write names: an upsert updates only the fields it sends. */
export interface DayPart {
  figures?: DayFigures;
  snapshot?: DaySnapshot;
  run?: DayRun;
  /** null clears the claim. */
  claim?: DayClaim | null;
}

function detailsWire(parts: DayPart): DetailsWire {
  const details: DetailsWire = { v: 1 };
  if (parts.figures) {
    details.seats = parts.figures.seats;
    details.currency = parts.figures.currency;
  }
  if (parts.snapshot)
    details.snapshot = { id: parts.snapshot.id, accepted: parts.snapshot.accepted, parts: parts.snapshot.parts, at: parts.snapshot.at };
  if (parts.run) details.run = { by_id: parts.run.byId, by_name: parts.run.byName, at: parts.run.at };
  return details;
}

/**
 * The fields a write sends: the typed fields of `part` only, and `details` (one JSON field
 * shared by the figures, the snapshot and the run) rebuilt from the record as last read
 * with `part` over it, so a write of the snapshot alone keeps the figures' details.
 */
export function toFields(part: DayPart, current: DayRecord | null = null): DayFieldsWire {
  const out: DayFieldsWire = {};
  if (part.figures) {
    const f = part.figures;
    Object.assign(out, {
      paid_seats: f.paid,
      idle_seats: f.idle,
      suspended_seats: f.suspended,
      released_seats: f.released,
      idle_cost: f.idleCost,
      suspended_cost: f.suspendedCost,
    });
  }
  if (part.snapshot) out.snapshot_result = part.snapshot.result;
  if (part.run) out.run_kind = part.run.kind;
  if (part.claim !== undefined) out.claim = part.claim === null ? null : `${part.claim.token} ${part.claim.byId} ${part.claim.at}`;
  if (part.figures || part.snapshot || part.run) {
    const merged: DayPart = {};
    const figures = part.figures ?? current?.figures;
    const snapshot = part.snapshot ?? current?.snapshot;
    const run = part.run ?? current?.run;
    if (figures) merged.figures = figures;
    if (snapshot) merged.snapshot = snapshot;
    if (run) merged.run = run;
    out.details = JSON.stringify(detailsWire(merged));
  }
  return out;
}

const num = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function parseDetails(raw: unknown): DetailsWire | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!isRecord(value)) return null;
    const out: DetailsWire = { v: 1 };
    if (num(value.seats) !== null) out.seats = num(value.seats) as number;
    if (typeof value.currency === 'string' || value.currency === null) out.currency = value.currency;
    const s = value.snapshot;
    if (isRecord(s) && typeof s.id === 'string' && num(s.accepted) !== null && num(s.parts) !== null && typeof s.at === 'string') {
      out.snapshot = { id: s.id, accepted: num(s.accepted) as number, parts: num(s.parts) as number, at: s.at };
    }
    const r = value.run;
    if (isRecord(r) && num(r.by_id) !== null && typeof r.by_name === 'string' && typeof r.at === 'string') {
      out.run = { by_id: num(r.by_id) as number, by_name: r.by_name, at: r.at };
    }
    return out;
  } catch {
    return null;
  }
}

function parseClaim(raw: unknown): DayClaim | null {
  if (typeof raw !== 'string') return null;
  const [token, byId, at, ...rest] = raw.trim().split(' ');
  if (!token || !byId || !at || rest.length > 0 || !/^\d+$/.test(byId) || Number.isNaN(Date.parse(at))) return null;
  return { token, byId: Number(byId), at };
}

/**
 * A record as Zendesk returns it (`name`, `external_id`, `custom_object_fields`), or null
 * when it is not one of ours. Unreadable parts read as absent: a hand-edited record never
 * breaks the trend.
 */
export function fromWire(record: unknown): DayRecord | null {
  if (!isRecord(record)) return null;
  const day = typeof record.name === 'string' && isDay(record.name) ? record.name : null;
  if (day === null || record.external_id !== externalIdOf(day)) return null;
  const f: Record<string, unknown> = isRecord(record.custom_object_fields) ? record.custom_object_fields : {};
  const details = parseDetails(f.details);
  const paid = num(f.paid_seats);
  const idle = num(f.idle_seats);
  const suspended = num(f.suspended_seats);
  const figures: DayFigures | null =
    paid !== null && idle !== null && suspended !== null
      ? {
          seats: details?.seats ?? paid,
          paid,
          idle,
          suspended,
          released: num(f.released_seats) ?? 0,
          idleCost: num(f.idle_cost),
          suspendedCost: num(f.suspended_cost),
          currency: details?.currency ?? null,
        }
      : null;
  const result = str(f.snapshot_result);
  const snapshot: DaySnapshot | null =
    details?.snapshot && result !== null && (SNAPSHOT_RESULTS as readonly string[]).includes(result)
      ? { ...details.snapshot, result: result as DaySnapshotResult }
      : null;
  const kind = str(f.run_kind);
  const run: DayRun | null =
    details?.run && (kind === 'manual' || kind === 'unattended')
      ? { kind, byId: details.run.by_id, byName: details.run.by_name, at: details.run.at }
      : null;
  return { day, figures, snapshot, run, claim: parseClaim(f.claim) };
}
