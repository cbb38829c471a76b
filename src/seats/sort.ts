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

/** Each seat's place in a column's ascending order (equal values share one); null: no value. */
export type SortRanks = ReadonlyMap<number, number | null>;

/**
 * Ranks every seat by one column, comparing text with the collator once per roster and
 * column: a re-sort after a keystroke or a direction toggle then compares numbers only.
 */
export function rankSeats(rows: readonly ReviewedSeat[], key: ColumnKey): SortRanks {
  const column = columnByKey(key);
  const keyed = rows.map((row) => ({ id: row.seat.id, value: column.sortValue(row) }));
  const ranks = new Map<number, number | null>();
  const valued = keyed.filter((k) => {
    if (k.value !== null) return true;
    ranks.set(k.id, null);
    return false;
  });
  valued.sort((x, y) => compareValues(x.value as SortValue, y.value as SortValue));
  let rank = 0;
  valued.forEach((k, i) => {
    if (i > 0 && compareValues(valued[i - 1]?.value as SortValue, k.value as SortValue) !== 0) rank += 1;
    ranks.set(k.id, rank);
  });
  return ranks;
}

/**
 * Sorted copy; seats with no value for the column always go last whatever the
 * direction, and ties keep Zendesk's order (by id) so the table never jumps. Pass the
 * column's ranks (rankSeats) to skip comparing text again.
 */
export function sortSeats(rows: readonly ReviewedSeat[], sort: SeatSort, ranks: SortRanks = rankSeats(rows, sort.key)): ReviewedSeat[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Read each rank once: a sort of 50,000 rows calls the comparator ~800,000 times.
  const keyed = rows.map((row) => ({ row, id: row.seat.id, rank: ranks.get(row.seat.id) ?? null }));
  keyed.sort((x, y) => {
    if (x.rank === null || y.rank === null) {
      if (x.rank === y.rank) return x.id - y.id;
      return x.rank === null ? 1 : -1;
    }
    return sign * (x.rank - y.rank) || x.id - y.id;
  });
  return keyed.map((k) => k.row);
}

export function nextSort(current: SeatSort | null, key: ColumnKey): SeatSort {
  if (current?.key !== key) return { key, direction: 'asc' };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}
