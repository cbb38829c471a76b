/**
 * The browser storage Seat Review keeps its own small state in (snapshot outbox, counts
 * from the last review), behind a tiny interface so rules are testable with a Map.
 * Never a setting value or token: those never reach the app.
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
 */
export function browserStore(): { store: KeyValueStore; persistent: boolean } {
  try {
    const store = globalThis.localStorage;
    const probe = 'seat-review:probe';
    store.setItem(probe, '1');
    store.removeItem(probe);
    return { store, persistent: true };
  } catch {
    return { store: memoryStore(), persistent: false };
  }
}
