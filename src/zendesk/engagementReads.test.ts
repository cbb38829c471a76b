import { describe, expect, it } from 'vitest';
import { FakeZafClient, failure, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { ZendeskGateway } from '../zaf/gateway';
import {
  interactionsFromSearch,
  followTicketEvents,
  lastSeenBySession,
  MalformedResponseError,
  probeTicketEvents,
  searchCountUrl,
  sumDays,
  SESSIONS_URL,
  ticketEventsUrl,
} from './engagementReads';

function gatewayFor(answer: (url: string, index: number) => ScriptedAnswer) {
  const client = new FakeZafClient((o, i) => answer(o.url, i));
  return { client, gateway: new ZendeskGateway(client, { sleep: () => Promise.resolve(), random: () => 0 }) };
}

describe('lastSeenBySession', () => {
  it('keeps the latest last_seen_at per user across pages', async () => {
    const { gateway, client } = gatewayFor((url) =>
      url === SESSIONS_URL
        ? json({
            sessions: [
              { user_id: 1, last_seen_at: '2026-11-01T00:00:00Z' },
              { user_id: 2, last_seen_at: 'garbage' },
            ],
            meta: { has_more: true },
            links: { next: 'https://a.zendesk.com/api/v2/sessions?page%5Bafter%5D=x' },
          })
        : json({
            sessions: [
              { user_id: 1, last_seen_at: '2026-11-20T00:00:00Z' },
              { user_id: 3, last_seen_at: '2026-10-01T00:00:00Z' },
            ],
            meta: { has_more: false },
            links: {},
          }),
    );
    const seen = await lastSeenBySession(gateway);
    expect(Object.fromEntries(seen)).toEqual({ 1: Date.parse('2026-11-20T00:00:00Z'), 3: Date.parse('2026-10-01T00:00:00Z') });
    expect(client.requests.map((r) => r.url)).toEqual([SESSIONS_URL, '/api/v2/sessions?page%5Bafter%5D=x']);
  });

  it('refuses a page without sessions', async () => {
    const { gateway } = gatewayFor(() => json({ users: [] }));
    await expect(lastSeenBySession(gateway)).rejects.toBeInstanceOf(MalformedResponseError);
  });
});

describe('ticket events', () => {
  const page = (events: unknown[], endTime: number, end: boolean) =>
    json({
      ticket_events: events,
      end_time: endTime,
      end_of_stream: end,
      next_page: `https://a.zendesk.com/api/v2/incremental/ticket_events?start_time=${endTime}&include=comment_events`,
      count: events.length,
    });

  it('probes with comment events, then follows next_page until end_of_stream', async () => {
    const { gateway, client } = gatewayFor(
      (_url, i) =>
        [
          page([{ id: 1, timestamp: 1000, updater_id: 5 }], 2000, false),
          page(
            [
              { id: 1, timestamp: 1000, updater_id: 5 },
              { id: 2, timestamp: 2500, updater_id: 6 },
            ],
            3000,
            false,
          ),
          page([{ id: 3, timestamp: 3999, updater_id: 5 }], 4000, true),
        ][i] ?? failure(500),
    );
    const first = await probeTicketEvents(gateway, 900);
    const progress: number[] = [];
    const stream = await followTicketEvents(gateway, 900, first, { onProgress: (p) => progress.push(p.coveredSeconds) });
    expect(Object.fromEntries(sumDays(stream.days, ''))).toEqual({ 5: 2, 6: 1 });
    expect(stream.endTime).toBe(4000);
    expect(stream.boundaryIds).toEqual([3]);
    expect(client.requests[0]?.url).toBe(ticketEventsUrl(900));
    expect(client.requests[1]?.url).toBe('/api/v2/incremental/ticket_events?start_time=2000&include=comment_events');
    expect(client.requests).toHaveLength(3);
    expect(progress).toEqual([1100, 2100, 3100]);
  });
});

describe('search counts', () => {
  it('asks once per seat with a commenter query and reports each count', async () => {
    const { gateway, client } = gatewayFor((url) => json({ count: Number(/commenter%3A(\d+)/.exec(url)?.[1]) % 3 }));
    const reported: number[] = [];
    const counts = await interactionsFromSearch(gateway, [10, 11, 12, 13, 14], '2026-10-24', { onCount: (id) => reported.push(id), concurrency: 2 });
    expect(Object.fromEntries(counts)).toEqual({ 10: 1, 11: 2, 12: 0, 13: 1, 14: 2 });
    expect(reported.sort()).toEqual([10, 11, 12, 13, 14]);
    expect(client.requests[0]?.url).toBe(searchCountUrl(10, '2026-10-24'));
    expect(decodeURIComponent(searchCountUrl(10, '2026-10-24'))).toBe('/api/v2/search/count?query=type:ticket commenter:10 updated>=2026-10-24');
  });

  it('stops asking once one count fails', async () => {
    const { gateway, client } = gatewayFor((url) => (url.includes('commenter%3A2') ? failure(403) : json({ count: 1 })));
    await expect(interactionsFromSearch(gateway, [1, 2, 3, 4, 5, 6, 7, 8], '2026-10-24', { concurrency: 1 })).rejects.toThrow();
    expect(client.requests).toHaveLength(2);
  });
});
