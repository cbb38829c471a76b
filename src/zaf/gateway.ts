/**
 * The one place that talks to Zendesk: every request goes through `request` (retries,
 * Retry-After, error mapping) and every list through `pages` (cursor paging that only
 * moves forward, on the account's host: see paging.ts).
 */
import { toGatewayError, waitTooLongError } from './errors';
import { linkOnAccount, nextCursorUrl, pageKey, PagingError } from './paging';
import { PlanBudget, type PlanBudgetOptions } from './planBudget';
import { DEFAULT_RETRY_POLICY, retryDecision, type RetryPolicy, type RetryReason } from './retry';
import type { ZafClient, ZafRequestOptions } from './sdk';

export interface ApiRequest {
  /** A relative Zendesk API path (`/api/v2/...`) or an absolute URL for a proxied call. */
  url: string;
  method?: ZafRequestOptions['type'];
  /** JSON body. */
  json?: unknown;
  /** A body already written as text, with its content type (a multipart form written as text: the proxy sends no binary). */
  text?: { contentType: string; data: string };
  headers?: Record<string, string>;
  /** Through Zendesk's secure proxy, so `{{setting.x}}` placeholders of secure settings resolve. */
  secure?: boolean;
  /** Named in error messages; default "Zendesk" (e.g. "SaaS Management" for snapshots). */
  service?: string;
}

export interface ApiResponse {
  status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: unknown;
}

export interface RetryNotice {
  reason: RetryReason;
  delayMs: number;
  status: number;
  url: string;
}

export interface RequestControls {
  /** Cancels: waits end and a request in flight is left at once (the admin's Cancel). */
  signal?: AbortSignal;
  /**
   * Stops softly: waits end and no further attempt starts, but an answer already on its
   * way still arrives (streams read side by side stop when one fails, keeping what Zendesk sent).
   */
  stop?: AbortSignal;
  /** Paces every attempt (retries included) under a limit (rateGate.ts), and may learn from every answer (writeLimits.ts). */
  gate?: { take(signal?: AbortSignal): Promise<void>; observe?(status: number, headers: Record<string, string>): void };
  /**
   * Answers the caller handles itself: thrown at once as a GatewayError, neither retried nor
   * held against the plan's budget (a job refused with TooManyJobs waits for a job slot, not a minute).
   */
  handOver?: (status: number, body: unknown) => boolean;
  /** Told before each wait, so the screen can say why it pauses. */
  onRetry?: (notice: RetryNotice) => void;
}

export interface GatewayOptions {
  policy?: RetryPolicy;
  /** No answer from the host within this time counts as a network error (the SDK sets none). */
  timeoutMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
  /** Pacing under the account's plan limit for Zendesk API calls; null turns it off (tests). */
  budget?: PlanBudgetOptions | null;
  /**
   * Origins next links may name (`https://acme.zendesk.com`, the framing Zendesk page);
   * relative links are always followed. connect() fills it; unset, see paging.ts.
   */
  accountOrigins?: readonly string[];
}

interface Outcome {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export class AbortedError extends Error {
  override readonly name = 'AbortedError';
  constructor() {
    super('Cancelled');
  }
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortedError());
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort(): void {
      clearTimeout(timer);
      reject(new AbortedError());
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function lowerCaseHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof headers === 'object' && headers !== null) {
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined && value !== null) out[name.toLowerCase()] = String(value);
    }
  }
  return out;
}

function bodyOf(json: unknown, text: unknown): unknown {
  if (json !== undefined && json !== null) return json;
  if (typeof text !== 'string' || text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Both what `request` resolves with and what it rejects with (a jqXHR-like object) carry these. */
function outcomeOf(value: unknown): Outcome {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const status = typeof v.status === 'number' ? v.status : 0;
  return { status, headers: lowerCaseHeaders(v.headers), body: bodyOf(v.responseJSON, v.responseText) };
}

const TIMED_OUT: Outcome = { status: 0, headers: {}, body: null };

export class ZendeskGateway {
  private readonly policy: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly now: () => number;
  private readonly random: () => number;
  /** Shared by every Zendesk API call in flight: see planBudget.ts. */
  readonly budget: PlanBudget | null;
  /** Where next links may lead; null: the default hosts (paging.ts). */
  readonly accountOrigins: readonly string[] | null;

  constructor(
    private readonly client: ZafClient,
    options: GatewayOptions = {},
  ) {
    this.policy = options.policy ?? DEFAULT_RETRY_POLICY;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.sleep = options.sleep ?? abortableSleep;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.budget =
      options.budget === null
        ? null
        : new PlanBudget({ now: this.now, sleep: this.sleep, maxHoldMs: this.policy.maxRetryAfterMs, ...options.budget });
    this.accountOrigins = options.accountOrigins ?? null;
  }

  /** Fit the app's iframe (nav_bar apps fill the page, but the host still needs telling). */
  async resize(size: { width: string; height: string }): Promise<void> {
    await this.client.invoke('resize', size);
  }

  /** Opens a user's profile in Zendesk's agent interface (a new tab there, the app stays open). */
  async openUser(id: number): Promise<void> {
    await this.client.invoke('routeTo', 'user', id);
  }

  /** One try; rejects with AbortedError the moment `signal` aborts (the SDK's request cannot be stopped, only left). */
  private async attempt(request: ApiRequest, signal?: AbortSignal): Promise<Outcome> {
    if (signal?.aborted) throw new AbortedError();
    const options: ZafRequestOptions = {
      url: request.url,
      type: request.method ?? 'GET',
      dataType: 'json',
      httpCompleteResponse: true,
      // Seat Review waits out 429s itself, with Retry-After; the framework must not retry too.
      autoRetry: false,
      cors: false,
      ...(request.headers ? { headers: request.headers } : {}),
      ...(request.secure ? { secure: true } : {}),
      ...(request.json !== undefined ? { contentType: 'application/json', data: JSON.stringify(request.json) } : {}),
      ...(request.text !== undefined ? { contentType: request.text.contentType, data: request.text.data } : {}),
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort = (): void => undefined;
    const timeout = new Promise<Outcome>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), this.timeoutMs);
    });
    const aborted = new Promise<never>((_resolve, reject) => {
      onAbort = () => reject(new AbortedError());
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([this.client.request(options).then(outcomeOf, outcomeOf), timeout, aborted]);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async request(request: ApiRequest, controls: RequestControls = {}): Promise<ApiResponse> {
    const counts = { failures: 0, rateLimits: 0 };
    // Only Zendesk's own API spends the plan's budget (not the SaaS endpoint).
    const budget = request.url.startsWith('/api/') ? this.budget : null;
    const { signal, stop } = controls;
    const waits = signal && stop ? AbortSignal.any([signal, stop]) : (signal ?? stop);
    for (;;) {
      if (waits?.aborted) throw new AbortedError();
      await controls.gate?.take(waits);
      await budget?.take(waits);
      const outcome = await this.attempt(request, controls.signal);
      controls.gate?.observe?.(outcome.status, outcome.headers);
      const handedOver = outcome.status >= 300 && controls.handOver?.(outcome.status, outcome.body) === true;
      if (handedOver) throw toGatewayError(outcome, request.url, counts.failures + counts.rateLimits + 1, request.service);
      budget?.observe(outcome.status, outcome.headers, request.url);
      if (outcome.status >= 200 && outcome.status < 300) return outcome;
      if (outcome.status === 429) counts.rateLimits += 1;
      else counts.failures += 1;
      const decision = retryDecision(
        { status: outcome.status, retryAfter: outcome.headers['retry-after'] },
        counts,
        this.policy,
        this.now(),
        this.random,
      );
      if (!decision.retry) {
        const attempts = counts.failures + counts.rateLimits;
        if (decision.waitMs !== undefined) throw waitTooLongError(decision.waitMs, request.url, outcome.status, attempts, request.service);
        throw toGatewayError(outcome, request.url, attempts, request.service);
      }
      controls.onRetry?.({ reason: decision.reason, delayMs: decision.delayMs, status: outcome.status, url: request.url });
      await this.sleep(decision.delayMs, waits);
    }
  }

  /**
   * Cursor paging: yields each page's body, following `links.next` (or `meta.after_cursor`)
   * while `meta.has_more`. Zendesk's next link is absolute on the account's host; only its
   * path and query are kept so the request stays on the signed-in session. A link off the
   * account, back to a page already read, or missing while more follows ends the stream
   * with a PagingError (before the page that led there is yielded: resuming asks it again).
   */
  async *pages(
    firstUrl: string,
    controls: RequestControls = {},
  ): AsyncGenerator<{ url: string; body: unknown; headers: Record<string, string>; next: string | null }> {
    const asked = new Set<string>();
    let url: string | null = firstUrl;
    while (url !== null) {
      asked.add(pageKey(url));
      const { body, headers } = await this.request({ url }, controls);
      const next = nextCursorUrl(body, url, this.accountOrigins);
      if (next !== null && asked.has(pageKey(next))) throw new PagingError('repeated-page', next, url);
      yield { url, body, headers, next };
      url = next;
    }
  }

  /** A next link Zendesk sent, as a relative URL on the session; PagingError 'off-host-link' if it leaves the account. */
  linkOnAccount(link: string, streamUrl: string): string {
    const relative = linkOnAccount(link, this.accountOrigins);
    if (relative === null) throw new PagingError('off-host-link', link, streamUrl);
    return relative;
  }
}
