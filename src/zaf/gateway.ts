import { toGatewayError } from './errors';
import { PlanBudget, type PlanBudgetOptions } from './planBudget';
import { DEFAULT_RETRY_POLICY, retryDecision, type RetryPolicy, type RetryReason } from './retry';
import type { ZafClient, ZafRequestOptions } from './sdk';

/**
 * The one place that talks to Zendesk: every request goes through `request` (retries,
 * Retry-After, error mapping) and every list through `pages` (cursor paging).
 */
export interface ApiRequest {
  /** A relative Zendesk API path (`/api/v2/...`) or an absolute URL for a proxied call. */
  url: string;
  method?: ZafRequestOptions['type'];
  /** JSON body. */
  json?: unknown;
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
  signal?: AbortSignal;
  /** Paces every attempt (retries included) under a limit; see rateGate.ts. */
  gate?: { take(signal?: AbortSignal): Promise<void> };
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
    if (signal?.aborted) return reject(new AbortedError());
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

  constructor(
    private readonly client: ZafClient,
    options: GatewayOptions = {},
  ) {
    this.policy = options.policy ?? DEFAULT_RETRY_POLICY;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.sleep = options.sleep ?? abortableSleep;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.budget = options.budget === null ? null : new PlanBudget({ now: this.now, sleep: this.sleep, ...options.budget });
  }

  /** Fit the app's iframe (nav_bar apps fill the page, but the host still needs telling). */
  async resize(size: { width: string; height: string }): Promise<void> {
    await this.client.invoke('resize', size);
  }

  private async attempt(request: ApiRequest): Promise<Outcome> {
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
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<Outcome>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), this.timeoutMs);
    });
    try {
      return await Promise.race([this.client.request(options).then(outcomeOf, outcomeOf), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async request(request: ApiRequest, controls: RequestControls = {}): Promise<ApiResponse> {
    const counts = { failures: 0, rateLimits: 0 };
    // Only Zendesk's own API spends the plan's budget (not the SaaS endpoint).
    const budget = request.url.startsWith('/api/') ? this.budget : null;
    for (;;) {
      if (controls.signal?.aborted) throw new AbortedError();
      await controls.gate?.take(controls.signal);
      await budget?.take(controls.signal);
      const outcome = await this.attempt(request);
      budget?.observe(outcome.status, outcome.headers);
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
        throw toGatewayError(outcome, request.url, counts.failures + counts.rateLimits, request.service);
      }
      controls.onRetry?.({ reason: decision.reason, delayMs: decision.delayMs, status: outcome.status, url: request.url });
      await this.sleep(decision.delayMs, controls.signal);
    }
  }

  /**
   * Cursor paging: yields each page's body, following `links.next` while
   * `meta.has_more`. Zendesk's next link is absolute on the account's host; only its
   * path and query are kept so the request stays on the signed-in session.
   */
  async *pages(
    firstUrl: string,
    controls: RequestControls = {},
  ): AsyncGenerator<{ url: string; body: unknown; headers: Record<string, string>; next: string | null }> {
    let url: string | null = firstUrl;
    while (url !== null) {
      const { body, headers } = await this.request({ url }, controls);
      const next = nextPageUrl(body);
      yield { url, body, headers, next };
      url = next;
    }
  }
}

export function nextPageUrl(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const { meta, links } = body as { meta?: { has_more?: unknown }; links?: { next?: unknown } };
  if (meta?.has_more !== true || typeof links?.next !== 'string' || links.next === '') return null;
  return toRelativeApiUrl(links.next);
}

export function toRelativeApiUrl(link: string): string {
  try {
    const parsed = new URL(link, 'https://zendesk.invalid');
    return parsed.pathname + parsed.search;
  } catch {
    return link;
  }
}
