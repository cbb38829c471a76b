import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SeatActivity } from '../seats/idle';
import type { Seat } from '../seats/seat';
import { browserStore } from '../storage/store';
import type { ZendeskGateway } from '../zaf/gateway';
import { loadEngagement, type EngagementPhase, type InteractionCounts } from '../zendesk/engagement';
import { storeCache } from '../zendesk/interactionCache';

/**
 * Connects the engagement review (zendesk/engagement.ts) to the screen once the roster
 * is in, with Cancel and Count again; turns what it learnt into activity by seat.
 */
export type ActivityPhase = EngagementPhase;

export interface ActivityOptions {
  gateway: ZendeskGateway;
  /** The roster, once fully loaded; null while it loads. */
  seats: readonly Seat[] | null;
  idleDays: number;
  now: number;
  /** The plan's limit from X-Rate-Limit; null if Zendesk did not say. */
  rateLimit: number | null;
  subdomain: string;
}

export function useActivity({ gateway, seats, idleDays, now, rateLimit, subdomain }: ActivityOptions) {
  const [phase, setPhase] = useState<ActivityPhase>({ kind: 'waiting' });
  const [lastSeen, setLastSeen] = useState<Map<number, number> | null>(null);
  const [interactions, setInteractions] = useState<InteractionCounts | null>(null);
  const [sessionsError, setSessionsError] = useState<string | null>(null);
  const [run, setRun] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const cache = useMemo(() => storeCache(browserStore().store, subdomain), [subdomain]);

  useEffect(() => {
    setLastSeen(null);
    setInteractions(null);
    setSessionsError(null);
    if (seats === null) {
      setPhase({ kind: 'waiting' });
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    let live = true;
    const whileLive =
      <T,>(apply: (value: T) => void) =>
      (value: T) => {
        if (live) apply(value);
      };
    void loadEngagement(gateway, seats, {
      idleDays,
      now,
      rateLimit,
      cache,
      signal: controller.signal,
      onPhase: whileLive(setPhase),
      onLastSeen: whileLive(setLastSeen),
      onSessionsError: whileLive(setSessionsError),
      onInteractions: whileLive(setInteractions),
    });
    return () => {
      live = false;
      controller.abort();
    };
  }, [gateway, seats, idleDays, now, rateLimit, cache, run]);

  const cancel = useCallback(() => abort.current?.abort(), []);
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
