/**
 * The account's API budget, shared by every Zendesk request the app has in flight.
 * Zendesk's limit is account-wide: agents' browsers and other integrations spend it
 * too. So the app paces itself to a share of the limit Zendesk reports, holds back
 * when X-Rate-Limit-Remaining says the account is nearly out, and after a 429 holds
 * every request (not only the refused one) until Retry-After has passed. No hold is
 * longer than `maxHoldMs`: asked for more, every request fails at once with a
 * 'wait-too-long' GatewayError until the time Zendesk named has passed.
 */
import { waitTooLongError } from './errors';
import { SlidingWindow } from './rateGate';
import { DEFAULT_RETRY_POLICY, parseRetryAfter } from './retry';

export interface PlanBudgetOptions {
  /** Share of the plan's requests a minute the app may spend on its own. */
  share?: number;
  /** Hold back once the account has at most this share of its minute left. */
  reserve?: number;
  /** Zendesk's rate-limit minute; shorter only in time-compressed benchmarks. */
  minuteMs?: number;
  /** Longest hold slept through; the gateway passes its retry policy's maxRetryAfterMs. */
  maxHoldMs?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Zendesk's account-wide limit from a response's headers (X-Rate-Limit or ratelimit-limit). */
export function rateLimitOf(headers: Record<string, string>): number | null {
  const value = Number(headers['x-rate-limit'] ?? headers['ratelimit-limit']);
  return Number.isInteger(value) && value > 0 ? value : null;
}

function remainingOf(headers: Record<string, string>): number | null {
  const raw = headers['x-rate-limit-remaining'] ?? headers['ratelimit-remaining'];
  const value = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

const DEFAULT_SHARE = 0.9;
const DEFAULT_RESERVE = 0.1;

export class PlanBudget {
  private limit: number | null = null;
  /** The same sliding window as RateGate's, over Zendesk's minute. */
  private readonly window: SlidingWindow;
  private holdUntil = 0;
  /** The answer that set holdUntil: named in a 'wait-too-long' error. */
  private holdCause = { status: 0, url: '' };
  private readonly share: number;
  private readonly reserve: number;
  private readonly minuteMs: number;
  private readonly maxHoldMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(options: PlanBudgetOptions & { sleep: (ms: number, signal?: AbortSignal) => Promise<void> }) {
    this.share = options.share ?? DEFAULT_SHARE;
    this.reserve = options.reserve ?? DEFAULT_RESERVE;
    this.minuteMs = options.minuteMs ?? 60_000;
    this.window = new SlidingWindow(this.minuteMs);
    this.maxHoldMs = options.maxHoldMs ?? DEFAULT_RETRY_POLICY.maxRetryAfterMs;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep;
  }

  /** The plan's requests a minute as Zendesk last reported it; null until a response said. */
  get planLimit(): number | null {
    return this.limit;
  }

  /**
   * Resolves when one more request may start; records it. Unpaced until Zendesk names its
   * limit. Rejects at once (GatewayError 'wait-too-long') while a hold beyond maxHoldMs lasts.
   */
  async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.now();
      if (now < this.holdUntil) {
        const waitMs = this.holdUntil - now;
        if (waitMs > this.maxHoldMs) throw waitTooLongError(waitMs, this.holdCause.url, this.holdCause.status, 0);
        await this.sleep(waitMs, signal);
        continue;
      }
      const allowed = this.limit === null ? Infinity : Math.max(1, Math.floor(this.limit * this.share));
      const wait = this.window.tryStart(allowed, now);
      if (wait === 0) return;
      await this.sleep(wait, signal);
    }
  }

  /** Learns from every answer (to `url`): the limit, how much of it is left, and 429s. */
  observe(status: number, headers: Record<string, string>, url = ''): void {
    const limit = rateLimitOf(headers);
    if (limit !== null) this.limit = limit;
    const now = this.now();
    if (status === 429) {
      const asked = parseRetryAfter(headers['retry-after'], now);
      this.hold(now + (asked ?? this.minuteMs / 6), status, url);
      return;
    }
    const remaining = remainingOf(headers);
    if (this.limit === null || remaining === null) return;
    const floor = Math.floor(this.limit * this.reserve);
    if (remaining > floor) return;
    // Wait for the reset Zendesk names (seconds from now, as its docs show: `ratelimit-reset: 41`),
    // else for as many requests as are missing to come back.
    const reset = Number(headers['ratelimit-reset']);
    const waitMs = Number.isFinite(reset) && reset > 0 ? reset * 1000 : ((floor - remaining + 1) * this.minuteMs) / this.limit;
    this.hold(now + waitMs, status, url);
  }

  /** A later hold never shortens an earlier one. */
  private hold(until: number, status: number, url: string): void {
    if (until <= this.holdUntil) return;
    this.holdUntil = until;
    this.holdCause = { status, url };
  }
}
