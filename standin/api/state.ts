/**
 * Everything the fake API remembers between requests: the account, who is signed in,
 * the rate window, injected faults, latency and the request log.
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';
import type { DemoAccount } from '../demo/account';
import { ActivityStore } from './activity';
import { Faults } from './faults';
import { FixedWindowLimiter } from './rateLimit';
import { RequestLog } from './requestLog';
import { UserStore } from './store';

export interface ApiSettings {
  rateLimitPerMinute: number;
  /** Incremental export requests per window, on top of the account-wide budget. */
  incrementalPerMinute: number;
  /** The window of both budgets. */
  windowMs: number;
  latencyMs: number;
}

export const DEFAULT_SETTINGS: ApiSettings = {
  rateLimitPerMinute: 700, // Enterprise
  incrementalPerMinute: 10, // 30 with the High Volume add-on
  windowMs: 60_000,
  latencyMs: 0,
};

export class ApiState {
  account: DemoAccount;
  store: UserStore;
  activity: ActivityStore;
  currentUserId: number;
  latencyMs: number;
  readonly limiter: FixedWindowLimiter;
  readonly incrementalLimiter: FixedWindowLimiter;
  readonly faults = new Faults();
  readonly log = new RequestLog();
  /** Wall-clock time the account was (re)generated: demo time moves on from account.now. */
  private startedAt = Date.now();

  constructor(
    account: DemoAccount,
    private readonly initial: ApiSettings,
  ) {
    this.account = account;
    this.store = new UserStore(account.users);
    this.activity = new ActivityStore(account);
    this.currentUserId = account.ownerId;
    this.latencyMs = initial.latencyMs;
    this.limiter = new FixedWindowLimiter(initial.rateLimitPerMinute, initial.windowMs);
    this.incrementalLimiter = new FixedWindowLimiter(initial.incrementalPerMinute, initial.windowMs);
  }

  currentUser(): ZendeskUserWire {
    const user = this.store.byId(this.currentUserId) ?? this.store.byId(this.account.ownerId);
    if (!user) throw new Error('the demo account has no owner');
    return user;
  }

  /** The account's "now" (demo time), advancing with the wall clock. */
  nowMs(): number {
    return this.account.now.getTime() + (Date.now() - this.startedAt);
  }

  settings(): ApiSettings {
    const { limit, windowMs } = this.limiter.state();
    const incrementalPerMinute = this.incrementalLimiter.state().limit;
    return { rateLimitPerMinute: limit, incrementalPerMinute, windowMs, latencyMs: this.latencyMs };
  }

  /** Back to a clean slate: new account (when given), creation settings plus overrides, no faults, empty log, owner signed in. */
  reset(account: DemoAccount | null, overrides: Partial<ApiSettings>): void {
    if (account) {
      this.account = account;
      this.store = new UserStore(account.users);
      this.activity = new ActivityStore(account);
      this.startedAt = Date.now();
    }
    const s = { ...this.initial, ...overrides };
    this.latencyMs = s.latencyMs;
    this.limiter.configure(s.rateLimitPerMinute, s.windowMs);
    this.incrementalLimiter.configure(s.incrementalPerMinute, s.windowMs);
    this.faults.clear();
    this.log.clear();
    this.currentUserId = this.account.ownerId;
  }
}
