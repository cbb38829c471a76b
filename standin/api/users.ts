/**
 * The Users endpoints: list (cursor and offset paging), count, show, show_many, me.
 * Shapes follow Zendesk's OpenAPI file (ListUsers, CountUsers, ShowUser, ShowManyUsers,
 * ShowCurrentUser) and its pagination guide.
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { decodeCursor, encodeCursor } from './cursor';
import { zendeskNow } from './http';
import { indexAfter, indexAtOrAfter, type UserFilter } from './store';
import { invalidPagination, invalidValue, notFound, ok, type ApiRequest, type ApiResult } from './results';

/** Filters of GET /api/v2/users and /count, as the OAS file declares them. */
export const USER_FILTER_PARAMS = ['role', 'role[]', 'permission_set'] as const;
export const CURSOR_PARAMS = ['page[size]', 'page[after]', 'page[before]'] as const;
export const OFFSET_PARAMS = ['page', 'per_page'] as const;
/** Every query parameter GET /api/v2/users acts on (others are ignored, as Zendesk does). */
export const USERS_LIST_QUERY_PARAMS = [...USER_FILTER_PARAMS, ...CURSOR_PARAMS, ...OFFSET_PARAMS] as const;

/** "Returns a maximum of 100 records per page" (ListUsers). */
export const MAX_PAGE_SIZE = 100;
/** Offset paging answers 400 beyond the first 10,000 records (100 pages of 100). */
export const OFFSET_RECORD_LIMIT = 10_000;

const PAGING = new Set<string>([...CURSOR_PARAMS, ...OFFSET_PARAMS]);
const DIGITS = /^\d+$/;

export function parseUserFilter(q: URLSearchParams): UserFilter {
  const roles = [...q.getAll('role'), ...q.getAll('role[]')];
  const ps = q.get('permission_set');
  return {
    roles: roles.length > 0 ? roles : null,
    permissionSet: ps === null ? null : DIGITS.test(ps) ? Number(ps) : Number.NaN,
  };
}

/** Absolute URL on the host the request came to: paging params first, then the caller's other params. */
function pageLink(r: ApiRequest, paging: [string, string][]): string {
  const params = new URLSearchParams(paging);
  for (const [k, v] of r.url.searchParams) if (!PAGING.has(k)) params.append(k, v);
  return `${r.origin}${r.rawPath}?${params.toString()}`;
}

/**
 * Page size: default 100. Above 100 the stand-in CLAMPS to 100 rather than answering 400:
 * the OAS file says ListUsers "returns a maximum of 100 records per page" and the
 * pagination guide says endpoints "limit this to a maximum of 100"; neither documents an
 * error. Zero, negative or non-numeric sizes are a 400.
 */
function pageSize(raw: string | null, name: string): number | ApiResult {
  if (raw === null) return MAX_PAGE_SIZE;
  if (!DIGITS.test(raw) || Number(raw) < 1) return invalidPagination(`${name} is not valid`);
  return Math.min(Number(raw), MAX_PAGE_SIZE);
}

function cursorPage(r: ApiRequest, users: readonly ZendeskUserWire[]): ApiResult {
  const q = r.url.searchParams;
  const size = pageSize(q.get('page[size]'), 'page[size]');
  if (typeof size !== 'number') return size;
  const after = q.get('page[after]');
  const before = q.get('page[before]');
  if (after !== null && before !== null) {
    return invalidPagination('page[before] and page[after] cannot be used together');
  }
  let start: number;
  let end: number;
  if (before !== null) {
    const id = decodeCursor(before);
    if (id === null) return invalidPagination('page[before] is not valid');
    end = indexAtOrAfter(users, id);
    start = Math.max(0, end - size);
  } else {
    const id = after === null ? null : decodeCursor(after);
    if (after !== null && id === null) return invalidPagination('page[after] is not valid');
    start = id === null ? 0 : indexAfter(users, id);
    end = Math.min(users.length, start + size);
  }
  const page = users.slice(start, end);
  const first = page[0];
  const last = page[page.length - 1];
  const moreAfter = end < users.length;
  const moreBefore = start > 0;
  const afterCursor = last ? encodeCursor(last.id) : null;
  const beforeCursor = first ? encodeCursor(first.id) : null;
  const sizeParam: [string, string] = ['page[size]', String(size)];
  return ok({
    users: page,
    meta: {
      // has_more looks in the direction of travel: backwards when paging with page[before].
      has_more: before !== null ? moreBefore : moreAfter,
      after_cursor: afterCursor,
      before_cursor: beforeCursor,
    },
    links: {
      next: moreAfter && afterCursor ? pageLink(r, [['page[after]', afterCursor], sizeParam]) : null,
      prev: moreBefore && beforeCursor ? pageLink(r, [['page[before]', beforeCursor], sizeParam]) : null,
    },
  });
}

function offsetPage(r: ApiRequest, users: readonly ZendeskUserWire[]): ApiResult {
  const q = r.url.searchParams;
  const rawPage = q.get('page') ?? '1';
  if (!DIGITS.test(rawPage) || Number(rawPage) < 1) return invalidPagination('page is not valid');
  const page = Number(rawPage);
  const perPage = pageSize(q.get('per_page'), 'per_page'); // per_page above 100 is clamped too
  if (typeof perPage !== 'number') return perPage;
  const offset = (page - 1) * perPage;
  if (offset >= OFFSET_RECORD_LIMIT) {
    // Zendesk answers "400 Bad Request" past the first 10,000 records; the body wording is unverified.
    return invalidPagination(
      `Offset pagination is limited to the first ${OFFSET_RECORD_LIMIT} records. Use cursor pagination (page[size]) instead.`,
    );
  }
  const link = (n: number): string => pageLink(r, [['page', String(n)], ['per_page', String(perPage)]]);
  return ok({
    users: users.slice(offset, offset + perPage),
    next_page: offset + perPage < users.length ? link(page + 1) : null,
    previous_page: page > 1 ? link(page - 1) : null,
    count: users.length,
  });
}

/**
 * GET /api/v2/users. Without page[size] / page[after] / page[before] Zendesk uses offset
 * paging ("If you omit the page[size] parameter, offset pagination is used").
 */
export function listUsers(r: ApiRequest): ApiResult {
  const q = r.url.searchParams;
  const users = r.store.list(parseUserFilter(q));
  return CURSOR_PARAMS.some((p) => q.has(p)) ? cursorPage(r, users) : offsetPage(r, users);
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
  const values = [...new Set(raw.split(',').map((s) => s.trim()).filter((s) => s !== ''))];
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
