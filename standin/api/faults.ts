/**
 * Counted faults injected through POST /__standin/faults: the next N matching /api/v2
 * requests
 * - fail (5xx, non-JSON body), are throttled (429 + Retry-After, seconds or an HTTP
 *   date) or are dropped (socket destroyed: a network error for the caller);
 * - answer normally but with rate headers asking for a long wait (`ratelimit-reset`
 *   with a low remaining budget);
 * - serve cursor pages (/users, /sessions) whose next link misleads (a link to the page
 *   just served, to another host, protocol-relative, or no link while `has_more`);
 * - serve ticket event export pages that do not advance (end_time = start_time);
 * - refuse update_many with TooManyJobs, as if the account's 30 jobs were running.
 * Each fault is used up by the requests it touches; a count of 0 removes it.
 */
import { isRecord } from './http';

export const FAIL_STATUSES = [500, 502, 503, 504] as const;
export type FailStatus = (typeof FAIL_STATUSES)[number];

/**
 * How an injected cursor page misleads. All set `meta.has_more: true`:
 * - self-link: `links.next` is the URL just served;
 * - off-host: `links.next` is the real next page on another host (https://evil.example);
 * - protocol-relative: the same as `//evil.example/...`;
 * - no-link: `links.next` null and `meta.after_cursor` null;
 * - cursor-only: `links.next` null, `meta.after_cursor` the real cursor (a client can go on with page[after]).
 */
export const PAGING_FAULT_KINDS = ['self-link', 'off-host', 'protocol-relative', 'no-link', 'cursor-only'] as const;
export type PagingFaultKind = (typeof PAGING_FAULT_KINDS)[number];
/** The host of off-host and protocol-relative next links. */
export const OFF_HOST = 'evil.example';

interface Counted {
  count: number;
  /** Only requests whose path starts with this; null for any. */
  path: string | null;
}
export interface FailFault extends Counted {
  status: FailStatus;
}
export interface ThrottleFault extends Counted {
  /** Whole seconds, or an HTTP date (IMF-fixdate) sent verbatim. */
  retryAfter: number | string;
}
export type DropFault = Counted;
export interface RateLimitResetFault extends Counted {
  /** Seconds sent as `ratelimit-reset`. */
  resetSeconds: number;
  /** Sent as `X-Rate-Limit-Remaining` and `ratelimit-remaining`. */
  remaining: number;
}
export interface PagingFault extends Counted {
  kind: PagingFaultKind;
}
/** Ticket event export pages only, so no path. */
export type StallExportFault = Counted;
/** update_many only, so no path. */
export type TooManyJobsFault = Counted;

interface FaultTable {
  fail: FailFault;
  throttle: ThrottleFault;
  drop: DropFault;
  rateLimitReset: RateLimitResetFault;
  paging: PagingFault;
  stallExport: StallExportFault;
  tooManyJobs: TooManyJobsFault;
}
export type FaultKind = keyof FaultTable;

/** The key of each fault in POST /__standin/faults (and in GET's answer). */
export const FAULT_KEYS = {
  fail: 'failNext',
  throttle: 'throttleNext',
  drop: 'dropNext',
  rateLimitReset: 'rateLimitResetNext',
  paging: 'pagingNext',
  stallExport: 'stallExportNext',
  tooManyJobs: 'tooManyJobsNext',
} as const satisfies Record<FaultKind, string>;
type FaultKey = (typeof FAULT_KEYS)[FaultKind];

/** Settings POST /__standin/faults (and /__standin/reset) take beside the faults, with their least value. */
export const SETTING_MINIMUMS = {
  latencyMs: 0,
  rateLimitPerMinute: 1,
  incrementalPerMinute: 1,
  updateUserPerMinute: 1,
  windowMs: 1,
  jobsInFlight: 1,
  jobQueuedMs: 0,
  jobMsPerUser: 0,
} as const;
type SettingKey = keyof typeof SETTING_MINIMUMS;
const SETTINGS = Object.keys(SETTING_MINIMUMS) as SettingKey[];

export interface FaultsUpdate extends Partial<Record<SettingKey, number>> {
  failNext?: FailFault;
  throttleNext?: ThrottleFault;
  dropNext?: DropFault;
  rateLimitResetNext?: RateLimitResetFault;
  pagingNext?: PagingFault;
  stallExportNext?: StallExportFault;
  tooManyJobsNext?: TooManyJobsFault;
}

const nonNegativeInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** RFC 9110's preferred HTTP date, checked by a round trip so the weekday and day are real. */
export function isImfFixdate(v: unknown): v is string {
  return typeof v === 'string' && IMF_FIXDATE.test(v) && new Date(Date.parse(v)).toUTCString() === v;
}

/** The common part of every fault: an object with a count, a path prefix (when allowed) and only known keys. */
function counted(name: string, v: unknown, extra: readonly string[], withPath = true): { fault: Counted; body: Record<string, unknown> } | string {
  if (!isRecord(v)) return `${name} must be an object with a count`;
  const allowed = ['count', ...(withPath ? ['path'] : []), ...extra];
  const unknown = Object.keys(v).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) return `${name}: unknown keys: ${unknown.join(', ')} (allowed: ${allowed.join(', ')})`;
  if (!nonNegativeInt(v.count)) return `${name}.count must be an integer >= 0`;
  const path = v.path ?? null;
  if (path !== null && !(typeof path === 'string' && path.startsWith('/'))) return `${name}.path must be a string starting with "/"`;
  return { fault: { count: v.count, path }, body: v };
}

function parseFail(v: unknown): FailFault | string {
  const c = counted('failNext', v, ['status']);
  if (typeof c === 'string') return c;
  const status = c.body.status ?? 500;
  if (!FAIL_STATUSES.includes(status as FailStatus)) return `failNext.status must be one of ${FAIL_STATUSES.join(', ')}`;
  return { ...c.fault, status: status as FailStatus };
}

function parseThrottle(v: unknown): ThrottleFault | string {
  const c = counted('throttleNext', v, ['retryAfter']);
  if (typeof c === 'string') return c;
  const retryAfter = c.body.retryAfter ?? 1;
  if (!nonNegativeInt(retryAfter) && !isImfFixdate(retryAfter)) {
    return 'throttleNext.retryAfter must be an integer >= 0 (seconds) or an HTTP date in IMF-fixdate form, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (Date.prototype.toUTCString())';
  }
  return { ...c.fault, retryAfter };
}

function parseRateLimitReset(v: unknown): RateLimitResetFault | string {
  const c = counted('rateLimitResetNext', v, ['resetSeconds', 'remaining']);
  if (typeof c === 'string') return c;
  const { resetSeconds, remaining = 0 } = c.body;
  if (!nonNegativeInt(resetSeconds)) return 'rateLimitResetNext.resetSeconds must be an integer >= 0';
  if (!nonNegativeInt(remaining)) return 'rateLimitResetNext.remaining must be an integer >= 0';
  return { ...c.fault, resetSeconds, remaining };
}

function parsePaging(v: unknown): PagingFault | string {
  const c = counted('pagingNext', v, ['kind']);
  if (typeof c === 'string') return c;
  const kind = c.body.kind;
  if (!PAGING_FAULT_KINDS.includes(kind as PagingFaultKind)) return `pagingNext.kind must be one of ${PAGING_FAULT_KINDS.join(', ')}`;
  return { ...c.fault, kind: kind as PagingFaultKind };
}

/** A fault with a count only (no path: it has one place to happen). */
function pathless(name: string): (v: unknown) => Counted | string {
  return (v) => {
    const c = counted(name, v, [], false);
    return typeof c === 'string' ? c : c.fault;
  };
}

/** Validates a POST /__standin/faults body; returns the update or a message saying what is wrong. */
export function parseFaultsUpdate(body: unknown): FaultsUpdate | string {
  if (body === undefined) return {};
  if (!isRecord(body)) return 'body must be a JSON object';
  const known: string[] = [...SETTINGS, ...Object.values(FAULT_KEYS)];
  const unknown = Object.keys(body).filter((k) => !known.includes(k));
  if (unknown.length > 0) return `unknown keys: ${unknown.join(', ')}`;
  const update: FaultsUpdate = {};
  for (const key of SETTINGS) {
    const v = body[key];
    if (v === undefined) continue;
    const min = SETTING_MINIMUMS[key];
    if (!nonNegativeInt(v) || v < min) return `${key} must be an integer ${min === 0 ? '>= 0' : '> 0'}`;
    update[key] = v;
  }
  const parsers = {
    failNext: parseFail,
    throttleNext: parseThrottle,
    dropNext: (v: unknown) => {
      const c = counted('dropNext', v, []);
      return typeof c === 'string' ? c : c.fault;
    },
    rateLimitResetNext: parseRateLimitReset,
    pagingNext: parsePaging,
    stallExportNext: pathless('stallExportNext'),
    tooManyJobsNext: pathless('tooManyJobsNext'),
  } satisfies Record<FaultKey, (v: unknown) => Counted | string>;
  for (const key of Object.values(FAULT_KEYS)) {
    if (body[key] === undefined) continue;
    const fault = parsers[key](body[key]);
    if (typeof fault === 'string') return fault;
    (update as Record<string, Counted>)[key] = fault;
  }
  return update;
}

export class Faults {
  /** Each kind's fault; a kind's entry always holds that kind's FaultTable shape. */
  private readonly pending = new Map<FaultKind, Counted>();

  /** Installs the faults of an update (a count of 0 removes that fault). */
  apply(update: FaultsUpdate): void {
    for (const [kind, key] of Object.entries(FAULT_KEYS) as [FaultKind, FaultKey][]) {
      const fault = update[key];
      if (!fault) continue;
      if (fault.count > 0) this.pending.set(kind, { ...fault });
      else this.pending.delete(kind);
    }
  }

  /** Consumes one use of the fault when it matches the request path. */
  take<K extends FaultKind>(kind: K, path: string): FaultTable[K] | null {
    const fault = this.pending.get(kind) as FaultTable[K] | undefined;
    if (!fault || (fault.path !== null && !path.startsWith(fault.path))) return null;
    fault.count--;
    if (fault.count <= 0) this.pending.delete(kind);
    return { ...fault };
  }

  /** What is still pending, under the keys POST /__standin/faults takes (null when none). */
  view(): Record<FaultKey, Counted | null> {
    const out = {} as Record<FaultKey, Counted | null>;
    for (const [kind, key] of Object.entries(FAULT_KEYS) as [FaultKind, FaultKey][]) {
      const fault = this.pending.get(kind);
      out[key] = fault ? { ...fault } : null;
    }
    return out;
  }

  clear(): void {
    this.pending.clear();
  }
}

/** What a failing upstream sends: an HTML error page, or nothing at all. */
export function failureBody(status: FailStatus): { contentType: string | null; body: string } {
  const titles: Record<FailStatus, string> = {
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  };
  if (status === 504) return { contentType: null, body: '' };
  const title = `${status} ${titles[status]}`;
  return {
    contentType: 'text/html; charset=utf-8',
    body: `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>\n`,
  };
}
