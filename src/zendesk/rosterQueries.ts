/**
 * Splitting the roster into disjoint queries Zendesk can page at the same time. One
 * cursor stream is read a page after another, so 10,000 seats take 100 round trips in a
 * row; disjoint streams run side by side and the roster takes as long as the longest.
 * Zendesk filters users by role and, on accounts with custom roles, by one role id at a
 * time (`permission_set`). There is no filter for "agents without a custom role", so
 * the split by role id is used only when the roles' member counts cover every agent.
 */
import { isRecord } from '../guards';
import type { RequestControls, ZendeskGateway } from '../zaf/gateway';
import { ROSTER_URL } from './roster';

export const ADMINS_URL = '/api/v2/users?role=admin&page[size]=100';
export const AGENTS_URL = '/api/v2/users?role=agent&page[size]=100';
export const CUSTOM_ROLES_URL = '/api/v2/custom_roles';
export const ADMIN_COUNT_URL = '/api/v2/users/count?role=admin';

export const roleUrl = (roleId: number): string => `/api/v2/users?role=agent&permission_set=${roleId}&page[size]=100`;

export interface CustomRole {
  id: number;
  role_type: number | null;
  /** Zendesk's `team_member_count`. */
  members: number;
}

/** Admin role types (4 admin, 5 billing admin): their members are listed by `role=admin`. */
const ADMIN_ROLE_TYPES = new Set([4, 5]);

/** The roles of a List Custom Roles answer; null when it is not one (no custom roles on the plan). */
export function parseCustomRoles(body: unknown): CustomRole[] | null {
  if (!isRecord(body) || !Array.isArray(body.custom_roles)) return null;
  const roles: CustomRole[] = [];
  for (const raw of body.custom_roles) {
    if (!isRecord(raw) || !Number.isSafeInteger(raw.id)) return null;
    const members = raw.team_member_count;
    if (typeof members !== 'number' || !Number.isInteger(members) || members < 0) return null;
    roles.push({ id: raw.id as number, role_type: typeof raw.role_type === 'number' ? raw.role_type : null, members });
  }
  return roles;
}

export interface RosterCounts {
  /** Agents and admins, from `/users/count`. */
  seats: number | null;
  admins: number | null;
  roles: CustomRole[] | null;
}

/** A cursor query that lists again every seat some of the split's queries list: the check-up pass. */
export interface CheckUp {
  url: string;
  /** The split's queries whose records it reads again (its counts replace theirs). */
  covers: string[];
}

export interface RosterQueries {
  /** First pages of disjoint queries, the longest first (it sets the pace). */
  urls: string[];
  /** What makes the roster whole if the total comes up short or a stream breaks; null when nothing counts the seats. */
  checkUp: CheckUp | null;
}

/** Which disjoint queries cover every seat, from what Zendesk counted. Pure. */
export function rosterQueries(counts: RosterCounts): RosterQueries {
  const { seats, admins, roles } = counts;
  const agentRoles = (roles ?? []).filter((r) => !ADMIN_ROLE_TYPES.has(r.role_type ?? -1) && r.members > 0);
  const covered = agentRoles.reduce((sum, r) => sum + r.members, 0);
  // Without a count nothing can say the roster is short: one stream, read to its end.
  if (seats === null) return { urls: [ROSTER_URL], checkUp: null };
  if (admins === null || agentRoles.length < 2 || admins + covered < seats) {
    // Admins and agents: disjoint and complete by construction, but a stream can still end early.
    const urls = [AGENTS_URL, ADMINS_URL];
    return { urls, checkUp: { url: ROSTER_URL, covers: urls } };
  }
  const byRole = [...agentRoles].sort((a, b) => b.members - a.members || a.id - b.id).map((r) => roleUrl(r.id));
  // Admins are few: after the largest role, so they never delay the longest stream.
  // The split by role rests on counts: every agent listed again is the check-up.
  return { urls: [...byRole.slice(0, 1), ADMINS_URL, ...byRole.slice(1)], checkUp: { url: AGENTS_URL, covers: byRole } };
}

/** A `/users/count` value; null when unavailable (the split then stays simple). */
export async function countOf(gateway: ZendeskGateway, url: string, controls: RequestControls): Promise<number | null> {
  try {
    const { body } = await gateway.request({ url }, controls);
    const value = isRecord(body) && isRecord(body.count) ? body.count.value : undefined;
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
  } catch (error) {
    if (controls.signal?.aborted) throw error;
    return null;
  }
}

/** Custom roles with their member counts; null on plans without them (Zendesk answers 403 or 404). */
export async function customRoles(gateway: ZendeskGateway, controls: RequestControls): Promise<CustomRole[] | null> {
  try {
    const { body } = await gateway.request({ url: CUSTOM_ROLES_URL }, controls);
    return parseCustomRoles(body);
  } catch (error) {
    if (controls.signal?.aborted) throw error;
    return null;
  }
}
