/** A browser storage that runs out of room on demand, to test what the app says when it cannot keep something. */
import { memoryStore } from '../storage/store';

/** A Map store that throws like a full localStorage for the writes `refuse` picks (while it says so). */
export function refusingStore(refuse: (key: string, value: string) => boolean): ReturnType<typeof memoryStore> {
  const store = memoryStore();
  const setItem = store.setItem;
  store.setItem = (key, value) => {
    if (refuse(key, value)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setItem(key, value);
  };
  return store;
}
