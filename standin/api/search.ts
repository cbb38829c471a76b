/**
 * GET /api/v2/search/count?query=… → `{"count": N}` (CountSearchResults), for ticket
 * searches only, and only as much of Zendesk's query syntax as engagement checks and
 * seat releases use:
 *   type:ticket            (any other type: nothing matches, count 0)
 *   commenter:<id>|me|<email>   tickets with a comment (public or private) by that user
 *   assignee:<id>|me|<email>|none   tickets assigned to that user / to nobody
 *   status:S, status<S, status<=S, status>S, status>=S
 *                          S in Zendesk's order new < open < pending < hold < solved < closed
 *   updated>=D, updated>D, updated<=D, updated<D, updated:D
 *                          D = YYYY-MM-DD (UTC day) or YYYY-MM-DDThh:mm:ssZ; ">" a day
 *                          means after that day, "<=" through its end, ":" that day
 * Terms are ANDed; quotes around a value are dropped. The tickets are the account's
 * ticket table (./tickets.ts: status, assignee, updated_at, changed by seat releases);
 * comments come from the ticket events. A term the stand-in does not understand (free
 * text, other keywords, negation) matches nothing: 200 with count 0, because it keeps no
 * ticket text. An unparsable value of a known keyword (updated>=yesterday, commenter:x y,
 * status<soon) is a 400 `{"error":"invalid",…}` in the format ListSearchResults documents
 * for search errors; a missing query is a 400 too.
 *
 * Limits: the reference and the OAS file put a 100-a-minute limit on /search/export
 * only; the count endpoint spends the account-wide budget like any other request.
 */
import { TICKET_STATUSES, type TicketStatus } from '../demo/tickets';
import { ok, type ApiRequest, type ApiResult } from './results';
import { NO_FILTER } from './store';
import type { Ticket } from './tickets';

export const SEARCH_COUNT_QUERY_PARAMS = ['query'] as const;

const DAY_S = 86_400;
const TERM = /^(-?)([a-z_]+)(>=|<=|:|>|<)(.+)$/i;

type Condition =
  | { kind: 'nothing' }
  | { kind: 'tickets' }
  | { kind: 'commenter'; userId: number }
  /** userId null: unassigned tickets. */
  | { kind: 'assignee'; userId: number | null }
  | { kind: 'status'; allowed: ReadonlySet<TicketStatus> }
  | { kind: 'updated'; from: number; to: number }; // [from, to) in unix seconds

const invalid = (description: string): ApiResult => ({ status: 400, body: { error: 'invalid', description } });

/** [start, end) of a date or date-time value, in unix seconds; null when unparsable. */
function parseMoment(value: string): [number, number] | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const t = Date.parse(`${value}T00:00:00Z`);
    return Number.isNaN(t) ? null : [t / 1000, t / 1000 + DAY_S];
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? null : [Math.floor(t / 1000), Math.floor(t / 1000) + 1];
  }
  return null;
}

/** A user named by id, "me" or email: the id; null for an unknown email (matches nothing); undefined when unreadable. */
function userOf(value: string, r: ApiRequest): number | null | undefined {
  if (value === 'me') return r.currentUser.id;
  if (/^\d+$/.test(value)) return Number(value);
  if (!value.includes('@')) return undefined;
  const lower = value.toLowerCase();
  return r.store.list(NO_FILTER).find((u) => u.email?.toLowerCase() === lower)?.id ?? null;
}

function parseTerm(term: string, r: ApiRequest): Condition | string {
  const m = TERM.exec(term);
  if (!m) return { kind: 'nothing' }; // free text
  const [, negated, keyword = '', op, rawValue = ''] = m;
  const value = rawValue.replace(/^"(.*)"$/, '$1');
  const key = keyword.toLowerCase();
  if (negated) return { kind: 'nothing' };
  if (key === 'type') return value.toLowerCase() === 'ticket' && op === ':' ? { kind: 'tickets' } : { kind: 'nothing' };
  if (key === 'commenter' || key === 'assignee') {
    if (op !== ':') return `${key} takes ":", not "${op}"`;
    if (key === 'assignee' && value.toLowerCase() === 'none') return { kind: 'assignee', userId: null };
    const userId = userOf(value, r);
    if (userId === undefined) return `${key}: "${value}" is not a user id, "me" or an email address`;
    if (userId === null) return { kind: 'nothing' };
    return key === 'commenter' ? { kind: 'commenter', userId } : { kind: 'assignee', userId };
  }
  if (key === 'status') {
    const rank = TICKET_STATUSES.indexOf(value.toLowerCase() as TicketStatus);
    if (rank < 0) return `status: "${value}" is not one of ${TICKET_STATUSES.join(', ')}`;
    const keep: Record<string, (i: number) => boolean> = {
      ':': (i) => i === rank,
      '<': (i) => i < rank,
      '<=': (i) => i <= rank,
      '>': (i) => i > rank,
      '>=': (i) => i >= rank,
    };
    return { kind: 'status', allowed: new Set(TICKET_STATUSES.filter((_, i) => (keep[op as string] as (i: number) => boolean)(i))) };
  }
  if (key === 'updated') {
    const moment = parseMoment(value);
    if (!moment) return `updated: "${value}" is not a date (YYYY-MM-DD) or date-time`;
    const [dayStart, dayEnd] = moment;
    const range: Record<string, [number, number]> = {
      '>=': [dayStart, Infinity],
      '>': [dayEnd, Infinity],
      '<': [-Infinity, dayStart],
      '<=': [-Infinity, dayEnd],
      ':': [dayStart, dayEnd],
    };
    const [from, to] = range[op as string] as [number, number];
    return { kind: 'updated', from, to };
  }
  return { kind: 'nothing' };
}

export function countSearchResults(r: ApiRequest): ApiResult {
  const query = r.url.searchParams.get('query');
  if (query === null || query.trim() === '') return invalid('The query parameter is required');
  const conditions: Condition[] = [];
  for (const term of query.trim().split(/\s+/)) {
    const c = parseTerm(term, r);
    if (typeof c === 'string') return invalid(c);
    conditions.push(c);
  }
  if (conditions.some((c) => c.kind === 'nothing')) return ok({ count: 0 });
  // Start from the smallest id set a term names (a commenter's or an assignee's tickets).
  const { commented } = r.activity.ticketIndex();
  const sets = conditions.flatMap((c): ReadonlySet<number>[] =>
    c.kind === 'commenter'
      ? [commented.get(c.userId) ?? new Set<number>()]
      : c.kind === 'assignee' && c.userId !== null
        ? [r.tickets.assignedTo(c.userId)]
        : [],
  );
  const [smallest] = [...sets].sort((x, y) => x.size - y.size);
  const candidates: Iterable<Ticket | undefined> = smallest ? [...smallest].map((id) => r.tickets.byId(id)) : r.tickets.all();
  let count = 0;
  for (const t of candidates) {
    if (t && conditions.every((c) => matches(c, t, commented))) count++;
  }
  return ok({ count });
}

function matches(c: Condition, t: Ticket, commented: ReadonlyMap<number, ReadonlySet<number>>): boolean {
  switch (c.kind) {
    case 'commenter':
      return commented.get(c.userId)?.has(t.id) === true;
    case 'assignee':
      return t.assignee_id === c.userId;
    case 'status':
      return c.allowed.has(t.status);
    case 'updated':
      return t.updated >= c.from && t.updated < c.to;
    default:
      return true;
  }
}
