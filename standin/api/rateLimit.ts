/**
 * The account-wide request budget. A FIXED window: the first request after the previous
 * window ended opens a new window of `windowMs`; up to `limit` requests pass in it, the
 * rest get 429 until it closes. (Zendesk documents "requests per minute" without saying
 * how the minute is counted; a fixed window is the simplest reading, and makes
 * Retry-After exact: the whole seconds until the window closes, at least 1.)
 */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds to wait before retrying; 0 when allowed. */
  retryAfter: number;
}

export interface RateWindowState {
  limit: number;
  windowMs: number;
  used: number;
  remaining: number;
  /** Milliseconds until the current window closes; 0 when no window is open. */
  resetsInMs: number;
}

export class FixedWindowLimiter {
  private windowStart = Number.NEGATIVE_INFINITY;
  private used = 0;

  constructor(
    private limit: number,
    private windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Spends one request from the budget when there is one left. */
  take(): RateDecision {
    const t = this.now();
    if (t - this.windowStart >= this.windowMs) {
      this.windowStart = t;
      this.used = 0;
    }
    if (this.used >= this.limit) {
      const waitMs = this.windowStart + this.windowMs - t;
      return { allowed: false, limit: this.limit, remaining: 0, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    this.used++;
    return { allowed: true, limit: this.limit, remaining: this.limit - this.used, retryAfter: 0 };
  }

  /** What is left without spending anything. */
  remaining(): number {
    return this.open() ? Math.max(0, this.limit - this.used) : this.limit;
  }

  get budget(): number {
    return this.limit;
  }

  /** Changes the budget and starts afresh: the new limit applies to a new window. */
  configure(limit: number, windowMs: number): void {
    this.limit = limit;
    this.windowMs = windowMs;
    this.reset();
  }

  reset(): void {
    this.windowStart = Number.NEGATIVE_INFINITY;
    this.used = 0;
  }

  state(): RateWindowState {
    const open = this.open();
    return {
      limit: this.limit,
      windowMs: this.windowMs,
      used: open ? this.used : 0,
      remaining: this.remaining(),
      resetsInMs: open ? Math.max(0, this.windowStart + this.windowMs - this.now()) : 0,
    };
  }

  private open(): boolean {
    return this.now() - this.windowStart < this.windowMs;
  }
}
