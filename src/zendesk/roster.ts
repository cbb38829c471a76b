import type { RequestControls, ZendeskGateway } from '../zaf/gateway';
import type { Seat } from '../seats/seat';
import { parseUser } from './parse';

/**
 * The roster: every agent and admin, 100 a page with cursor paging. Filtering by role
 * on Zendesk's side matters: end users can number in the millions, seats rarely
 * beyond tens of thousands. Offset paging is never used (capped at 10,000 records).
 */
export const ROSTER_URL = '/api/v2/users?role[]=agent&role[]=admin&page[size]=100';
export const SEAT_COUNT_URL = '/api/v2/users/count?role[]=agent&role[]=admin';

export interface RosterPage {
  url: string;
  seats: Seat[];
  /** Records without a usable id: reported to the admin, never silently dropped. */
  unreadable: number;
  /** The next page to ask for, or null at the end: where a failed load resumes. */
  next: string | null;
  /** The plan's requests a minute, from Zendesk's X-Rate-Limit header, if sent. */
  rateLimit: number | null;
}

/** Zendesk's account-wide limit from a response's headers (X-Rate-Limit or ratelimit-limit). */
export function rateLimitOf(headers: Record<string, string>): number | null {
  const value = Number(headers['x-rate-limit'] ?? headers['ratelimit-limit']);
  return Number.isInteger(value) && value > 0 ? value : null;
}

export class MalformedPageError extends Error {
  override readonly name = 'MalformedPageError';
  constructor(readonly url: string) {
    super(`Zendesk sent a page Seat Review cannot read (no "users" list) for ${url}.`);
  }
}

export async function* rosterPages(
  gateway: ZendeskGateway,
  from: string = ROSTER_URL,
  controls: RequestControls = {},
): AsyncGenerator<RosterPage> {
  for await (const page of gateway.pages(from, controls)) {
    const users = (page.body as { users?: unknown } | null)?.users;
    if (!Array.isArray(users)) throw new MalformedPageError(page.url);
    const seats: Seat[] = [];
    let unreadable = 0;
    for (const raw of users) {
      const parsed = parseUser(raw);
      if (parsed.kind === 'seat') seats.push(parsed.seat);
      else if (parsed.kind === 'unreadable') unreadable += 1;
    }
    yield { url: page.url, seats, unreadable, next: page.next, rateLimit: rateLimitOf(page.headers) };
  }
}

/** Zendesk's seat count (approximate above 100,000), for a determinate progress bar; null if unavailable. */
export async function countSeats(gateway: ZendeskGateway, controls: RequestControls = {}): Promise<number | null> {
  try {
    const { body } = await gateway.request({ url: SEAT_COUNT_URL }, controls);
    const value = (body as { count?: { value?: unknown } } | null)?.count?.value;
    return typeof value === 'number' && value >= 0 ? value : null;
  } catch {
    return null;
  }
}
