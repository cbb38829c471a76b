import { describe, expect, it } from 'vitest';
import { daysAgo, makeEngagement, makeRules, makeSeat } from '../../test/seats';
import { classifySeat, type SeatClass } from '../../seats/classes';
import { idleVerdict, UNKNOWN_ENGAGEMENT, type IdleReason, type SeatEngagement } from '../../seats/idle';
import type { Seat } from '../../seats/seat';
import { idleReasonText, seatClassRuleText, seatClassWords, uncertaintyText } from './seats';

const interactions = (n: number, lastSeenAt?: number | null): SeatEngagement => makeEngagement({ interactions: n, lastSeenAt });

describe('seatClassWords', () => {
  it('names every class in the admin’s words', () => {
    const classes: SeatClass[] = ['paid', 'light', 'contributor', 'chat_only', 'shared'];
    expect(Object.fromEntries(classes.map((c) => [c, seatClassWords(c)]))).toEqual({
      paid: 'Paid agent seat',
      light: 'Light agent',
      contributor: 'Contributor',
      chat_only: 'Chat-only agent',
      shared: 'Shared agent',
    });
  });
});

describe('seatClassRuleText', () => {
  it.each<[SeatClass, string]>([
    ['paid', 'Admins, billing admins, agents and custom-role agents each take a paid agent seat.'],
    ['light', 'Light agents do not take a paid seat (they count against the plan’s light-agent allowance).'],
    ['contributor', 'Contributors (chat agents added to Support as contributors) do not take a paid Support seat.'],
    ['chat_only', 'A chat-only agent is an agent in Zendesk Chat and takes a paid agent seat.'],
    ['shared', 'A shared agent works in another Zendesk account through ticket sharing and takes no seat in this one.'],
  ])('%s → "%s"', (seatClass, expected) => {
    expect(seatClassRuleText({ seatClass, heldWhileSuspended: false })).toBe(expected);
  });

  it('a suspended paid seat: the rule says it still holds it', () => {
    const info = classifySeat(makeSeat({ roleType: 4, role: 'admin', suspended: true }));
    expect(seatClassRuleText(info)).toBe(
      'Admins, billing admins, agents and custom-role agents each take a paid agent seat. Suspended, it still holds the seat until downgraded to an end user.',
    );
    expect(seatClassRuleText(classifySeat(makeSeat({ roleType: 2, suspended: true })))).toBe(
      'A chat-only agent is an agent in Zendesk Chat and takes a paid agent seat. Suspended, it still holds the seat until downgraded to an end user.',
    );
  });
});

describe('uncertaintyText', () => {
  it.each<[Partial<Seat>, string]>([
    [
      { roleType: 1 },
      'A light agent who is also a Chat agent, Guide manager or Explore editor/admin does take a seat; the Support API does not show those roles.',
    ],
    [{ roleType: 3 }, 'A contributor who is also an Explore editor/admin does take a seat; the Support API does not show that role.'],
    [{ roleType: 2 }, 'Chat activity is not visible through the Support API: sign-ins and ticket interactions may understate it.'],
    [{ roleType: 7 }, 'Unknown role type 7: counted as a paid seat, since every agent takes one unless Zendesk says otherwise.'],
  ])('%j → "%s"', (seat, expected) => {
    const { uncertainty } = classifySeat(makeSeat(seat));
    expect(uncertainty && uncertaintyText(uncertainty)).toBe(expected);
  });
});

describe('idleReasonText', () => {
  it.each<[IdleReason, string]>([
    [{ code: 'never_signed_in', createdDaysAgo: 45 }, 'Never signed in; seat created 45 days ago'],
    [{ code: 'never_signed_in', createdDaysAgo: 0 }, 'Never signed in; seat created 0 days ago'],
    [{ code: 'never_signed_in', createdDaysAgo: null }, 'Never signed in (creation date unknown)'],
    [{ code: 'no_sign_in', idleDays: 30, lastSignInDaysAgo: 31 }, 'No sign-in for 31 days (threshold 30)'],
    [{ code: 'no_sign_in', idleDays: 90, lastSignInDaysAgo: 400 }, 'No sign-in for 400 days (threshold 90)'],
    [{ code: 'no_sign_in', idleDays: 0, lastSignInDaysAgo: 1 }, 'No sign-in for 1 day (threshold 0)'],
    [{ code: 'no_sign_in', idleDays: 0, lastSignInDaysAgo: 2 }, 'No sign-in for 2 days (threshold 0)'],
    [{ code: 'no_interactions', idleDays: 30 }, 'No ticket interaction in 30 days'],
    [{ code: 'no_interactions', idleDays: 365 }, 'No ticket interaction in 365 days'],
    [{ code: 'api_only_sign_in', lastSignInDaysAgo: 3 }, 'API-only sign-in? Recent sign-in but no session and no ticket interaction'],
    [{ code: 'api_only_sign_in', lastSignInDaysAgo: 1 }, 'API-only sign-in? Recent sign-in but no session and no ticket interaction'],
  ])('%j → "%s"', (reason, expected) => {
    expect(idleReasonText(reason)).toBe(expected);
  });

  it.each<[string, Seat, SeatEngagement, string[]]>([
    ['no sign-in', makeSeat({ lastLoginAt: daysAgo(61) }), UNKNOWN_ENGAGEMENT, ['No sign-in for 61 days (threshold 60)']],
    [
      'no sign-in, no interaction',
      makeSeat({ lastLoginAt: daysAgo(61) }),
      interactions(0),
      ['No sign-in for 61 days (threshold 60)', 'No ticket interaction in 60 days'],
    ],
    ['never signed in', makeSeat({ lastLoginAt: null, createdAt: daysAgo(70) }), UNKNOWN_ENGAGEMENT, ['Never signed in; seat created 70 days ago']],
    [
      'API-only sign-in',
      makeSeat({ lastLoginAt: daysAgo(5) }),
      interactions(0, null),
      ['API-only sign-in? Recent sign-in but no session and no ticket interaction'],
    ],
  ])('describes what idleVerdict produced (%s)', (_label, seat, engagement, expected) => {
    expect(idleVerdict(seat, makeRules({ idleDays: 60 }), engagement).reasons.map(idleReasonText)).toEqual(expected);
  });
});
