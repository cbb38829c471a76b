/**
 * The writes a seat release makes: PUT /api/v2/users/{id} (UpdateUser), PUT
 * /api/v2/users/update_many (UpdateManyUsers, a background job) and GET
 * /api/v2/job_statuses/{id} (ShowJobStatus). Role changes are ./userChanges.ts; a
 * release hands the seat's tickets to the admin making it (./tickets.ts). Admins only
 * (the router says so); the update-user budgets are spent by the pipeline.
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { isRecord } from './http';
import type { JobQueue, JobResult } from './jobs';
import { invalidValue, notFound, ok, type ApiRequest, type ApiResult } from './results';
import { changeUser, userPatchOf } from './userChanges';

/** Zendesk's most users in one update_many call. */
export const UPDATE_MANY_MAX = 100;
export const INFLIGHT_JOBS_HEADER = 'zendesk-ratelimit-inflight-jobs';
export const UPDATE_MANY_QUERY_PARAMS = ['ids'] as const;

/** Applies one change and its ticket hand-over to the store; the outcome as changeUser gives it. */
function apply(r: ApiRequest, user: ZendeskUserWire, patch: Record<string, unknown>, adminId: number, atMs: number): ReturnType<typeof changeUser> {
  const outcome = changeUser(user, patch, r.ownerId, atMs);
  if (outcome.ok && outcome.user !== user) {
    r.store.replace(outcome.user);
    if (outcome.release) r.tickets.release(user.id, outcome.release, adminId, Math.floor(atMs / 1000));
  }
  return outcome;
}

/** PUT /api/v2/users/{id} with `{"user": {"role"?, "custom_role_id"?}}` → `{"user": …}` as GET shows it. */
export function updateUser(r: ApiRequest): ApiResult {
  const user = r.store.byId(Number(r.params[0]));
  if (!user) return notFound();
  const patch = userPatchOf(r.body);
  if (!patch) return invalidValue('The request body must be {"user": {...}}');
  const outcome = apply(r, user, patch, r.currentUser.id, r.nowMs);
  return outcome.ok ? ok({ user: outcome.user }) : outcome.result;
}

interface Entry {
  id: number;
  patch: Record<string, unknown>;
}

/** The users of either documented form: `?ids=1,2` + `{"user": {...}}`, or `{"users": [{"id": 1, ...}]}`. */
function entriesOf(r: ApiRequest): Entry[] | string {
  const ids = r.url.searchParams.get('ids');
  if (ids !== null) {
    const patch = userPatchOf(r.body);
    if (!patch) return 'With ids, the request body must be {"user": {...}}';
    const list = ids.split(',').map((s) => s.trim());
    if (list.some((s) => !/^\d+$/.test(s))) return 'ids must be a comma-separated list of user ids';
    return list.map((s) => ({ id: Number(s), patch }));
  }
  const users = isRecord(r.body) ? r.body.users : undefined;
  if (!Array.isArray(users)) return 'Give ids=1,2,3 with {"user": {...}}, or {"users": [{"id": 1, ...}, ...]}';
  const entries: Entry[] = [];
  for (const u of users) {
    if (!isRecord(u) || typeof u.id !== 'number' || !Number.isSafeInteger(u.id)) return 'Every entry of users must be an object with a numeric id';
    const { id, ...patch } = u;
    entries.push({ id, patch });
  }
  return entries;
}

const inflightHeader = (limit: number, remaining: number): Record<string, string> => ({
  [INFLIGHT_JOBS_HEADER]: `total=${limit}; remaining=${Math.max(0, remaining)}`,
});

/** The jobs header as it stands (for update_many answers the handler does not make: 403, update-user 429). */
export function jobsHeader(jobs: JobQueue): Record<string, string> {
  jobs.advance();
  return inflightHeader(jobs.settings.inFlightLimit, jobs.settings.inFlightLimit - jobs.inFlight());
}

/** PUT /api/v2/users/update_many → `{"job_status": …}` queued; the changes happen as the job runs (./jobs.ts). */
export function updateManyUsers(r: ApiRequest): ApiResult {
  const limit = r.jobs.settings.inFlightLimit;
  const headers = inflightHeader(limit, limit - r.jobs.inFlight());
  if (r.faults?.tooManyJobs() === true || r.jobs.inFlight() >= limit) {
    const body = {
      error: 'TooManyJobs',
      description: 'Number of allowed concurrent jobs exceeded. Please wait for jobs to finish and try again',
    };
    // No Retry-After: Zendesk does not document one for this refusal.
    return { status: 429, body, headers: inflightHeader(limit, 0), fault: 'too-many-jobs' };
  }
  const entries = entriesOf(r);
  if (typeof entries === 'string') return { ...invalidValue(entries), headers };
  if (entries.length === 0) return { ...invalidValue('No users to update'), headers };
  if (entries.length > UPDATE_MANY_MAX) return { ...invalidValue(`Too many users (${entries.length}); the maximum is ${UPDATE_MANY_MAX}`), headers };

  const adminId = r.currentUser.id;
  const host = new URL(r.origin).host;
  const process = (index: number, atMs: number): JobResult => {
    const { id, patch } = entries[index] as Entry;
    const user = r.store.byId(id);
    if (!user) return { id, index, action: 'update', status: 'Failed', success: false, error: 'RecordNotFound', details: 'Not found' };
    const outcome = apply(r, user, patch, adminId, atMs);
    if (outcome.ok) return { id, index, action: 'update', status: 'Updated', success: true };
    return { id, index, action: 'update', status: 'Failed', success: false, error: outcome.error, details: outcome.details };
  };
  // Zendesk's job URL is https on the account's host; the host page treats it as the account's own.
  const body = r.jobs.create(entries.length, (id) => `https://${host}/api/v2/job_statuses/${id}.json`, process);
  return { status: 200, body, headers: inflightHeader(limit, limit - r.jobs.inFlight()) };
}

/** GET /api/v2/job_statuses/{id}. */
export function showJobStatus(r: ApiRequest): ApiResult {
  const job = r.jobs.show(r.params[0] ?? '');
  return job ? ok(job) : notFound();
}
