/**
 * Zendesk's two paging styles for list endpoints (/users, /sessions): cursor paging
 * (`page[size]`, `page[after]`, `page[before]`; `meta` + `links`) and offset paging
 * (`page`, `per_page`; `next_page`, `previous_page`, `count`). Records are sorted by id
 * and the cursors point at ids (./cursor.ts). An injected pagingNext fault (./faults.ts)
 * bends a cursor page's next link; offset pages never take it.
 */
import { decodeCursor, encodeCursor } from './cursor';
import { OFF_HOST, type PagingFaultKind } from './faults';
import { indexAfter, indexAtOrAfter } from './store';
import { invalidPagination, ok, type ApiRequest, type ApiResult } from './results';

export const CURSOR_PARAMS = ['page[size]', 'page[after]', 'page[before]'] as const;
export const OFFSET_PARAMS = ['page', 'per_page'] as const;

/** "Returns a maximum of 100 records per page" (ListUsers). */
export const MAX_PAGE_SIZE = 100;
/** Offset paging answers 400 beyond the first 10,000 records (100 pages of 100). */
export const OFFSET_RECORD_LIMIT = 10_000;

const PAGING = new Set<string>([...CURSOR_PARAMS, ...OFFSET_PARAMS]);
const DIGITS = /^\d+$/;

/** Absolute URL on the host the request came to: paging params first, then the caller's other params. */
export function pageLink(r: ApiRequest, paging: [string, string][]): string {
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
export function pageSize(raw: string | null, name: string): number | ApiResult {
  if (raw === null) return MAX_PAGE_SIZE;
  if (!DIGITS.test(raw) || Number(raw) < 1) return invalidPagination(`${name} is not valid`);
  return Math.min(Number(raw), MAX_PAGE_SIZE);
}

function cursorPage(r: ApiRequest, key: string, records: readonly { id: number }[]): ApiResult {
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
    end = indexAtOrAfter(records, id);
    start = Math.max(0, end - size);
  } else {
    const id = after === null ? null : decodeCursor(after);
    if (after !== null && id === null) return invalidPagination('page[after] is not valid');
    start = id === null ? 0 : indexAfter(records, id);
    end = Math.min(records.length, start + size);
  }
  const page = records.slice(start, end);
  const first = page[0];
  const last = page[page.length - 1];
  const moreAfter = end < records.length;
  const moreBefore = start > 0;
  const afterCursor = last ? encodeCursor(last.id) : null;
  const beforeCursor = first ? encodeCursor(first.id) : null;
  const sizeParam: [string, string] = ['page[size]', String(size)];
  const meta: CursorMeta = {
    // has_more looks in the direction of travel: backwards when paging with page[before].
    has_more: before !== null ? moreBefore : moreAfter,
    after_cursor: afterCursor,
    before_cursor: beforeCursor,
  };
  const links: CursorLinks = {
    next: moreAfter && afterCursor ? pageLink(r, [['page[after]', afterCursor], sizeParam]) : null,
    prev: moreBefore && beforeCursor ? pageLink(r, [['page[before]', beforeCursor], sizeParam]) : null,
  };
  const fault = r.faults?.paging() ?? null;
  if (fault) {
    const onward = afterCursor ? pageLink(r, [['page[after]', afterCursor], sizeParam]) : servedUrl(r);
    mislead(fault, meta, links, servedUrl(r), onward.slice(r.origin.length));
  }
  return ok({ [key]: page, meta, links });
}

interface CursorMeta {
  has_more: boolean;
  after_cursor: string | null;
  before_cursor: string | null;
}
interface CursorLinks {
  next: string | null;
  prev: string | null;
}

/** The URL of this very page, as requested (for a next link that repeats it). */
function servedUrl(r: ApiRequest): string {
  return `${r.origin}${r.rawPath}${r.url.search}`;
}

/**
 * An injected fault (pagingNext): the page says more follow, and its next link repeats
 * the page, leaves the account's host, or is missing (with or without a cursor to go on
 * with). `onward` is the path and query of the real next page.
 */
function mislead(kind: PagingFaultKind, meta: CursorMeta, links: CursorLinks, served: string, onward: string): void {
  meta.has_more = true;
  if (kind === 'self-link') links.next = served;
  else if (kind === 'off-host') links.next = `https://${OFF_HOST}${onward}`;
  else if (kind === 'protocol-relative') links.next = `//${OFF_HOST}${onward}`;
  else {
    links.next = null;
    if (kind === 'no-link') meta.after_cursor = null;
  }
}

function offsetPage(r: ApiRequest, key: string, records: readonly unknown[]): ApiResult {
  const q = r.url.searchParams;
  const rawPage = q.get('page') ?? '1';
  if (!DIGITS.test(rawPage) || Number(rawPage) < 1) return invalidPagination('page is not valid');
  const page = Number(rawPage);
  const perPage = pageSize(q.get('per_page'), 'per_page'); // per_page above 100 is clamped too
  if (typeof perPage !== 'number') return perPage;
  const offset = (page - 1) * perPage;
  if (offset >= OFFSET_RECORD_LIMIT) {
    // Zendesk answers "400 Bad Request" past the first 10,000 records; the body wording is unverified.
    return invalidPagination(`Offset pagination is limited to the first ${OFFSET_RECORD_LIMIT} records. Use cursor pagination (page[size]) instead.`);
  }
  const link = (n: number): string =>
    pageLink(r, [
      ['page', String(n)],
      ['per_page', String(perPage)],
    ]);
  return ok({
    [key]: records.slice(offset, offset + perPage),
    next_page: offset + perPage < records.length ? link(page + 1) : null,
    previous_page: page > 1 ? link(page - 1) : null,
    count: records.length,
  });
}

/**
 * One page of id-sorted records under `key`. Without page[size] / page[after] /
 * page[before] Zendesk uses offset paging ("If you omit the page[size] parameter, offset
 * pagination is used").
 */
export function listPage(r: ApiRequest, key: string, records: readonly { id: number }[]): ApiResult {
  const q = r.url.searchParams;
  return CURSOR_PARAMS.some((p) => q.has(p)) ? cursorPage(r, key, records) : offsetPage(r, key, records);
}
