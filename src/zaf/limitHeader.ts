/**
 * Zendesk's per-endpoint limit headers, such as `zendesk-ratelimit-inflight-jobs: total=30; remaining=29`
 * or `zendesk-ratelimit-create-update-user: total=100; remaining=99; resets=41`: what is left, and
 * when the count starts again (seconds from now). Unreadable parts are null, never guessed.
 */
export interface LimitHeader {
  total: number | null;
  remaining: number | null;
  /** Seconds until the limit's window resets. */
  resets: number | null;
}

export const INFLIGHT_JOBS_HEADER = 'zendesk-ratelimit-inflight-jobs';
export const UPDATE_USER_HEADER = 'zendesk-ratelimit-create-update-user';

function count(value: string | undefined): number | null {
  if (value === undefined || !/^\d+$/.test(value.trim())) return null;
  return Number(value.trim());
}

/** Null when the header is absent or names none of its parts. */
export function parseLimitHeader(value: string | undefined): LimitHeader | null {
  if (value === undefined) return null;
  const parts = new Map<string, string>();
  for (const part of value.split(/[;,]/)) {
    const [key, raw] = part.split('=');
    if (key !== undefined && raw !== undefined) parts.set(key.trim().toLowerCase(), raw);
  }
  const header = { total: count(parts.get('total')), remaining: count(parts.get('remaining')), resets: count(parts.get('resets')) };
  return header.total === null && header.remaining === null && header.resets === null ? null : header;
}
