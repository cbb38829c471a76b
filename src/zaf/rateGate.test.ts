import { describe, expect, it } from 'vitest';
import { RateGate } from './rateGate';

function clockedGate(limit: number, windowMs: number) {
  let now = 0;
  const waits: number[] = [];
  const gate = new RateGate(
    limit,
    windowMs,
    () => now,
    async (ms) => {
      waits.push(ms);
      now += ms;
    },
  );
  return { gate, waits, advance: (ms: number) => (now += ms), time: () => now };
}

describe('RateGate', () => {
  it('lets a window’s worth through at once, then waits for the oldest to leave the window', async () => {
    const { gate, waits, time } = clockedGate(3, 60_000);
    for (let i = 0; i < 3; i++) await gate.take();
    expect(waits).toEqual([]);
    await gate.take();
    expect(waits).toEqual([60_000]);
    expect(time()).toBe(60_000);
  });

  it('never allows more than the limit in any window', async () => {
    const { gate, advance, time } = clockedGate(10, 60_000);
    const starts: number[] = [];
    for (let i = 0; i < 35; i++) {
      await gate.take();
      starts.push(time());
      advance(1000);
    }
    for (const start of starts) expect(starts.filter((s) => s >= start && s < start + 60_000).length).toBeLessThanOrEqual(10);
  });

  it('stops waiting when aborted', async () => {
    const gate = new RateGate(1, 60_000);
    await gate.take();
    const abort = new AbortController();
    const pending = gate.take(abort.signal);
    abort.abort();
    await expect(pending).rejects.toThrow('Cancelled');
  });
});

describe('RateGate.forZendesk', () => {
  it('keeps 1% of the window spare, so a request never lands just inside Zendesk’s window', async () => {
    const gate = RateGate.forZendesk(2, 6000);
    expect(gate.limit).toBe(2);
    expect(gate.windowMs).toBe(6060);
    expect(RateGate.forZendesk(10).windowMs).toBe(60_600);
  });
});
