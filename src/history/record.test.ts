import { describe, expect, it } from 'vitest';
import { dayOf, dayStart, externalIdOf, fromWire, isDay, toFields, type DayFigures, type DayRecord, type DaySnapshot } from './record';

const FIGURES: DayFigures = { seats: 12, paid: 10, idle: 3, suspended: 2, released: 1, idleCost: 165, suspendedCost: 110, currency: 'EUR' };
const SNAPSHOT: DaySnapshot = { id: '3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a10', result: 'sent', accepted: 3, parts: 3, at: '2026-11-23T06:11:00.000Z' };
const RUN = { kind: 'unattended' as const, byId: 7, byName: 'Ada Admin', at: '2026-11-23T06:10:30.000Z' };
const CLAIM = { token: 'k3y', byId: 7, at: '2026-11-23T06:10:00.000Z' };

/** A record as Zendesk would return it after an upsert of `fields`. */
const wire = (day: string, fields: Record<string, unknown>) => ({
  id: '01J',
  name: day,
  external_id: externalIdOf(day),
  custom_object_fields: fields,
});

describe('day record', () => {
  it('knows UTC days', () => {
    expect(dayOf(Date.parse('2026-11-23T23:59:59Z'))).toBe('2026-11-23');
    expect(dayOf(Date.parse('2026-11-24T00:00:00Z'))).toBe('2026-11-24');
    expect(dayStart('2026-11-23')).toBe(Date.parse('2026-11-23T00:00:00Z'));
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-1-1')).toBe(false);
    expect(externalIdOf('2026-11-23')).toBe('seat-review-day-2026-11-23');
  });

  it('reads back every part it writes', () => {
    const fields = toFields({ figures: FIGURES, snapshot: SNAPSHOT, run: RUN, claim: CLAIM });
    expect(fields).toMatchObject({ paid_seats: 10, idle_seats: 3, suspended_seats: 2, released_seats: 1, idle_cost: 165, snapshot_result: 'sent' });
    expect(fields.claim).toBe('k3y 7 2026-11-23T06:10:00.000Z');
    const back = fromWire(wire('2026-11-23', { ...fields }));
    expect(back).toEqual<DayRecord>({ day: '2026-11-23', figures: FIGURES, snapshot: SNAPSHOT, run: RUN, claim: CLAIM });
  });

  it('a write of one part sends only its fields, and keeps the details of the others as last read', () => {
    const current: DayRecord = { day: '2026-11-23', figures: FIGURES, snapshot: null, run: RUN, claim: null };
    const fields = toFields({ snapshot: SNAPSHOT }, current);
    expect(Object.keys(fields).sort()).toEqual(['details', 'snapshot_result']);
    const merged = fromWire(wire('2026-11-23', { ...toFields({ figures: FIGURES, run: RUN }), ...fields }));
    expect(merged).toMatchObject({ figures: FIGURES, snapshot: SNAPSHOT, run: RUN });
    // A claim alone touches nothing else; null clears it.
    expect(toFields({ claim: CLAIM })).toEqual({ claim: 'k3y 7 2026-11-23T06:10:00.000Z' });
    expect(toFields({ claim: null })).toEqual({ claim: null });
  });

  it('leaves out what it cannot read, and refuses records that are not ours', () => {
    expect(fromWire({ name: '2026-11-23', external_id: 'other', custom_object_fields: {} })).toBeNull();
    expect(fromWire({ name: 'not a day', external_id: externalIdOf('not a day') })).toBeNull();
    expect(fromWire(null)).toBeNull();
    const odd = fromWire(wire('2026-11-23', { paid_seats: '10', idle_seats: 3, suspended_seats: null, details: '{oops', claim: 'one two' }));
    expect(odd).toEqual({ day: '2026-11-23', figures: null, snapshot: null, run: null, claim: null });
    // Decimals come back as strings from some APIs: read as numbers.
    const strings = fromWire(wire('2026-11-23', { paid_seats: '10', idle_seats: '3', suspended_seats: '0', idle_cost: '12.5' }));
    expect(strings?.figures).toMatchObject({ paid: 10, seats: 10, idle: 3, suspended: 0, idleCost: 12.5, suspendedCost: null, released: 0 });
    // A result the app never writes is no snapshot.
    expect(
      fromWire(
        wire('2026-11-23', { snapshot_result: 'maybe', details: JSON.stringify({ v: 1, snapshot: { id: 'x', accepted: 1, parts: 1, at: 'now' } }) }),
      )?.snapshot,
    ).toBeNull();
  });
});
