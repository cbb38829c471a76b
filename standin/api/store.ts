/**
 * The account's users, indexed for the API: by id, and as id-sorted lists per filter
 * (role / permission_set), cached so paging through 50,000 seats stays cheap. A write
 * replaces the user's record and drops the cached lists (a released seat leaves the
 * role agent/admin lists at once); `version` tells other caches built on the users.
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';

export interface UserFilter {
  /** Roles to keep (`role` and `role[]` together); null = every role. Unknown roles match nothing. */
  roles: readonly string[] | null;
  /** custom_role_id to keep; null = any. NaN (unparseable) matches nothing. */
  permissionSet: number | null;
}

export const NO_FILTER: UserFilter = { roles: null, permissionSet: null };

export class UserStore {
  private readonly sorted: ZendeskUserWire[];
  private readonly ids = new Map<number, ZendeskUserWire>();
  private readonly cache = new Map<string, readonly ZendeskUserWire[]>();
  /** Goes up with every write. */
  version = 0;

  constructor(users: readonly ZendeskUserWire[]) {
    this.sorted = [...users].sort((a, b) => a.id - b.id);
    for (const u of this.sorted) this.ids.set(u.id, u);
  }

  byId(id: number): ZendeskUserWire | undefined {
    return this.ids.get(id);
  }

  /** Puts a changed record in place of the user with its id (a new object: lists already served stay as they were). */
  replace(user: ZendeskUserWire): void {
    const i = indexAtOrAfter(this.sorted, user.id);
    if (this.sorted[i]?.id !== user.id) throw new Error(`no user ${user.id} to replace`);
    this.sorted[i] = user;
    this.ids.set(user.id, user);
    this.cache.clear();
    this.version++;
  }

  /** Users matching the filter, sorted by id ascending. */
  list(filter: UserFilter): readonly ZendeskUserWire[] {
    const roles = filter.roles ? [...new Set(filter.roles)].sort() : null;
    const key = `${roles ? roles.join(',') : '*'}|${filter.permissionSet ?? '*'}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const roleSet = roles ? new Set(roles) : null;
      const permissionSet = filter.permissionSet;
      hit = this.sorted.filter(
        (u) =>
          (roleSet === null || (typeof u.role === 'string' && roleSet.has(u.role))) && (permissionSet === null || u.custom_role_id === permissionSet),
      );
      this.cache.set(key, hit);
    }
    return hit;
  }
}

/** Index of the first record whose id is greater than `id` (binary search on an id-sorted list). */
export function indexAfter(users: readonly { id: number }[], id: number): number {
  let lo = 0;
  let hi = users.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((users[mid] as { id: number }).id <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first record whose id is greater than or equal to `id`. */
export function indexAtOrAfter(users: readonly { id: number }[], id: number): number {
  return indexAfter(users, id - 1);
}
