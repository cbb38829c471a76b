/**
 * The demo account's review history: a `seat_review_day` record (src/history/record.ts)
 * for each of the N days before the account's today (UTC), shaped exactly as the app
 * writes them, so the trend has something to show on a fresh stand-in. Deterministic from
 * the account's seed: about one day in seven missing plus one run of three missing days,
 * figures drifting around the account's current counts (seats released on some days, so
 * the past had more idle seats), most days an unattended run at about 06:10 UTC by the
 * owner with its snapshot sent, a few manual reviews by an admin, one failed snapshot.
 */
import { dayOf, dayStart, externalIdOf, toFields, type DayClaim, type DayFigures, type DayRun, type DaySnapshot } from '../../src/history/record';
import { partCount } from '../../src/snapshot/build';
import { DEMO_SETTINGS } from '../settings';
import type { DemoAccount } from './account';
import { describeAccount } from './describe';
import { createRng, type Rng } from './prng';

/** One record as a store takes it (standin/api/customObjectStore.ts): no id yet. */
export interface HistoryDay {
  name: string;
  externalId: string;
  fields: Record<string, unknown>;
  createdMs: number;
  updatedMs: number;
  createdBy: number;
  updatedBy: number;
}

export interface HistoryOptions {
  /** Days before today to cover (gaps left out). */
  days: number;
  /** The account's "now"; default account.now. */
  todayMs?: number;
  /** A seat's monthly price; default the demo installation's (55). Null: no costs. */
  seatPrice?: number | null;
  currency?: string | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Days of history at most (the app reads about 400 back). */
export const MAX_HISTORY_DAYS = 1000;

interface Counts {
  paid: number;
  idle: number;
  suspended: number;
}

const hex = (rng: Rng, n: number): string => Array.from({ length: n }, () => rng.int(0, 15).toString(16)).join('');
const uuid = (rng: Rng): string => `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${hex(rng, 3)}-${hex(rng, 12)}`;
const clamp = (n: number, min: number, max: number): number => Math.min(max, Math.max(min, n));

/** Which of the `days` days (index 0 = the oldest) have no record: one run of three, then about one in seven. */
function missingDays(days: number, rng: Rng): Set<number> {
  const missing = new Set<number>();
  if (days >= 10) {
    const start = rng.int(2, days - 6);
    for (let i = start; i < start + 3; i++) missing.add(i);
  }
  for (let i = 0; i < days; i++) {
    const besideRun = missing.has(i - 1) || missing.has(i + 1);
    if (!missing.has(i) && !besideRun && i < days - 1 && rng.chance(1 / 7)) missing.add(i);
  }
  return missing;
}

/** The account's counts today, as a review would find them (approximately: the stand-in knows the plan). */
function countsToday(account: DemoAccount): Counts & { unpaid: number } {
  const s = describeAccount(account);
  const unpaid = s.lightAgents + s.contributors + s.shared;
  const paid = Math.max(1, s.seats - s.suspended - unpaid);
  return { paid, idle: clamp(s.idle + s.neverSignedIn - s.newHires, 0, paid), suspended: s.suspended, unpaid };
}

export function historyDays(account: DemoAccount, options: HistoryOptions): HistoryDay[] {
  const { days } = options;
  if (!Number.isInteger(days) || days < 0 || days > MAX_HISTORY_DAYS)
    throw new RangeError(`historyDays must be an integer from 0 to ${MAX_HISTORY_DAYS}`);
  const rng = createRng((account.seed * 2_654_435_761 + 0x5eed) >>> 0);
  const price = options.seatPrice === undefined ? DEMO_SETTINGS.seat_price : options.seatPrice;
  const currency = options.currency === undefined ? DEMO_SETTINGS.seat_currency : options.currency;
  const todayStart = dayStart(dayOf(options.todayMs ?? account.now.getTime()));
  const missing = missingDays(days, rng);
  const admins = [account.ownerId, ...account.adminIds];
  const nameOf = (id: number): string => account.users.find((u) => u.id === id)?.name ?? `User ${id}`;
  const present = Array.from({ length: days }, (_, i) => i).filter((i) => !missing.has(i));
  // One failed snapshot, away from the newest days.
  const failed = present.length > 2 ? rng.pick(present.slice(0, -2)) : -1;

  const today = countsToday(account);
  let later: Counts = today; // the counts the day after the one being built
  const out: HistoryDay[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const start = todayStart - (days - i) * DAY;
    if (missing.has(i)) continue;
    // Seats released this day were still there at the review: the day before looked worse.
    const released = rng.chance(0.2) ? rng.int(1, 3) : 0;
    const counts = { paid: later.paid + released, idle: later.idle + released, suspended: later.suspended };
    out.push(buildDay(rng, { start, counts, unpaid: today.unpaid, released, price, currency, failed: i === failed, admins, nameOf }));
    later = {
      paid: Math.max(1, counts.paid + (rng.chance(0.25) ? rng.pick([-1, 1]) : 0)),
      idle: clamp(counts.idle + (rng.chance(0.3) ? rng.pick([-1, 1]) : 0), 0, counts.paid),
      suspended: Math.max(0, counts.suspended + (rng.chance(0.1) ? rng.pick([-1, 1]) : 0)),
    };
  }
  return out.reverse();
}

interface DayInput {
  start: number;
  counts: Counts;
  unpaid: number;
  released: number;
  price: number | null;
  currency: string | null;
  failed: boolean;
  admins: readonly number[];
  nameOf: (id: number) => string;
}

function buildDay(rng: Rng, d: DayInput): HistoryDay {
  const { paid, idle, suspended } = d.counts;
  const figures: DayFigures = {
    seats: paid + d.unpaid,
    paid,
    idle,
    suspended,
    released: d.released,
    idleCost: d.price === null ? null : idle * d.price,
    suspendedCost: d.price === null ? null : suspended * d.price,
    currency: d.price === null ? null : d.currency,
  };
  const manual = !d.failed && rng.chance(0.12);
  const byId = manual ? rng.pick(d.admins) : (d.admins[0] as number);
  // Unattended: claimed at about 06:10 by the owner's first page load; manual: office hours.
  const claimedMs = d.start + 6 * HOUR + 10 * MINUTE + rng.int(0, 90) * 1000;
  const runMs = manual ? d.start + rng.int(8 * 60, 17 * 60) * MINUTE + rng.int(0, 59) * 1000 : claimedMs + rng.int(60, 240) * 1000;
  const sentMs = runMs + rng.int(3, 40) * 1000;
  const parts = partCount(figures.seats + suspended);
  const run: DayRun = { kind: manual ? 'manual' : 'unattended', byId, byName: d.nameOf(byId), at: new Date(runMs).toISOString() };
  const snapshot: DaySnapshot = {
    id: uuid(rng),
    result: d.failed ? 'failed' : 'sent',
    accepted: d.failed ? 0 : parts,
    parts,
    at: new Date(sentMs).toISOString(),
  };
  const claim: DayClaim | null = manual ? null : { token: hex(rng, 16), byId, at: new Date(claimedMs).toISOString() };
  const day = dayOf(d.start);
  const fields = toFields({ figures, snapshot, run, ...(claim ? { claim } : {}) });
  return {
    name: day,
    externalId: externalIdOf(day),
    fields: { ...fields },
    createdMs: manual ? runMs : claimedMs,
    updatedMs: sentMs,
    createdBy: byId,
    updatedBy: byId,
  };
}
