/**
 * Test helpers for snapshots (never imported by the app): a seat roster reviewed by the
 * real rules, and the JSON Schema validator the stand-in's receiver uses too.
 */
import Ajv2020 from 'ajv/dist/2020';
import { reviewSeats, summarize, type EngagementById, type ReviewedSeat } from '../seats/review';
import type { Seat } from '../seats/seat';
import { makeExemptions, makeRules, makeSeat, NOW } from './seats';
import { buildSnapshot, type Snapshot, type SnapshotInput, type SnapshotPart } from '../snapshot/build';
import schema from '../snapshot/schema.json';
import schemaV1 from '../snapshot/schema-1.json';

export const SNAPSHOT_ID = '3f2b8c1e-6a4d-4e2f-9b1a-0c5d7e8f9a10';

/** The current schema's validator; `version1` for the frozen `zendesk-seat-snapshot/1`. */
export function validator(version: 'current' | 'version1' = 'current') {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(version === 'current' ? schema : schemaV1);
  return (value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`));
}

/** `n` seats with distinct ids (1..n) and emails, alternating active and never signed in. */
export function roster(n: number, overrides: (i: number) => Partial<Seat> = () => ({})): Seat[] {
  return Array.from({ length: n }, (_, i) =>
    makeSeat({ id: i + 1, name: `Agent ${i + 1}`, email: `agent${i + 1}@example.com`, ...(i % 2 ? { lastLoginAt: null } : {}), ...overrides(i) }),
  );
}

export function review(seats: readonly Seat[], engagement?: EngagementById): ReviewedSeat[] {
  return reviewSeats(seats, makeRules(), engagement);
}

export function snapshotInput(seats: readonly Seat[], patch: Partial<SnapshotInput> = {}): SnapshotInput {
  const reviewed = review(seats);
  const seatPrice = patch.seatPrice === undefined ? 55 : patch.seatPrice;
  return {
    reviewed,
    summary: summarize(reviewed, seatPrice),
    rules: { idleDays: 30, graceDays: 14, exempt: makeExemptions({ emails: ['x@example.com'], ids: [7] }) },
    seatPrice,
    subdomain: 'acme',
    appVersion: '0.1.0',
    windowDays: 30,
    now: NOW,
    snapshotId: SNAPSHOT_ID,
    ...patch,
  };
}

export function makeSnapshot(seats: readonly Seat[], patch: Partial<SnapshotInput> = {}): Snapshot {
  return buildSnapshot(snapshotInput(seats, patch));
}

/** A part as an install still on version 1 sends it: no `basis`, no `last_seen_known`. */
export function asVersion1(part: SnapshotPart): unknown {
  return {
    ...part,
    schema: 'zendesk-seat-snapshot/1',
    users: part.users.map(({ basis: _basis, last_seen_known: _known, ...user }) => user),
  };
}
