/**
 * The browser storage Seat Review keeps its own small state in (snapshot outbox, counts
 * from the last review), behind a tiny interface so rules are testable with a Map.
 * Never a setting value or token: those never reach the app. Any write may throw
 * (QuotaExceededError, storage blocked): callers guard every `setItem`.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A store that forgets: when the browser refuses storage (private modes, sandboxing). */
export function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/**
 * `localStorage` when the browser allows it, else memory. The app runs in a cross-site
 * iframe, where a browser that blocks third-party cookies also denies localStorage.
 * Storage that is there but full is still used: what it already holds (a pending snapshot)
 * can be read, and every write is guarded where it is made.
 */
export function browserStore(): { store: KeyValueStore; persistent: boolean } {
  let store: Storage;
  try {
    store = globalThis.localStorage;
    store.getItem('seat-review:probe');
  } catch {
    return { store: memoryStore(), persistent: false };
  }
  try {
    store.setItem('seat-review:probe', '1');
    store.removeItem('seat-review:probe');
  } catch {
    // Full (QuotaExceededError): still the browser's storage, not a memory that forgets.
  }
  return { store, persistent: true };
}
