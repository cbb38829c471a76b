import { columnByKey, type ColumnKey, type SortValue } from './columns';
import type { ReviewedSeat } from './review';

export type SortDirection = 'asc' | 'desc';
export interface SeatSort {
  key: ColumnKey;
  direction: SortDirection;
}

// One collator for every comparison: String#localeCompare builds one per call.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Sorted copy; seats with no value for the column always go last whatever the
 * direction, and ties keep Zendesk's order (by id) so the table never jumps.
 */
export function sortSeats(rows: readonly ReviewedSeat[], sort: SeatSort): ReviewedSeat[] {
  const column = columnByKey(sort.key);
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Read each value once: a sort of 50,000 rows calls the comparator ~800,000 times.
  const keyed = rows.map((row) => ({ row, value: column.sortValue(row) }));
  keyed.sort((x, y) => {
    if (x.value === null || y.value === null) {
      if (x.value === y.value) return x.row.seat.id - y.row.seat.id;
      return x.value === null ? 1 : -1;
    }
    return sign * compareValues(x.value, y.value) || x.row.seat.id - y.row.seat.id;
  });
  return keyed.map((k) => k.row);
}

export function nextSort(current: SeatSort | null, key: ColumnKey): SeatSort {
  if (current?.key !== key) return { key, direction: 'asc' };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}
