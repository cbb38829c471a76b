/**
 * A Zendesk (or SaaS endpoint) request that finally failed, with a message an admin
 * can act on. Zendesk's error bodies come in several shapes (see the API notes):
 * `{error, description}`, `{error: {title, message}}`, `{errors: [{title, detail}]}`,
 * `{description, details: {field: [{description}]}}`, or HTML/nothing on 5xx.
 */
import { isRecord } from '../guards';

export type FailureKind =
  | 'network'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'invalid'
  | 'rate-limited'
  /** Zendesk asked to wait longer than Seat Review waits (DEFAULT_RETRY_POLICY.maxRetryAfterMs): see `waitMs`. */
  | 'wait-too-long'
  | 'server'
  | 'other';

export class GatewayError extends Error {
  override readonly name = 'GatewayError';
  constructor(
    message: string,
    readonly kind: FailureKind,
    readonly status: number,
    readonly url: string,
    readonly attempts: number,
    /** For 'wait-too-long': how long Zendesk asked to wait (ms); null otherwise. */
    readonly waitMs: number | null = null,
    /** Who answered ("Zendesk", "SaaS Management"), and the most specific text of its error body: the screen words the error from these. */
    readonly service: string = 'Zendesk',
    readonly detail: string | null = null,
    /** Zendesk's error code when its body names one (`RecordInvalid`, `TooManyJobs`). */
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The most specific human text found in a Zendesk error body, if any. */
export function zendeskErrorText(body: unknown): string | null {
  if (!isRecord(body)) return null;
  const parts: string[] = [];
  const error = body.error;
  if (isRecord(error)) {
    const t = str(error.message) ?? str(error.title);
    if (t) parts.push(t);
  }
  const description = str(body.description);
  if (description) parts.push(description);
  else if (str(error)) parts.push(str(error) as string);
  if (isRecord(body.details)) {
    for (const [field, issues] of Object.entries(body.details)) {
      if (!Array.isArray(issues)) continue;
      for (const issue of issues) {
        const d = isRecord(issue) ? str(issue.description) : null;
        if (d) parts.push(`${field}: ${d}`);
      }
    }
  }
  if (Array.isArray(body.errors)) {
    for (const e of body.errors) {
      if (!isRecord(e)) continue;
      const t = [str(e.title), str(e.detail)].filter(Boolean).join(' — ');
      if (t) parts.push(t);
    }
  }
  return parts.length > 0 ? parts.join('. ') : null;
}

export function failureKind(status: number): FailureKind {
  if (status === 0) return 'network';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 400 || status === 422) return 'invalid';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'other';
}

export function toGatewayError(failure: { status: number; body: unknown }, url: string, attempts: number, service = 'Zendesk'): GatewayError {
  const kind = failureKind(failure.status);
  const detail = zendeskErrorText(failure.body);
  // For logs only: the screen words the failure from its fields (ui/text/errors.ts).
  const message = `${service} ${kind} ${failure.status} (${url}, ${attempts} attempt${attempts === 1 ? '' : 's'})${detail ? `: ${detail}` : ''}`;
  const code = isRecord(failure.body) && typeof failure.body.error === 'string' ? failure.body.error : null;
  return new GatewayError(message, kind, failure.status, url, attempts, null, service, detail, code);
}

/**
 * Zendesk asked for a longer pause than Seat Review ever holds a review for (a
 * Retry-After or ratelimit-reset of hours): the load stops here, keeping what it has.
 */
export function waitTooLongError(waitMs: number, url: string, status: number, attempts: number, service = 'Zendesk'): GatewayError {
  // For logs only, as above.
  const message = `${service} wait-too-long ${status} (${url}): asked to wait ${Math.round(waitMs / 1000)} s`;
  return new GatewayError(message, 'wait-too-long', status, url, attempts, waitMs, service);
}
