import { classifySeat } from '../seats/classes';
import type { Seat } from '../seats/seat';
import { AbortedError, type ZendeskGateway } from '../zaf/gateway';
import { RateGate } from '../zaf/rateGate';
import { followTicketEvents, interactionsFromSearch, lastSeenBySession, probeTicketEvents, sumDays } from './activity';
import { fromDayMaps, resumable, toDayMaps, type InteractionCache } from './interactionCache';
import { chooseStrategy, pacedSeconds, type InteractionStrategy, type StrategyPlan } from './strategy';
import { utcDay } from './ticketEvents';

/**
 * The engagement review, alongside the roster: sessions and the ticket event export do
 * not depend on it, so they start at once and the three streams overlap. Interactions
 * come by the strategy with fewer requests (chosen from Zendesk's seat count as soon as
 * the roster has it) or, when the last review's counts are kept, by resuming the export
 * where it stopped. Plain async code: the screen's hook and the benchmark both run it.
 * Whatever does not finish stays unknown.
 */
export type EngagementPhase =
  | { kind: 'waiting' }
  | { kind: 'probing' }
  | { kind: 'loading'; plan: StrategyPlan; done: number; total: number; etaSeconds: number; resumedFrom: number | null }
  | { kind: 'done'; plan: StrategyPlan | null }
  | { kind: 'cancelled'; plan: StrategyPlan | null }
  | { kind: 'failed'; plan: StrategyPlan | null; error: string };

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
  signal?: AbortSignal;
  onPhase?: (phase: EngagementPhase) => void;
  onLastSeen?: (lastSeen: Map<number, number>) => void;
  onSessionsError?: (message: string) => void;
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
  // Sessions run beside everything else; their failure leaves "last seen" unknown, nothing more.
  const stop = new AbortController();
  const sessions = readSessions(gateway, options, stop.signal);
  try {
    const sinceUnix = windowStart(options.now, options.idleDays);
    const nowUnix = Math.floor(options.now / 1000);
    const exportGate = RateGate.forZendesk(EXPORT_PER_MINUTE, minuteMs);
    const cached = options.force === 'search-counts' ? null : (options.cache?.load() ?? null);
    const resume = resumable(cached, sinceUnix, nowUnix) ? cached : null;

    report({ kind: 'probing' });
    const first = await probeTicketEvents(gateway, resume ? resume.endTime : sinceUnix, { signal, gate: exportGate });
    // The export's cost does not depend on seats; search's does: the seat count is all it needs to choose.
    // Forced or not, the plan names both ways' costs; only a resumed export needs no seat count.
    const paid = resume ? { count: 0, exact: true } : await paidSeatEstimate(source, signal);
    const chosen: StrategyPlan = chooseStrategy({
      seats: paid.count,
      windowSeconds: nowUnix - (resume ? resume.endTime : sinceUnix),
      probe: {
        events: first.events.length,
        spanSeconds: (first.endTime ?? sinceUnix) - (resume ? resume.endTime : sinceUnix),
        endOfStream: first.endOfStream,
      },
      rateLimitPerMinute: rateLimit(),
      exportPerMinute: EXPORT_PER_MINUTE,
      searchShare: SEARCH_SHARE,
    });
    if (!paid.exact) chosen.seatsEstimated = true; // a fresh object, the plan's to keep
    // A kept review makes the export cheap whatever the probe says: keep following it.
    plan = resume ? { ...chosen, strategy: 'ticket-events', perMinute: EXPORT_PER_MINUTE } : options.force
        ? forced(chosen, options.force, Math.max(1, Math.floor(rateLimit() * SEARCH_SHARE)))
        : chosen;
    const current = plan;
    const resumedFrom = resume ? resume.endTime : null;
    report({ kind: 'loading', plan: current, done: 0, total: current.requests, etaSeconds: current.etaSeconds, resumedFrom });

    if (current.strategy === 'ticket-events') {
      const stream = await followTicketEvents(gateway, resume ? resume.endTime : sinceUnix, first, {
        signal,
        gate: exportGate,
        seen: resume?.boundaryIds ?? [],
        onProgress: ({ pages }) => {
          const done = Math.min(current.requests, pages - 1);
          const left = Math.max(0, current.requests - done);
          report({ kind: 'loading', plan: current, done, total: current.requests, etaSeconds: pacedSeconds(left, current.perMinute), resumedFrom });
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
    } else {
      const counts = new Map<number, number>();
      const paidSeats = paidSeatIds(await untilAborted(source.seats, signal));
      // With the roster in, the count is exact: one search per paid seat.
      const search: StrategyPlan = { ...current, requests: paidSeats.length, seatsEstimated: false };
      plan = search;
      await interactionsFromSearch(gateway, paidSeats, utcDay(sinceUnix), {
        signal,
        gate: RateGate.forZendesk(search.perMinute, minuteMs),
        onCount: (id, count) => {
          counts.set(id, count);
          options.onInteractions?.({ counts: new Map(counts), everyone: false });
          const left = search.requests - counts.size;
          report({ kind: 'loading', plan: search, done: counts.size, total: search.requests, etaSeconds: Math.ceil((left / search.perMinute) * 60), resumedFrom: null });
        },
      });
    }
    await sessions;
    return report({ kind: 'done', plan });
  } catch (error) {
    stop.abort();
    await sessions;
    if (error instanceof AbortedError || signal?.aborted) return report({ kind: 'cancelled', plan });
    return report({ kind: 'failed', plan, error: error instanceof Error ? error.message : String(error) });
  }
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
    if (error instanceof AbortedError || signal.aborted) return;
    options.onSessionsError?.(error instanceof Error ? error.message : String(error));
  }
}

/** Waits for `promise`, or rejects with AbortedError when cancelled first. */
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
  return { strategy, requests: plan.alternativeRequests, alternativeRequests: plan.requests, perMinute, etaSeconds: pacedSeconds(plan.alternativeRequests, perMinute) };
}
