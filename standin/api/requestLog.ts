/**
 * Every /api/v2 request in arrival order, with the status it got — including 429s and
 * injected faults — so tests can assert what the app actually asked for.
 */
export interface LoggedRequest {
  method: string;
  /** Path as requested, without the query string. */
  path: string;
  /** Raw query string as sent, without the leading `?` (still percent-encoded). */
  query: string;
  /** HTTP status answered; 0 when the connection was dropped without a response. */
  status: number;
  /** When the request arrived (ISO 8601 with milliseconds, wall clock). */
  at: string;
  /** Who made it: the user its session cookie names, else the one signed in for everyone. */
  user_id: number;
  /**
   * Set when the answer did not come from the API itself (rate-limit, throttle, fail,
   * drop), an injected fault altered it: its rate headers (rate-limit-reset), its next
   * link (paging) or its export window (stall-export), or update_many was refused for
   * too many jobs in flight (too-many-jobs, limit or injected).
   */
  fault?: 'rate-limit' | 'throttle' | 'fail' | 'drop' | 'rate-limit-reset' | 'paging' | 'stall-export' | 'too-many-jobs';
}

/** Oldest entries are dropped beyond this, so a long demo session cannot grow without bound. */
export const REQUEST_LOG_LIMIT = 100_000;

export class RequestLog {
  private entries: LoggedRequest[] = [];

  /** Records an arriving request; the caller fills in `status` (and `fault`) when it answers. */
  start(method: string, path: string, query: string, userId: number): LoggedRequest {
    const entry: LoggedRequest = { method, path, query, status: 0, at: new Date().toISOString(), user_id: userId };
    this.entries.push(entry);
    if (this.entries.length > REQUEST_LOG_LIMIT) this.entries.splice(0, this.entries.length - REQUEST_LOG_LIMIT);
    return entry;
  }

  list(): LoggedRequest[] {
    return this.entries.map((e) => ({ ...e }));
  }

  clear(): void {
    this.entries = [];
  }
}
