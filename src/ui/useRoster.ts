import { useCallback, useEffect, useRef, useState } from 'react';
import { AbortedError, type RetryNotice, type ZendeskGateway } from '../zaf/gateway';
import type { Seat } from '../seats/seat';
import { countSeats, ROSTER_URL, rosterPages } from '../zendesk/roster';

/**
 * Connects the roster to the screen: loads page after page, keeps every seat already
 * loaded when a page finally fails, and resumes from that page on request.
 */
export interface RosterState {
  phase: 'loading' | 'loaded' | 'failed';
  /** De-duplicated by id, in Zendesk's order. */
  seats: Seat[];
  /** Zendesk's own count, for the progress bar; null until known or if unavailable. */
  expected: number | null;
  unreadable: number;
  error: string | null;
  /** Set while waiting out a 429 or a retry, so the screen can say why it pauses. */
  waiting: RetryNotice | null;
  /** The plan's requests a minute as Zendesk reported it; null until seen. */
  rateLimit: number | null;
}

interface Run {
  from: string;
  fresh: boolean;
  serial: number;
}

/** Repaint at most this often while pages stream in (50,000 seats are 500 pages). */
const FLUSH_MS = 150;

export function useRoster(gateway: ZendeskGateway): RosterState & { resume: () => void; reload: () => void } {
  const [state, setState] = useState<RosterState>({
    phase: 'loading',
    seats: [],
    expected: null,
    unreadable: 0,
    error: null,
    waiting: null,
    rateLimit: null,
  });
  const [run, setRun] = useState<Run>({ from: ROSTER_URL, fresh: true, serial: 0 });
  const seatsById = useRef(new Map<number, Seat>());
  const unreadable = useRef(0);
  const resumeFrom = useRef<string | null>(null);
  const rateLimit = useRef<number | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    const controls = {
      signal: abort.signal,
      onRetry: (notice: RetryNotice) => setState((s) => ({ ...s, waiting: notice })),
    };
    if (run.fresh) {
      seatsById.current = new Map();
      unreadable.current = 0;
    }
    // Always the page to ask for next: after a failure, the one that failed.
    resumeFrom.current = run.from;
    let lastFlush = 0;
    const flush = (patch: Partial<RosterState>): void => {
      setState((s) => ({
        ...s,
        seats: [...seatsById.current.values()],
        unreadable: unreadable.current,
        rateLimit: rateLimit.current,
        waiting: null,
        ...patch,
      }));
      lastFlush = performance.now();
    };
    setState((s) => ({ ...s, phase: 'loading', error: null, waiting: null, ...(run.fresh ? { seats: [], unreadable: 0 } : {}) }));
    if (run.fresh) {
      void countSeats(gateway, controls).then((expected) => {
        if (!abort.signal.aborted) setState((s) => ({ ...s, expected }));
      });
    }

    (async () => {
      try {
        for await (const page of rosterPages(gateway, run.from, controls)) {
          for (const seat of page.seats) seatsById.current.set(seat.id, seat);
          unreadable.current += page.unreadable;
          resumeFrom.current = page.next;
          if (page.rateLimit !== null) rateLimit.current = page.rateLimit;
          if (performance.now() - lastFlush > FLUSH_MS) flush({});
        }
        if (!abort.signal.aborted) flush({ phase: 'loaded' });
      } catch (error) {
        if (error instanceof AbortedError || abort.signal.aborted) return;
        flush({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => abort.abort();
  }, [gateway, run]);

  const resume = useCallback(() => {
    setRun((r) => ({ from: resumeFrom.current ?? ROSTER_URL, fresh: resumeFrom.current === null, serial: r.serial + 1 }));
  }, []);
  const reload = useCallback(() => {
    resumeFrom.current = null;
    setRun((r) => ({ from: ROSTER_URL, fresh: true, serial: r.serial + 1 }));
  }, []);
  return { ...state, resume, reload };
}
