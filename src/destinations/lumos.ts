/**
 * Lumos's accounts upload (from Lumos's developer docs, not verified live): one call with
 * every account of the app; accounts missing from it are removed, so it is never sent in
 * parts. Lumos has no last-activity field: sign-in, last seen, interactions and the idle
 * verdict with its reasons go as attributes `{type, name}` (type the key, name the value).
 */
import { roleOf, splitName } from './fields';
import { rosterOf, type DestinationSnapshot, type RosterUser } from './roster';

export { LUMOS_UPLOAD_URL } from './urls';

export interface LumosPermission {
  unique_identifier: string;
  type: 'seat_class' | 'role';
  name: string;
}

export type LumosAttributeType = 'last_sign_in' | 'last_seen' | 'interactions' | 'idle' | 'idle_reason';

export interface LumosAttribute {
  type: LumosAttributeType;
  name: string;
}

export interface LumosAccount {
  /** The Zendesk user id. */
  unique_identifier: string;
  email: string;
  first_name: string;
  last_name: string;
  status: 'ACTIVE' | 'SUSPENDED';
  permissions: LumosPermission[];
  attributes: LumosAttribute[];
}

export interface LumosUpload {
  app_id: string;
  accounts: LumosAccount[];
}

/** Only what is known: a date or count Zendesk did not give is left out, never sent as empty. */
function attributes(user: RosterUser): LumosAttribute[] {
  const out: LumosAttribute[] = [];
  if (user.last_login_at !== null) out.push({ type: 'last_sign_in', name: user.last_login_at });
  if (user.last_seen_at !== null) out.push({ type: 'last_seen', name: user.last_seen_at });
  if (user.interactions !== null) out.push({ type: 'interactions', name: String(user.interactions) });
  out.push({ type: 'idle', name: user.idle ? 'true' : 'false' });
  for (const reason of user.idle_reasons) out.push({ type: 'idle_reason', name: reason });
  return out;
}

export function lumosAccount(user: RosterUser): LumosAccount {
  const { first, last } = splitName(user.name);
  const role = roleOf(user);
  return {
    unique_identifier: String(user.id),
    email: user.email,
    first_name: first,
    last_name: last,
    status: user.suspended ? 'SUSPENDED' : 'ACTIVE',
    permissions: [
      { unique_identifier: `seat_class:${user.seat_class}`, type: 'seat_class', name: user.seat_class },
      { unique_identifier: `role:${role}`, type: 'role', name: role },
    ],
    attributes: attributes(user),
  };
}

export function lumosUpload(snapshot: DestinationSnapshot, appId: string): LumosUpload {
  return { app_id: appId, accounts: rosterOf(snapshot).map(lumosAccount) };
}
