/**
 * Zendesk's limits on writes, on top of the plan's per-minute budget (planBudget.ts):
 * - updating users has a limit of its own, reported in `zendesk-ratelimit-create-update-user`
 *   (total, remaining, resets): writes are paced to its total a minute, with the same sliding
 *   window every other pace uses, and held until it resets when none remain;
 * - background jobs: at most `total` queued or running per account (30), reported in
 *   `zendesk-ratelimit-inflight-jobs`; other integrations' jobs count too, so the headroom
 *   is read from every job answer, and a TooManyJobs refusal shrinks it to the jobs of
 *   ours still running (one of them ending makes room).
 */
import { abortableSleep, AbortedError } from './gateway';
import { INFLIGHT_JOBS_HEADER, parseLimitHeader, UPDATE_USER_HEADER } from './limitHeader';
import { SlidingWindow } from './rateGate';

type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export class UpdateUserLimit {
  private total: number | null = null;
  private holdUntil = 0;
  private readonly window: SlidingWindow;

  constructor(
    readonly minuteMs: number = 60_000,
    private readonly now: () => number = Date.now,
    private readonly sleep: Sleep = abortableSleep,
  ) {
    // 1% of the window spare, as RateGate.forZendesk: Zendesk counts arrivals, the window departures.
    this.window = new SlidingWindow(minuteMs * 1.01);
  }

  /** Writes a minute as Zendesk last reported; null until an answer said. */
  get perMinute(): number | null {
    return this.total;
  }

  async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.now();
      if (now < this.holdUntil) {
        await this.sleep(this.holdUntil - now, signal);
        continue;
      }
      const wait = this.window.tryStart(this.total ?? Infinity, now);
      if (wait === 0) return;
      await this.sleep(wait, signal);
    }
  }

  observe(_status: number, headers: Record<string, string>): void {
    const header = parseLimitHeader(headers[UPDATE_USER_HEADER]);
    if (header === null) return;
    if (header.total !== null && header.total > 0) this.total = header.total;
    if (header.remaining === 0) {
      // Without a reset time, a whole minute: the limit is per minute.
      const until = this.now() + (header.resets !== null ? header.resets * 1000 : this.minuteMs);
      this.holdUntil = Math.max(this.holdUntil, until);
    }
  }
}

/** The account's job limit as Zendesk documents it, until an answer says otherwise. */
export const DEFAULT_JOBS_IN_FLIGHT = 30;

export class JobSlots {
  private ours = 0;
  private cap: number;
  private waiters: (() => void)[] = [];

  constructor(cap: number = DEFAULT_JOBS_IN_FLIGHT) {
    this.cap = cap;
  }

  /** Jobs of ours queued or running. */
  get inFlight(): number {
    return this.ours;
  }

  /** How many of ours may run at once now. */
  get capacity(): number {
    return this.cap;
  }

  /** Resolves when one more job of ours may be queued, and counts it. */
  async acquire(signal?: AbortSignal): Promise<void> {
    while (this.ours >= this.cap) await this.changed(signal);
    this.ours += 1;
  }

  /** One of ours ended (or was never queued). */
  release(): void {
    this.ours = Math.max(0, this.ours - 1);
    this.wake();
  }

  /** From a job answer (ours counted): others hold `total − remaining − ours`, the rest is ours to use. */
  observe(headers: Record<string, string>): void {
    const header = parseLimitHeader(headers[INFLIGHT_JOBS_HEADER]);
    if (header?.remaining === null || header === null) return;
    const total = header.total ?? DEFAULT_JOBS_IN_FLIGHT;
    this.cap = Math.min(total, header.remaining + this.ours);
    this.wake();
  }

  /**
   * Zendesk answered TooManyJobs (the refused job already released): no more of ours until one
   * ends. With none of ours running, the caller waits a while and calls `reopen`.
   */
  full(): void {
    this.cap = this.ours;
  }

  /** Try one job again after a wait (the account's other jobs may have ended). */
  reopen(): void {
    this.cap = Math.max(this.cap, this.ours + 1);
    this.wake();
  }

  private changed(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(new AbortedError());
        return;
      }
      const done = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = (): void => {
        this.waiters = this.waiters.filter((w) => w !== done);
        reject(new AbortedError());
      };
      this.waiters.push(done);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }
}
