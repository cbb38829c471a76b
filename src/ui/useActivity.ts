import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SeatActivity } from '../seats/idle';
import type { Seat } from '../seats/seat';
import { browserStore } from '../storage/store';
import type { ZendeskGateway } from '../zaf/gateway';
import { loadEngagement, type EngagementPhase, type InteractionCounts, type RosterSource } from '../zendesk/engagement';
import { storeCache, type InteractionCache } from '../zendesk/interactionCache';

/**
 * Connects the engagement review (zendesk/engagement.ts) to the screen, running beside
 * the roster, with Cancel and Count again; turns what it learnt into activity by seat.
 */
export type ActivityPhase = EngagementPhase;

export interface ActivityOptions {
  gateway: ZendeskGateway;
  /** The roster engagement waits on (a new one when the roster is loaded afresh). */
  source: RosterSource;
  /** The seats loaded so far. */
  seats: readonly Seat[];
  idleDays: number;
  now: number;
  subdomain: string;
}

export function useActivity({ gateway, source, seats, idleDays, now, subdomain }: ActivityOptions) {
  const [phase, setPhase] = useState<ActivityPhase>({ kind: 'waiting' });
  const [lastSeen, setLastSeen] = useState<Map<number, number> | null>(null);
  const [interactions, setInteractions] = useState<InteractionCounts | null>(null);
  const [sessionsError, setSessionsError] = useState<string | null>(null);
  /** False when this browser could not keep the counts for the next review (it then counts afresh). */
  const [cacheKept, setCacheKept] = useState(true);
  const [run, setRun] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const stored = useMemo(() => storeCache(browserStore().store, subdomain), [subdomain]);

  useEffect(() => {
    setLastSeen(null);
    setInteractions(null);
    setSessionsError(null);
    setCacheKept(true);
    const controller = new AbortController();
    abort.current = controller;
    let live = true;
    const whileLive =
      <T,>(apply: (value: T) => void) =>
      (value: T) => {
        if (live) apply(value);
      };
    // The counts' save is told back, so the screen can say when they were not kept.
    const cache: InteractionCache = {
      load: () => stored.load(),
      save: (counts) => {
        const kept = stored.save(counts);
        whileLive(setCacheKept)(kept);
        return kept;
      },
    };
    void loadEngagement(gateway, source, {
      idleDays,
      now,
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
  }, [gateway, source, idleDays, now, stored, run]);

  const cancel = useCallback(() => abort.current?.abort(), []);
  const restart = useCallback(() => setRun((r) => r + 1), []);

  const activity = useMemo(() => {
    const byId = new Map<number, SeatActivity>();
    for (const seat of seats) {
      const count = interactions?.counts.get(seat.id);
      const known = count ?? (interactions?.everyone ? 0 : null);
      byId.set(seat.id, { interactions: known, lastSeenAt: lastSeen === null ? undefined : (lastSeen.get(seat.id) ?? null) });
    }
    return byId;
  }, [seats, interactions, lastSeen]);

  return { phase, activity, sessionsError, cacheKept, cancel, restart };
}
