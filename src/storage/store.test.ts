import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserStore } from './store';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('browserStore', () => {
  it('uses localStorage when the browser allows it', () => {
    const { store, persistent } = browserStore();
    expect(persistent).toBe(true);
    store.setItem('k', 'v');
    expect(localStorage.getItem('k')).toBe('v');
  });

  it('still reads what a full localStorage holds (a pending snapshot), rather than forgetting it', () => {
    localStorage.setItem('seat-review:snapshots:v1:acme:1:state', '{"kept":true}');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { store, persistent } = browserStore();
    expect(persistent).toBe(true);
    expect(store.getItem('seat-review:snapshots:v1:acme:1:state')).toBe('{"kept":true}');
  });

  it('forgets, and says so, when the browser denies storage altogether', () => {
    // As a browser blocking third-party storage does: reading `localStorage` itself throws.
    vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { store, persistent } = browserStore();
    expect(persistent).toBe(false);
    store.setItem('k', 'v');
    expect(store.getItem('k')).toBe('v');
  });
});
