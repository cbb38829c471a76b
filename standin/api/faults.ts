/**
 * One-shot faults injected through POST /__standin/faults: the next N matching /api/v2
 * requests fail (5xx, non-JSON body), are throttled (429 + Retry-After) or are dropped
 * (socket destroyed, no response: a network error for the caller).
 */
import { isRecord } from './http';

export const FAIL_STATUSES = [500, 502, 503, 504] as const;
export type FailStatus = (typeof FAIL_STATUSES)[number];

export interface FailFault {
  count: number;
  status: FailStatus;
  path: string | null;
}
export interface ThrottleFault {
  count: number;
  retryAfter: number;
  path: string | null;
}
export interface DropFault {
  count: number;
  path: string | null;
}

export interface FaultsUpdate {
  latencyMs?: number;
  rateLimitPerMinute?: number;
  incrementalPerMinute?: number;
  windowMs?: number;
  failNext?: FailFault;
  throttleNext?: ThrottleFault;
  dropNext?: DropFault;
}

export type FaultKind = 'fail' | 'throttle' | 'drop';

const nonNegativeInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const positiveInt = (v: unknown): v is number => nonNegativeInt(v) && v > 0;

function parsePath(v: unknown): string | null | Error {
  if (v === undefined || v === null) return null;
  return typeof v === 'string' && v.startsWith('/') ? v : new Error('path must be a string starting with "/"');
}

/** Validates a POST /__standin/faults body; returns the update or a message saying what is wrong. */
export function parseFaultsUpdate(body: unknown): FaultsUpdate | string {
  if (body === undefined) return {};
  if (!isRecord(body)) return 'body must be a JSON object';
  const known = ['latencyMs', 'rateLimitPerMinute', 'incrementalPerMinute', 'windowMs', 'failNext', 'throttleNext', 'dropNext'];
  const unknown = Object.keys(body).filter((k) => !known.includes(k));
  if (unknown.length > 0) return `unknown keys: ${unknown.join(', ')}`;
  const update: FaultsUpdate = {};
  const { latencyMs, rateLimitPerMinute, incrementalPerMinute, windowMs, failNext, throttleNext, dropNext } = body;
  if (latencyMs !== undefined) {
    if (!nonNegativeInt(latencyMs)) return 'latencyMs must be an integer >= 0';
    update.latencyMs = latencyMs;
  }
  if (rateLimitPerMinute !== undefined) {
    if (!positiveInt(rateLimitPerMinute)) return 'rateLimitPerMinute must be an integer > 0';
    update.rateLimitPerMinute = rateLimitPerMinute;
  }
  if (incrementalPerMinute !== undefined) {
    if (!positiveInt(incrementalPerMinute)) return 'incrementalPerMinute must be an integer > 0';
    update.incrementalPerMinute = incrementalPerMinute;
  }
  if (windowMs !== undefined) {
    if (!positiveInt(windowMs)) return 'windowMs must be an integer > 0';
    update.windowMs = windowMs;
  }
  if (failNext !== undefined) {
    if (!isRecord(failNext) || !nonNegativeInt(failNext.count)) return 'failNext.count must be an integer >= 0';
    const status = failNext.status ?? 500;
    if (!FAIL_STATUSES.includes(status as FailStatus)) return `failNext.status must be one of ${FAIL_STATUSES.join(', ')}`;
    const path = parsePath(failNext.path);
    if (path instanceof Error) return `failNext.${path.message}`;
    update.failNext = { count: failNext.count, status: status as FailStatus, path };
  }
  if (throttleNext !== undefined) {
    if (!isRecord(throttleNext) || !nonNegativeInt(throttleNext.count)) return 'throttleNext.count must be an integer >= 0';
    const retryAfter = throttleNext.retryAfter ?? 1;
    if (!nonNegativeInt(retryAfter)) return 'throttleNext.retryAfter must be an integer >= 0 (seconds)';
    const path = parsePath(throttleNext.path);
    if (path instanceof Error) return `throttleNext.${path.message}`;
    update.throttleNext = { count: throttleNext.count, retryAfter, path };
  }
  if (dropNext !== undefined) {
    if (!isRecord(dropNext) || !nonNegativeInt(dropNext.count)) return 'dropNext.count must be an integer >= 0';
    const path = parsePath(dropNext.path);
    if (path instanceof Error) return `dropNext.${path.message}`;
    update.dropNext = { count: dropNext.count, path };
  }
  return update;
}

export class Faults {
  fail: FailFault | null = null;
  throttle: ThrottleFault | null = null;
  drop: DropFault | null = null;

  /** Installs the one-shot faults of an update (a count of 0 removes that fault). */
  apply(update: FaultsUpdate): void {
    if (update.failNext) this.fail = update.failNext.count > 0 ? { ...update.failNext } : null;
    if (update.throttleNext) this.throttle = update.throttleNext.count > 0 ? { ...update.throttleNext } : null;
    if (update.dropNext) this.drop = update.dropNext.count > 0 ? { ...update.dropNext } : null;
  }

  /** Consumes one use of the fault when it matches the request path. */
  take(kind: 'fail', path: string): FailFault | null;
  take(kind: 'throttle', path: string): ThrottleFault | null;
  take(kind: 'drop', path: string): DropFault | null;
  take(kind: FaultKind, path: string): FailFault | ThrottleFault | DropFault | null {
    const fault = this[kind];
    if (!fault || (fault.path !== null && !path.startsWith(fault.path))) return null;
    fault.count--;
    if (fault.count <= 0) this[kind] = null;
    return { ...fault };
  }

  clear(): void {
    this.fail = null;
    this.throttle = null;
    this.drop = null;
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
