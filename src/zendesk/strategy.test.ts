import { describe, expect, it } from 'vitest';
import { chooseStrategy, estimatedEventPages, pacedSeconds, type StrategyInput } from './strategy';

const DAY = 86_400;
const base: StrategyInput = {
  seats: 500,
  windowSeconds: 30 * DAY,
  probe: { events: 1000, spanSeconds: 3 * DAY, endOfStream: false },
  rateLimitPerMinute: 700,
  exportPerMinute: 10,
  searchShare: 0.5,
};

describe('estimatedEventPages', () => {
  it.each([
    ['a stream that ended on the probe page', { events: 120, spanSeconds: 30 * DAY, endOfStream: true }, 1],
    ['1,000 events covering a tenth of the window', { events: 1000, spanSeconds: 3 * DAY, endOfStream: false }, 10],
    ['1,000 events covering an hour of 30 days', { events: 1000, spanSeconds: 3600, endOfStream: false }, 720],
    ['a full page covering the whole window (one more page to confirm the end)', { events: 1000, spanSeconds: 30 * DAY, endOfStream: false }, 2],
  ])('%s → %i pages', (_label, probe, pages) => {
    expect(estimatedEventPages(probe, 30 * DAY)).toBe(pages);
  });

  it('assumes at least a page a minute of the window when the probe span is unusable', () => {
    expect(estimatedEventPages({ events: 0, spanSeconds: 0, endOfStream: false }, 600)).toBe(10);
  });
});

describe('pacedSeconds', () => {
  it.each([
    [0, 10, 0],
    [10, 10, 0],
    [11, 10, 60],
    [99, 10, 540],
    [100, 350, 0],
    [1000, 350, 120],
  ])('%i requests at %i a minute → %i s', (requests, perMinute, seconds) => {
    expect(pacedSeconds(requests, perMinute)).toBe(seconds);
  });
});

describe('chooseStrategy', () => {
  it('takes the export when it needs fewer requests than one search per seat', () => {
    const plan = chooseStrategy(base);
    expect(plan).toEqual({ strategy: 'ticket-events', requests: 9, alternativeRequests: 500, etaSeconds: 0, perMinute: 10 });
  });

  it('takes search counts on a small team with a huge ticket volume', () => {
    const plan = chooseStrategy({ ...base, seats: 20, probe: { events: 1000, spanSeconds: 3600, endOfStream: false } });
    expect(plan.strategy).toBe('search-counts');
    expect(plan.requests).toBe(20);
    expect(plan.alternativeRequests).toBe(719);
    expect(plan.perMinute).toBe(350);
    expect(plan.etaSeconds).toBe(0);
  });

  it('paces search at the given share of the plan’s limit, never below one a minute', () => {
    expect(chooseStrategy({ ...base, seats: 3, probe: { ...base.probe, spanSeconds: 60 }, rateLimitPerMinute: 1 }).perMinute).toBe(1);
    expect(chooseStrategy({ ...base, seats: 3, probe: { ...base.probe, spanSeconds: 60 }, rateLimitPerMinute: 200 }).perMinute).toBe(100);
  });

  it('needs no more export requests when the probe page held the whole stream', () => {
    const plan = chooseStrategy({ ...base, probe: { events: 10, spanSeconds: 30 * DAY, endOfStream: true } });
    expect(plan).toMatchObject({ strategy: 'ticket-events', requests: 0, etaSeconds: 0 });
  });

  it('on a tie in requests, finishes sooner', () => {
    // 11 export requests at 10/min take a minute; 11 searches at 350/min take none.
    const plan = chooseStrategy({ ...base, seats: 11, probe: { events: 1000, spanSeconds: (30 * DAY) / 12, endOfStream: false } });
    expect(plan.strategy).toBe('search-counts');
  });

  it('gives a 10,000-seat account with 100,000 events a month the export, about 10 minutes', () => {
    const plan = chooseStrategy({ ...base, seats: 10_000, probe: { events: 1000, spanSeconds: (30 * DAY) / 100, endOfStream: false } });
    expect(plan).toMatchObject({ strategy: 'ticket-events', requests: 99, alternativeRequests: 10_000, etaSeconds: 540 });
  });
});
