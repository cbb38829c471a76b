/**
 * The app's own data layer, driven from Node: the roster (countSeats + rosterPages, as
 * useRoster runs them) and engagement (loadEngagement, which the activity hook runs).
 * Every request, gate, parse and count is the app's code.
 */
import type { Seat } from '../src/seats/seat';
import { ZendeskGateway } from '../src/zaf/gateway';
import { memoryStore } from '../src/storage/store';
import { loadEngagement } from '../src/zendesk/engagement';
import { storeCache, type InteractionCache } from '../src/zendesk/interactionCache';
import { countSeats, ROSTER_URL, rosterPages } from '../src/zendesk/roster';
import type { InteractionStrategy, StrategyPlan } from '../src/zendesk/strategy';
import type { NodeZafClient } from './zafNode';

export { EXPORT_PER_MINUTE } from '../src/zendesk/engagement';

export interface RosterResult {
  seats: Seat[];
  expected: number | null;
  rateLimit: number | null;
  requests: number;
}

export function gatewayFor(client: NodeZafClient): ZendeskGateway {
  return new ZendeskGateway(client);
}

export async function runRoster(client: NodeZafClient): Promise<RosterResult> {
  const gateway = gatewayFor(client);
  const before = client.requests;
  const byId = new Map<number, Seat>();
  let rateLimit: number | null = null;
  const [expected] = await Promise.all([
    countSeats(gateway),
    (async () => {
      for await (const page of rosterPages(gateway, ROSTER_URL)) {
        for (const seat of page.seats) byId.set(seat.id, seat);
        if (page.rateLimit !== null) rateLimit = page.rateLimit;
      }
    })(),
  ]);
  return { seats: [...byId.values()], expected, rateLimit, requests: client.requests - before };
}

export interface EngagementRunOptions {
  now: number;
  idleDays: number;
  rateLimit: number | null;
  /** Undefined: the app's choice. */
  force?: InteractionStrategy;
  /** Length of "a minute" for the app's gates (time compression); 60,000 is real time. */
  minuteMs: number;
  /** Counts kept between reviews; null: none (every review starts afresh). */
  cache: InteractionCache | null;
}

export interface EngagementResult {
  plan: StrategyPlan;
  ran: InteractionStrategy;
  resumedFrom: number | null;
  sessionsUsers: number;
  countedUsers: number;
  requests: { sessions: number; probe: number; interactions: number; total: number };
}

/** The app's loadEngagement, with request counts per phase (read from the phases it reports). */
export async function runEngagement(client: NodeZafClient, seats: readonly Seat[], options: EngagementRunOptions): Promise<EngagementResult> {
  const gateway = gatewayFor(client);
  const start = client.requests;
  let afterSessions = start;
  let afterProbe = start;
  let resumedFrom: number | null = null;
  let sessionsUsers = 0;
  let countedUsers = 0;
  const final = await loadEngagement(gateway, seats, {
    idleDays: options.idleDays,
    now: options.now,
    rateLimit: options.rateLimit,
    minuteMs: options.minuteMs,
    cache: options.cache,
    ...(options.force ? { force: options.force } : {}),
    onPhase: (phase) => {
      if (phase.kind === 'probing') afterSessions = client.requests;
      if (phase.kind === 'loading' && phase.done === 0) {
        afterProbe = client.requests;
        resumedFrom = phase.resumedFrom;
      }
    },
    onLastSeen: (lastSeen) => {
      sessionsUsers = lastSeen.size;
    },
    onInteractions: ({ counts }) => {
      countedUsers = counts.size;
    },
  });
  if (final.kind !== 'done' || final.plan === null) throw new Error(`loadEngagement ended ${final.kind}${final.kind === 'failed' ? `: ${final.error}` : ''}`);
  const end = client.requests;
  return {
    plan: final.plan,
    ran: final.plan.strategy,
    resumedFrom,
    sessionsUsers,
    countedUsers,
    requests: { sessions: afterSessions - start, probe: afterProbe - afterSessions, interactions: end - afterProbe, total: end - start },
  };
}

/** A cache as the app keeps it, in memory instead of localStorage. */
export function memoryCache(subdomain: string, now: () => number): InteractionCache {
  return storeCache(memoryStore(), subdomain, now);
}
