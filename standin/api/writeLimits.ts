/**
 * Zendesk's limits on user writes, on top of the account budget: an update-user budget
 * per window for the account (PUT /users/{id} and PUT /users/update_many each spend one),
 * reported in every such answer as
 * `zendesk-ratelimit-create-update-user: total=<limit>; remaining=<n>; resets=<seconds>`,
 * and at most 5 updates of one user per window through PUT /users/{id}. Fixed windows of
 * the account budget's `windowMs` (./rateLimit.ts).
 */
import type { Headers } from './http';
import { FixedWindowLimiter } from './rateLimit';
import { TOO_MANY_REQUESTS_BODY, type ApiResult } from './results';

export const UPDATE_USER_HEADER = 'zendesk-ratelimit-create-update-user';
export const DEFAULT_UPDATE_USER_PER_MINUTE = 100;
/** Zendesk: "5 updates a minute for one user". */
export const PER_USER_UPDATES = 5;

export class UserWriteLimits {
  readonly account: FixedWindowLimiter;
  private readonly perUser = new Map<number, FixedWindowLimiter>();

  constructor(
    limit: number,
    private windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.account = new FixedWindowLimiter(limit, windowMs, now);
  }

  /** The header every user write answer carries (after spending, so it says what is left). */
  header(): Headers {
    const { limit, remaining, resetsInMs } = this.account.state();
    return { [UPDATE_USER_HEADER]: `total=${limit}; remaining=${remaining}; resets=${Math.ceil(resetsInMs / 1000)}` };
  }

  /**
   * Spends one update from the account's budget and, for one user's update, from that
   * user's. Null when allowed; else the 429 to answer (with Retry-After).
   */
  take(userId: number | null): ApiResult | null {
    const budget = this.account.take();
    if (!budget.allowed) {
      const body = {
        error: 'TooManyRequests',
        description: `You have exceeded the rate limit of ${budget.limit} user create/update requests per minute`,
      };
      return { status: 429, body, headers: { ...this.header(), 'Retry-After': budget.retryAfter }, fault: 'rate-limit' };
    }
    if (userId === null) return null;
    let limiter = this.perUser.get(userId);
    if (!limiter) {
      if (this.perUser.size > 10_000) this.forgetIdle();
      this.perUser.set(userId, (limiter = new FixedWindowLimiter(PER_USER_UPDATES, this.windowMs, this.now)));
    }
    const one = limiter.take();
    if (one.allowed) return null;
    const body = {
      ...TOO_MANY_REQUESTS_BODY,
      description: `You have exceeded the rate limit of ${PER_USER_UPDATES} updates per minute for this user`,
    };
    return { status: 429, body, headers: { ...this.header(), 'Retry-After': one.retryAfter }, fault: 'rate-limit' };
  }

  /** A new budget starts afresh (as the account budget does). */
  configure(limit: number, windowMs: number): void {
    this.windowMs = windowMs;
    this.account.configure(limit, windowMs);
    this.perUser.clear();
  }

  private forgetIdle(): void {
    for (const [id, limiter] of this.perUser) if (limiter.state().used === 0) this.perUser.delete(id);
  }
}
