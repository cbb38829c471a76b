/**
 * The history keeper behind a promise: the session hands out a keeper at once (its state
 * starts as `loading`), while the keeper's code (review/history.ts, the custom object wire
 * and record mapping) arrives on request, so the first screen does not wait for it to load.
 */
import { INITIAL_HISTORY } from '../history/state';
import type { HistoryKeeper } from './history';

export function deferredKeeper(loading: Promise<HistoryKeeper>): HistoryKeeper {
  const listeners = new Set<() => void>();
  let keeper: HistoryKeeper | null = null;
  let disposed = false;
  const tell = (): void => {
    for (const listener of [...listeners]) listener();
  };
  const ready: Promise<HistoryKeeper | null> = loading.then(
    (loaded) => {
      if (disposed) {
        loaded.dispose();
        return null;
      }
      keeper = loaded;
      loaded.subscribe(tell);
      tell();
      return loaded;
    },
    // The chunk could not be fetched (offline): the review goes on without its history.
    () => null,
  );
  return {
    getState: () => keeper?.getState() ?? INITIAL_HISTORY,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load: () => ready.then((k) => k?.load()),
    recordReview: (figures) => ready.then((k) => k?.recordReview(figures)),
    recordSnapshot: (snapshot) => ready.then((k) => k?.recordSnapshot(snapshot)),
    idle: () => ready.then((k) => k?.idle()),
    dispose() {
      disposed = true;
      keeper?.dispose();
      listeners.clear();
    },
  };
}
