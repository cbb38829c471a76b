import { classifySeat } from '../seats/classes';
import type { Seat } from '../seats/seat';
import { AbortedError, type ZendeskGateway } from '../zaf/gateway';
import { RateGate } from '../zaf/rateGate';
import { followTicketEvents, interactionsFromSearch, lastSeenBySession, probeTicketEvents, sumDays } from './activity';
import { fromDayMaps, resumable, toDayMaps, type InteractionCache } from './interactionCache';
import { chooseStrategy, pacedSeconds, type InteractionStrategy, type StrategyPlan } from './strategy';
import { utcDay } from './ticketEvents';

/**
 * The engagement review, after the roster: sessions first (cheap), then ticket
 * interactions by the strategy with fewer requests — or, when the last review's counts
 * are kept, by resuming the export where it stopped. Plain async code: the screen's
 * hook and the benchmark both run it. Whatever does not finish stays unknown.
 */
export type EngagementPhase =
  | { kind: 'waiting' }
  | { kind: 'sessions' }
  | { kind: 'probing' }
  | { kind: 'loading'; plan: StrategyPlan; done: number; total: number; etaSeconds: number; resumedFrom: number | null }
  | { kind: 'done'; plan: StrategyPlan | null }
  | { kind: 'cancelled'; plan: StrategyPlan | null }
  | { kind: 'failed'; plan: StrategyPlan | null; error: string };

/** `everyone`: the export covers every user, so a missing count is zero; search counts only the seats it asked about. */
export interface InteractionCounts {
  counts: Map<number, number>;
  everyone: boolean;
}

export interface EngagementOptions {
  idleDays: number;
  now: number;
  /** The plan's limit from X-Rate-Limit; null if Zendesk did not say. */
  rateLimit: number | null;
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

export async function loadEngagement(gateway: ZendeskGateway, seats: readonly Seat[], options: EngagementOptions): Promise<EngagementPhase> {
  const { signal, onPhase = () => undefined, minuteMs = 60_000 } = options;
  let plan: StrategyPlan | null = null;
  const report = (phase: EngagementPhase): EngagementPhase => (onPhase(phase), phase);
  try {
    report({ kind: 'sessions' });
    try {
      // Read first: an optional call (`?.()`) would skip evaluating its argument.
      const lastSeen = await lastSeenBySession(gateway, { signal });
      options.onLastSeen?.(lastSeen);
    } catch (error) {
      // Without sessions, last seen stays unknown; interactions can still be counted.
      if (error instanceof AbortedError || signal?.aborted) throw error;
      options.onSessionsError?.(error instanceof Error ? error.message : String(error));
    }

    const sinceUnix = windowStart(options.now, options.idleDays);
    const nowUnix = Math.floor(options.now / 1000);
    const exportGate = new RateGate(EXPORT_PER_MINUTE, minuteMs);
    const cached = options.force === 'search-counts' ? null : (options.cache?.load() ?? null);
    const resume = resumable(cached, sinceUnix, nowUnix) ? cached : null;

    report({ kind: 'probing' });
    const first = await probeTicketEvents(gateway, resume ? resume.endTime : sinceUnix, { signal, gate: exportGate });
    const paidSeats = seats.filter((s) => !s.suspended && classifySeat(s).paid).map((s) => s.id);
    const chosen = chooseStrategy({
      seats: paidSeats.length,
      windowSeconds: nowUnix - (resume ? resume.endTime : sinceUnix),
      probe: {
        events: first.events.length,
        spanSeconds: (first.endTime ?? sinceUnix) - (resume ? resume.endTime : sinceUnix),
        endOfStream: first.endOfStream,
      },
      rateLimitPerMinute: options.rateLimit ?? FALLBACK_RATE_LIMIT,
      exportPerMinute: EXPORT_PER_MINUTE,
      searchShare: SEARCH_SHARE,
    });
    // A kept review makes the export cheap whatever the probe says: keep following it.
    plan = resume ? { ...chosen, strategy: 'ticket-events', perMinute: EXPORT_PER_MINUTE } : options.force
        ? forced(chosen, options.force, Math.max(1, Math.floor((options.rateLimit ?? FALLBACK_RATE_LIMIT) * SEARCH_SHARE)))
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
      await interactionsFromSearch(gateway, paidSeats, utcDay(sinceUnix), {
        signal,
        gate: new RateGate(current.perMinute, minuteMs),
        onCount: (id, count) => {
          counts.set(id, count);
          options.onInteractions?.({ counts: new Map(counts), everyone: false });
          const left = current.requests - counts.size;
          report({ kind: 'loading', plan: current, done: counts.size, total: current.requests, etaSeconds: Math.ceil((left / current.perMinute) * 60), resumedFrom: null });
        },
      });
    }
    return report({ kind: 'done', plan: current });
  } catch (error) {
    if (error instanceof AbortedError || signal?.aborted) return report({ kind: 'cancelled', plan });
    return report({ kind: 'failed', plan, error: error instanceof Error ? error.message : String(error) });
  }
}

/** The plan for a strategy chosen by the caller: the two figures swap when it is not the cheaper one. */
function forced(plan: StrategyPlan, strategy: InteractionStrategy, searchPerMinute: number): StrategyPlan {
  if (plan.strategy === strategy) return plan;
  const perMinute = strategy === 'ticket-events' ? EXPORT_PER_MINUTE : searchPerMinute;
  return { strategy, requests: plan.alternativeRequests, alternativeRequests: plan.requests, perMinute, etaSeconds: pacedSeconds(plan.alternativeRequests, perMinute) };
}
