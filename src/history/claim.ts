/**
 * Who runs the day's unattended review: pure rules over the day's record (the claim in
 * Zendesk, shared by every admin) and this browser's note of the run it took (shared by
 * its tabs). Zendesk's record decides between admins and browsers: a claim is a token,
 * the last write wins, and a claim is finished once the day has a snapshot recorded at or
 * after it (sent, failed or not configured: whatever the run ended with). A claim nobody
 * finished is left to its taker for the lease, then anyone may take it over; the running
 * tab renews it in Zendesk every few minutes (CLAIM_BEAT_MS), so a run closed mid-way frees
 * the day for everyone within the lease, and its taker's browser takes it back at once when
 * no tab of it is still running it (its heartbeat in the browser note went quiet).
 */
import type { DayClaim, DayRecord } from './record';

/** How long a claim keeps others away since it was last renewed: several renewals missed. */
export const CLAIM_LEASE_MS = 10 * 60 * 1000;
/** How often the running tab renews its claim in Zendesk (a read and a write). */
export const CLAIM_BEAT_MS = 3 * 60 * 1000;
/** How often a running tab says so in the browser note. */
export const BEAT_MS = 10_000;
/** A note not touched for this long belongs to a tab that is gone (closed, reloaded). */
export const BEAT_STALE_MS = 45_000;

/** This browser's note of the claim it took (its tabs share it; never sent anywhere). */
export interface LocalRun {
  day: string;
  token: string;
  /** Epoch ms of the last heartbeat of the tab running it; 0 once it ended. */
  beat: number;
  /** Which tab runs it: two tabs racing in one browser keep the last one's. */
  tab: string;
  done: boolean;
}

export type ClaimVerdict =
  /** The day has its snapshot (or its failure) recorded after the claim: nothing to do. */
  | { code: 'finished' }
  /** Nobody claimed the day. */
  | { code: 'free' }
  /** Another admin or browser holds a live claim. */
  | { code: 'taken'; claim: DayClaim }
  /** Another tab of this browser is running this claim now. */
  | { code: 'running-here' }
  /** This browser took the claim and stopped before the end (closed mid-run): take it back now. */
  | { code: 'resume'; claim: DayClaim }
  /** A claim left unfinished past its lease: anyone may take it over. */
  | { code: 'stale'; claim: DayClaim };

export function isFinished(record: DayRecord | null): boolean {
  const claim = record?.claim;
  const snapshot = record?.snapshot;
  if (!claim || !snapshot) return false;
  const taken = Date.parse(claim.at);
  const ended = Date.parse(snapshot.at);
  return Number.isFinite(taken) && Number.isFinite(ended) && ended >= taken;
}

export function claimVerdict(
  record: DayRecord | null,
  options: { now: number; userId: number; local: LocalRun | null; leaseMs?: number; beatStaleMs?: number },
): ClaimVerdict {
  const claim = record?.claim ?? null;
  if (claim === null) return { code: 'free' };
  if (isFinished(record)) return { code: 'finished' };
  const { local, now } = options;
  const mine = claim.byId === options.userId && local !== null && local.day === record?.day && local.token === claim.token;
  if (mine) return !local.done && now - local.beat < (options.beatStaleMs ?? BEAT_STALE_MS) ? { code: 'running-here' } : { code: 'resume', claim };
  const age = now - Date.parse(claim.at);
  // A claim dated in the future (another admin's clock runs fast) is live too.
  return Number.isFinite(age) && age >= (options.leaseMs ?? CLAIM_LEASE_MS) ? { code: 'stale', claim } : { code: 'taken', claim };
}

/** A day's run as this browser keeps it, or null if the note is not one. */
export function parseLocalRun(raw: string | null): LocalRun | null {
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as Partial<LocalRun> | null;
    if (v && typeof v.day === 'string' && typeof v.token === 'string' && typeof v.beat === 'number' && typeof v.tab === 'string') {
      return { day: v.day, token: v.token, beat: v.beat, tab: v.tab, done: v.done === true };
    }
  } catch {
    // Not ours: as if there were none.
  }
  return null;
}
