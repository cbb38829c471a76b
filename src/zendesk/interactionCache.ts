/**
 * Interaction counts kept between reviews, per UTC day, with where the ticket event
 * export stopped. A review a day later resumes the export there (it is built for it)
 * and sums the kept days still inside its window: a handful of requests instead of the
 * whole window again. Only counts by user id are kept: no names, no ticket content.
 */
import { isRecord } from '../guards';
import type { KeyValueStore } from '../storage/store';

export interface CachedCounts {
  version: 1;
  /** Unix s: the export was followed from here… */
  startTime: number;
  /** …to here. */
  endTime: number;
  /** Ids of the events in the second before endTime (a resumed page may repeat them). */
  boundaryIds: number[];
  /** Day (YYYY-MM-DD, UTC) → user id → interactions. */
  days: Record<string, Record<string, number>>;
}

export interface InteractionCache {
  load(): CachedCounts | null;
  /** False when the browser could not keep the counts (full or blocked storage): the next review counts afresh. */
  save(counts: CachedCounts): boolean;
}

/** Days older than this are dropped on save: no idle threshold looks further back. */
export const KEEP_DAYS = 400;

export function cacheKey(subdomain: string): string {
  return `seat-review:interactions:v1:${subdomain || 'unknown'}`;
}

function isCached(value: unknown): value is CachedCounts {
  return (
    isRecord(value) &&
    value.version === 1 &&
    typeof value.startTime === 'number' &&
    typeof value.endTime === 'number' &&
    Array.isArray(value.boundaryIds) &&
    isRecord(value.days)
  );
}

export function storeCache(store: KeyValueStore, subdomain: string, now: () => number = Date.now): InteractionCache {
  const key = cacheKey(subdomain);
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(store.getItem(key) ?? 'null');
        return isCached(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    save(counts) {
      const oldest = new Date(now() - KEEP_DAYS * 86_400_000).toISOString().slice(0, 10);
      const days = Object.fromEntries(Object.entries(counts.days).filter(([day]) => day >= oldest));
      try {
        store.setItem(key, JSON.stringify({ ...counts, days }));
        return true;
      } catch {
        // A full or refused storage costs the next review its shortcut, nothing more. The
        // older copy goes too: it is as large as the one refused and holds the room the
        // snapshot outbox needs (the next review then counts the window afresh).
        try {
          store.removeItem(key);
        } catch {
          // Blocked storage holds nothing of ours.
        }
        return false;
      }
    },
  };
}

/** Can a review of the window from `sinceUnix` resume from these counts? */
export function resumable(cached: CachedCounts | null, sinceUnix: number, nowUnix: number): cached is CachedCounts {
  return cached !== null && cached.startTime <= sinceUnix && cached.endTime >= sinceUnix && cached.endTime <= nowUnix;
}

export function toDayMaps(days: CachedCounts['days']): Map<string, Map<number, number>> {
  return new Map(Object.entries(days).map(([day, counts]) => [day, new Map(Object.entries(counts).map(([id, n]) => [Number(id), n]))]));
}

export function fromDayMaps(days: ReadonlyMap<string, ReadonlyMap<number, number>>): CachedCounts['days'] {
  return Object.fromEntries([...days].map(([day, counts]) => [day, Object.fromEntries([...counts].map(([id, n]) => [String(id), n]))]));
}
