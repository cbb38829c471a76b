/**
 * GET /api/v2/incremental/ticket_events?start_time=<unix>[&include=comment_events]:
 * Zendesk's time-based incremental export of ticket events (admins only; the router
 * marks the route admin-only and the pipeline applies the 10-a-minute incremental limit).
 *
 * The response envelope is `{ticket_events, next_page, count, end_of_stream, end_time}`
 * as the reference and the OAS file's ExportIncrementalTicketEventsResponse describe.
 * The events themselves follow the reference and the operation's description (id,
 * ticket_id, timestamp, created_at, updater_id, via, event_type "Audit", child_events);
 * the file's SCHEMA for them is wrong (it describes ticket metric events), so nothing
 * here is validated against it.
 */
import type { ChildEvent, TicketEvent } from '../demo/account';
import { zendeskNow } from './http';
import { invalidValue, ok, tooRecent, type ApiRequest, type ApiResult } from './results';

/** Time-based exports return up to 1000 items a page. */
export const TICKET_EVENTS_PAGE_LIMIT = 1000;
/** "excluding events occurring within one minute of the request" / start_time "must be at least one minute in the past". */
export const INCREMENTAL_LAG_SECONDS = 60;
export const TICKET_EVENTS_QUERY_PARAMS = ['start_time', 'include'] as const;

/**
 * Without the comment_events sideload a comment is "described only by Boolean
 * comment_present and comment_public" properties (the operation's description): the
 * child event stays, without author_id or body. With it, the comment comes whole, with
 * the fields the description's example shows.
 */
function serveChild(c: ChildEvent, e: TicketEvent, createdAt: string, comments: boolean): Record<string, unknown> {
  const common = { id: c.id, via: e.via, via_reference_id: null };
  if (c.event_type !== 'Comment') return { ...common, ...c };
  if (!comments) return { ...common, comment_present: true, comment_public: c.public, event_type: 'Comment' };
  return {
    ...common,
    type: 'Comment',
    author_id: c.author_id,
    body: c.body,
    public: c.public,
    attachments: [],
    audit_id: e.id,
    created_at: createdAt,
    event_type: 'Comment',
  };
}

function serveEvent(e: TicketEvent, comments: boolean): Record<string, unknown> {
  const createdAt = zendeskNow(e.timestamp * 1000);
  return {
    id: e.id,
    ticket_id: e.ticket_id,
    timestamp: e.timestamp,
    created_at: createdAt,
    updater_id: e.updater_id,
    via: e.via,
    event_type: e.event_type,
    child_events: e.child_events.map((c) => serveChild(c, e, createdAt, comments)),
  };
}

/**
 * Paging. A page covers the half-open time range [start_time, end_time) and holds EVERY
 * event of that range, so following next_page (start_time=end_time) never repeats nor
 * skips an event:
 * - up to 1000 events are taken from start_time on; when the events after them share the
 *   last one's second, that whole second is left for the next page (end_time = that
 *   second). Zendesk warns time-based pages can repeat items at the boundary second; the
 *   stand-in cuts before it instead, so clients need no de-duplication;
 * - when more than 1000 events share one second, the page holds all of them (it exceeds
 *   1000 rather than never advancing) and end_time is the second after;
 * - events of the last minute are held back; the last page (end_of_stream: true) ends at
 *   that horizon, now - 60 s, so end_time is where the next export picks up.
 * next_page is always given, also at the end of the stream (the OAS file's example has a
 * next_page with end_of_stream: true, and the type is a nullable string): an absolute URL
 * on the requested host with start_time=end_time and the same include.
 *
 * An injected stallExportNext fault serves the page with end_time = the start_time asked,
 * end_of_stream false, so next_page asks for the same page again (same start_time, same
 * include), and so on while the fault lasts: an export that never advances, which a client
 * must notice rather than loop on.
 */
export function incrementalTicketEvents(r: ApiRequest): ApiResult {
  const q = r.url.searchParams;
  const raw = q.get('start_time');
  if (raw === null || raw.trim() === '') return invalidValue('start_time is required (a Unix epoch time in seconds)');
  if (!/^\d+$/.test(raw.trim())) return invalidValue('start_time must be a Unix epoch time in seconds');
  const start = Number(raw.trim());
  const horizon = Math.floor(r.nowMs / 1000) - INCREMENTAL_LAG_SECONDS;
  if (start > horizon) return tooRecent();
  const comments = (q.get('include') ?? '').split(',').some((s) => s.trim() === 'comment_events');

  const a = r.activity;
  const first = a.firstEventAtOrAfter(start);
  const stop = a.firstEventAtOrAfter(horizon);
  let end = Math.min(stop, first + TICKET_EVENTS_PAGE_LIMIT);
  let endTime = horizon;
  if (end < stop) {
    const boundary = a.timestampAt(end);
    let cut = end;
    while (cut > first && a.timestampAt(cut - 1) === boundary) cut--;
    if (cut > first) {
      end = cut;
      endTime = boundary;
    } else {
      while (end < stop && a.timestampAt(end) === boundary) end++;
      endTime = end < stop ? boundary + 1 : horizon;
    }
  }
  const page = a.events.slice(first, end).map((e) => serveEvent(e, comments));
  // Injected (stallExportNext): the same page again, never advancing nor ending.
  const stalled = r.faults?.stallExport() ?? false;
  if (stalled) endTime = start;
  const next = new URLSearchParams({ start_time: String(endTime) });
  for (const [k, v] of q) if (k !== 'start_time') next.append(k, v);
  return ok({
    ticket_events: page,
    next_page: `${r.origin}${r.rawPath}?${next.toString()}`,
    count: page.length,
    end_of_stream: !stalled && end >= stop,
    end_time: endTime,
  });
}
