/**
 * One user's role change, as PUT /api/v2/users/{id} and each user of an update_many job
 * make it. Only `role` and `custom_role_id` are honoured (other keys are ignored); the
 * user's other role fields follow as demo/build.ts sets them for such a seat:
 * - `role: "end-user"`: role_type and custom_role_id null, out of their groups
 *   (default_group_id null), the end user's restrictions; the seat is free;
 * - `role: "agent"`: custom_role_id as given (kept when the user already was an agent and
 *   none is given, else null) and role_type from that role (null without one);
 * - `role: "admin"`: role_type 4, no custom role;
 * - `custom_role_id` alone makes the user an agent with that role (Zendesk's role picker
 *   lists admin and the custom roles side by side), or, null, an agent without one.
 * Refusals are Zendesk's 422 RecordInvalid: an unknown role or custom role, and any
 * change to the account owner's role. A change that hands tickets over (to end user, to
 * the light agent role) is reported so the caller can do it (./tickets.ts).
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { DEMO_CUSTOM_ROLES } from '../demo/build';
import { isRecord, zendeskNow } from './http';
import { recordInvalid, type ApiResult } from './results';
import type { Release } from './tickets';

export const OWNER_ROLE_REFUSAL = 'Role cannot be changed for the account owner';
const ROLES = ['end-user', 'agent', 'admin'] as const;
type Role = (typeof ROLES)[number];

export type ChangeOutcome =
  | { ok: true; user: ZendeskUserWire; release: Release | null }
  /** `details` is the refusal in one sentence, as a job result carries it. */
  | { ok: false; result: ApiResult; error: string; details: string };

type Refusal = Extract<ChangeOutcome, { ok: false }>;

function refuse(field: string, description: string): Refusal {
  return { ok: false, result: recordInvalid(field, description), error: 'RecordInvalid', details: description };
}

const isSeat = (u: ZendeskUserWire): boolean => u.role === 'agent' || u.role === 'admin';

/** The role fields the user ends up with, or a refusal when the patch names an unknown role. */
function roleFields(user: ZendeskUserWire, patch: Record<string, unknown>): { ok: true; fields: Partial<ZendeskUserWire> } | Refusal {
  const { role, custom_role_id: customRoleId } = patch;
  if (role !== undefined && !ROLES.includes(role as Role)) return refuse('role', `Role is invalid: ${JSON.stringify(role)}`);
  const customRole = customRoleId === undefined || customRoleId === null ? null : DEMO_CUSTOM_ROLES.find((r) => r.id === customRoleId);
  if (customRole === undefined) return refuse('custom_role_id', `Custom role is invalid: ${JSON.stringify(customRoleId)}`);
  const target: Role | undefined = (role as Role | undefined) ?? (customRoleId !== undefined ? 'agent' : undefined);
  if (target === undefined) return { ok: true, fields: {} };
  if (target === 'end-user') {
    const fields: Partial<ZendeskUserWire> = {
      role: 'end-user',
      moderator: false,
      ticket_restriction: 'requested',
      only_private_comments: false,
      restricted_agent: true,
      chat_only: false,
      role_type: null,
      custom_role_id: null,
      default_group_id: null,
    };
    return { ok: true, fields };
  }
  if (target === 'admin') {
    const fields: Partial<ZendeskUserWire> = {
      role: 'admin',
      moderator: true,
      ticket_restriction: null,
      only_private_comments: false,
      restricted_agent: false,
      chat_only: false,
      role_type: 4,
      custom_role_id: null,
    };
    return { ok: true, fields };
  }
  const keep = customRoleId === undefined && user.role === 'agent' ? (user.custom_role_id ?? null) : null;
  const id = customRole ? customRole.id : keep;
  const roleType = customRole ? customRole.role_type : (DEMO_CUSTOM_ROLES.find((r) => r.id === id)?.role_type ?? null);
  // An end user coming back sees every ticket again; an agent keeps their restriction.
  const restriction = user.role === 'agent' ? (user.ticket_restriction ?? null) : null;
  const fields: Partial<ZendeskUserWire> = {
    role: 'agent',
    ticket_restriction: restriction,
    only_private_comments: roleType === 1,
    restricted_agent: roleType === 1 || roleType === 2 || roleType === 3 ? true : restriction !== null,
    chat_only: roleType === 2,
    role_type: roleType,
    custom_role_id: id,
  };
  return { ok: true, fields };
}

/** Applies a `{"user": {...}}` patch (its inner object) to the user; pure. */
export function changeUser(user: ZendeskUserWire, patch: Record<string, unknown>, ownerId: number, nowMs: number): ChangeOutcome {
  const planned = roleFields(user, patch);
  if (!planned.ok) return planned;
  const changes = planned.fields;
  const moves =
    (changes.role !== undefined && changes.role !== user.role) ||
    (changes.custom_role_id !== undefined && changes.custom_role_id !== (user.custom_role_id ?? null));
  if (moves && user.id === ownerId) return refuse('role', OWNER_ROLE_REFUSAL);
  if (!moves) return { ok: true, user, release: null };
  const next: ZendeskUserWire = { ...user, ...changes, updated_at: zendeskNow(nowMs) };
  let release: Release | null = null;
  if (isSeat(user) && next.role === 'end-user') release = 'end-user';
  else if (user.role_type !== 1 && next.role === 'agent' && next.role_type === 1) release = 'light-agent';
  return { ok: true, user: next, release };
}

/** The inner `user` object of a write body, or null when the body has none. */
export function userPatchOf(body: unknown): Record<string, unknown> | null {
  return isRecord(body) && isRecord(body.user) ? body.user : null;
}
