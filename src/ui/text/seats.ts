/** The words of seat classes, their rules and doubts, and idle reasons (codes from src/seats/). */
import type { SeatClass, SeatClassInfo, SeatClassUncertainty } from '../../seats/classes';
import type { IdleReason } from '../../seats/idle';

export const SEAT_CLASS_WORDS: Readonly<Record<SeatClass, string>> = {
  paid: 'Paid agent seat',
  light: 'Light agent',
  contributor: 'Contributor',
  chat_only: 'Chat-only agent',
  shared: 'Shared agent',
};

const RULES: Readonly<Record<SeatClass, string>> = {
  shared: 'A shared agent works in another Zendesk account through ticket sharing and takes no seat in this one.',
  light: 'Light agents do not take a paid seat (they count against the plan’s light-agent allowance).',
  contributor: 'Contributors (chat agents added to Support as contributors) do not take a paid Support seat.',
  chat_only: 'A chat-only agent is an agent in Zendesk Chat and takes a paid agent seat.',
  paid: 'Admins, billing admins, agents and custom-role agents each take a paid agent seat.',
};

/** The billing rule behind the class, in the admin's words. */
export function seatClassRuleText(info: Pick<SeatClassInfo, 'seatClass' | 'heldWhileSuspended'>): string {
  const suspended = info.heldWhileSuspended ? ' Suspended, it still holds the seat until downgraded to an end user.' : '';
  return RULES[info.seatClass] + suspended;
}

/** What the Support API cannot tell about the class. */
export function uncertaintyText(uncertainty: SeatClassUncertainty): string {
  switch (uncertainty.code) {
    case 'light-other-roles':
      return 'A light agent who is also a Chat agent, Guide manager or Explore editor/admin does take a seat; the Support API does not show those roles.';
    case 'contributor-explore':
      return 'A contributor who is also an Explore editor/admin does take a seat; the Support API does not show that role.';
    case 'chat-activity-unseen':
      return 'Chat activity is not visible through the Support API: sign-ins and ticket interactions may understate it.';
    case 'unknown-role-type':
      return `Unknown role type ${uncertainty.roleType}: counted as a paid seat, since every agent takes one unless Zendesk says otherwise.`;
  }
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/** The reason in the admin's words. */
export function idleReasonText(reason: IdleReason): string {
  switch (reason.code) {
    case 'never_signed_in':
      return reason.createdDaysAgo === null
        ? 'Never signed in (creation date unknown)'
        : `Never signed in; seat created ${days(reason.createdDaysAgo)} ago`;
    case 'api_only_sign_in':
      return 'API-only sign-in? Recent sign-in but no session and no ticket interaction';
    case 'no_interactions':
      return `No ticket interaction in ${days(reason.idleDays)}`;
    case 'no_sign_in':
      return `No sign-in for ${days(reason.lastSignInDaysAgo)} (threshold ${reason.idleDays})`;
  }
}
