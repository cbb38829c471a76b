/**
 * The engagement review, alongside the roster: sessions and the ticket event export do
 * not depend on it, so they start at once and the three streams overlap. Interactions
 * come by the strategy with fewer requests (chosen from Zendesk's seat count as soon as
 * the roster has it) or, when the last review's counts are kept, by resuming the export
 * where it stopped. The export path and the search path each read on their own
 * (readByExport, readBySearch); both report time left with strategy.ts's pacedSeconds.
 * Plain async code: the review session (review/) runs it. Whatever does not finish
 * stays unknown; a failure is data (failure.ts), never a sentence.
 */
import { classifySeat } from '../seats/classes';
import type { Seat } from '../seats/seat';
import { AbortedError, type ZendeskGateway } from '../zaf/gateway';
import { RateGate } from '../zaf/rateGate';
import { followTicketEvents, interactionsFromSearch, lastSeenBySession, probeTicketEvents, sumDays } from './engagementReads';
import { failureOf, isCancellation, type Failure } from './failure';
import { fromDayMaps, resumable, toDayMaps, type CachedCounts, type InteractionCache } from './interactionCache';
import { chooseStrategy, pacedSeconds, searchPerMinute, type InteractionStrategy, type StrategyPlan } from './strategy';
import { utcDay, type TicketEventsPage } from './ticketEvents';

export type EngagementPhase =
  | { kind: 'waiting' }
  | { kind: 'probing' }
  | { kind: 'loading'; plan: StrategyPlan; done: number; total: number; etaSeconds: number; resumedFrom: number | null }
  | { kind: 'done'; plan: StrategyPlan | null }
  | { kind: 'cancelled'; plan: StrategyPlan | null }
  | { kind: 'failed'; plan: StrategyPlan | null; error: Failure };

/** The roster as engagement needs it, possibly still loading. */
export interface RosterSource {
  /** Every seat, once the roster is in. */
  seats: Promise<readonly Seat[]>;
  /** Zendesk's seat count, known after the roster's first request; null if it could not say. */
  expected: Promise<number | null>;
}

/** `everyone`: the export covers every user, so a missing count is zero; search counts only the seats it asked about. */
export interface InteractionCounts {
  counts: Map<number, number>;
  everyone: boolean;
}

export interface EngagementOptions {
  idleDays: number;
  now: number;
  /** The plan's limit; by default what Zendesk last reported to the gateway's budget. */
  rateLimit?: number | null;
  /** Counts kept from the last review (and where the next are kept). */
  cache?: InteractionCache | null;
  /** Use this strategy whatever it costs (benchmarks compare both). */
  force?: InteractionStrategy;
  /** Zendesk's rate-limit minute; shorter only in time-compressed benchmarks. */
  minuteMs?: number;
  /** Share of the plan's limit search counts may use; SEARCH_SHARE unless a run must tread lighter (unattended). */
  searchShare?: number;
  signal?: AbortSignal;
  onPhase?: (phase: EngagementPhase) => void;
  onLastSeen?: (lastSeen: Map<number, number>) => void;
  onSessionsError?: (failure: Failure) => void;
  onInteractions?: (interactions: InteractionCounts) => void;
}

/** Team plan's 200 a minute: the lowest, assumed when Zendesk does not say. */
export const FALLBACK_RATE_LIMIT = 200;
export const EXPORT_PER_MINUTE = 10;
/** Search may use half the plan's budget: agents at work share it. */
export const SEARCH_SHARE = 0.5;

/** The idle window starts at a UTC midnight, so counts kept per day add up exactly. */
export function windowStart(now: number, idleDays: number): number {
  return Math.floor(now / 86_400_000 - idleDays) * 86_400;
}

/** What one run knows once its strategy is chosen. */
interface Run {
  gateway: ZendeskGateway;
  options: EngagementOptions;
  sinceUnix: number;
  plan: StrategyPlan;
  report: (phase: EngagementPhase) => void;
}

export async function loadEngagement(
  gateway: ZendeskGateway,
  roster: readonly Seat[] | RosterSource,
  options: EngagementOptions,
): Promise<EngagementPhase> {
  const { signal, onPhase = () => undefined, minuteMs = 60_000 } = options;
  const source: RosterSource = isSource(roster) ? roster : { seats: Promise.resolve(roster), expected: Promise.resolve(roster.length) };
  let plan: StrategyPlan | null = null;
  const report = (phase: EngagementPhase): EngagementPhase => (onPhase(phase), phase);
  const rateLimit = (): number => options.rateLimit ?? gateway.budget?.planLimit ?? FALLBACK_RATE_LIMIT;
  const searchShare = options.searchShare ?? SEARCH_SHARE;
  // Sessions run beside everything else; their failure leaves "last seen" unknown, nothing more.
  const stop = new AbortController();
  const sessions = readSessions(gateway, options, stop.signal);
  try {
    const sinceUnix = windowStart(options.now, options.idleDays);
    const nowUnix = Math.floor(options.now / 1000);
    const exportGate = RateGate.forZendesk(EXPORT_PER_MINUTE, minuteMs);
    const cached = options.force === 'search-counts' ? null : (options.cache?.load() ?? null);
    const resume = resumable(cached, sinceUnix, nowUnix) ? cached : null;
    const from = resume ? resume.endTime : sinceUnix;

    report({ kind: 'probing' });
    const first = await probeTicketEvents(gateway, from, { signal, gate: exportGate });
    // The export's cost does not depend on seats; search's does: the seat count is all it needs to choose.
    // Forced or not, the plan names both ways' costs; only a resumed export needs no seat count.
    const paid = resume ? { count: 0, exact: true } : await paidSeatEstimate(source, signal);
    const chosen: StrategyPlan = chooseStrategy({
      seats: paid.count,
      windowSeconds: nowUnix - from,
      probe: { events: first.events.length, spanSeconds: (first.endTime ?? sinceUnix) - from, endOfStream: first.endOfStream },
      rateLimitPerMinute: rateLimit(),
      exportPerMinute: EXPORT_PER_MINUTE,
      searchShare,
    });
    if (!paid.exact) chosen.seatsEstimated = true; // a fresh object, the plan's to keep
    // A kept review makes the export cheap whatever the probe says: keep following it.
    plan = resume
      ? { ...chosen, strategy: 'ticket-events', perMinute: EXPORT_PER_MINUTE }
      : options.force
        ? forced(chosen, options.force, searchPerMinute(rateLimit(), searchShare))
        : chosen;
    const run: Run = { gateway, options, sinceUnix, plan, report };
    report({ kind: 'loading', plan, done: 0, total: plan.requests, etaSeconds: plan.etaSeconds, resumedFrom: resume ? resume.endTime : null });
    if (plan.strategy === 'ticket-events') await readByExport(run, first, resume, exportGate);
    else plan = await readBySearch(run, source, minuteMs);
    await sessions;
    return report({ kind: 'done', plan });
  } catch (error) {
    stop.abort();
    await sessions;
    if (isCancellation(error, signal)) return report({ kind: 'cancelled', plan });
    return report({ kind: 'failed', plan, error: failureOf(error) });
  }
}

/** The export path: follows the stream from its first page (or where the kept counts stopped), keeps the days for next time. */
async function readByExport(run: Run, first: TicketEventsPage, resume: CachedCounts | null, gate: RateGate): Promise<void> {
  const { gateway, options, sinceUnix, plan, report } = run;
  const resumedFrom = resume ? resume.endTime : null;
  const stream = await followTicketEvents(gateway, resume ? resume.endTime : sinceUnix, first, {
    ...(options.signal ? { signal: options.signal } : {}),
    gate,
    seen: resume?.boundaryIds ?? [],
    onProgress: ({ pages }) => {
      const done = Math.min(plan.requests, pages - 1);
      const left = Math.max(0, plan.requests - done);
      report({ kind: 'loading', plan, done, total: plan.requests, etaSeconds: pacedSeconds(left, plan.perMinute), resumedFrom });
    },
  });
  const days = resume ? toDayMaps(resume.days) : new Map<string, Map<number, number>>();
  for (const [day, counts] of stream.days) {
    const kept = days.get(day) ?? new Map<number, number>();
    for (const [user, n] of counts) kept.set(user, (kept.get(user) ?? 0) + n);
    days.set(day, kept);
  }
  options.cache?.save({
    version: 1,
    startTime: resume ? resume.startTime : sinceUnix,
    endTime: stream.endTime,
    boundaryIds: stream.boundaryIds,
    days: fromDayMaps(days),
  });
  options.onInteractions?.({ counts: sumDays(days, utcDay(sinceUnix)), everyone: true });
}

/** The search path: one count per paid seat once the roster is in; returns the plan with the exact count. */
async function readBySearch(run: Run, source: RosterSource, minuteMs: number): Promise<StrategyPlan> {
  const { gateway, options, sinceUnix, report } = run;
  const paidSeats = paidSeatIds(await untilAborted(source.seats, options.signal));
  // With the roster in, the count is exact: one search per paid seat.
  const plan: StrategyPlan = { ...run.plan, requests: paidSeats.length, seatsEstimated: false };
  const counts = new Map<number, number>();
  await interactionsFromSearch(gateway, paidSeats, utcDay(sinceUnix), {
    ...(options.signal ? { signal: options.signal } : {}),
    gate: RateGate.forZendesk(plan.perMinute, minuteMs),
    onCount: (id, count) => {
      counts.set(id, count);
      options.onInteractions?.({ counts: new Map(counts), everyone: false });
      const left = plan.requests - counts.size;
      report({ kind: 'loading', plan, done: counts.size, total: plan.requests, etaSeconds: pacedSeconds(left, plan.perMinute), resumedFrom: null });
    },
  });
  return plan;
}

function isSource(roster: readonly Seat[] | RosterSource): roster is RosterSource {
  return !Array.isArray(roster);
}

const paidSeatIds = (seats: readonly Seat[]): number[] => seats.filter((s) => !s.suspended && classifySeat(s).paid).map((s) => s.id);

/** Paid seats if the roster is in; otherwise Zendesk's seat count (an upper bound: search never looks cheaper than it is). */
async function paidSeatEstimate(source: RosterSource, signal: AbortSignal | undefined): Promise<{ count: number; exact: boolean }> {
  const loaded = await Promise.race([source.seats, Promise.resolve(null)]);
  if (loaded !== null) return { count: paidSeatIds(loaded).length, exact: true };
  const expected = await untilAborted(source.expected, signal);
  if (expected !== null) return { count: expected, exact: false };
  return { count: paidSeatIds(await untilAborted(source.seats, signal)).length, exact: true };
}

/** Sessions: reported as they come; a failure is told, never thrown (interactions can still be counted). */
async function readSessions(gateway: ZendeskGateway, options: EngagementOptions, stop: AbortSignal): Promise<void> {
  const signal = options.signal ? AbortSignal.any([options.signal, stop]) : stop;
  try {
    // Read first: an optional call (`?.()`) would skip evaluating its argument.
    const lastSeen = await lastSeenBySession(gateway, { signal });
    options.onLastSeen?.(lastSeen);
  } catch (error) {
    if (isCancellation(error, signal)) return;
    options.onSessionsError?.(failureOf(error));
  }
}

/** Waits for `promise` (the roster, which has no signal of its own), or rejects with AbortedError when cancelled first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new AbortedError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new AbortedError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The plan for a strategy chosen by the caller: the two figures swap when it is not the cheaper one. */
function forced(plan: StrategyPlan, strategy: InteractionStrategy, searchPerMinute: number): StrategyPlan {
  if (plan.strategy === strategy) return plan;
  const perMinute = strategy === 'ticket-events' ? EXPORT_PER_MINUTE : searchPerMinute;
  return {
    strategy,
    requests: plan.alternativeRequests,
    alternativeRequests: plan.requests,
    perMinute,
    etaSeconds: pacedSeconds(plan.alternativeRequests, perMinute),
  };
}
