/**
 * Everything the fake API remembers between requests: the account (its users and
 * tickets as writes left them), its custom objects and records, who is signed in (for
 * everyone, or per browser by cookie) and in which language, the account's clock, the
 * rate windows, background jobs, injected faults, latency and the request log.
 */
import type { IncomingMessage } from 'node:http';
import { HISTORY_OBJECT_KEY } from '../../src/history/record';
import type { ZendeskUserWire } from '../../src/zendesk/types';
import type { DemoAccount } from '../demo/account';
import { historyDays, MAX_HISTORY_DAYS } from '../demo/history';
import { createRng } from '../demo/prng';
import { ActivityStore } from './activity';
import { newEpoch, sessionOf } from './browserSessions';
import { installRequirements, RecordIds } from './customObjectInstall';
import { CustomObjectStore } from './customObjectStore';
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

/** The account's custom objects: what is installed, whether the plan has them, the history seeded. */
export interface ObjectSettings {
  /** The hosted package's parsed requirements.json; its `custom_objects_v2` is installed at start. */
  requirements: unknown;
  /** False: a plan without custom objects (nothing installed, every custom object call refused). */
  customObjects: boolean;
  /** Days of `seat_review_day` records seeded before the account's today (../demo/history.ts). */
  historyDays: number;
}

export const DEFAULT_OBJECT_SETTINGS: ObjectSettings = { requirements: undefined, customObjects: true, historyDays: 0 };

const DAY_MS = 86_400_000;

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
  /** The account's custom objects and records; null on a plan without them. */
  customObjects: CustomObjectStore | null = null;
  objectSettings: ObjectSettings;
  /** Cookies of another epoch (before the last reset) sign no one in (./browserSessions.ts). */
  sessionEpoch = newEpoch();
  /** How far the account's clock was moved ahead (POST /__standin/clock). */
  clockOffsetMs = 0;
  /** Wall-clock time the account was (re)generated: demo time moves on from account.now. */
  private startedAt = Date.now();

  constructor(
    account: DemoAccount,
    private readonly initial: ApiSettings,
    readonly defaultLocale: string | null = null,
    objects: ObjectSettings = DEFAULT_OBJECT_SETTINGS,
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
    this.objectSettings = objects;
    this.setUpObjects();
  }

  /**
   * Installs the requirements' objects (unless installed already: a reset keeps them) on a
   * plan that has custom objects, clears the records and seeds the history. Throws what
   * would make Zendesk refuse the installation, or a history without its object.
   */
  private setUpObjects(): void {
    const { requirements, customObjects, historyDays: days } = this.objectSettings;
    if (!customObjects) {
      this.customObjects = null;
      return;
    }
    const now = this.nowMs();
    // Installed before the oldest seeded day, by the owner.
    this.customObjects ??= new CustomObjectStore(installRequirements(requirements, now - (days + 1) * DAY_MS, this.account.ownerId));
    this.customObjects.clear();
    if (days === 0) return;
    if (!this.customObjects.object(HISTORY_OBJECT_KEY))
      throw new Error(`historyDays needs the custom object ${HISTORY_OBJECT_KEY}: pass requirements`);
    const rng = createRng((this.account.seed * 31 + days) >>> 0);
    const bits40 = (): bigint => BigInt(Math.floor(rng.next() * 2 ** 40));
    const ids = new RecordIds(() => (bits40() << 40n) | bits40());
    this.customObjects.seed(HISTORY_OBJECT_KEY, historyDays(this.account, { days, todayMs: now }), ids);
  }

  setJobSettings(s: Pick<ApiSettings, 'jobsInFlight' | 'jobQueuedMs' | 'jobMsPerUser'>): void {
    this.jobs.settings = { inFlightLimit: s.jobsInFlight, queuedMs: s.jobQueuedMs, msPerUser: s.jobMsPerUser };
  }

  /**
   * Who a request acts as: the user its session cookie names (this epoch's, a user that
   * exists), else the one signed in for everyone; the owner when neither is known.
   */
  currentUser(req?: IncomingMessage): ZendeskUserWire {
    const cookie = this.browserSession(req);
    if (cookie) return cookie;
    const user = this.store.byId(this.currentUserId) ?? this.store.byId(this.account.ownerId);
    if (!user) throw new Error('the demo account has no owner');
    // Only the session's view: the stored user (and /users lists) keep their generated locale.
    return this.locale === null ? user : { ...user, locale: this.locale };
  }

  /** The user of the request's session cookie, or null when it carries none that holds. */
  browserSession(req?: IncomingMessage): ZendeskUserWire | null {
    const session = sessionOf(req);
    if (!session || session.epoch !== this.sessionEpoch) return null;
    const user = this.store.byId(session.userId);
    if (!user) return null;
    const locale = session.locale !== null && localeProblem(session.locale) === null ? session.locale : this.defaultLocale;
    return locale === null ? user : { ...user, locale };
  }

  /** The account's "now" (demo time), advancing with the wall clock and any move of the clock. */
  nowMs(): number {
    return this.account.now.getTime() + (Date.now() - this.startedAt) + this.clockOffsetMs;
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
   * in the stand-in's start language, browser sessions ended, the clock back where it
   * was, custom objects kept (reinstalled for a new account or plan) with the history
   * seeded again. Throws (changing nothing) when the object settings cannot hold.
   */
  reset(account: DemoAccount | null, overrides: Partial<ApiSettings>, objects: Partial<ObjectSettings> = {}): void {
    const nextObjects = { ...this.objectSettings, ...objects };
    const days = nextObjects.historyDays;
    if (!Number.isInteger(days) || days < 0 || days > MAX_HISTORY_DAYS)
      throw new RangeError(`historyDays must be an integer from 0 to ${MAX_HISTORY_DAYS}`);
    if (nextObjects.customObjects && days > 0) {
      const installed = this.customObjects && !account ? this.customObjects.object(HISTORY_OBJECT_KEY) : null;
      const declared = installed ?? installRequirements(nextObjects.requirements, 0, 0).find((o) => o.key === HISTORY_OBJECT_KEY);
      if (!declared) throw new Error(`historyDays needs the custom object ${HISTORY_OBJECT_KEY}: pass requirements`);
    }
    if (account) {
      this.account = account;
      this.activity = new ActivityStore(account);
      this.startedAt = Date.now();
      // A new account is a new installation.
      this.customObjects = null;
    }
    this.clockOffsetMs = 0;
    this.sessionEpoch += 1;
    if (!nextObjects.customObjects) this.customObjects = null;
    this.objectSettings = nextObjects;
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
    this.setUpObjects();
  }
}
