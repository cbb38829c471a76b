/**
 * The history keeper: Zendesk first, the browser when Zendesk cannot keep it (and why),
 * the browser's copy of what Zendesk held when Zendesk cannot be read just now, and
 * writes that show at once whatever Zendesk answers.
 */
import { describe, expect, it } from 'vitest';
import { toFields, type DayFigures } from '../history/record';
import { memoryStore } from '../storage/store';
import { FakeZafClient, failure, fakeGateway } from '../test/fakeZafClient';
import { FakeRecords } from '../test/historyStore';
import { upsertDay } from '../zendesk/history';
import { createHistoryKeeper, historyKey } from './history';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const FIGURES: DayFigures = { seats: 5, paid: 4, idle: 1, suspended: 1, released: 0, idleCost: null, suspendedCost: null, currency: null };

function setup(mode: FakeRecords['mode'] = 'ok') {
  const records = new FakeRecords(() => NOW);
  records.mode = mode;
  const client = new FakeZafClient((o) => records.answer(o) ?? failure(404));
  const gateway = fakeGateway(client, { budget: null });
  const store = memoryStore();
  const keeper = () =>
    createHistoryKeeper({ gateway, store, subdomain: 'acme', installationId: 2, user: { id: 9, name: 'Ada' }, kind: 'unattended', clock: () => NOW });
  return { records, client, gateway, store, keeper };
}

describe('history keeper', () => {
  it('reads Zendesk’s days, writes today’s there, and keeps a copy in the browser', async () => {
    const { records, gateway, store, keeper } = setup();
    await upsertDay(gateway, '2026-11-21', toFields({ figures: FIGURES }));
    const k = keeper();
    await k.load();
    expect(k.getState()).toMatchObject({ phase: 'loaded', source: 'zendesk', fallback: null });
    expect(k.getState().days.map((d) => d.day)).toEqual(['2026-11-21']);
    const seen: string[][] = [];
    k.subscribe(() => seen.push(k.getState().days.map((d) => d.day)));
    const writing = k.recordReview(FIGURES);
    // Shown at once, before Zendesk answers.
    expect(k.getState().days.map((d) => d.day)).toEqual(['2026-11-21', '2026-11-23']);
    await writing;
    expect(records.records.map((r) => r.name)).toEqual(['2026-11-21', '2026-11-23']);
    expect(k.getState().days[1]).toMatchObject({ figures: FIGURES, run: { kind: 'unattended', byId: 9, byName: 'Ada' } });
    expect(seen.length).toBeGreaterThan(0);
    const copy = JSON.parse(store.getItem(historyKey('acme', 2)) ?? '{}') as { days: { day: string }[] };
    expect(copy.days.map((d) => d.day)).toEqual(['2026-11-21', '2026-11-23']);
  });

  it.each([
    ['plan', 'plan'],
    ['missing', 'not-installed'],
  ] as const)('keeps the history in the browser when Zendesk answers %s, and says why', async (mode, fallback) => {
    const { records, store, keeper } = setup(mode);
    const first = keeper();
    await first.load();
    expect(first.getState()).toMatchObject({ phase: 'loaded', source: 'browser', fallback, days: [] });
    await first.recordReview(FIGURES);
    // No write is tried where Zendesk said it keeps none.
    expect(records.calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);
    expect(first.getState()).toMatchObject({ writeProblem: null, days: [{ day: '2026-11-23', figures: FIGURES }] });
    // The next session in this browser finds it.
    const next = keeper();
    await next.load();
    expect(next.getState().days).toEqual(first.getState().days);
    expect(store.data.size).toBe(1);
  });

  it('shows the browser’s copy when Zendesk cannot be read just now, and says when a write failed', async () => {
    const { records, gateway, keeper } = setup();
    await upsertDay(gateway, '2026-11-22', toFields({ figures: FIGURES }));
    const before = keeper();
    await before.load();
    records.mode = 'down';
    const now = keeper();
    await now.load();
    expect(now.getState()).toMatchObject({ source: 'browser', fallback: 'unreadable', days: [{ day: '2026-11-22' }] });
    await now.recordReview(FIGURES);
    expect(now.getState().writeProblem).toMatchObject({ code: 'gateway', status: 503 });
    expect(now.getState().days.map((d) => d.day)).toEqual(['2026-11-22', '2026-11-23']);
    records.mode = 'ok';
    await now.recordSnapshot({ id: 's', result: 'sent', accepted: 1, parts: 1, at: new Date(NOW).toISOString() });
    expect(now.getState().writeProblem).toBeNull();
    // Zendesk had lost the figures' write: the snapshot's carries their details, its typed fields are gone.
    expect(records.records.find((r) => r.name === '2026-11-23')?.custom_object_fields).toMatchObject({ snapshot_result: 'sent' });
  });

  it('a write before Zendesk falls back to the browser moves the history there', async () => {
    const { keeper } = setup('plan');
    const k = keeper();
    await k.recordReview(FIGURES);
    expect(k.getState()).toMatchObject({ source: 'browser', fallback: 'plan', writeProblem: null, days: [{ figures: FIGURES }] });
  });

  it('does nothing more once disposed', async () => {
    const { records, keeper } = setup();
    const k = keeper();
    k.dispose();
    await k.recordReview(FIGURES);
    await k.idle();
    expect(records.calls).toEqual([]);
  });
});
