/**
 * The Users endpoints: list (cursor and offset paging), count, show, show_many, me.
 * Shapes follow Zendesk's OpenAPI file (ListUsers, CountUsers, ShowUser, ShowManyUsers,
 * ShowCurrentUser) and its pagination guide.
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { zendeskNow } from './http';
import { CURSOR_PARAMS, listPage, OFFSET_PARAMS } from './paging';
import type { UserFilter } from './store';
import { invalidValue, notFound, ok, type ApiRequest, type ApiResult } from './results';

/** Filters of GET /api/v2/users and /count, as the OAS file declares them. */
export const USER_FILTER_PARAMS = ['role', 'role[]', 'permission_set'] as const;
export { CURSOR_PARAMS, MAX_PAGE_SIZE, OFFSET_PARAMS, OFFSET_RECORD_LIMIT } from './paging';
/** Every query parameter GET /api/v2/users acts on (others are ignored, as Zendesk does). */
export const USERS_LIST_QUERY_PARAMS = [...USER_FILTER_PARAMS, ...CURSOR_PARAMS, ...OFFSET_PARAMS] as const;

const DIGITS = /^\d+$/;

export function parseUserFilter(q: URLSearchParams): UserFilter {
  const roles = [...q.getAll('role'), ...q.getAll('role[]')];
  const ps = q.get('permission_set');
  return {
    roles: roles.length > 0 ? roles : null,
    permissionSet: ps === null ? null : DIGITS.test(ps) ? Number(ps) : Number.NaN,
  };
}

/** GET /api/v2/users: cursor or offset paging (./paging.ts) over the filtered, id-sorted users. */
export function listUsers(r: ApiRequest): ApiResult {
  return listPage(r, 'users', r.store.list(parseUserFilter(r.url.searchParams)));
}

/** GET /api/v2/users/count: exact here (Zendesk's is approximate above 100,000). */
export function countUsers(r: ApiRequest): ApiResult {
  const value = r.store.list(parseUserFilter(r.url.searchParams)).length;
  return ok({ count: { value, refreshed_at: zendeskNow(r.nowMs) } });
}

export function showUser(r: ApiRequest): ApiResult {
  const user = r.store.byId(Number(r.params[0]));
  return user ? ok({ user }) : notFound();
}

/** GET /api/v2/users/me: the signed-in user plus the CSRF token Zendesk adds. */
export function showCurrentUser(r: ApiRequest): ApiResult {
  return ok({ user: { ...r.currentUser, authenticity_token: 'standin-csrf-token' } });
}

/**
 * GET /api/v2/users/show_many?ids=1,2 (or external_ids): up to 100; unknown ids are
 * left out; users come back in id order. The 400 wording for a missing or too long
 * list is unverified.
 */
export function showManyUsers(r: ApiRequest): ApiResult {
  const q = r.url.searchParams;
  const byExternal = q.get('ids') === null && q.get('external_ids') !== null;
  const raw = q.get('ids') ?? q.get('external_ids');
  if (raw === null) return invalidValue('ids or external_ids is required');
  const values = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
  if (values.length > 100) return invalidValue('Too many ids (the maximum is 100)');
  if (byExternal) {
    const wanted = new Set(values.map((v) => v.toLowerCase()));
    const users = r.store.list({ roles: null, permissionSet: null });
    return ok({ users: users.filter((u) => typeof u.external_id === 'string' && wanted.has(u.external_id.toLowerCase())) });
  }
  const users = values
    .filter((v) => DIGITS.test(v))
    .map((v) => r.store.byId(Number(v)))
    .filter((u): u is ZendeskUserWire => u !== undefined)
    .sort((a, b) => a.id - b.id);
  return ok({ users });
}
