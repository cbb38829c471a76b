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
