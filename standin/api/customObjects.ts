/**
 * Custom objects and their records (Zendesk's OpenAPI file: ListCustomObjects,
 * ShowCustomObject, ListCustomObjectRecords, CreateCustomObjectRecord,
 * UpsertCustomObjectRecordByExternalIdOrName, ShowCustomObjectRecord,
 * UpdateCustomObjectRecord, CustomObjectRecordsLimit), over ./customObjectStore.ts.
 * Records list with cursor paging only, sorted by `id`, `updated_at`, `-id` or
 * `-updated_at`, filtered by `filter[ids]` / `filter[external_ids]`.
 *
 * Error bodies: these newer endpoints answer in the `Errors` shape the file declares
 * (`{"errors":[{"code","title","detail"?,"source"?}]}`); the file documents no error of
 * its own for them, so the codes and wording here are unverified.
 */
import { decodeKeyCursor, encodeKeyCursor } from './cursor';
import { zendeskNow } from './http';
import { pageLink, pageSize } from './paging';
import { invalidPagination, ok, type ApiRequest, type ApiResult } from './results';
import type { InstalledObject } from './customObjectInstall';
import { isInvalid, parseRecordInput, type CustomObjectStore, type Invalid, type StoredRecord } from './customObjectStore';

export const CUSTOM_OBJECTS_PREFIX = '/api/v2/custom_objects';
export const RECORD_LIST_PARAMS = ['filter[ids]', 'filter[external_ids]', 'sort', 'page[size]', 'page[after]', 'page[before]'] as const;
export const RECORD_SORTS = ['id', 'updated_at', '-id', '-updated_at'] as const;
type Sort = (typeof RECORD_SORTS)[number];
/** The account's record limit: the OAS example's figure (Zendesk's page gives 50,000,000 as the most any account has). */
export const RECORD_LIMIT = 1_000_000;

const errors = (status: number, code: string, title: string, detail: string, extra: Record<string, unknown> = {}): ApiResult => ({
  status,
  body: { errors: [{ code, title, detail, ...extra }] },
});

/**
 * A plan without custom objects: 403 for every custom object call. Zendesk documents no
 * answer for a feature the plan lacks; this is the `Errors` shape with code Forbidden.
 */
export const planRefusal = (): ApiResult => errors(403, 'Forbidden', 'Forbidden', "Custom objects are not available on this account's plan");
const notFound = (detail: string): ApiResult => errors(404, 'RecordNotFound', 'Not found', detail);
const badRequest = (detail: string): ApiResult => errors(400, 'InvalidValue', 'Invalid value', detail);
const unprocessable = (problem: Invalid): ApiResult =>
  errors(422, 'RecordInvalid', 'Record is invalid', problem.detail, { source: { pointer: problem.pointer } });

/** Zendesk's links are https on the account's host. */
const host = (r: ApiRequest): string => `https://${new URL(r.origin).host}`;

function objectView(r: ApiRequest, o: InstalledObject): object {
  return {
    allows_photos: false,
    created_at: zendeskNow(o.createdMs),
    created_by_user_id: String(o.createdBy),
    description: o.description,
    include_in_list_view: o.includeInListView,
    key: o.key,
    raw_description: o.description,
    raw_title: o.title,
    raw_title_pluralized: o.titlePluralized,
    title: o.title,
    title_pluralized: o.titlePluralized,
    updated_at: zendeskNow(o.createdMs),
    updated_by_user_id: String(o.createdBy),
    url: `${host(r)}${CUSTOM_OBJECTS_PREFIX}/${o.id}.json`,
  };
}

/** A record as Zendesk sends it: every field of the object, null where none is set. */
function recordView(r: ApiRequest, o: InstalledObject, rec: StoredRecord): object {
  return {
    created_at: zendeskNow(rec.createdMs),
    created_by_user_id: String(rec.createdBy),
    custom_object_fields: Object.fromEntries(o.fields.map((f) => [f.key, rec.fields[f.key] ?? null])),
    custom_object_key: o.key,
    external_id: rec.externalId,
    id: rec.id,
    name: rec.name,
    updated_at: zendeskNow(rec.updatedMs),
    updated_by_user_id: String(rec.updatedBy),
    url: `${host(r)}${CUSTOM_OBJECTS_PREFIX}/${o.key}/records/${rec.id}.json`,
  };
}

/** The store and the path's object, or the answer to give instead. */
function objectOf(r: ApiRequest): { store: CustomObjectStore; object: InstalledObject } | ApiResult {
  const store = r.customObjects;
  if (!store) return planRefusal();
  const key = r.params[0] ?? '';
  const object = store.object(key);
  return object ? { store, object } : notFound(`Custom object ${key} not found`);
}

const isAnswer = (v: unknown): v is ApiResult => typeof v === 'object' && v !== null && 'status' in v && 'body' in v;

/** GET /api/v2/custom_objects */
export function listCustomObjects(r: ApiRequest): ApiResult {
  if (!r.customObjects) return planRefusal();
  return ok({ custom_objects: r.customObjects.objects.map((o) => objectView(r, o)) });
}

/** GET /api/v2/custom_objects/{key} */
export function showCustomObject(r: ApiRequest): ApiResult {
  const found = objectOf(r);
  return isAnswer(found) ? found : ok({ custom_object: objectView(r, found.object) });
}

/** GET /api/v2/custom_objects/limits/record_limit */
export function recordLimit(r: ApiRequest): ApiResult {
  if (!r.customObjects) return planRefusal();
  return ok({ count: r.customObjects.count(), limit: RECORD_LIMIT });
}

const sortKey = (sort: Sort, rec: StoredRecord): (string | number)[] => (sort.endsWith('updated_at') ? [rec.updatedMs, rec.id] : [rec.id]);

function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Comma-separated filter values, or null when the filter is absent or empty. */
function filterOf(r: ApiRequest, name: string): Set<string> | null {
  const raw = r.url.searchParams.get(name);
  if (raw === null || raw.trim() === '') return null;
  return new Set(raw.split(',').map((s) => s.trim()));
}

/** GET /api/v2/custom_objects/{key}/records: cursor paging only (page, per_page are not read). */
export function listRecords(r: ApiRequest): ApiResult {
  const found = objectOf(r);
  if (isAnswer(found)) return found;
  const q = r.url.searchParams;
  const sort = (q.get('sort') ?? 'id') as Sort;
  if (!RECORD_SORTS.includes(sort)) return badRequest(`sort must be one of ${RECORD_SORTS.join(', ')}`);
  const size = pageSize(q.get('page[size]'), 'page[size]');
  if (typeof size !== 'number') return size;
  const after = q.get('page[after]');
  const before = q.get('page[before]');
  if (after !== null && before !== null) return invalidPagination('page[before] and page[after] cannot be used together');
  const ids = filterOf(r, 'filter[ids]');
  const externalIds = filterOf(r, 'filter[external_ids]');
  const direction = sort.startsWith('-') ? -1 : 1;
  const records = found.store
    .list(found.object.key)
    .filter((rec) => (ids === null || ids.has(rec.id)) && (externalIds === null || (rec.externalId !== null && externalIds.has(rec.externalId))))
    .sort((a, b) => direction * compareKeys(sortKey(sort, a), sortKey(sort, b)));
  // Position of a cursor's key in the list as sorted: the first record past it.
  const past = (key: (string | number)[]): number => {
    const i = records.findIndex((rec) => direction * compareKeys(sortKey(sort, rec), key) > 0);
    return i === -1 ? records.length : i;
  };
  const at = (key: (string | number)[]): number => {
    const i = records.findIndex((rec) => direction * compareKeys(sortKey(sort, rec), key) >= 0);
    return i === -1 ? records.length : i;
  };
  let start: number;
  let end: number;
  if (before !== null) {
    const key = decodeKeyCursor(before, sort);
    if (key === null) return invalidPagination('page[before] is not valid');
    end = at(key);
    start = Math.max(0, end - size);
  } else {
    const key = after === null ? null : decodeKeyCursor(after, sort);
    if (after !== null && key === null) return invalidPagination('page[after] is not valid');
    start = key === null ? 0 : past(key);
    end = Math.min(records.length, start + size);
  }
  const page = records.slice(start, end);
  const first = page[0];
  const last = page[page.length - 1];
  const afterCursor = last ? encodeKeyCursor(sort, sortKey(sort, last)) : null;
  const beforeCursor = first ? encodeKeyCursor(sort, sortKey(sort, first)) : null;
  const sizeParam: [string, string] = ['page[size]', String(size)];
  return ok({
    custom_object_records: page.map((rec) => recordView(r, found.object, rec)),
    meta: { has_more: before !== null ? start > 0 : end < records.length, after_cursor: afterCursor, before_cursor: beforeCursor },
    links: {
      next: end < records.length && afterCursor ? pageLink(r, [['page[after]', afterCursor], sizeParam]) : null,
      prev: start > 0 && beforeCursor ? pageLink(r, [['page[before]', beforeCursor], sizeParam]) : null,
    },
  });
}

/** POST /api/v2/custom_objects/{key}/records → 201 */
export function createRecord(r: ApiRequest): ApiResult {
  const found = objectOf(r);
  if (isAnswer(found)) return found;
  const input = parseRecordInput(r.body);
  if (isInvalid(input)) return unprocessable(input);
  const record = found.store.create(found.object.key, input, r.currentUser.id, r.nowMs);
  if (isInvalid(record)) return unprocessable(record);
  return { status: 201, body: { custom_object_record: recordView(r, found.object, record) } };
}

/**
 * PATCH /api/v2/custom_objects/{key}/records?external_id=X: updates only what the body
 * names on the record with that external id, or creates it (name required). By `name`
 * needs a unique name field, which requirements.json cannot declare: refused.
 */
export function upsertRecord(r: ApiRequest): ApiResult {
  const found = objectOf(r);
  if (isAnswer(found)) return found;
  const q = r.url.searchParams;
  const externalId = q.get('external_id');
  if (q.has('name') && externalId !== null) return badRequest('External id and name cannot be used together');
  if (q.has('name')) return badRequest(`The name field of ${found.object.key} is not unique: set records by external_id`);
  if (externalId === null || externalId === '') return badRequest('external_id is required');
  const input = parseRecordInput(r.body);
  if (isInvalid(input)) return unprocessable(input);
  if (input.externalId !== undefined && input.externalId !== externalId) return badRequest('The body names another external_id than the query');
  const current = found.store.byExternalId(found.object.key, externalId);
  const record = current
    ? found.store.update(found.object.key, current.id, input, r.currentUser.id, r.nowMs)
    : found.store.create(found.object.key, { ...input, externalId }, r.currentUser.id, r.nowMs);
  if (isInvalid(record)) return unprocessable(record);
  return ok({ custom_object_record: recordView(r, found.object, record) });
}

/** GET /api/v2/custom_objects/{key}/records/{id} */
export function showRecord(r: ApiRequest): ApiResult {
  const found = objectOf(r);
  if (isAnswer(found)) return found;
  const record = found.store.byId(found.object.key, r.params[1] ?? '');
  return record ? ok({ custom_object_record: recordView(r, found.object, record) }) : notFound(`Record ${r.params[1]} not found`);
}

/** PATCH /api/v2/custom_objects/{key}/records/{id}: only what the body names changes. */
export function updateRecord(r: ApiRequest): ApiResult {
  const found = objectOf(r);
  if (isAnswer(found)) return found;
  const id = r.params[1] ?? '';
  if (!found.store.byId(found.object.key, id)) return notFound(`Record ${id} not found`);
  const input = parseRecordInput(r.body);
  if (isInvalid(input)) return unprocessable(input);
  const record = found.store.update(found.object.key, id, input, r.currentUser.id, r.nowMs);
  return isInvalid(record) ? unprocessable(record) : ok({ custom_object_record: recordView(r, found.object, record) });
}
