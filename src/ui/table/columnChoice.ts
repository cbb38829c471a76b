/**
 * Which columns the table shows: the admin hides any but the name, and the choice is kept
 * per browser. The hidden ones are stored (not the shown ones), so a column added later
 * shows until hidden. Storage may be missing, blocked or full: every call is guarded, and
 * the table then simply shows every column.
 */
import { COLUMNS, type Column, type ColumnKey } from '../../seats/columns';
import type { KeyValueStore } from '../../storage/store';

export const COLUMNS_STORAGE_KEY = 'seat-review:columns:v1';

/** Kept in view while the table scrolls sideways, in this order, ahead of the other columns. */
export const PINNED: readonly ColumnKey[] = ['name', 'seatClass'];

/** The name says whose row it is: it is always shown. */
export const canHide = (key: ColumnKey): boolean => key !== 'name';

const KNOWN: ReadonlySet<string> = new Set(COLUMNS.map((c) => c.key));

function browserStorage(): KeyValueStore | null {
  try {
    // Absent outside a browser; reading it throws where the browser denies storage.
    return (globalThis as { localStorage?: Storage }).localStorage ?? null;
  } catch {
    return null;
  }
}

/** The columns hidden in this browser; none when nothing (readable) was kept. */
export function readHidden(store: KeyValueStore | null = browserStorage()): ReadonlySet<ColumnKey> {
  try {
    const kept: unknown = JSON.parse(store?.getItem(COLUMNS_STORAGE_KEY) ?? 'null');
    const hidden = (kept as { hidden?: unknown } | null)?.hidden;
    if (!Array.isArray(hidden)) return new Set();
    return new Set(hidden.filter((k): k is ColumnKey => typeof k === 'string' && KNOWN.has(k) && canHide(k as ColumnKey)));
  } catch {
    return new Set();
  }
}

/** Keeps the choice; a refused write only means it is forgotten with the page. */
export function writeHidden(hidden: ReadonlySet<ColumnKey>, store: KeyValueStore | null = browserStorage()): void {
  try {
    store?.setItem(COLUMNS_STORAGE_KEY, JSON.stringify({ hidden: [...hidden].sort() }));
  } catch {
    // Storage full or blocked.
  }
}

/** The columns to show, pinned ones first (in PINNED's order), the rest in the order given. */
export function shownColumns(columns: readonly Column[], hidden: ReadonlySet<ColumnKey>): Column[] {
  const shown = columns.filter((c) => !canHide(c.key) || !hidden.has(c.key));
  const pinned = PINNED.flatMap((key) => shown.filter((c) => c.key === key));
  return [...pinned, ...shown.filter((c) => !PINNED.includes(c.key))];
}
