/**
 * Zluri's "every-time sync" format (from Zluri's developer docs, not verified live): users
 * in pages of at most 1,000, page numbers from 1. Zluri's user schema has no field for why
 * a seat is idle, so the idle reasons are left out; the status says inactive. Pure: the
 * same snapshot always gives the same pages, so a page sent again overwrites itself.
 */
import { ZLURI_PAGE_SIZE } from './parts';
import { lastUsed, roleOf, stateOf } from './fields';
import { rosterOf, type DestinationSnapshot, type RosterUser } from './roster';

export { ZLURI_PAGE_SIZE } from './parts';
export { zluriInstanceUrl } from './urls';

export type ZluriStatus = 'active' | 'inactive' | 'suspended';

export interface ZluriUser {
  email: string;
  name: string;
  role: string;
  /** The seat class, as the one licence the seat holds. */
  license: string[];
  /** Later of last sign-in and last session seen; absent when neither is known. */
  last_used?: string;
  status: ZluriStatus;
}

export interface ZluriPage {
  entity: 'users';
  page: number;
  data: ZluriUser[];
}

/** A sync as Zluri answers for it (create and read). */
export interface ZluriSync {
  id: string;
  status: 'running' | 'finished' | 'failed' | (string & {});
}

const STATUS = { suspended: 'suspended', idle: 'inactive', active: 'active' } as const;

export function zluriUser(user: RosterUser): ZluriUser {
  const used = lastUsed(user);
  return {
    email: user.email,
    name: user.name,
    role: roleOf(user),
    license: [user.seat_class],
    ...(used !== null ? { last_used: used } : {}),
    status: STATUS[stateOf(user)],
  };
}

/** Every page of the snapshot's seats (an empty roster is still one page: the sync says "nobody"). */
export function zluriPages(snapshot: DestinationSnapshot, perPage = ZLURI_PAGE_SIZE): ZluriPage[] {
  const users = rosterOf(snapshot).map(zluriUser);
  const count = Math.max(1, Math.ceil(users.length / perPage));
  return Array.from({ length: count }, (_, i) => ({ entity: 'users', page: i + 1, data: users.slice(i * perPage, (i + 1) * perPage) }));
}

/** A sync from Zluri's answer, or null when it names none. */
export function zluriSyncOf(body: unknown): ZluriSync | null {
  if (typeof body !== 'object' || body === null) return null;
  const { id, status } = body as Record<string, unknown>;
  const syncId = typeof id === 'string' && id.trim() !== '' ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : null;
  return syncId === null ? null : { id: syncId, status: typeof status === 'string' ? status : 'running' };
}
