import { describe, expect, it } from 'vitest';
import { BEAT_STALE_MS, CLAIM_LEASE_MS, claimVerdict, isFinished, parseLocalRun, type LocalRun } from './claim';
import type { DayRecord } from './record';

const DAY = '2026-11-23';
const AT = Date.parse('2026-11-23T06:10:00Z');
const claim = { token: 't1', byId: 7, at: new Date(AT).toISOString() };
const record = (patch: Partial<DayRecord> = {}): DayRecord => ({ day: DAY, figures: null, snapshot: null, run: null, claim, ...patch });
const snapshot = (at: number) => ({ id: 'x', result: 'sent' as const, accepted: 1, parts: 1, at: new Date(at).toISOString() });
const local = (patch: Partial<LocalRun> = {}): LocalRun => ({ day: DAY, token: 't1', beat: AT, tab: 'a', done: false, ...patch });

describe('the day claim', () => {
  it('is finished once a snapshot is recorded at or after it, whoever took it', () => {
    expect(isFinished(record({ snapshot: snapshot(AT + 60_000) }))).toBe(true);
    expect(isFinished(record({ snapshot: snapshot(AT) }))).toBe(true);
    // A snapshot from before the claim (a manual send in the morning) does not finish it.
    expect(isFinished(record({ snapshot: snapshot(AT - 60_000) }))).toBe(false);
    expect(isFinished(record({ claim: null, snapshot: snapshot(AT) }))).toBe(false);
    expect(isFinished(null)).toBe(false);
  });

  it('keeps other admins away for the lease, then lets anyone take it over', () => {
    const other = { userId: 9, local: null };
    expect(claimVerdict(null, { now: AT, ...other })).toEqual({ code: 'free' });
    expect(claimVerdict(record({ claim: null }), { now: AT, ...other })).toEqual({ code: 'free' });
    expect(claimVerdict(record(), { now: AT + CLAIM_LEASE_MS - 1, ...other })).toEqual({ code: 'taken', claim });
    expect(claimVerdict(record(), { now: AT + CLAIM_LEASE_MS, ...other })).toEqual({ code: 'stale', claim });
    expect(claimVerdict(record({ snapshot: snapshot(AT + 1) }), { now: AT + CLAIM_LEASE_MS * 3, ...other })).toEqual({ code: 'finished' });
    // The same admin in another browser (no note of the token here) waits like anyone else.
    expect(claimVerdict(record(), { now: AT + 1000, userId: 7, local: null })).toEqual({ code: 'taken', claim });
    expect(claimVerdict(record(), { now: AT + 1000, userId: 7, local: local({ token: 'other' }) })).toEqual({ code: 'taken', claim });
  });

  it("takes back this browser's own claim at once when no tab runs it any more", () => {
    const me = { userId: 7 };
    expect(claimVerdict(record(), { now: AT + 5_000, ...me, local: local() })).toEqual({ code: 'running-here' });
    expect(claimVerdict(record(), { now: AT + BEAT_STALE_MS, ...me, local: local() })).toEqual({ code: 'resume', claim });
    expect(claimVerdict(record(), { now: AT + 1_000, ...me, local: local({ done: true }) })).toEqual({ code: 'resume', claim });
  });

  it('reads the browser note or ignores it', () => {
    expect(parseLocalRun(JSON.stringify(local()))).toEqual(local());
    expect(parseLocalRun('{"day":1}')).toBeNull();
    expect(parseLocalRun('nope')).toBeNull();
    expect(parseLocalRun(null)).toBeNull();
  });
});
