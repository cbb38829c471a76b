/**
 * Everything the fake API remembers between requests: the account (its users and
 * tickets as writes left them), who is signed in and in which language, the rate windows, background jobs,
 * injected faults, latency and the request log.
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';
import type { DemoAccount } from '../demo/account';
import { ActivityStore } from './activity';
import { Faults } from './faults';
import { DEFAULT_JOB_SETTINGS, JobQueue } from './jobs';
import { FixedWindowLimiter } from './rateLimit';
import { RequestLog } from './requestLog';
import { UserStore } from './store';
import { TicketStore } from './tickets';
import { DEFAULT_UPDATE_USER_PER_MINUTE, UserWriteLimits } from './writeLimits';

export interface ApiSettings {
  rateLimitPerMinute: number;
  /** Incremental export requests per window, on top of the account-wide budget. */
  incrementalPerMinute: number;
  /** User create/update requests per window, on top of the account-wide budget. */
  updateUserPerMinute: number;
  /** The window of every budget. */
  windowMs: number;
  latencyMs: number;
  /** Background jobs queued or working at once. */
  jobsInFlight: number;
  /** How long a new job stays queued. */
  jobQueuedMs: number;
  /** How long a working job takes per user. */
  jobMsPerUser: number;
}

export const DEFAULT_SETTINGS: ApiSettings = {
  rateLimitPerMinute: 700, // Enterprise
  incrementalPerMinute: 10, // 30 with the High Volume add-on
  updateUserPerMinute: DEFAULT_UPDATE_USER_PER_MINUTE,
  windowMs: 60_000,
  latencyMs: 0,
  jobsInFlight: DEFAULT_JOB_SETTINGS.inFlightLimit,
  jobQueuedMs: DEFAULT_JOB_SETTINGS.queuedMs,
  jobMsPerUser: DEFAULT_JOB_SETTINGS.msPerUser,
};

/** Why `value` cannot be a user's `locale` (a BCP 47 tag such as "de", "pt-BR" or Zendesk's "en-gb"), or null when it can. */
export function localeProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 35) return 'locale must be a language tag such as "de" or "pt-BR"';
  try {
    Intl.getCanonicalLocales(value);
    return null;
  } catch {
    return `locale "${value}" is not a language tag such as "de" or "pt-BR"`;
  }
}

export class ApiState {
  account: DemoAccount;
  store: UserStore;
  activity: ActivityStore;
  tickets: TicketStore;
  readonly jobs = new JobQueue(() => this.nowMs());
  currentUserId: number;
  /**
   * The signed-in user's profile language for this session, or null for the user's own
   * `locale`: what `/users/me` and the host page's `currentUser` say. Set with the session;
   * `defaultLocale` (the stand-in's start option) is what each new session and reset go back to.
   */
  locale: string | null;
  latencyMs: number;
  readonly limiter: FixedWindowLimiter;
  readonly incrementalLimiter: FixedWindowLimiter;
  readonly userWrites: UserWriteLimits;
  readonly faults = new Faults();
  readonly log = new RequestLog();
  /** Wall-clock time the account was (re)generated: demo time moves on from account.now. */
  private startedAt = Date.now();

  constructor(
    account: DemoAccount,
    private readonly initial: ApiSettings,
    readonly defaultLocale: string | null = null,
  ) {
    const problem = defaultLocale === null ? null : localeProblem(defaultLocale);
    if (problem) throw new Error(problem);
    this.locale = defaultLocale;
    this.account = account;
    this.store = new UserStore(account.users);
    this.activity = new ActivityStore(account);
    this.tickets = new TicketStore(account);
    this.currentUserId = account.ownerId;
    this.latencyMs = initial.latencyMs;
    this.limiter = new FixedWindowLimiter(initial.rateLimitPerMinute, initial.windowMs);
    this.incrementalLimiter = new FixedWindowLimiter(initial.incrementalPerMinute, initial.windowMs);
    this.userWrites = new UserWriteLimits(initial.updateUserPerMinute, initial.windowMs);
    this.setJobSettings(initial);
  }

  setJobSettings(s: Pick<ApiSettings, 'jobsInFlight' | 'jobQueuedMs' | 'jobMsPerUser'>): void {
    this.jobs.settings = { inFlightLimit: s.jobsInFlight, queuedMs: s.jobQueuedMs, msPerUser: s.jobMsPerUser };
  }

  currentUser(): ZendeskUserWire {
    const user = this.store.byId(this.currentUserId) ?? this.store.byId(this.account.ownerId);
    if (!user) throw new Error('the demo account has no owner');
    // Only the session's view: the stored user (and /users lists) keep their generated locale.
    return this.locale === null ? user : { ...user, locale: this.locale };
  }

  /** The account's "now" (demo time), advancing with the wall clock. */
  nowMs(): number {
    return this.account.now.getTime() + (Date.now() - this.startedAt);
  }

  settings(): ApiSettings {
    const { limit, windowMs } = this.limiter.state();
    const incrementalPerMinute = this.incrementalLimiter.state().limit;
    const updateUserPerMinute = this.userWrites.account.state().limit;
    const { inFlightLimit, queuedMs, msPerUser } = this.jobs.settings;
    return {
      rateLimitPerMinute: limit,
      incrementalPerMinute,
      updateUserPerMinute,
      windowMs,
      latencyMs: this.latencyMs,
      jobsInFlight: inFlightLimit,
      jobQueuedMs: queuedMs,
      jobMsPerUser: msPerUser,
    };
  }

  /**
   * Back to a clean slate: new account (when given), users and tickets as generated,
   * creation settings plus overrides, no jobs, no faults, empty log, owner signed in
   * in the stand-in's start language.
   */
  reset(account: DemoAccount | null, overrides: Partial<ApiSettings>): void {
    if (account) {
      this.account = account;
      this.activity = new ActivityStore(account);
      this.startedAt = Date.now();
    }
    // Writes are undone even when the account stays: the generated records are untouched.
    this.store = new UserStore(this.account.users);
    this.tickets = new TicketStore(this.account);
    this.jobs.clear();
    const s = { ...this.initial, ...overrides };
    this.latencyMs = s.latencyMs;
    this.limiter.configure(s.rateLimitPerMinute, s.windowMs);
    this.incrementalLimiter.configure(s.incrementalPerMinute, s.windowMs);
    this.userWrites.configure(s.updateUserPerMinute, s.windowMs);
    this.setJobSettings(s);
    this.faults.clear();
    this.log.clear();
    this.currentUserId = this.account.ownerId;
    this.locale = this.defaultLocale;
  }
}
