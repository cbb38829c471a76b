import { useCallback, useEffect, useRef, useState } from 'react';
import { AbortedError, type RetryNotice, type ZendeskGateway } from '../zaf/gateway';
import type { Seat } from '../seats/seat';
import type { RosterSource } from '../zendesk/engagement';
import { loadRoster, newRosterCheckpoint, type EndedStream, type RosterCheckpoint } from '../zendesk/loadRoster';

/**
 * Connects the roster to the screen: loads its queries side by side, keeps every seat
 * already loaded when a page finally fails, and resumes from the pages left on request.
 */
export interface RosterState {
  /** `incomplete`: read to the end, but fewer records than Zendesk counted (a snapshot must not be sent as complete). */
  phase: 'loading' | 'loaded' | 'incomplete' | 'failed';
  /** De-duplicated, in Zendesk's order (by id). */
  seats: Seat[];
  /** Zendesk's own count, for the progress bar; null until known or if unavailable. */
  expected: number | null;
  /** Records read as Zendesk counts them (seats, unreadable and not-seat records); set when the load ends. */
  read: number | null;
  unreadable: number;
  /** When incomplete: the streams Zendesk's paging broke in (none if the pages simply held fewer than counted). */
  ended: EndedStream[];
  error: string | null;
  /** Set while waiting out a 429 or a retry, so the screen can say why it pauses. */
  waiting: RetryNotice | null;
}

interface Run {
  fresh: boolean;
  serial: number;
  /** What engagement waits on; a new one for every fresh load. */
  source: DeferredRoster;
}

interface DeferredRoster extends RosterSource {
  loaded: (seats: readonly Seat[]) => void;
  counted: (expected: number | null) => void;
}

function deferredRoster(): DeferredRoster {
  let loaded: (seats: readonly Seat[]) => void = () => undefined;
  let counted: (expected: number | null) => void = () => undefined;
  const seats = new Promise<readonly Seat[]>((resolve) => (loaded = resolve));
  const expected = new Promise<number | null>((resolve) => (counted = resolve));
  return { seats, expected, loaded, counted };
}

const byId = (a: Seat, b: Seat): number => a.id - b.id;

/** Repaint at most this often while pages stream in (50,000 seats are 500 pages). */
const FLUSH_MS = 150;

export function useRoster(gateway: ZendeskGateway): RosterState & { source: RosterSource; resume: () => void; reload: () => void } {
  const [state, setState] = useState<RosterState>({
    phase: 'loading',
    seats: [],
    expected: null,
    read: null,
    unreadable: 0,
    ended: [],
    error: null,
    waiting: null,
  });
  const [run, setRun] = useState<Run>(() => ({ fresh: true, serial: 0, source: deferredRoster() }));
  const seatsById = useRef(new Map<number, Seat>());
  // Where every query stands: a failed load resumes from the pages that did not arrive.
  const checkpoint = useRef<RosterCheckpoint>(newRosterCheckpoint());

  useEffect(() => {
    const abort = new AbortController();
    const controls = {
      signal: abort.signal,
      onRetry: (notice: RetryNotice) => setState((s) => ({ ...s, waiting: notice })),
    };
    if (run.fresh) {
      seatsById.current = new Map();
      checkpoint.current = newRosterCheckpoint();
    }
    let lastFlush = 0;
    /** Shows the seats so far and returns them. */
    const flush = (patch: Partial<RosterState>): Seat[] => {
      // Zendesk's own order (by id), whichever query a seat came in with.
      const seats = [...seatsById.current.values()].sort(byId);
      setState((s) => ({ ...s, seats, unreadable: checkpoint.current.unreadable, waiting: null, ...patch }));
      lastFlush = performance.now();
      return seats;
    };
    setState((s) => ({
      ...s,
      phase: 'loading',
      error: null,
      waiting: null,
      read: null,
      ended: [],
      ...(run.fresh ? { seats: [], unreadable: 0, expected: null } : {}),
    }));

    loadRoster(gateway, {
      into: seatsById.current,
      checkpoint: checkpoint.current,
      controls,
      onPlan: ({ expected }) => {
        run.source.counted(expected);
        setState((s) => ({ ...s, expected }));
      },
      onPage: () => {
        if (performance.now() - lastFlush > FLUSH_MS) flush({});
      },
    }).then(
      ({ complete, read, expected, ended }) => {
        if (abort.signal.aborted) return;
        // Incomplete still hands over the seats read: activity is counted for them all the same.
        run.source.loaded(flush({ phase: complete ? 'loaded' : 'incomplete', read, expected, ended }));
      },
      (error: unknown) => {
        if (error instanceof AbortedError || abort.signal.aborted) return;
        flush({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => abort.abort();
  }, [gateway, run]);

  const resume = useCallback(() => setRun((r) => ({ ...r, fresh: false, serial: r.serial + 1 })), []);
  const reload = useCallback(() => setRun((r) => ({ fresh: true, serial: r.serial + 1, source: deferredRoster() })), []);
  return { ...state, source: run.source, resume, reload };
}
