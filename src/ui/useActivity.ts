import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { classifySeat } from '../seats/classes';
import type { SeatActivity } from '../seats/idle';
import type { Seat } from '../seats/seat';
import { AbortedError, type ZendeskGateway } from '../zaf/gateway';
import { RateGate } from '../zaf/rateGate';
import { interactionsFromSearch, interactionsFromTicketEvents, lastSeenBySession, probeTicketEvents } from '../zendesk/activity';
import { chooseStrategy, pacedSeconds, type StrategyPlan } from '../zendesk/strategy';

/**
 * Connects engagement data to the screen once the roster is in: sessions first (cheap),
 * then ticket interactions by the strategy with fewer requests, with progress, an ETA
 * and Cancel. Whatever did not finish stays unknown, never zero.
 */
export type ActivityPhase =
  | { kind: 'waiting' }
  | { kind: 'sessions' }
  | { kind: 'probing' }
  | { kind: 'loading'; plan: StrategyPlan; done: number; total: number; etaSeconds: number }
  | { kind: 'done'; plan: StrategyPlan | null }
  | { kind: 'cancelled'; plan: StrategyPlan | null }
  | { kind: 'failed'; plan: StrategyPlan | null; error: string };

export interface ActivityOptions {
  gateway: ZendeskGateway;
  /** The roster, once fully loaded; null while it loads. */
  seats: readonly Seat[] | null;
  idleDays: number;
  now: number;
  /** The plan's limit from X-Rate-Limit; null if Zendesk did not say. */
  rateLimit: number | null;
}

/** Team plan's 200 a minute: the lowest, assumed when Zendesk does not say. */
const FALLBACK_RATE_LIMIT = 200;
const EXPORT_PER_MINUTE = 10;
/** Search may use half the plan's budget: agents at work share it. */
const SEARCH_SHARE = 0.5;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function useActivity({ gateway, seats, idleDays, now, rateLimit }: ActivityOptions) {
  const [phase, setPhase] = useState<ActivityPhase>({ kind: 'waiting' });
  const [lastSeen, setLastSeen] = useState<Map<number, number> | null>(null);
  /** `everyone`: the export covers every user, so a missing count is zero; search counts only the seats it asked about. */
  const [interactions, setInteractions] = useState<{ counts: Map<number, number>; everyone: boolean } | null>(null);
  const [run, setRun] = useState(0);
  const [sessionsError, setSessionsError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    if (seats === null) {
      setPhase({ kind: 'waiting' });
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    const { signal } = controller;
    let plan: StrategyPlan | null = null;
    setLastSeen(null);
    setInteractions(null);
    setSessionsError(null);

    (async () => {
      try {
        setPhase({ kind: 'sessions' });
        try {
          setLastSeen(await lastSeenBySession(gateway, { signal }));
        } catch (error) {
          // Without sessions, last seen stays unknown; interactions can still be counted.
          if (error instanceof AbortedError || signal.aborted) throw error;
          setSessionsError(error instanceof Error ? error.message : String(error));
        }

        setPhase({ kind: 'probing' });
        const windowSeconds = idleDays * 86_400;
        const sinceUnix = Math.floor(now / 1000) - windowSeconds;
        const exportGate = new RateGate(EXPORT_PER_MINUTE);
        const probe = await probeTicketEvents(gateway, sinceUnix, { signal, gate: exportGate });
        const paidSeats = seats.filter((s) => !s.suspended && classifySeat(s).paid).map((s) => s.id);
        plan = chooseStrategy({
          seats: paidSeats.length,
          windowSeconds,
          probe: { events: probe.events.length, spanSeconds: (probe.endTime ?? sinceUnix) - sinceUnix, endOfStream: probe.endOfStream },
          rateLimitPerMinute: rateLimit ?? FALLBACK_RATE_LIMIT,
          exportPerMinute: EXPORT_PER_MINUTE,
          searchShare: SEARCH_SHARE,
        });
        const chosen = plan;
        setPhase({ kind: 'loading', plan: chosen, done: 0, total: chosen.requests, etaSeconds: chosen.etaSeconds });

        if (chosen.strategy === 'ticket-events') {
          const counts = await interactionsFromTicketEvents(gateway, sinceUnix, probe, {
            signal,
            gate: exportGate,
            onProgress: ({ pages }) => {
              const done = Math.min(chosen.requests, pages - 1);
              const left = Math.max(0, chosen.requests - done);
              setPhase({ kind: 'loading', plan: chosen, done, total: chosen.requests, etaSeconds: pacedSeconds(left, chosen.perMinute) });
            },
          });
          setInteractions({ counts, everyone: true });
        } else {
          const counts = new Map<number, number>();
          await interactionsFromSearch(gateway, paidSeats, isoDay(now - windowSeconds * 1000), {
            signal,
            gate: new RateGate(chosen.perMinute),
            onCount: (id, count) => {
              counts.set(id, count);
              setInteractions({ counts: new Map(counts), everyone: false });
              const left = chosen.requests - counts.size;
              setPhase({ kind: 'loading', plan: chosen, done: counts.size, total: chosen.requests, etaSeconds: Math.ceil((left / chosen.perMinute) * 60) });
            },
          });
        }
        setPhase({ kind: 'done', plan: chosen });
      } catch (error) {
        if (error instanceof AbortedError || signal.aborted) {
          if (!signal.reason || signal.reason === 'cancel') setPhase({ kind: 'cancelled', plan });
          return;
        }
        setPhase({ kind: 'failed', plan, error: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => controller.abort('unmount');
  }, [gateway, seats, idleDays, now, rateLimit, run]);

  const cancel = useCallback(() => abort.current?.abort('cancel'), []);
  const restart = useCallback(() => setRun((r) => r + 1), []);

  const activity = useMemo(() => {
    const byId = new Map<number, SeatActivity>();
    if (seats === null) return byId;
    for (const seat of seats) {
      const count = interactions?.counts.get(seat.id);
      const known = count ?? (interactions?.everyone ? 0 : null);
      byId.set(seat.id, { interactions: known, lastSeenAt: lastSeen === null ? undefined : (lastSeen.get(seat.id) ?? null) });
    }
    return byId;
  }, [seats, interactions, lastSeen]);

  return { phase, activity, sessionsError, cancel, restart };
}
