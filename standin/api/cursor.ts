/**
 * Opaque pagination cursors. Zendesk's look like base64 of a small JSON document naming
 * the sort order and a position (`eyJvIjoiaWQiLCJ2Ijo…`); these are base64url of
 * `{"o":"id","v":<user id>}`. Callers must treat them as opaque; the stand-in rejects
 * anything it did not issue.
 */
export function encodeCursor(id: number): string {
  return Buffer.from(JSON.stringify({ o: 'id', v: id })).toString('base64url');
}

/** The user id a cursor points at, or null when the cursor is not one of ours. */
export function decodeCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) return null;
  try {
    const doc = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (typeof doc !== 'object' || doc === null) return null;
    const { o, v } = doc as { o?: unknown; v?: unknown };
    return o === 'id' && typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null;
  } catch {
    return null;
  }
}

/**
 * A cursor on a sorted list whose position is not a numeric id (custom object records:
 * `{"o":"-updated_at","v":[<ms>,"<record id>"]}`). `order` names the sort, so a cursor
 * from another sort is refused rather than misread.
 */
export function encodeKeyCursor(order: string, key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify({ o: order, v: key })).toString('base64url');
}

/** The key a cursor of `order` holds, or null when it is not one of ours (or of another sort). */
export function decodeKeyCursor(cursor: string, order: string): (string | number)[] | null {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) return null;
  try {
    const doc = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (typeof doc !== 'object' || doc === null) return null;
    const { o, v } = doc as { o?: unknown; v?: unknown };
    if (o !== order || !Array.isArray(v) || v.length === 0) return null;
    return v.every((part) => typeof part === 'string' || (typeof part === 'number' && Number.isFinite(part))) ? (v as (string | number)[]) : null;
  } catch {
    return null;
  }
}
