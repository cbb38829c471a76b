/**
 * The roster: every agent and admin, 100 a page with cursor paging. Filtering by role
 * on Zendesk's side matters: end users can number in the millions, seats rarely
 * beyond tens of thousands. How the pages are split and run: loadRoster.ts.
 */
import type { RequestControls, ZendeskGateway } from '../zaf/gateway';
import type { Seat } from '../seats/seat';
import { parseUser } from './parse';

export const ROSTER_URL = '/api/v2/users?role[]=agent&role[]=admin&page[size]=100';

export interface RosterPage {
  url: string;
  seats: Seat[];
  /** Records without a usable id: reported to the admin, never silently dropped. */
  unreadable: number;
  /** Records that are not seats (an end user in a seat query): counted so totals still add up. */
  notSeats: number;
  /** The next page to ask for, or null at the end: where a failed load resumes. */
  next: string | null;
  /** An offset page saying another page follows (`next_page`): more records than counted, if it was the last. */
  offsetMore: boolean;
}

export class MalformedPageError extends Error {
  override readonly name = 'MalformedPageError';
  constructor(readonly url: string) {
    super(`Zendesk sent a page Seat Review cannot read (no "users" list) for ${url}.`);
  }
}

export async function* rosterPages(gateway: ZendeskGateway, from: string = ROSTER_URL, controls: RequestControls = {}): AsyncGenerator<RosterPage> {
  for await (const page of gateway.pages(from, controls)) yield readRosterPage(page.url, page.body, page.next);
}

/** One page of users, parsed defensively; throws MalformedPageError when it has no users list. */
export function readRosterPage(url: string, body: unknown, next: string | null): RosterPage {
  const users = (body as { users?: unknown } | null)?.users;
  if (!Array.isArray(users)) throw new MalformedPageError(url);
  const seats: Seat[] = [];
  let unreadable = 0;
  let notSeats = 0;
  for (const raw of users) {
    const parsed = parseUser(raw);
    if (parsed.kind === 'seat') seats.push(parsed.seat);
    else if (parsed.kind === 'unreadable') unreadable += 1;
    else notSeats += 1;
  }
  const nextPage = (body as { next_page?: unknown }).next_page;
  return { url, seats, unreadable, notSeats, next, offsetMore: typeof nextPage === 'string' && nextPage !== '' };
}
