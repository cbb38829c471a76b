/**
 * Torii's custom integration file (from Torii's developer docs, not verified live): the whole
 * roster as one JSON file of users and licences, uploaded as multipart/form-data written as
 * text (Zendesk's proxy sends no binary), at most 3 MB. Torii has no "suspended" user status:
 * a suspended seat is `active` with `externalStatus: "suspended"`; likely idle seats say so
 * there too, with their reason codes. Each seat class is a licence; a licence's users are
 * `inactive` when the seat is idle or suspended. Pure.
 */
import type { SeatClass } from '../seats/classes';
import { lastUsed, roleOf, splitName, stateOf } from './fields';
import { rosterOf, type DestinationSnapshot, type RosterUser } from './roster';

export { TORII_SYNC_URL, TORII_UPLOAD_URL } from './urls';
/** Torii's limit for an uploaded file, read as decimal megabytes (the stricter of the two readings). */
export const TORII_MAX_FILE_BYTES = 3_000_000;
export const TORII_FILE_NAME = 'seat-review.json';
export const TORII_FILE_TYPE = 'customIntegrationData';

export interface ToriiUser {
  email: string;
  /** The Zendesk user id. */
  id: string;
  firstName: string;
  lastName?: string;
  status: 'active' | 'deleted';
  /** `suspended`, `likely idle (reason codes)` or `active`: Zendesk's own state of the seat. */
  externalStatus: string;
  roles: string[];
  /** Later of last sign-in and last session seen (ISO 8601); absent when neither is known. */
  lastUsedDate?: string;
}

export interface ToriiLicense {
  /** The seat class. */
  name: SeatClass;
  /** Bought seats nobody holds (suspended seats hold theirs): on the paid class only, when `seats_purchased` is set. */
  unassignedAmount?: number;
  /** Monthly, in cents: `seat_price` for the paid classes, 0 for light agents and contributors; absent without a price. */
  pricePerUser?: number;
  users: { email: string; licenseStatus: 'active' | 'inactive' }[];
}

export interface ToriiFile {
  users: ToriiUser[];
  licenses: ToriiLicense[];
}

/** The classes in the order their licences are listed (shared agents hold no seat here). */
const LICENSE_ORDER: readonly SeatClass[] = ['paid', 'chat_only', 'light', 'contributor'];
const FREE: ReadonlySet<SeatClass> = new Set(['light', 'contributor']);

function externalStatus(user: RosterUser): string {
  const state = stateOf(user);
  if (state === 'suspended') return 'suspended';
  const label = state === 'idle' ? 'likely idle' : 'active';
  return user.idle_reasons.length > 0 ? `${label} (${user.idle_reasons.join(', ')})` : label;
}

export function toriiUser(user: RosterUser): ToriiUser {
  const { first, last } = splitName(user.name);
  const used = lastUsed(user);
  return {
    email: user.email,
    id: String(user.id),
    firstName: first,
    ...(last !== '' ? { lastName: last } : {}),
    status: 'active',
    externalStatus: externalStatus(user),
    roles: [roleOf(user)],
    ...(used !== null ? { lastUsedDate: used } : {}),
  };
}

export function toriiFile(snapshot: DestinationSnapshot): ToriiFile {
  const users = rosterOf(snapshot);
  const price = snapshot.header.summary.seat_price;
  const purchased = snapshot.roster?.seats_purchased ?? null;
  // Suspended seats hold theirs too (seats/classes.ts): bought minus held, as Zendesk bills.
  const held = users.filter((u) => !FREE.has(u.seat_class)).length;
  const licenses = LICENSE_ORDER.flatMap((seatClass): ToriiLicense[] => {
    const holders = users.filter((u) => u.seat_class === seatClass);
    if (holders.length === 0) return [];
    const cents = FREE.has(seatClass) ? 0 : price !== undefined ? Math.round(price * 100) : null;
    return [
      {
        name: seatClass,
        ...(seatClass === 'paid' && purchased !== null ? { unassignedAmount: Math.max(0, purchased - held) } : {}),
        ...(cents !== null ? { pricePerUser: cents } : {}),
        users: holders.map((u) => ({ email: u.email, licenseStatus: stateOf(u) === 'active' ? 'active' : 'inactive' })),
      },
    ];
  });
  return { users: users.map(toriiUser), licenses };
}

/** Size in bytes of `text` as UTF-8 (what Torii counts). */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * The upload's body as text: the file and its type as two form fields. The boundary is made
 * from `seed` and lengthened until the file does not contain it, so the same file always
 * gives the same body.
 */
export function toriiMultipart(fileText: string, seed: string): { contentType: string; body: string } {
  let boundary = `seat-review-${seed.replace(/[^A-Za-z0-9]/g, '')}`;
  while (fileText.includes(boundary)) boundary += '-0';
  const body = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="type"',
    '',
    TORII_FILE_TYPE,
    `--${boundary}`,
    `Content-Disposition: form-data; name="file"; filename="${TORII_FILE_NAME}"`,
    'Content-Type: application/json',
    '',
    fileText,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return { contentType: `multipart/form-data; boundary=${boundary}`, body };
}

/** The file id from the upload's answer: `{id}` or `{file: {id}}`, a number or a string; null when neither. */
export function toriiFileIdOf(body: unknown): number | string | null {
  const idOf = (value: unknown): number | string | null => {
    if (typeof value !== 'object' || value === null) return null;
    const id = (value as Record<string, unknown>).id;
    if (typeof id === 'number' && Number.isFinite(id)) return id;
    return typeof id === 'string' && id.trim() !== '' ? id : null;
  };
  return idOf(body) ?? (typeof body === 'object' && body !== null ? idOf((body as Record<string, unknown>).file) : null);
}

/** Torii's ids are numbers: an all-digit app account id goes as one, anything else as given. */
export function toriiAppAccount(id: string): number | string {
  return /^\d{1,15}$/.test(id) ? Number(id) : id;
}
