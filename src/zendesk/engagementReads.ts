/**
 * Engagement data over the gateway: sessions (who is really signed in) and ticket
 * interactions, by either strategy (see strategy.ts). Each loader reports progress and
 * stops at once when its signal aborts; what it did not finish stays unknown.
 */
import type { RequestControls, ZendeskGateway } from '../zaf/gateway';
import { pageKey, PagingError } from '../zaf/paging';
import { zendeskTimestamp } from './parse';
import { MalformedResponseError } from './failure';
import { countEach, type SearchCountControls } from './searchCounts';
import { countInteractionsByDay, readTicketEventsPage, type TicketEventsPage } from './ticketEvents';

export { MalformedResponseError } from './failure';

export const SESSIONS_URL = '/api/v2/sessions?page[size]=100';

/** Latest `last_seen_at` per user over all of the account's sessions (admins see all). */
export async function lastSeenBySession(gateway: ZendeskGateway, controls: RequestControls = {}): Promise<Map<number, number>> {
  const lastSeen = new Map<number, number>();
  for await (const page of gateway.pages(SESSIONS_URL, controls)) {
    const sessions = (page.body as { sessions?: unknown } | null)?.sessions;
    if (!Array.isArray(sessions)) throw new MalformedResponseError('sessions-page', page.url);
    for (const session of sessions) {
      const { user_id: user, last_seen_at: seen } = (session ?? {}) as { user_id?: unknown; last_seen_at?: unknown };
      // Strict, and within years 0000–9999: a date the snapshot schema would refuse is no sign of life.
      const ms = zendeskTimestamp(seen) ?? Number.NaN;
      if (typeof user !== 'number' || Number.isNaN(ms)) continue;
      if (ms > (lastSeen.get(user) ?? -Infinity)) lastSeen.set(user, ms);
    }
  }
  return lastSeen;
}

export function ticketEventsUrl(sinceUnix: number): string {
  return `/api/v2/incremental/ticket_events?start_time=${sinceUnix}&include=comment_events`;
}

/** The first export page: the probe that sizes the stream, and the first page of it. */
export async function probeTicketEvents(gateway: ZendeskGateway, sinceUnix: number, controls: RequestControls = {}): Promise<TicketEventsPage> {
  const url = ticketEventsUrl(sinceUnix);
  const { body } = await gateway.request({ url }, controls);
  const page = readTicketEventsPage(body);
  if (!page) throw new MalformedResponseError('ticket-event-page', url);
  return page;
}

export interface StreamProgress {
  /** Seconds of the window covered so far. */
  coveredSeconds: number;
  pages: number;
}

export interface EventStream {
  /** Interactions by UTC day, then by user id. */
  days: Map<string, Map<number, number>>;
  /** Where the export stopped (unix s): a later review resumes here. */
  endTime: number;
  /** Ids of events in the last second before endTime: a resumed page may repeat them. */
  boundaryIds: number[];
}

/**
 * Follows the export from its first page to the end, counting per day. `seen` holds
 * event ids already counted (a resumed stream may repeat its boundary second). Every
 * page must move forward: a page short of the end whose end_time does not pass the last
 * one's (or whose next page was already asked for) ends with PagingError 'stalled-export';
 * a next_page off the account's host is never requested.
 */
export async function followTicketEvents(
  gateway: ZendeskGateway,
  sinceUnix: number,
  first: TicketEventsPage,
  controls: RequestControls & { onProgress?: (p: StreamProgress) => void; seen?: Iterable<number> } = {},
): Promise<EventStream> {
  const days = new Map<string, Map<number, number>>();
  const seen = new Set<number>(controls.seen ?? []);
  const firstUrl = ticketEventsUrl(sinceUnix);
  const asked = new Set<string>([pageKey(firstUrl)]);
  let page: TicketEventsPage = first;
  let pageUrl = firstUrl;
  let pages = 1;
  let endTime = sinceUnix;
  for (;;) {
    countInteractionsByDay(page.events, sinceUnix, days, seen);
    const previousEnd = endTime;
    endTime = Math.max(endTime, page.endTime ?? endTime);
    controls.onProgress?.({ coveredSeconds: Math.max(0, endTime - sinceUnix), pages });
    if (page.endOfStream) return { days, endTime, boundaryIds: idsFrom(page.events, endTime - 1) };
    // Zendesk's next page starts at end_time: short of the end, it must lie ahead.
    if (page.endTime !== null && page.endTime <= previousEnd) throw new PagingError('stalled-export', pageUrl, pageUrl);
    const url = nextExportUrl(gateway, page, pageUrl);
    if (asked.has(pageKey(url))) throw new PagingError('stalled-export', url, pageUrl);
    asked.add(pageKey(url));
    const { body } = await gateway.request({ url }, controls);
    const next = readTicketEventsPage(body);
    if (!next) throw new MalformedResponseError('ticket-event-page', url);
    page = next;
    pageUrl = url;
    pages += 1;
  }
}

/** next_page on the account's host; without one, the page after end_time (how Zendesk builds it). */
function nextExportUrl(gateway: ZendeskGateway, page: TicketEventsPage, pageUrl: string): string {
  if (page.next !== null) return gateway.linkOnAccount(page.next, pageUrl);
  if (page.endTime !== null) return ticketEventsUrl(page.endTime);
  throw new PagingError('ended-early', pageUrl, pageUrl);
}

/** Ids of events at or after `fromUnix`. */
function idsFrom(events: readonly unknown[], fromUnix: number): number[] {
  const ids: number[] = [];
  for (const e of events) {
    const { id, timestamp } = (e ?? {}) as { id?: unknown; timestamp?: unknown };
    if (typeof id === 'number' && typeof timestamp === 'number' && timestamp >= fromUnix) ids.push(id);
  }
  return ids;
}

/** Totals per user over the days from `sinceDay` on. */
export function sumDays(days: ReadonlyMap<string, ReadonlyMap<number, number>>, sinceDay: string): Map<number, number> {
  const totals = new Map<number, number>();
  for (const [day, counts] of days) {
    if (day < sinceDay) continue;
    for (const [user, n] of counts) totals.set(user, (totals.get(user) ?? 0) + n);
  }
  return totals;
}

export function searchCountUrl(userId: number, sinceDate: string): string {
  return `/api/v2/search/count?query=${encodeURIComponent(`type:ticket commenter:${userId} updated>=${sinceDate}`)}`;
}

/** One search count per seat: tickets it commented on since the date (see searchCounts.ts). */
export function interactionsFromSearch(
  gateway: ZendeskGateway,
  userIds: readonly number[],
  sinceDate: string,
  controls: SearchCountControls = {},
): Promise<Map<number, number>> {
  return countEach(gateway, userIds, (userId) => searchCountUrl(userId, sinceDate), controls);
}
