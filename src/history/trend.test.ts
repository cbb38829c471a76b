import { describe, expect, it } from 'vitest';
import type { DayFigures, DayRecord } from './record';
import { dayFigures } from '../test/historyStore';
import { changeSincePrevious, lastSnapshot, trendSeries } from './trend';

const figures = dayFigures;

const record = (day: string, f: DayFigures | null, more: Partial<DayRecord> = {}): DayRecord => ({
  day,
  figures: f,
  snapshot: null,
  run: null,
  claim: null,
  ...more,
});

describe('trendSeries', () => {
  it('has one point per day of the span, ending today, with gaps where no review was recorded', () => {
    const days = [record('2026-11-24', figures(40, 5, 1)), record('2026-11-27', figures(42, 4, 1))];
    const { points } = trendSeries(days, { today: '2026-11-28', span: 7 });
    expect(points.map((p) => p.day)).toEqual(['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28']);
    expect(points.map((p) => p.figures?.paid ?? null)).toEqual([null, null, 40, null, null, 42, null]);
    expect(points[5]?.figures).toEqual({ paid: 42, idle: 4, suspended: 1, cost: null });
  });

  it('spans 60 days by default, across a month end, and leaves out days before it', () => {
    const { points } = trendSeries([record('2026-09-29', figures(1, 1, 1)), record('2026-09-30', figures(2, 2, 2))], { today: '2026-11-28' });
    expect(points).toHaveLength(60);
    expect(points[0]).toEqual({ day: '2026-09-30', figures: { paid: 2, idle: 2, suspended: 2, cost: null } });
    expect(points.at(-1)?.day).toBe('2026-11-28');
  });

  it('counts a day only claimed (no figures yet) as a gap', () => {
    const claimed = record('2026-11-28', null, { claim: { token: 't', byId: 1, at: '2026-11-28T06:00:00Z' } });
    expect(trendSeries([claimed], { today: '2026-11-28', span: 2 }).points.map((p) => p.figures)).toEqual([null, null]);
  });

  it('prices a day as idle plus suspended a month, in the newest priced currency only', () => {
    const days = [
      record('2026-11-25', figures(10, 2, 1, { idleCost: 100, suspendedCost: 50, currency: 'EUR' })),
      record('2026-11-26', figures(10, 2, 1, { idleCost: 110, suspendedCost: 55, currency: 'USD' })),
      record('2026-11-27', figures(10, 2, 0, { idleCost: 120, suspendedCost: null, currency: 'USD' })),
      record('2026-11-28', figures(10, 2, 0)),
    ];
    const series = trendSeries(days, { today: '2026-11-28', span: 4 });
    expect(series.currency).toBe('USD');
    expect(series.priced).toBe(true);
    expect(series.points.map((p) => p.figures?.cost)).toEqual([null, 165, 120, null]);
  });

  it('is unpriced when no day has a price', () => {
    const series = trendSeries([record('2026-11-28', figures(3, 1, 0))], { today: '2026-11-28', span: 3 });
    expect(series).toMatchObject({ currency: null, priced: false });
  });

  it('reads records out of order and keeps the last of a duplicated day', () => {
    const days = [record('2026-11-28', figures(9, 0, 0)), record('2026-11-27', figures(8, 0, 0)), record('2026-11-28', figures(7, 0, 0))];
    expect(trendSeries(days, { today: '2026-11-28', span: 2 }).points.map((p) => p.figures?.paid)).toEqual([8, 7]);
  });
});

describe('changeSincePrevious', () => {
  it('compares the latest review with the nearest earlier one, skipping days without figures', () => {
    const days = [
      record('2026-11-20', figures(40, 5, 1, { idleCost: 250, suspendedCost: 50, currency: 'USD' })),
      record('2026-11-25', null),
      record('2026-11-28', figures(42, 4, 1, { idleCost: 200, suspendedCost: 50, currency: 'USD' })),
    ];
    expect(changeSincePrevious(days)).toEqual({
      day: '2026-11-28',
      previousDay: '2026-11-20',
      paid: 2,
      idle: -1,
      suspended: 0,
      cost: -50,
      currency: 'USD',
    });
  });

  it('has no cost change when either day is unpriced or the currency changed', () => {
    const priced = record('2026-11-27', figures(1, 1, 0, { idleCost: 50, currency: 'USD' }));
    expect(changeSincePrevious([priced, record('2026-11-28', figures(1, 1, 0))])?.cost).toBeNull();
    const euros = record('2026-11-28', figures(1, 1, 0, { idleCost: 40, currency: 'EUR' }));
    expect(changeSincePrevious([priced, euros])).toMatchObject({ cost: null, currency: null });
  });

  it('is null with fewer than two reviews', () => {
    expect(changeSincePrevious([])).toBeNull();
    expect(changeSincePrevious([record('2026-11-28', figures(1, 0, 0)), record('2026-11-27', null)])).toBeNull();
  });
});

describe('lastSnapshot', () => {
  const snapshot = (id: string) => ({ id, result: 'sent' as const, accepted: 3, parts: 3, at: '2026-11-27T06:10:00Z' });
  const run = { kind: 'unattended' as const, byId: 7, byName: 'Ada Admin', at: '2026-11-27T06:09:00Z' };

  it('is the newest day with a snapshot, with who ran it', () => {
    const days = [
      record('2026-11-26', figures(1, 0, 0), { snapshot: snapshot('a') }),
      record('2026-11-27', figures(1, 0, 0), { snapshot: snapshot('b'), run }),
      record('2026-11-28', figures(1, 0, 0)),
    ];
    expect(lastSnapshot(days)).toEqual({ day: '2026-11-27', snapshot: snapshot('b'), run });
  });

  it('is null when no day has one', () => {
    expect(lastSnapshot([record('2026-11-28', figures(1, 0, 0))])).toBeNull();
  });
});
