import { describe, expect, it } from 'vitest';
import { externalIdOf, toFields } from '../history/record';
import { FakeZafClient, failure, fakeGateway } from '../test/fakeZafClient';
import { FakeRecords } from '../test/historyStore';
import { HistoryError, listDays, readDay, upsertDay } from './history';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const FIGURES = { seats: 5, paid: 4, idle: 1, suspended: 0, released: 0, idleCost: null, suspendedCost: null, currency: null };

function account() {
  const records = new FakeRecords(() => NOW);
  const client = new FakeZafClient((o) => records.answer(o) ?? failure(404));
  return { records, client, gateway: fakeGateway(client, { budget: null }) };
}

const day = (n: number) => new Date(Date.parse('2025-01-01T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);

describe('history in Zendesk', () => {
  it('upserts a day by its external id, sending only the fields named, and reads it back in one request', async () => {
    const { records, client, gateway } = account();
    await upsertDay(gateway, '2026-11-23', toFields({ claim: { token: 't', byId: 1, at: '2026-11-23T06:00:00.000Z' } }));
    const back = await upsertDay(gateway, '2026-11-23', toFields({ figures: FIGURES }));
    expect(back).toMatchObject({ day: '2026-11-23', figures: FIGURES, claim: { token: 't' } });
    expect(records.records).toHaveLength(1);
    const patch = client.requests[1];
    expect(patch?.type).toBe('PATCH');
    expect(patch?.url).toBe(`/api/v2/custom_objects/seat_review_day/records?external_id=${externalIdOf('2026-11-23')}`);
    expect(JSON.parse(patch?.data ?? '')).toMatchObject({
      custom_object_record: { name: '2026-11-23', external_id: externalIdOf('2026-11-23'), custom_object_fields: { paid_seats: 4 } },
    });
    const before = client.requests.length;
    expect(await readDay(gateway, '2026-11-23')).toMatchObject({ figures: FIGURES, claim: { byId: 1 } });
    expect(await readDay(gateway, '2026-11-24')).toBeNull();
    expect(client.requests.slice(before).map((r) => r.url)).toEqual([
      '/api/v2/custom_objects/seat_review_day/records?filter[external_ids]=seat-review-day-2026-11-23',
      '/api/v2/custom_objects/seat_review_day/records?filter[external_ids]=seat-review-day-2026-11-24',
    ]);
  });

  it('lists every page, oldest day first, and stops at the cap', async () => {
    const { records, client, gateway } = account();
    for (let n = 0; n < 250; n += 1) await upsertDay(gateway, day(n), toFields({ figures: FIGURES }));
    const asked = client.requests.length;
    const days = await listDays(gateway);
    expect(days).toHaveLength(250);
    expect(days[0]?.day).toBe(day(0));
    expect(days.at(-1)?.day).toBe(day(249));
    expect(client.requests.length - asked).toBe(3);
    const capped = await listDays(gateway, {}, 120);
    expect(capped.map((d) => d.day)).toEqual(Array.from({ length: 120 }, (_, i) => day(130 + i)));
    expect(records.records).toHaveLength(250);
  });

  it('says where the history goes when Zendesk will not keep it', async () => {
    const { records, gateway } = account();
    const reason = async (mode: FakeRecords['mode']) => {
      records.mode = mode;
      try {
        await readDay(gateway, '2026-11-23');
        return null;
      } catch (error) {
        return error instanceof HistoryError ? [error.fallback, error.failure.code] : error;
      }
    };
    expect(await reason('plan')).toEqual(['plan', 'gateway']);
    expect(await reason('missing')).toEqual(['not-installed', 'gateway']);
    expect(await reason('down')).toEqual(['unreadable', 'gateway']);
    records.mode = 'plan';
    await expect(listDays(gateway)).rejects.toMatchObject({ fallback: 'plan' });
    await expect(upsertDay(gateway, '2026-11-23', {})).rejects.toMatchObject({ fallback: 'plan' });
  });
});
