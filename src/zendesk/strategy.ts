/**
 * Which way to count ticket interactions costs fewer requests? Pure.
 * - Ticket events: one export stream covers every agent, 1,000 events a page, but
 *   Zendesk allows only 10 export requests a minute.
 * - Search counts: one `/api/v2/search/count` per paid seat, paced at a share of the
 *   plan's per-minute limit (agents working in Zendesk share that budget).
 * The export's volume is known from a one-page probe: how much of the window its first
 * 1,000 events covered.
 */
export type InteractionStrategy = 'ticket-events' | 'search-counts';

export interface EventProbe {
  /** Events on the probe page. */
  events: number;
  /** Seconds of the window the probe page covered (end_time − start_time). */
  spanSeconds: number;
  endOfStream: boolean;
}

export interface StrategyInput {
  /** Seats whose interactions matter: non-suspended paid seats. */
  seats: number;
  windowSeconds: number;
  probe: EventProbe;
  /** The plan's account-wide limit (X-Rate-Limit), requests a minute. */
  rateLimitPerMinute: number;
  /** Zendesk's incremental export limit, requests a minute. */
  exportPerMinute: number;
  /** Share of the plan's limit the search strategy may use. */
  searchShare: number;
}

export interface StrategyPlan {
  strategy: InteractionStrategy;
  /** Requests still to make (the probe page is already in hand for ticket events). */
  requests: number;
  /** Requests the other strategy would have needed. */
  alternativeRequests: number;
  etaSeconds: number;
  /** Requests a minute the chosen strategy will be paced at. */
  perMinute: number;
  /** Chosen from Zendesk's seat count before the roster was in: search's figure is an upper bound. */
  seatsEstimated?: boolean;
}

export const EVENTS_PER_PAGE = 1000;

export function estimatedEventPages(probe: EventProbe, windowSeconds: number): number {
  if (probe.endOfStream) return 1;
  if (probe.events === 0 || probe.spanSeconds <= 0) return Math.max(2, Math.ceil(windowSeconds / 60));
  const totalEvents = (probe.events / probe.spanSeconds) * windowSeconds;
  return Math.max(2, Math.ceil(totalEvents / EVENTS_PER_PAGE));
}

/** Seconds to make `requests` requests at `perMinute`, the first minute's worth at once. */
export function pacedSeconds(requests: number, perMinute: number): number {
  if (requests <= perMinute) return 0;
  return Math.ceil((requests - perMinute) / perMinute) * 60;
}

/** Search counts a minute: a share of the plan's limit, at least one. Engagement and a release preview pace by it. */
export function searchPerMinute(rateLimitPerMinute: number, share: number): number {
  return Math.max(1, Math.floor(rateLimitPerMinute * share));
}

export function chooseStrategy(input: StrategyInput): StrategyPlan {
  const eventRequests = estimatedEventPages(input.probe, input.windowSeconds) - 1;
  const searchPace = searchPerMinute(input.rateLimitPerMinute, input.searchShare);
  const searchRequests = input.seats;
  const events: StrategyPlan = {
    strategy: 'ticket-events',
    requests: eventRequests,
    alternativeRequests: searchRequests,
    etaSeconds: pacedSeconds(eventRequests, input.exportPerMinute),
    perMinute: input.exportPerMinute,
  };
  const search: StrategyPlan = {
    strategy: 'search-counts',
    requests: searchRequests,
    alternativeRequests: eventRequests,
    etaSeconds: pacedSeconds(searchRequests, searchPace),
    perMinute: searchPace,
  };
  // Fewer requests wins; on a tie, the one that finishes sooner.
  if (eventRequests !== searchRequests) return eventRequests < searchRequests ? events : search;
  return events.etaSeconds <= search.etaSeconds ? events : search;
}
