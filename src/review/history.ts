/**
 * The account's review history for one session: read from Zendesk's custom object records
 * (every admin shares them), kept in step with what this session writes (a review's
 * figures, a snapshot's result), and mirrored in this browser. When Zendesk cannot keep it
 * (a plan without custom objects, an installation without the object) the browser is the
 * history and the state says why; when Zendesk's storage cannot be read just now, the
 * browser's copy of the last days read is shown. Summaries only, never a seat's data.
 */
import { dayOf, isDay, toFields, type DayFigures, type DayPart, type DayRecord, type DaySnapshot, type RunKind } from '../history/record';
import { INITIAL_HISTORY, type HistoryState } from '../history/state';
import type { KeyValueStore } from '../storage/store';
import type { ZendeskGateway } from '../zaf/gateway';
import { failureOf, isCancellation } from '../zendesk/failure';
import { HistoryError, listDays, MAX_HISTORY_DAYS, readDay, upsertDay } from '../zendesk/history';
import { isRecord } from '../guards';

export interface HistoryKeeperOptions {
  gateway: ZendeskGateway;
  store: KeyValueStore;
  subdomain: string;
  installationId?: number | string | null;
  /** Who runs the reviews this session records. */
  user: { id: number; name: string };
  kind: RunKind;
  /** Read only today's record (the background page has no screen: it merges its writes into today's, and lists nothing). */
  onlyToday?: boolean;
  clock?: () => number;
}

export interface HistoryKeeper {
  getState(): HistoryState;
  subscribe(listener: () => void): () => void;
  /** Reads the history (once; later calls wait for the same read). */
  load(): Promise<void>;
  /** Today's figures and who ran the review. */
  recordReview(figures: DayFigures): Promise<void>;
  /** How today's snapshot ended. */
  recordSnapshot(snapshot: DaySnapshot): Promise<void>;
  /** Resolves once every write asked for so far has ended (the unattended run waits for its last). */
  idle(): Promise<void>;
  dispose(): void;
}

export function historyKey(subdomain: string, installation: string | number | null | undefined): string {
  return `seat-review:history:v1:${subdomain || 'unknown'}:${String(installation ?? 'default')}`;
}

const byDay = (a: DayRecord, b: DayRecord): number => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0);

/** The browser's copy, or none; a record that is not one is left out. */
function readCopy(store: KeyValueStore, key: string): DayRecord[] {
  try {
    const raw = store.getItem(key);
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    if (!isRecord(parsed) || parsed.v !== 1 || !Array.isArray(parsed.days)) return [];
    return parsed.days
      .filter((d): d is Record<string, unknown> => isRecord(d) && isDay(d.day))
      .map((d) => ({
        day: d.day as string,
        figures: isRecord(d.figures) ? (d.figures as unknown as DayFigures) : null,
        snapshot: isRecord(d.snapshot) ? (d.snapshot as unknown as DaySnapshot) : null,
        run: isRecord(d.run) ? (d.run as unknown as DayRecord['run']) : null,
        claim: isRecord(d.claim) ? (d.claim as unknown as DayRecord['claim']) : null,
      }))
      .sort(byDay);
  } catch {
    return [];
  }
}

/** Applies a write to the record as known here. */
function merged(current: DayRecord | undefined, day: string, part: DayPart): DayRecord {
  const base: DayRecord = current ?? { day, figures: null, snapshot: null, run: null, claim: null };
  return {
    ...base,
    ...(part.figures ? { figures: part.figures } : {}),
    ...(part.snapshot ? { snapshot: part.snapshot } : {}),
    ...(part.run ? { run: part.run } : {}),
    ...(part.claim !== undefined ? { claim: part.claim } : {}),
  };
}

export function createHistoryKeeper(options: HistoryKeeperOptions): HistoryKeeper {
  const { gateway, store, user, kind } = options;
  const clock = options.clock ?? Date.now;
  const key = historyKey(options.subdomain, options.installationId);
  const stop = new AbortController();
  const listeners = new Set<() => void>();
  let state: HistoryState = INITIAL_HISTORY;
  let loading: Promise<void> | null = null;
  let writes: Promise<void> = Promise.resolve();
  let queued = 0;

  const set = (patch: Partial<HistoryState>): void => {
    if (stop.signal.aborted) return;
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };

  /** The browser's copy follows every change; a full or blocked storage only loses the copy. */
  const keepCopy = (days: readonly DayRecord[]): void => {
    try {
      store.setItem(key, JSON.stringify({ v: 1, days: days.slice(-MAX_HISTORY_DAYS) }));
    } catch {
      // The history in memory (and Zendesk's) is unaffected.
    }
  };

  const setDay = (record: DayRecord): void => {
    const days = [...state.days.filter((d) => d.day !== record.day), record].sort(byDay).slice(-MAX_HISTORY_DAYS);
    keepCopy(days);
    set({ days });
  };

  const read = (): Promise<DayRecord[]> =>
    options.onlyToday === true
      ? readDay(gateway, dayOf(clock()), { signal: stop.signal }).then((today) => (today ? [today] : []))
      : listDays(gateway, { signal: stop.signal });

  const load = (): Promise<void> => {
    loading ??= read().then(
      (days) => {
        // Written here before the read ended (a quick review): kept over what was read.
        const written = new Map(state.days.map((d) => [d.day, d]));
        const all = [...days.filter((d) => !written.has(d.day)), ...written.values()].sort(byDay);
        keepCopy(all);
        set({ phase: 'loaded', source: 'zendesk', fallback: null, days: all });
      },
      (error: unknown) => {
        if (isCancellation(error, stop.signal)) return;
        const fallback = error instanceof HistoryError ? error.fallback : 'unreadable';
        const written = new Map(state.days.map((d) => [d.day, d]));
        const all = [...readCopy(store, key).filter((d) => !written.has(d.day)), ...written.values()].sort(byDay);
        keepCopy(all);
        set({ phase: 'loaded', source: 'browser', fallback, days: all });
      },
    );
    return loading;
  };

  const write = (part: DayPart): Promise<void> => {
    if (stop.signal.aborted) return Promise.resolve();
    const day = dayOf(clock());
    // The trend shows it at once, whatever Zendesk answers.
    setDay(
      merged(
        state.days.find((d) => d.day === day),
        day,
        part,
      ),
    );
    queued += 1;
    const done = writes.then(async () => {
      try {
        await loading;
        // Zendesk said it keeps no history here: the browser's copy (written above) is the history.
        if (state.fallback === 'plan' || state.fallback === 'not-installed') return;
        // Details are rebuilt from the record as known here, with everything written before this.
        const current = state.days.find((d) => d.day === day) ?? null;
        const back = await upsertDay(gateway, day, toFields(part, current), { signal: stop.signal });
        // Zendesk's copy holds what others wrote (a claim); a write still queued would be undone by it for a moment.
        if (back && queued === 1) setDay(back);
        if (state.writeProblem) set({ writeProblem: null });
      } catch (error) {
        if (isCancellation(error, stop.signal)) return;
        if (error instanceof HistoryError && error.fallback !== 'unreadable') {
          set({ source: 'browser', fallback: error.fallback, writeProblem: null });
          return;
        }
        set({ writeProblem: error instanceof HistoryError ? error.failure : failureOf(error) });
      } finally {
        queued -= 1;
      }
    });
    writes = done;
    return done;
  };

  const run = () => ({ kind, byId: user.id, byName: user.name, at: new Date(clock()).toISOString() });

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load,
    recordReview: (figures) => write({ figures, run: run() }),
    recordSnapshot: (snapshot) => write({ snapshot }),
    idle: () => writes,
    dispose() {
      stop.abort();
      listeners.clear();
    },
  };
}
