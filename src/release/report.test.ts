import { describe, expect, it } from 'vitest';
import { makeSeat, row } from '../test/seats';
import { releaseChange, releasedSeat, releasedSince, reportSeat, restoreChange, type ReleaseReport } from './report';
import { isAdminSeat, likelyIdleSelection, releasability } from './eligibility';
import { refusalOf } from './outcome';

const lightAgent = { kind: 'light-agent', roleId: 77, roleName: 'Light agent' } as const;

describe('role changes of a release', () => {
  it('to end user frees the seat; to light agent keeps the user as an agent with the Light agent role', () => {
    const seat = makeSeat({ id: 5, customRoleId: 12, roleType: 0 });
    expect(releaseChange(seat, { kind: 'end-user' })).toEqual({ id: 5, role: 'end-user', customRoleId: null });
    expect(releaseChange(seat, lightAgent)).toEqual({ id: 5, role: 'agent', customRoleId: 77 });
    expect(releasedSeat(seat, { kind: 'end-user' })).toBeNull();
    expect(releasedSeat(seat, lightAgent)).toMatchObject({ id: 5, role: 'agent', roleType: 1, customRoleId: 77 });
  });

  it('Restore puts back the role and the custom role the seat had', () => {
    expect(restoreChange(makeSeat({ id: 5, customRoleId: 12 }))).toEqual({ id: 5, role: 'agent', customRoleId: 12 });
    expect(restoreChange(makeSeat({ id: 6, role: 'admin', roleType: 4, customRoleId: null }))).toEqual({ id: 6, role: 'admin', customRoleId: null });
  });
});

describe('released seats a snapshot counts', () => {
  const report = (startedAt: number, outcomes: ('done' | 'refused' | 'restored')[]): ReleaseReport => ({
    id: String(startedAt),
    startedAt,
    finishedAt: startedAt + 1,
    target: { kind: 'end-user' },
    cancelled: false,
    seats: outcomes.map((o, i) => ({
      ...reportSeat(row({ id: i + 1 }), null),
      outcome: o === 'refused' ? { code: 'refused', refusal: refusalOf('RecordInvalid', null, 422) } : { code: 'done' },
      restore: o === 'restored' ? { code: 'done' } : null,
    })),
  });

  it('counts released seats not put back, in reports within the window', () => {
    const reports = [report(2_000, ['done', 'refused', 'restored', 'done']), report(500, ['done'])];
    expect(releasedSince(reports, 1_000)).toBe(2);
    expect(releasedSince(reports, 0)).toBe(3);
  });
});

describe('who may be released, and how', () => {
  it('plain paid agents in bulk; admins and exempt seats only from their own panel; seats without a paid seat never', () => {
    expect(releasability(row({ role: 'agent' }))).toEqual({ code: 'bulk' });
    expect(releasability(row({ role: 'admin' }))).toEqual({ code: 'own-panel', why: 'admin' });
    expect(isAdminSeat(row({ role: 'agent', roleType: 5 }))).toBe(true);
    expect(releasability(row({ role: 'agent', roleType: 1 }))).toEqual({ code: 'no', why: 'not-paid' });
  });

  it('"select all likely idle" takes the idle seats a bulk selection may hold', () => {
    const idle = row({ id: 1, lastLoginAt: null, createdAt: 0 });
    const active = row({ id: 2 });
    const idleAdmin = row({ id: 3, role: 'admin', lastLoginAt: null, createdAt: 0 });
    expect(idle.verdict.idle && idleAdmin.verdict.idle).toBe(true);
    expect(likelyIdleSelection([idle, active, idleAdmin])).toEqual([1]);
  });
});

describe('refusals in Zendesk words', () => {
  it("recognises the owner by Zendesk's own words, and keeps them", () => {
    expect(refusalOf('RecordInvalid', 'Role cannot be changed for the account owner', 422)).toEqual({
      reason: 'owner',
      code: 'RecordInvalid',
      detail: 'Role cannot be changed for the account owner',
    });
    expect(refusalOf('RecordInvalid', 'Custom role is invalid', 422).reason).toBe('invalid');
    expect(refusalOf('Forbidden', null, 403).reason).toBe('forbidden');
    expect(refusalOf('RecordNotFound', null, 404).reason).toBe('not-found');
  });
});
