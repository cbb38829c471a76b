import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dayOf, fromWire, type DayRecord } from '../../src/history/record';
import { startTestServer } from '../api/testServer';
import { generateAccount } from './account';
import { historyDays } from './history';

const NOW = '2025-06-01T12:00:00Z';
const account = generateAccount({ now: NOW, seats: 240, endUsers: 100 });
const REQUIREMENTS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../requirements.json');

/** The seeded days as the app reads them back. */
function read(days: number, seed = account): DayRecord[] {
  return historyDays(seed, { days }).map((d) => {
    const record = fromWire({ name: d.name, external_id: d.externalId, custom_object_fields: d.fields });
    if (!record) throw new Error(`the app cannot read ${d.name}`);
    return record;
  });
}

describe('historyDays', () => {
  const days = read(90);

  it('covers the days before today, oldest first, with gaps: about one in six missing and a run of three', () => {
    const names = days.map((d) => d.day);
    expect([...names].sort()).toEqual(names);
    expect(names[0]! >= '2025-03-03').toBe(true);
    expect(names.at(-1)! <= '2025-05-31').toBe(true);
    expect(names).not.toContain('2025-06-01');
    const missing = 90 - days.length;
    expect(missing).toBeGreaterThanOrEqual(8);
    expect(missing).toBeLessThanOrEqual(22);
    const all = Array.from({ length: 90 }, (_, i) => dayOf(Date.parse('2025-03-03T00:00:00Z') + i * 86_400_000));
    const runs = all.map((d) => (names.includes(d) ? '1' : '0')).join('');
    expect(runs).toContain('10001');
    expect(runs).not.toContain('0000');
  });

  it('is deterministic from the account seed', () => {
    expect(historyDays(account, { days: 30 })).toEqual(historyDays(account, { days: 30 }));
    const other = generateAccount({ now: NOW, seats: 240, endUsers: 100, seed: 2 });
    expect(historyDays(other, { days: 30 })).not.toEqual(historyDays(account, { days: 30 }));
  });

  it('drifts around the account counts, with costs at 55 USD a seat and releases making the past worse', () => {
    for (const d of days) {
      const f = d.figures!;
      expect(f.idleCost).toBe(f.idle * 55);
      expect(f.suspendedCost).toBe(f.suspended * 55);
      expect(f.currency).toBe('USD');
      expect(f.idle).toBeLessThanOrEqual(f.paid);
      expect(f.seats).toBeGreaterThan(f.paid);
      expect(f.paid).toBeGreaterThan(150);
      expect(f.paid).toBeLessThan(260);
    }
    expect(days.some((d) => d.figures!.released > 0)).toBe(true);
    expect(days[0]!.figures!.idle).toBeGreaterThan(days.at(-1)!.figures!.idle);
  });

  it('runs mostly unattended at about 06:10 UTC by the owner, a few manual reviews, one failed snapshot', () => {
    const unattended = days.filter((d) => d.run?.kind === 'unattended');
    const manual = days.filter((d) => d.run?.kind === 'manual');
    expect(unattended.length + manual.length).toBe(days.length);
    expect(unattended.length).toBeGreaterThan(days.length * 0.7);
    expect(manual.length).toBeGreaterThan(0);
    for (const d of unattended) {
      expect(d.run!.byId).toBe(account.ownerId);
      expect(d.claim).toMatchObject({ byId: account.ownerId, at: expect.stringMatching(new RegExp(`^${d.day}T06:1[0-2]`)) as unknown });
      expect(d.run!.at > d.claim!.at).toBe(true);
    }
    for (const d of manual) {
      expect(d.claim).toBeNull();
      expect([account.ownerId, ...account.adminIds]).toContain(d.run!.byId);
    }
    expect(days.filter((d) => d.snapshot!.result === 'failed')).toHaveLength(1);
    for (const d of days.filter((d) => d.snapshot!.result === 'sent')) expect(d.snapshot!.accepted).toBe(d.snapshot!.parts);
    expect(new Set(days.map((d) => d.snapshot!.id)).size).toBe(days.length);
  });

  it('gives nothing for 0 days and refuses nonsense', () => {
    expect(historyDays(account, { days: 0 })).toEqual([]);
    expect(() => historyDays(account, { days: -1 })).toThrow(RangeError);
    expect(read(5)).toHaveLength(historyDays(account, { days: 5 }).length);
  });
});

describe('the stand-in serves the seeded history from requirements.json', () => {
  it('installs seat_review_day and lists the history records the app reads, kept over a reset', async () => {
    const requirements: unknown = JSON.parse(fs.readFileSync(REQUIREMENTS_FILE, 'utf8'));
    const t = await startTestServer({ seats: 120, endUsers: 50 }, { requirements, historyDays: 60 });
    try {
      const list = async (): Promise<DayRecord[]> => {
        const res = await t.get('/api/v2/custom_objects/seat_review_day/records?page[size]=100&sort=-id');
        const body = (await res.json()) as { custom_object_records: unknown[] };
        return body.custom_object_records.map((r) => fromWire(r)!);
      };
      const served = await list();
      expect(served.length).toBe(historyDays(t.api.account(), { days: 60 }).length);
      const names = served.map((d) => d.day);
      expect(names).toEqual([...names].sort().reverse()); // newest first
      expect(names[0]! <= '2025-05-31').toBe(true);
      expect(served.every((d) => d.figures && d.run && d.snapshot)).toBe(true);
      await t.control('/__standin/clock', 'POST', { advanceDays: 2 });
      await t.control('/__standin/reset', 'POST', { historyDays: 10 });
      expect((await list()).length).toBe(historyDays(t.api.account(), { days: 10 }).length);
      await t.control('/__standin/reset', 'POST', { historyDays: 0 });
      expect(await list()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
