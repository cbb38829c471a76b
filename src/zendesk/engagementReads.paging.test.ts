import { describe, expect, it } from 'vitest';
import { FakeZafClient, failure, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { ZendeskGateway } from '../zaf/gateway';
import { followTicketEvents, lastSeenBySession, probeTicketEvents, SESSIONS_URL, ticketEventsUrl } from './engagementReads';

/** The ticket event export and the sessions feed always move forward (point 2). */
const RUNAWAY = 20;

function gatewayFor(answer: (url: string, index: number) => ScriptedAnswer, accountOrigins?: string[]) {
  const client = new FakeZafClient((o, i) => (i >= RUNAWAY ? failure(404) : answer(o.url, i)));
  const gateway = new ZendeskGateway(client, { sleep: () => Promise.resolve(), random: () => 0, ...(accountOrigins ? { accountOrigins } : {}) });
  return { client, gateway, urls: () => client.requests.map((r) => r.url) };
}

const exportPage = (events: unknown[], endTime: number, next: string | null, end = false) =>
  json({ ticket_events: events, end_time: endTime, end_of_stream: end, next_page: next, count: events.length });
const nextAt = (start: number, extra = '') =>
  `https://acme.zendesk.com/api/v2/incremental/ticket_events?start_time=${start}&include=comment_events${extra}`;

async function follow(gateway: ZendeskGateway, since: number) {
  const first = await probeTicketEvents(gateway, since);
  return followTicketEvents(gateway, since, first).then(
    () => null,
    (error: unknown) => error,
  );
}

describe('followTicketEvents moves forward', () => {
  it('a page short of the end whose end_time does not advance ends with stalled-export', async () => {
    // Each next_page is new (a changing cursor), but time stands still at 2000.
    const { gateway, urls } = gatewayFor((_url, i) => exportPage([{ id: i + 1, timestamp: 1500, updater_id: 5 }], 2000, nextAt(2000, `&n=${i}`)));
    const error = await follow(gateway, 900);
    expect(error).toMatchObject({ name: 'PagingError', code: 'stalled-export' });
    expect(error).toMatchObject({ stream: '/api/v2/incremental/ticket_events' });
    expect(urls()).toHaveLength(2);
  });

  it('a next_page already asked for ends with stalled-export, unsent', async () => {
    // end_time moves on, but next_page keeps pointing at the probe's own URL.
    const { gateway, urls } = gatewayFor((_url, i) => exportPage([], 2000 + i, nextAt(900)));
    const error = await follow(gateway, 900);
    expect(error).toMatchObject({ name: 'PagingError', code: 'stalled-export' });
    expect(urls()).toEqual([ticketEventsUrl(900)]);
  });

  it('a next_page on another host is refused, never requested', async () => {
    const { gateway, urls } = gatewayFor(
      (_url, i) =>
        i === 0
          ? exportPage([], 2000, 'https://evil.example.com/api/v2/incremental/ticket_events?start_time=2000')
          : exportPage([], 3000, null, true),
      ['https://acme.zendesk.com'],
    );
    const error = await follow(gateway, 900);
    expect(error).toMatchObject({ name: 'PagingError', code: 'off-host-link' });
    expect(urls()).toEqual([ticketEventsUrl(900)]);
  });

  it('a page short of the end without next_page continues from its end_time instead of passing for complete', async () => {
    const { gateway, urls } = gatewayFor((_url, i) =>
      i === 0
        ? exportPage([{ id: 1, timestamp: 1000, updater_id: 5 }], 2000, null)
        : exportPage([{ id: 2, timestamp: 2500, updater_id: 6 }], 3000, nextAt(3000), true),
    );
    const first = await probeTicketEvents(gateway, 900);
    const stream = await followTicketEvents(gateway, 900, first);
    expect(stream.endTime).toBe(3000);
    expect(urls()).toEqual([ticketEventsUrl(900), ticketEventsUrl(2000)]);
  });
});

describe('the sessions feed', () => {
  it('a feed linking to itself fails after one request instead of looping', async () => {
    const { gateway, urls } = gatewayFor(() =>
      json({
        sessions: [{ user_id: 1, last_seen_at: '2026-11-01T00:00:00Z' }],
        meta: { has_more: true },
        links: { next: 'https://acme.zendesk.com/api/v2/sessions?page%5Bsize%5D=100' },
      }),
    );
    await expect(lastSeenBySession(gateway)).rejects.toMatchObject({ name: 'PagingError', code: 'repeated-page' });
    expect(urls()).toEqual([SESSIONS_URL]);
  });
});
