/**
 * The calls a seat release makes, as Zendesk documents them (see the seat release notes in
 * the README): the account's Light agent role, a seat's open assigned tickets, one user's
 * role change (`PUT /api/v2/users/{id}`), many at once as a background job
 * (`PUT /api/v2/users/update_many`, at most 100 users) and the job's status. Answers are
 * checked and turned into plain data; anything else is a MalformedResponseError.
 */
import { isRecord } from '../guards';
import type { RequestControls, ZendeskGateway, ApiResponse } from '../zaf/gateway';
import { GatewayError } from '../zaf/errors';
import { MalformedResponseError } from './failure';
import { parseUser } from './parse';
import type { Seat } from '../seats/seat';

/** A seat's role as a change sets it: end user frees the seat; an agent with the Light agent role holds none. */
export interface RoleChange {
  id: number;
  role: 'end-user' | 'agent' | 'admin';
  /** The agent's custom role (the Light agent role for a release to light agent); null clears it. */
  customRoleId: number | null;
}

/** Zendesk's most users in one update_many call. */
export const UPDATE_MANY_MAX = 100;

/** The user fields a change sends: an admin or end user has no custom role to send. */
export function userPatch(change: RoleChange): Record<string, unknown> {
  return change.role === 'agent' ? { role: 'agent', custom_role_id: change.customRoleId } : { role: change.role };
}

export interface CustomRole {
  id: number;
  name: string;
}

/**
 * The account's Light agent role (role_type 1), or null when it has none. Custom roles come
 * with Enterprise: a plan without them answers 403 or 404, which means "no such role" too.
 */
export async function lightAgentRole(gateway: ZendeskGateway, controls: RequestControls = {}): Promise<CustomRole | null> {
  const url = '/api/v2/custom_roles';
  let body: unknown;
  try {
    body = (await gateway.request({ url }, controls)).body;
  } catch (error) {
    if (error instanceof GatewayError && (error.status === 403 || error.status === 404)) return null;
    throw error;
  }
  const roles = isRecord(body) ? body.custom_roles : undefined;
  if (!Array.isArray(roles)) throw new MalformedResponseError('custom-roles', url);
  for (const role of roles) {
    if (isRecord(role) && role.role_type === 1 && typeof role.id === 'number' && Number.isSafeInteger(role.id)) {
      return { id: role.id, name: typeof role.name === 'string' ? role.name : '' };
    }
  }
  return null;
}

/** Tickets assigned to the seat that are not solved or closed (new, open, pending, on hold): a count, one request. */
export function openTicketsUrl(userId: number): string {
  return `/api/v2/search/count?query=${encodeURIComponent(`type:ticket assignee:${userId} status<solved`)}`;
}

/** One user's change; resolves with the user as Zendesk now has it (null: no longer an agent or admin). */
export async function putUser(gateway: ZendeskGateway, change: RoleChange, controls: RequestControls = {}): Promise<Seat | null> {
  const url = `/api/v2/users/${change.id}`;
  const { body } = await gateway.request({ url, method: 'PUT', json: { user: userPatch(change) } }, controls);
  const parsed = parseUser(isRecord(body) ? body.user : undefined);
  if (parsed.kind === 'unreadable' || (parsed.kind === 'seat' && parsed.seat.id !== change.id)) throw new MalformedResponseError('user', url);
  return parsed.kind === 'seat' ? parsed.seat : null;
}

export type JobPhase = 'queued' | 'working' | 'completed' | 'failed';

/** One user's line in a finished job. */
export interface JobResult {
  id: number;
  success: boolean;
  /** Zendesk's error code and words when it refused this user. */
  error: string | null;
  details: string | null;
}

export interface JobStatus {
  id: string;
  phase: JobPhase;
  total: number | null;
  progress: number | null;
  message: string | null;
  results: JobResult[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function jobResult(raw: unknown): JobResult | null {
  if (!isRecord(raw) || typeof raw.id !== 'number' || !Number.isSafeInteger(raw.id)) return null;
  // `success` is documented; older jobs only say `status: "Updated"` / "Failed".
  const success = typeof raw.success === 'boolean' ? raw.success : raw.status === 'Updated';
  const details = str(raw.details) ?? (isRecord(raw.details) ? JSON.stringify(raw.details) : null);
  return { id: raw.id, success, error: str(raw.error), details };
}

export function parseJobStatus(body: unknown, url: string): JobStatus {
  const job = isRecord(body) ? body.job_status : undefined;
  if (!isRecord(job) || typeof job.id !== 'string' || !/^[A-Za-z0-9]+$/.test(job.id)) throw new MalformedResponseError('job-status', url);
  const phase = job.status;
  if (phase !== 'queued' && phase !== 'working' && phase !== 'completed' && phase !== 'failed') throw new MalformedResponseError('job-status', url);
  const results = Array.isArray(job.results) ? job.results.map(jobResult).filter((r): r is JobResult => r !== null) : [];
  return { id: job.id, phase, total: num(job.total), progress: num(job.progress), message: str(job.message), results };
}

/** Queues one job of at most 100 changes (a change per user, so a restore puts each back as it was). */
export async function submitJob(
  gateway: ZendeskGateway,
  changes: readonly RoleChange[],
  controls: RequestControls = {},
): Promise<{ job: JobStatus; headers: ApiResponse['headers'] }> {
  if (changes.length === 0 || changes.length > UPDATE_MANY_MAX) throw new RangeError(`a job takes 1–${UPDATE_MANY_MAX} users`);
  const url = '/api/v2/users/update_many';
  const users = changes.map((c) => ({ id: c.id, ...userPatch(c) }));
  const { body, headers } = await gateway.request({ url, method: 'PUT', json: { users } }, controls);
  return { job: parseJobStatus(body, url), headers };
}

export async function readJob(gateway: ZendeskGateway, id: string, controls: RequestControls = {}): Promise<JobStatus> {
  const url = `/api/v2/job_statuses/${id}`;
  return parseJobStatus((await gateway.request({ url }, controls)).body, url);
}
