/**
 * The history as the trend shows it, in plain numbers: one point per UTC day of the last
 * `span` days (a day without a review is a gap, never a zero), the change since the
 * previous review, and the newest snapshot. No words: the screen words them (ui/history/).
 */
import { DAY_MS } from '../seats/seat';
import { dayOf, dayStart, type DayRecord, type DayRun, type DaySnapshot } from './record';

export const TREND_SPAN_DAYS = 60;

/** One reviewed day's figures; `cost` is a month of idle and suspended seats, null when unpriced. */
export interface TrendFigures {
  paid: number;
  idle: number;
  suspended: number;
  cost: number | null;
}

export interface TrendPoint {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  /** Null: no review recorded that day (a gap). */
  figures: TrendFigures | null;
}

export interface TrendSeries {
  /** Oldest first, `span` days ending today. */
  points: TrendPoint[];
  /** The currency of the newest priced day: costs in any other currency are left out (they do not add up). */
  currency: string | null;
  /** Whether any day of the span has a cost. */
  priced: boolean;
}

/** Oldest first, one record a day (the last one given wins): the keeper promises it, a hand-edited store may not. */
function byDay(days: readonly DayRecord[]): DayRecord[] {
  const map = new Map<string, DayRecord>();
  for (const record of days) map.set(record.day, record);
  return [...map.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Idle plus suspended a month; null when neither is priced. */
function monthlyCost(record: DayRecord): number | null {
  const f = record.figures;
  if (!f || (f.idleCost === null && f.suspendedCost === null)) return null;
  return (f.idleCost ?? 0) + (f.suspendedCost ?? 0);
}

export function trendSeries(days: readonly DayRecord[], { today, span = TREND_SPAN_DAYS }: { today: string; span?: number }): TrendSeries {
  const records = byDay(days);
  const found = new Map(records.map((r) => [r.day, r]));
  const latestPriced = records.filter((r) => monthlyCost(r) !== null).at(-1);
  const currency = latestPriced?.figures?.currency ?? null;
  const end = dayStart(today);
  const points: TrendPoint[] = [];
  for (let i = Math.max(1, Math.floor(span)) - 1; i >= 0; i--) {
    const day = dayOf(end - i * DAY_MS);
    const record = found.get(day);
    const f = record?.figures;
    if (!record || !f) {
      points.push({ day, figures: null });
      continue;
    }
    const cost = monthlyCost(record);
    points.push({
      day,
      figures: { paid: f.paid, idle: f.idle, suspended: f.suspended, cost: cost !== null && f.currency === currency ? cost : null },
    });
  }
  return { points, currency, priced: points.some((p) => p.figures?.cost != null) };
}

export interface TrendChange {
  /** The latest review's day and the previous review's. */
  day: string;
  previousDay: string;
  /** Latest minus previous. */
  paid: number;
  idle: number;
  suspended: number;
  /** Null unless both days are priced in the same currency. */
  cost: number | null;
  currency: string | null;
}

/** The latest review against the review before it (the nearest earlier day with figures); null without two reviews. */
export function changeSincePrevious(days: readonly DayRecord[]): TrendChange | null {
  const reviewed = byDay(days).filter((r) => r.figures !== null);
  const latest = reviewed.at(-1);
  const previous = reviewed.at(-2);
  if (!latest?.figures || !previous?.figures) return null;
  const [now, before] = [latest.figures, previous.figures];
  const [costNow, costBefore] = [monthlyCost(latest), monthlyCost(previous)];
  const sameCurrency = now.currency === before.currency;
  return {
    day: latest.day,
    previousDay: previous.day,
    paid: now.paid - before.paid,
    idle: now.idle - before.idle,
    suspended: now.suspended - before.suspended,
    cost: costNow !== null && costBefore !== null && sameCurrency ? costNow - costBefore : null,
    currency: sameCurrency ? now.currency : null,
  };
}

export interface LastSnapshot {
  day: string;
  snapshot: DaySnapshot;
  /** Who ran the review the snapshot came from, and how; null when the record does not say. */
  run: DayRun | null;
}

/** The newest day with a snapshot, or null. */
export function lastSnapshot(days: readonly DayRecord[]): LastSnapshot | null {
  const newest = byDay(days)
    .filter((r) => r.snapshot !== null)
    .at(-1);
  return newest?.snapshot ? { day: newest.day, snapshot: newest.snapshot, run: newest.run } : null;
}
