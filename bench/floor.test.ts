import { describe, expect, it } from 'vitest';
import { floorOf, rateFloorMs, streamRateFloorMs } from './support';

describe('the floor', () => {
  it('lets a budget’s first L requests go at once, then one window per further L', () => {
    expect(rateFloorMs(10, 10, 6000, 100)).toBe(0);
    expect(rateFloorMs(11, 10, 6000, 100)).toBe(6100);
    expect(rateFloorMs(20, 10, 6000, 100)).toBe(6100);
    expect(rateFloorMs(31, 10, 6000, 100)).toBe(18_100);
  });

  it('is the longest stream or the tightest budget, whichever is larger', () => {
    expect(floorOf({ streams: [3, 91, 1], latencyMs: 100, budgets: [{ requests: 222, perMinute: 700 }], minuteMs: 6000 })).toEqual({
      sequentialMs: 9100,
      rateMs: 0,
      floorMs: 9100,
    });
    expect(floorOf({ streams: [31], latencyMs: 100, budgets: [{ requests: 31, perMinute: 10 }], minuteMs: 6000 }).floorMs).toBe(18_100);
  });

  it('a rate-limited cursor stream: whole windows, then its last window’s pages one after another', () => {
    expect(streamRateFloorMs(0, 10, 6000, 100)).toBe(0);
    expect(streamRateFloorMs(3, 10, 6000, 100)).toBe(300);
    expect(streamRateFloorMs(30, 10, 6000, 100)).toBe(13_000);
    expect(streamRateFloorMs(31, 10, 6000, 100)).toBe(18_100);
    expect(floorOf({ streams: [30], latencyMs: 100, budgets: [{ requests: 30, perMinute: 10, sequential: true }], minuteMs: 6000 }).floorMs).toBe(
      13_000,
    );
  });
});
