import { describe, expect, it } from 'vitest';
import { makeSeat } from '../test/seats';
import { classifySeat, type SeatClass, type SeatClassUncertainty } from './classes';
import type { Seat } from './seat';

/** The uncertainty code each table row's doubt must carry (null = none). */
const UNCERTAINTY: Record<'light' | 'contributor' | 'chat_only' | 'unknown', SeatClassUncertainty> = {
  light: { code: 'light-other-roles' },
  contributor: { code: 'contributor-explore' },
  chat_only: { code: 'chat-activity-unseen' },
  unknown: { code: 'unknown-role-type', roleType: 7 },
};

type Uncertainty = keyof typeof UNCERTAINTY | null;

/**
 * Role × role_type × chat_only, with the class each must get when the seat is not a
 * shared agent. Written out by hand: the billing rule, row by row.
 */
const TABLE: [Seat['role'], number | null, boolean | null, SeatClass, Uncertainty][] = [
  // role_type 0: custom role agent
  ['agent', 0, false, 'paid', null],
  ['agent', 0, null, 'paid', null],
  ['agent', 0, true, 'chat_only', 'chat_only'],
  ['admin', 0, false, 'paid', null],
  // role_type 1: light agent, whatever the chat flag says
  ['agent', 1, false, 'light', 'light'],
  ['agent', 1, null, 'light', 'light'],
  ['agent', 1, true, 'light', 'light'],
  ['admin', 1, false, 'light', 'light'],
  // role_type 2: chat agent, even without the chat_only flag
  ['agent', 2, false, 'chat_only', 'chat_only'],
  ['agent', 2, null, 'chat_only', 'chat_only'],
  ['agent', 2, true, 'chat_only', 'chat_only'],
  ['admin', 2, false, 'chat_only', 'chat_only'],
  // role_type 3: contributor, whatever the chat flag says
  ['agent', 3, false, 'contributor', 'contributor'],
  ['agent', 3, null, 'contributor', 'contributor'],
  ['agent', 3, true, 'contributor', 'contributor'],
  ['admin', 3, false, 'contributor', 'contributor'],
  // role_type 4 and 5: admin, billing admin
  ['admin', 4, false, 'paid', null],
  ['admin', 4, null, 'paid', null],
  ['admin', 4, true, 'chat_only', 'chat_only'],
  ['agent', 4, false, 'paid', null],
  ['admin', 5, false, 'paid', null],
  ['admin', 5, null, 'paid', null],
  ['admin', 5, true, 'chat_only', 'chat_only'],
  ['agent', 5, false, 'paid', null],
  // role_type null: plain agents and admins on accounts without custom roles
  ['agent', null, false, 'paid', null],
  ['agent', null, null, 'paid', null],
  ['agent', null, true, 'chat_only', 'chat_only'],
  ['admin', null, false, 'paid', null],
  ['admin', null, null, 'paid', null],
  ['admin', null, true, 'chat_only', 'chat_only'],
  // an unknown role type: still a paid seat, and said to be a guess
  ['agent', 7, false, 'paid', 'unknown'],
  ['agent', 7, null, 'paid', 'unknown'],
  ['agent', 7, true, 'chat_only', 'chat_only'],
];

const PAID: Record<SeatClass, boolean> = { paid: true, chat_only: true, light: false, contributor: false, shared: false };

function seatOf(role: Seat['role'], roleType: number | null, chatOnly: boolean | null, more: Partial<Seat> = {}): Seat {
  return makeSeat({ role, roleType, chatOnly, ...more });
}

describe('classifySeat: role and role type', () => {
  describe.each([false, null] as const)('shared_agent %j', (sharedAgent) => {
    describe.each([false, true])('suspended %j', (suspended) => {
      it.each(TABLE)('%s, role_type %j, chat_only %j → %s', (role, roleType, chatOnly, seatClass, uncertainty) => {
        const info = classifySeat(seatOf(role, roleType, chatOnly, { sharedAgent, suspended }));
        expect(info.seatClass).toBe(seatClass);
        expect(info.paid).toBe(PAID[seatClass]);
        expect(info.heldWhileSuspended).toBe(PAID[seatClass] && suspended);
        expect(info.uncertainty).toEqual(uncertainty === null ? null : UNCERTAINTY[uncertainty]);
      });
    });
  });

  it.each([6, 8, 99, -1])('role_type %j is unknown too: a paid seat with its number in the uncertainty', (roleType) => {
    const info = classifySeat(seatOf('agent', roleType, false));
    expect(info).toMatchObject({ seatClass: 'paid', paid: true });
    expect(info.uncertainty).toEqual({ code: 'unknown-role-type', roleType });
  });

  it('an admin with an unknown role type still holds a paid seat', () => {
    expect(classifySeat(seatOf('admin', 7, false))).toMatchObject({ seatClass: 'paid', paid: true });
    expect(classifySeat(seatOf('admin', 7, null))).toMatchObject({ seatClass: 'paid', paid: true });
  });
});

describe('classifySeat: shared agents', () => {
  it.each(TABLE)('%s, role_type %j, chat_only %j, shared_agent true → shared, no seat here', (role, roleType, chatOnly) => {
    for (const suspended of [false, true]) {
      expect(classifySeat(seatOf(role, roleType, chatOnly, { sharedAgent: true, suspended }))).toEqual({
        seatClass: 'shared',
        paid: false,
        heldWhileSuspended: false,
        uncertainty: null,
      });
    }
  });

  it('an admin with an unknown role type shared from another account → shared', () => {
    expect(classifySeat(seatOf('admin', 7, false, { sharedAgent: true }))).toMatchObject({ seatClass: 'shared', paid: false });
  });

  it('the ticket-sharing "shared" flag alone does not make a shared agent', () => {
    expect(classifySeat(makeSeat({ shared: true, sharedAgent: false }))).toMatchObject({ seatClass: 'paid', paid: true });
    expect(classifySeat(makeSeat({ shared: true, sharedAgent: null }))).toMatchObject({ seatClass: 'paid', paid: true });
  });
});

describe('classifySeat: suspended agents keep their seat', () => {
  it.each<[Seat['role'], number | null]>([
    ['agent', null],
    ['admin', null],
    ['agent', 0],
    ['admin', 4],
    ['admin', 5],
    ['agent', 7],
  ])('a suspended %s with role_type %j is a paid seat it still holds', (role, roleType) => {
    const active = classifySeat(seatOf(role, roleType, false, { suspended: false }));
    const suspended = classifySeat(seatOf(role, roleType, false, { suspended: true }));
    expect(suspended).toMatchObject({ seatClass: 'paid', paid: true, heldWhileSuspended: true });
    expect(active.heldWhileSuspended).toBe(false);
    expect(suspended.uncertainty).toEqual(active.uncertainty);
  });

  it.each<[number, SeatClass]>([
    [1, 'light'],
    [3, 'contributor'],
  ])('a suspended role_type %j stays %s: no paid seat, same rule as when active', (roleType, seatClass) => {
    const active = classifySeat(seatOf('agent', roleType, false, { suspended: false }));
    const suspended = classifySeat(seatOf('agent', roleType, false, { suspended: true }));
    expect(suspended).toEqual(active);
    expect(suspended).toMatchObject({ seatClass, paid: false });
  });

  it('a suspended chat-only agent still holds a paid seat', () => {
    expect(classifySeat(seatOf('agent', 2, true, { suspended: true }))).toMatchObject({ seatClass: 'chat_only', paid: true });
  });
});
