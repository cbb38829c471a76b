/**
 * The id of a day's unattended snapshot: a name-based UUID (version 5, SHA-1) of
 * `<subdomain>:<day>`. Whoever builds the day's snapshot, in whatever browser, and however
 * often a run is resumed or taken over, it goes out under the same snapshot_id, which is
 * also the Idempotency-Key: the receiver keeps one snapshot a day.
 */

/** Seat Review's own namespace for daily snapshot ids (a fixed random UUID; never change it). */
export const DAILY_SNAPSHOT_NAMESPACE = '6f1c2f5e-3b0a-4c7e-9d2a-5e8b7a1c4d30';

function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

function uuidText(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** RFC 9562 UUID version 5 of `name` in `namespace`. */
export async function uuidV5(namespace: string, name: string): Promise<string> {
  const ns = uuidBytes(namespace);
  const text = new TextEncoder().encode(name);
  const input = new Uint8Array(ns.length + text.length);
  input.set(ns);
  input.set(text, ns.length);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', input)).slice(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  return uuidText(hash);
}

/** The snapshot_id of the account's unattended snapshot for a UTC day (YYYY-MM-DD). */
export function dailySnapshotId(subdomain: string, day: string): Promise<string> {
  return uuidV5(DAILY_SNAPSHOT_NAMESPACE, `${subdomain.toLowerCase()}:${day}`);
}
