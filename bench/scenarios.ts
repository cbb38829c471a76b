/**
 * The data-layer scenarios. Each starts its own stand-in, runs the app's code through
 * the Node ZafClient, and reads what was asked of the stand-in from its request log.
 */
import type { LoggedRequest } from '../standin/api';
import type { Standin } from '../standin/server';
import type { InteractionStrategy } from '../src/zendesk/strategy';
import { ROSTER_STREAMS } from '../src/zendesk/loadRoster';
import { EXPORT_PER_MINUTE, gatewayFor, memoryCache, runEngagement, runReview, runRoster, type RosterResult } from './app';
import { peerListUsers } from './peer';
import {
  MB,
  closeStandin,
  control,
  floorOf,
  freshWindow,
  loggedRequests,
  openStandin,
  pagesOf,
  standinNow,
  withMemoryPeak,
  type Floor,
  type StandinConfig,
} from './support';
import { createNodeZafClient } from './zafNode';

export interface Settings {
  latencyMs: number;
  rateLimit: number;
  minuteMs: number;
  idleDays: number;
}

export interface Row {
  scenario: string;
  requests: number;
  wallMs: number;
  floor: Floor;
  peer?: { requests: number; wallMs: number; note: string };
  memory?: string;
  notes: string[];
  /** Figures the verdicts read. */
  facts: Record<string, number>;
}

const DAY = 86_400_000;
const ok = (r: LoggedRequest): boolean => r.status >= 200 && r.status < 300;
const pagesAt = (log: LoggedRequest[], prefix: string): number => log.filter((r) => ok(r) && r.path.startsWith(prefix)).length;
const countAt = (log: LoggedRequest[], prefix: string): number => log.filter((r) => r.path.startsWith(prefix)).length;
const throttled = (log: LoggedRequest[]): number => log.filter((r) => r.status === 429).length;

/** Roster pages per query (its filters without the cursor): the streams that may run side by side. */
export function rosterStreams(log: LoggedRequest[]): number[] {
  return [...rosterQueryPages(log).values()];
}

function rosterQueryPages(log: LoggedRequest[]): Map<string, number> {
  const byQuery = new Map<string, number>();
  for (const r of log) {
    if (!ok(r) || (r.path !== '/api/v2/users' && r.path !== '/api/v2/users.json')) continue;
    const q = new URLSearchParams(r.query);
    q.delete('page[after]');
    q.delete('page[size]');
    const key = [...q.entries()]
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join('&');
    byQuery.set(key, (byQuery.get(key) ?? 0) + 1);
  }
  return byQuery;
}

/**
 * The fewest pages that can list the queries the app asked, from the account's users:
 * ceil(n/100) per cursor query (at least 1), an offset page each (its query as a whole is
 * ceil(seats/100) pages).
 */
export function fewestRosterPages(log: LoggedRequest[], users: readonly { role?: string | null; custom_role_id?: number | null }[]): number {
  let pages = 0;
  for (const key of rosterQueryPages(log).keys()) {
    const q = new URLSearchParams(key);
    if (q.has('per_page')) {
      pages += 1;
      continue;
    }
    const roles = [...q.getAll('role'), ...q.getAll('role[]')];
    const ps = q.get('permission_set');
    const n = users.filter((u) => (roles.length === 0 || roles.includes(u.role ?? '')) && (ps === null || u.custom_role_id === Number(ps))).length;
    pages += Math.max(1, Math.ceil(n / 100));
  }
  return pages;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const planning = (log: LoggedRequest[]): number => countAt(log, '/api/v2/users/count') + countAt(log, '/api/v2/custom_roles');

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t };
}

export function configFor(s: Settings, account: StandinConfig['account']): StandinConfig {
  return { account, latencyMs: s.latencyMs, rateLimitPerMinute: s.rateLimit, incrementalPerMinute: EXPORT_PER_MINUTE, minuteMs: s.minuteMs };
}

export async function withStandin<T>(config: StandinConfig, work: (standin: Standin) => Promise<T>): Promise<T> {
  const standin = await openStandin(config);
  try {
    await freshWindow(standin, config);
    return await work(standin);
  } finally {
    await closeStandin(standin);
  }
}

/** Roster of `seats` seats; with `peer`, node-zendesk lists the same account's users right after. */
export async function rosterScenario(s: Settings, seats: number, endUsers: number, opts: { peer?: boolean; memory?: boolean } = {}): Promise<Row> {
  // Enterprise, where every agent has a custom role: what the split beyond 10,000 seats needs.
  const config = configFor(s, { seats, endUsers, ticketEvents: 0, agentRoles: 'every-agent' });
  return withStandin(config, async (standin) => {
    const client = createNodeZafClient(standin.zendeskUrl);
    const run = () => timed(() => runRoster(client, s.minuteMs));
    let result: { value: RosterResult; ms: number };
    let memory: string | undefined;
    if (opts.memory) {
      const measured = await withMemoryPeak(run);
      result = measured.value;
      const m = measured.memory;
      memory = `peak RSS ${(m.peakRss / MB).toFixed(0)} MB (+${((m.peakRss - m.baseRss) / MB).toFixed(0)}), peak heap ${(m.peakHeap / MB).toFixed(0)} MB (+${((m.peakHeap - m.baseHeap) / MB).toFixed(0)})`;
    } else {
      result = await run();
    }
    const log = await loggedRequests(standin);
    const streams = rosterStreams(log);
    const rosterPages = sum(streams);
    const fewest = fewestRosterPages(log, standin.api.account().users);
    const floor = floorOf({
      streams,
      latencyMs: s.latencyMs,
      budgets: [{ requests: log.length, perMinute: s.rateLimit }],
      minuteMs: s.minuteMs,
    });
    const notes = [
      `${result.value.seats.length} seats listed (Zendesk count ${result.value.expected ?? '?'}); ${rosterPages} roster pages${streams.every((n) => n === 1) ? ' (offset pages, side by side)' : ` in ${streams.length} disjoint queries (pages: ${streams.join(', ')})`} + ${planning(log)} counting requests; fewest pages for these queries ${fewest}; ceil(seats/100) = ${pagesOf(seats)}`,
    ];
    const capped = Math.max(Math.max(...streams), Math.ceil(rosterPages / ROSTER_STREAMS)) * s.latencyMs;
    notes.push(
      `with the app's ${ROSTER_STREAMS} streams at a time: floor ${(capped / 1000).toFixed(2)} s, ratio ${(result.ms / capped).toFixed(2)}×`,
    );
    if (throttled(log) > 0) notes.push(`${throttled(log)} answers were 429`);
    const row: Row = {
      scenario: `roster, ${seats.toLocaleString('en')} seats + ${endUsers.toLocaleString('en')} end users`,
      requests: log.length,
      wallMs: result.ms,
      floor,
      notes,
      facts: { seats, rosterPages, target: pagesOf(seats), fewest, planning: planning(log), queries: streams.length },
    };
    if (memory) row.memory = memory;
    if (opts.peer) {
      await freshWindow(standin, config);
      const peer = await timed(() => peerListUsers(standin));
      const peerLog = await loggedRequests(standin);
      row.peer = {
        requests: peerLog.length,
        wallMs: peer.ms,
        note: peer.value.error ? `node-zendesk failed: ${peer.value.error}` : `node-zendesk users.list(): ${peer.value.users} users`,
      };
    }
    return row;
  });
}

export interface EngagementRun {
  strategy: InteractionStrategy;
  chosen: InteractionStrategy;
  row: Row;
}

/** Interactions over the idle window on an account with `events` ticket events: each strategy, forced in turn. */
export async function interactionsScenario(s: Settings, seats: number, events: number, strategies: (InteractionStrategy | 'auto')[]): Promise<Row[]> {
  const config = configFor(s, { seats, endUsers: 1000, ticketEvents: events });
  return withStandin(config, async (standin) => {
    const client = createNodeZafClient(standin.zendeskUrl);
    // One gateway, as in the app: engagement learns the plan's limit from the roster's answers.
    const gateway = gatewayFor(client, s.minuteMs);
    const roster = await runRoster(client, s.minuteMs, gateway);
    const rows: Row[] = [];
    for (const strategy of strategies) {
      await freshWindow(standin, config);
      const now = await standinNow(standin);
      const force = strategy === 'auto' ? undefined : strategy;
      const run = await timed(() =>
        runEngagement(client, roster.seats, { now, idleDays: s.idleDays, minuteMs: s.minuteMs, cache: null, ...(force ? { force } : {}) }, gateway),
      );
      const log = await loggedRequests(standin);
      const r = run.value;
      const exportPages = pagesAt(log, '/api/v2/incremental/');
      const searches = countAt(log, '/api/v2/search/');
      const floor = floorOf({
        streams: [pagesAt(log, '/api/v2/sessions'), r.ran === 'ticket-events' ? exportPages : 1 + Math.min(1, searches)],
        latencyMs: s.latencyMs,
        budgets: [
          { requests: log.length, perMinute: s.rateLimit },
          // The export is one stream: its pages follow each other's end_time.
          { requests: countAt(log, '/api/v2/incremental/'), perMinute: EXPORT_PER_MINUTE, sequential: true },
        ],
        minuteMs: s.minuteMs,
      });
      const notes = [
        `ran ${r.ran}${force ? " (forced through loadEngagement's `force`)" : ''}: planned ${r.plan.requests} + probe, the other strategy ${r.plan.alternativeRequests}; the app's own choice: ${r.plan.requests <= r.plan.alternativeRequests ? r.ran : r.ran === 'ticket-events' ? 'search-counts' : 'ticket-events'}`,
        `requests: sessions ${r.requests.sessions}, export ${r.requests.export} (probe included), search ${r.requests.search}; ${r.countedUsers} users counted`,
      ];
      if (throttled(log) > 0) notes.push(`${throttled(log)} answers were 429`);
      rows.push({
        scenario: `interactions ${s.idleDays} d, ${events.toLocaleString('en')} events, ${r.ran}`,
        requests: log.length,
        wallMs: run.ms,
        floor,
        notes,
        facts: {},
      });
    }
    return rows;
  });
}

/**
 * A whole review (roster, then the app's loadEngagement by its own choice, keeping its
 * counts), then the same review one day later: the stand-in regenerates the same spec
 * with its clock one day on (same users; the ticket history is regenerated relative to
 * the new day, so a day of new events lies past where the first review stopped).
 */
export async function reviewScenario(s: Settings, seats: number, events: number | undefined): Promise<Row[]> {
  const day0 = Math.floor(Date.now() / 1000) * 1000;
  const spec = { seats, endUsers: 5000, now: new Date(day0).toISOString(), ...(events === undefined ? {} : { ticketEvents: events }) };
  const config = configFor(s, spec);
  return withStandin(config, async (standin) => {
    const rows: Row[] = [];
    let appNow = day0;
    const cache = memoryCache('acme-demo', () => appNow);
    let firstInteractions = 0;
    for (const label of ['first review', 'repeat review a day later']) {
      if (label !== 'first review') {
        await control(standin, 'POST', '/__standin/reset', { account: { ...spec, now: new Date(day0 + DAY).toISOString() } });
      }
      await freshWindow(standin, config);
      const client = createNodeZafClient(standin.zendeskUrl);
      appNow = await standinNow(standin);
      const run = await timed(() => runReview(client, { now: appNow, idleDays: s.idleDays, minuteMs: s.minuteMs, cache }));
      const log = await loggedRequests(standin);
      const { roster, engagement } = run.value;
      const exportPages = pagesAt(log, '/api/v2/incremental/');
      const floor = floorOf({
        streams: [...rosterStreams(log), pagesAt(log, '/api/v2/sessions'), exportPages],
        latencyMs: s.latencyMs,
        budgets: [
          { requests: log.length, perMinute: s.rateLimit },
          // The export is one stream: its pages follow each other's end_time.
          { requests: countAt(log, '/api/v2/incremental/'), perMinute: EXPORT_PER_MINUTE, sequential: true },
        ],
        minuteMs: s.minuteMs,
      });
      const interactions = engagement.requests.export + engagement.requests.search;
      const notes = [
        `${roster.seats.length} seats; roster ${roster.requests}, sessions ${engagement.requests.sessions}, interactions ${interactions} (${engagement.ran}${engagement.resumedFrom !== null ? `, resumed from end_time ${engagement.resumedFrom}` : ''}), all three side by side`,
      ];
      if (label === 'first review') firstInteractions = interactions;
      else notes.push(`interaction requests (probe + export): ${interactions} vs ${firstInteractions} the first time`);
      if (throttled(log) > 0) notes.push(`${throttled(log)} answers were 429`);
      rows.push({
        scenario: `${label}, ${seats.toLocaleString('en')} seats`,
        requests: log.length,
        wallMs: run.ms,
        floor,
        notes,
        facts: { seats, repeat: label === 'first review' ? 0 : 1, interactions },
      });
    }
    return rows;
  });
}
