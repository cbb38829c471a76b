/**
 * The app's own code, driven from Node: a whole review is the review session the screen
 * runs (src/review/), and the roster (loadRoster) and engagement (loadEngagement, with a
 * forced strategy) are also measured on their own. Every request, gate, budget, parse
 * and count is the app's code.
 */
import type { Seat } from '../src/seats/seat';
import { ZendeskGateway } from '../src/zaf/gateway';
import { accountOriginsFor } from '../src/zaf/paging';
import { createReviewSession } from '../src/review';
import { parseSettings } from '../src/settings/settings';
import { memoryStore } from '../src/storage/store';
import { loadEngagement } from '../src/zendesk/engagement';
import { storeCache, type InteractionCache } from '../src/zendesk/interactionCache';
import { loadRoster, newRosterCheckpoint } from '../src/zendesk/loadRoster';
import type { InteractionStrategy, StrategyPlan } from '../src/zendesk/strategy';
import type { NodeZafClient } from './zafNode';

export { EXPORT_PER_MINUTE } from '../src/zendesk/engagement';

export interface RosterResult {
  seats: Seat[];
  expected: number | null;
  requests: number;
}

/**
 * The gateway as the app builds it; `minuteMs` compresses its plan budget's minute like the
 * stand-in's. Next links may lead where connect() allows: the account and the framing page (the stand-in).
 */
export function gatewayFor(client: NodeZafClient, minuteMs = 60_000): ZendeskGateway {
  return new ZendeskGateway(client, { budget: { minuteMs }, accountOrigins: accountOriginsFor(client.subdomain, client.origin) });
}

export async function runRoster(
  client: NodeZafClient,
  minuteMs = 60_000,
  gateway = gatewayFor(client, minuteMs),
  onCount: (expected: number | null) => void = () => undefined,
): Promise<RosterResult> {
  const from = client.paths.length;
  const byId = new Map<number, Seat>();
  const checkpoint = newRosterCheckpoint();
  await loadRoster(gateway, { into: byId, checkpoint, onPlan: ({ expected }) => onCount(expected) });
  const seats = [...byId.values()].sort((a, b) => a.id - b.id);
  // Only the roster's own requests: engagement may be running on the same client.
  const requests = client.paths.slice(from).filter((p) => p.startsWith('/api/v2/users') || p.startsWith('/api/v2/custom_roles')).length;
  return { seats, expected: checkpoint.expected, requests };
}

export interface EngagementRunOptions {
  now: number;
  idleDays: number;
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
  /** By what was asked (sessions, export incl. its probe, search), from the client's own log. */
  requests: { sessions: number; export: number; search: number; total: number };
}

/** The app's loadEngagement alone, on a loaded roster (a whole review is runReview's). */
export async function runEngagement(
  client: NodeZafClient,
  roster: readonly Seat[],
  options: EngagementRunOptions,
  gateway = gatewayFor(client, options.minuteMs),
): Promise<EngagementResult> {
  const from = client.paths.length;
  let resumedFrom: number | null = null;
  let sessionsUsers = 0;
  let countedUsers = 0;
  const final = await loadEngagement(gateway, roster, {
    idleDays: options.idleDays,
    now: options.now,
    minuteMs: options.minuteMs,
    cache: options.cache,
    ...(options.force ? { force: options.force } : {}),
    onPhase: (phase) => {
      if (phase.kind === 'loading' && phase.done === 0) resumedFrom = phase.resumedFrom;
    },
    onLastSeen: (lastSeen) => {
      sessionsUsers = lastSeen.size;
    },
    onInteractions: ({ counts }) => {
      countedUsers = counts.size;
    },
  });
  if (final.kind !== 'done' || final.plan === null)
    throw new Error(`loadEngagement ended ${final.kind}${final.kind === 'failed' ? `: ${JSON.stringify(final.error)}` : ''}`);
  const asked = client.paths.slice(from);
  const at = (prefix: string): number => asked.filter((p) => p.startsWith(prefix)).length;
  return {
    plan: final.plan,
    ran: final.plan.strategy,
    resumedFrom,
    sessionsUsers,
    countedUsers,
    requests: { sessions: at('/api/v2/sessions'), export: at('/api/v2/incremental/'), search: at('/api/v2/search'), total: asked.length },
  };
}

/**
 * A whole review as the screen runs it: the app's review session (roster, sessions and the
 * export side by side on one gateway, interactions chosen by Zendesk's seat count).
 */
export async function runReview(
  client: NodeZafClient,
  options: EngagementRunOptions,
): Promise<{ roster: RosterResult; engagement: EngagementResult }> {
  const from = client.paths.length;
  const { settings } = parseSettings({ idle_days: String(options.idleDays) });
  const session = createReviewSession({
    gateway: gatewayFor(client, options.minuteMs),
    settings,
    now: options.now,
    subdomain: client.subdomain,
    store: memoryStore(),
    engagement: { minuteMs: options.minuteMs, cache: options.cache, ...(options.force ? { force: options.force } : {}) },
  });
  session.start();
  const { roster, engagement } = await session.settled();
  session.dispose();
  const { phase } = engagement;
  if (roster.phase !== 'loaded') throw new Error(`the roster ended ${roster.phase}${roster.error ? `: ${JSON.stringify(roster.error)}` : ''}`);
  if (phase.kind !== 'done' || phase.plan === null)
    throw new Error(`engagement ended ${phase.kind}${phase.kind === 'failed' ? `: ${JSON.stringify(phase.error)}` : ''}`);
  const asked = client.paths.slice(from);
  const at = (prefix: string): number => asked.filter((p) => p.startsWith(prefix)).length;
  return {
    roster: { seats: [...roster.seats], expected: roster.expected, requests: at('/api/v2/users') + at('/api/v2/custom_roles') },
    engagement: {
      plan: phase.plan,
      ran: phase.plan.strategy,
      resumedFrom: engagement.resumedFrom,
      sessionsUsers: engagement.lastSeen?.size ?? 0,
      countedUsers: engagement.interactions?.counts.size ?? 0,
      requests: { sessions: at('/api/v2/sessions'), export: at('/api/v2/incremental/'), search: at('/api/v2/search'), total: asked.length },
    },
  };
}

/** A cache as the app keeps it, in memory instead of localStorage. */
export function memoryCache(subdomain: string, now: () => number): InteractionCache {
  return storeCache(memoryStore(), subdomain, now);
}
