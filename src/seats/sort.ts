/** Sorting seats by one column, both ways, with ties kept in Zendesk's order. */
import { columnByKey, type Column, type ColumnKey, type SortValue } from './columns';
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

/** A column's order both ways: what the table shows for either direction of a sort. */
export interface ColumnOrder {
  asc: ReviewedSeat[];
  desc: ReviewedSeat[];
}

/**
 * Orders the seats by one column both ways with a single sort: rows without a value go
 * last in either direction, and ties keep Zendesk's order (by id) in both, so the table
 * never jumps. `sortValue`: the column's own (columns.ts) unless the UI sorts a worded
 * column by the words it shows. Filtering keeps an order, so the screen orders the whole roster once per
 * column and filters that: a direction toggle or a keystroke then sorts nothing.
 */
export function columnOrder(rows: readonly ReviewedSeat[], key: ColumnKey, sortValue: Column['sortValue'] = columnByKey(key).sortValue): ColumnOrder {
  // Read each value once: a sort of 50,000 rows calls the comparator ~800,000 times.
  const keyed = rows.map((row) => ({ row, id: row.seat.id, value: sortValue(row) }));
  const valued = keyed.filter((k) => k.value !== null);
  const missing = keyed.filter((k) => k.value === null).sort((x, y) => x.id - y.id);
  valued.sort((x, y) => compareValues(x.value, y.value) || x.id - y.id);
  // Descending: the groups of equal values in reverse, each group still by id.
  const desc: ReviewedSeat[] = [];
  for (let end = valued.length; end > 0;) {
    let start = end - 1;
    while (start > 0 && compareValues(valued[start - 1]?.value as SortValue, valued[end - 1]?.value as SortValue) === 0) start -= 1;
    for (let i = start; i < end; i++) desc.push((valued[i] as (typeof valued)[number]).row);
    end = start;
  }
  const last = missing.map((k) => k.row);
  return { asc: [...valued.map((k) => k.row), ...last], desc: [...desc, ...last] };
}

/** Sorted copy (see columnOrder for the rules). */
export function sortSeats(rows: readonly ReviewedSeat[], sort: SeatSort, sortValue?: Column['sortValue']): ReviewedSeat[] {
  return columnOrder(rows, sort.key, sortValue)[sort.direction];
}

export function nextSort(current: SeatSort | null, key: ColumnKey): SeatSort {
  if (current?.key !== key) return { key, direction: 'asc' };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}
