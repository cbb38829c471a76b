/**
 * GET /api/v2/search/count?query=… → `{"count": N}` (CountSearchResults), for ticket
 * searches only, and only as much of Zendesk's query syntax as engagement checks use:
 *   type:ticket            (any other type: nothing matches, count 0)
 *   commenter:<id>|me|<email>   tickets with a comment (public or private) by that user
 *   updated>=D, updated>D, updated<=D, updated<D, updated:D
 *                          D = YYYY-MM-DD (UTC day) or YYYY-MM-DDThh:mm:ssZ; ">" a day
 *                          means after that day, "<=" through its end, ":" that day
 * Terms are ANDed; quotes around a value are dropped. A term the stand-in does not
 * understand (free text, status:…) matches nothing: 200 with count 0, because the
 * stand-in keeps no ticket text or status to search. An unparsable value of a known
 * keyword (updated>=yesterday, commenter:x y) is a 400 `{"error":"invalid",…}` in the
 * format ListSearchResults documents for search errors; a missing query is a 400 too.
 *
 * Limits: the reference and the OAS file put a 100-a-minute limit on /search/export
 * only; the count endpoint spends the account-wide budget like any other request.
 */
import { ok, type ApiRequest, type ApiResult } from './results';

export const SEARCH_COUNT_QUERY_PARAMS = ['query'] as const;

const DAY_S = 86_400;
const TERM = /^(-?)([a-z_]+)(>=|<=|:|>|<)(.+)$/i;

type Condition = { kind: 'nothing' } | { kind: 'tickets' } | { kind: 'commenter'; userId: number } | { kind: 'updated'; from: number; to: number }; // [from, to) in unix seconds

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

function parseTerm(term: string, r: ApiRequest): Condition | string {
  const m = TERM.exec(term);
  if (!m) return { kind: 'nothing' }; // free text
  const [, negated, keyword = '', op, rawValue = ''] = m;
  const value = rawValue.replace(/^"(.*)"$/, '$1');
  const key = keyword.toLowerCase();
  if (negated) return { kind: 'nothing' };
  if (key === 'type') return value.toLowerCase() === 'ticket' && op === ':' ? { kind: 'tickets' } : { kind: 'nothing' };
  if (key === 'commenter') {
    if (op !== ':') return `commenter takes ":", not "${op}"`;
    if (value === 'me') return { kind: 'commenter', userId: r.currentUser.id };
    if (/^\d+$/.test(value)) return { kind: 'commenter', userId: Number(value) };
    if (value.includes('@')) {
      const lower = value.toLowerCase();
      const user = r.store.list({ roles: null, permissionSet: null }).find((u) => u.email?.toLowerCase() === lower);
      return user ? { kind: 'commenter', userId: user.id } : { kind: 'nothing' };
    }
    return `commenter: "${value}" is not a user id, "me" or an email address`;
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
  const { updated, commented } = r.activity.ticketIndex();
  const sets = conditions.flatMap((c) => (c.kind === 'commenter' ? [commented.get(c.userId) ?? new Set<number>()] : []));
  const [smallest, ...others] = sets.sort((x, y) => x.size - y.size);
  const candidates = smallest ? [...smallest].filter((id) => others.every((s) => s.has(id))) : updated.keys();
  let count = 0;
  for (const id of candidates) {
    const t = updated.get(id) as number;
    if (conditions.every((c) => c.kind !== 'updated' || (t >= c.from && t < c.to))) count++;
  }
  return ok({ count });
}
