import { describe, expect, it } from 'vitest';
import { memoryStore } from '../storage/store';
import { cacheKey, storeCache, type CachedCounts } from './interactionCache';

const NOW = Date.UTC(2026, 10, 20);
const counts = (endTime: number): CachedCounts => ({ version: 1, startTime: 100, endTime, boundaryIds: [], days: { '2026-11-19': { '1': 3 } } });

describe('storeCache', () => {
  it('keeps the counts and says so', () => {
    const cache = storeCache(memoryStore(), 'acme', () => NOW);
    expect(cache.save(counts(200))).toBe(true);
    expect(cache.load()).toEqual(counts(200));
  });

  it('says when the browser could not keep them, and leaves no older copy behind', () => {
    const store = memoryStore();
    const cache = storeCache(store, 'acme', () => NOW);
    cache.save(counts(200));
    const setItem = store.setItem;
    store.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    expect(cache.save(counts(300))).toBe(false);
    expect(store.data.has(cacheKey('acme'))).toBe(false);
    expect(cache.load()).toBeNull();
    store.setItem = setItem;
    expect(cache.save(counts(400))).toBe(true);
  });

  it('never throws on blocked storage', () => {
    const denied = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const cache = storeCache({ getItem: denied, setItem: denied, removeItem: denied }, 'acme', () => NOW);
    expect(cache.load()).toBeNull();
    expect(cache.save(counts(200))).toBe(false);
  });
});
