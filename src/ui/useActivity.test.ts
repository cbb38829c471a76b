import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSeat, NOW } from '../test/seats';
import { FakeZafClient, json } from '../test/fakeZafClient';
import { ZendeskGateway } from '../zaf/gateway';
import { cacheKey } from '../zendesk/interactionCache';
import { useActivity } from './useActivity';

/** Sessions: none; the ticket event export: one event by seat 1, then the end of the stream. */
function client(): FakeZafClient {
  return new FakeZafClient((o) => {
    if (o.url.startsWith('/api/v2/sessions')) return json({ sessions: [], meta: { has_more: false }, links: {} });
    const end = Math.floor(NOW / 1000) - 60;
    return json({ ticket_events: [{ id: 1, timestamp: end - 3600, updater_id: 1 }], end_time: end, end_of_stream: true, next_page: null, count: 1 });
  });
}

function renderActivity() {
  const seats = [makeSeat({ id: 1 }), makeSeat({ id: 2 })];
  const gateway = new ZendeskGateway(client(), { sleep: async () => undefined, budget: null });
  const source = { seats: Promise.resolve(seats), expected: Promise.resolve(2) };
  return renderHook(() => useActivity({ gateway, source, seats, idleDays: 30, now: NOW, subdomain: 'acme' }));
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('useActivity', () => {
  it('keeps the counts for the next review', async () => {
    const { result } = renderActivity();
    await waitFor(() => expect(result.current.phase.kind).toBe('done'));
    expect(result.current.cacheKept).toBe(true);
    expect(localStorage.getItem(cacheKey('acme'))).not.toBeNull();
  });

  it('says when the browser could not keep the counts', async () => {
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === cacheKey('acme')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    const { result } = renderActivity();
    await waitFor(() => expect(result.current.phase.kind).toBe('done'));
    expect(result.current.activity.get(1)?.interactions).toBe(1);
    expect(result.current.cacheKept).toBe(false);
    expect(localStorage.getItem(cacheKey('acme'))).toBeNull();
  });
});
