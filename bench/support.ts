/**
 * Bench plumbing: a stand-in per scenario (latency, plan budget, export budget, window),
 * its request log, the floors, and a memory sampler.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { LoggedRequest } from '../standin/api';
import type { DemoSpec } from '../standin/demo/account';
import { startStandin, type Standin } from '../standin/server';

export interface StandinConfig {
  account: DemoSpec;
  latencyMs: number;
  rateLimitPerMinute: number;
  incrementalPerMinute: number;
  /** The stand-in's rate-limit window: 60,000, or shorter when time is compressed. */
  minuteMs: number;
}

/** Every stand-in started and not yet closed, so any exit path can close them. */
export const openStandins = new Set<Standin>();

export async function control(standin: Standin, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${standin.zendeskUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text === '' ? null : (JSON.parse(text) as unknown);
}

export async function openStandin(config: StandinConfig): Promise<Standin> {
  const standin = await startStandin({
    zendeskPort: 0,
    appPort: 0,
    account: config.account,
    latencyMs: config.latencyMs,
    rateLimitPerMinute: config.rateLimitPerMinute,
    windowMs: config.minuteMs,
  });
  openStandins.add(standin);
  await control(standin, 'POST', '/__standin/faults', { incrementalPerMinute: config.incrementalPerMinute, windowMs: config.minuteMs });
  return standin;
}

export async function closeStandin(standin: Standin): Promise<void> {
  openStandins.delete(standin);
  await standin.close();
}

/** Clears the request log and starts fresh rate windows (a new budget starts a new window). */
export async function freshWindow(standin: Standin, config: StandinConfig): Promise<void> {
  await control(standin, 'DELETE', '/__standin/requests');
  await control(standin, 'POST', '/__standin/faults', {
    rateLimitPerMinute: config.rateLimitPerMinute,
    incrementalPerMinute: config.incrementalPerMinute,
    windowMs: config.minuteMs,
  });
}

export async function loggedRequests(standin: Standin): Promise<LoggedRequest[]> {
  return ((await control(standin, 'GET', '/__standin/requests')) as { requests: LoggedRequest[] }).requests;
}

/** The demo account's clock ("now", moving with the wall clock) as the stand-in sees it. */
export async function standinNow(standin: Standin): Promise<number> {
  const { now } = (await control(standin, 'GET', '/__standin/account')) as { now: string };
  return Date.parse(now);
}

/**
 * The floor: no client can beat either of
 * - sequential paging: a cursor stream's pages one after another, each costing the
 *   injected latency (independent streams may overlap, so the longest one counts);
 * - a rate limit: the first window's `perMinute` requests may go at once, every further
 *   one needs 1/perMinute of a window: (requests − perMinute) / perMinute windows.
 */
export interface FloorInput {
  /** Pages of each cursor stream that must be read in order. */
  streams: number[];
  latencyMs: number;
  /** `sequential`: the budget's requests are one cursor stream (each waits for the last answer). */
  budgets: { requests: number; perMinute: number; sequential?: boolean }[];
  minuteMs: number;
}

export interface Floor {
  sequentialMs: number;
  rateMs: number;
  floorMs: number;
}

/**
 * A budget of L a window lets requests 1..L go at once; request kL+1 cannot arrive before
 * k windows have passed since the first (a window opens at the first request after the
 * last one closed, and a sliding window is stricter still), and it still waits for its
 * answer: (ceil(n/L) − 1) windows + one latency, when n > L.
 */
export function rateFloorMs(requests: number, perMinute: number, minuteMs: number, latencyMs: number): number {
  return requests <= perMinute ? 0 : (Math.ceil(requests / perMinute) - 1) * minuteMs + latencyMs;
}

/**
 * One cursor stream under a budget of L a window: its last window opens no sooner than
 * (⌈n/L⌉ − 1) windows after the first request, and the requests in it still go one after
 * another: ((n − 1) mod L + 1) latencies more.
 */
export function streamRateFloorMs(requests: number, perMinute: number, minuteMs: number, latencyMs: number): number {
  if (requests === 0) return 0;
  return (Math.ceil(requests / perMinute) - 1) * minuteMs + (((requests - 1) % perMinute) + 1) * latencyMs;
}

export function floorOf(input: FloorInput): Floor {
  const sequentialMs = Math.max(0, ...input.streams) * input.latencyMs;
  const rateMs = Math.max(
    0,
    ...input.budgets.map((b) =>
      b.sequential
        ? streamRateFloorMs(b.requests, b.perMinute, input.minuteMs, input.latencyMs)
        : rateFloorMs(b.requests, b.perMinute, input.minuteMs, input.latencyMs),
    ),
  );
  return { sequentialMs, rateMs, floorMs: Math.max(sequentialMs, rateMs) };
}

export const pagesOf = (records: number, perPage = 100): number => Math.max(1, Math.ceil(records / perPage));

let gcFn: (() => void) | null | undefined;
/** A full GC when V8 allows it (the flag is set at run time: `npm run bench` passes no node flags). */
export function collectGarbage(): void {
  if (gcFn === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gcFn = runInNewContext('gc') as () => void;
    } catch {
      gcFn = null;
    }
  }
  gcFn?.();
}

export interface MemoryPeak {
  baseRss: number;
  baseHeap: number;
  peakRss: number;
  peakHeap: number;
}

/** Samples process.memoryUsage() every 25 ms while `work` runs. */
export async function withMemoryPeak<T>(work: () => Promise<T>): Promise<{ value: T; memory: MemoryPeak }> {
  collectGarbage();
  const base = process.memoryUsage();
  const memory: MemoryPeak = { baseRss: base.rss, baseHeap: base.heapUsed, peakRss: base.rss, peakHeap: base.heapUsed };
  const sample = (): void => {
    const m = process.memoryUsage();
    memory.peakRss = Math.max(memory.peakRss, m.rss);
    memory.peakHeap = Math.max(memory.peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 25);
  try {
    const value = await work();
    sample();
    return { value, memory };
  } finally {
    clearInterval(timer);
  }
}

export const MB = 1024 * 1024;
