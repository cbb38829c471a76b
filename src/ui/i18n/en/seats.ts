/** English: seat classes, their billing rules and doubts, idle reasons. */
import { plural } from '../format';

const days = (n: number): string => plural(n, { one: '# day', other: '# days' });

export default {
  classPaid: 'Paid agent seat',
  classLight: 'Light agent',
  classContributor: 'Contributor',
  classChatOnly: 'Chat-only agent',
  classShared: 'Shared agent',
  ruleShared: 'A shared agent works in another Zendesk account through ticket sharing and takes no seat in this one.',
  ruleLight: 'Light agents do not take a paid seat (they count against the plan’s light-agent allowance).',
  ruleContributor: 'Contributors (chat agents added to Support as contributors) do not take a paid Support seat.',
  ruleChatOnly: 'A chat-only agent is an agent in Zendesk Chat and takes a paid agent seat.',
  rulePaid: 'Admins, billing admins, agents and custom-role agents each take a paid agent seat.',
  heldWhileSuspended: 'Suspended, it still holds the seat until downgraded to an end user.',
  doubtLightOtherRoles:
    'A light agent who is also a Chat agent, Guide manager or Explore editor/admin does take a seat; the Support API does not show those roles.',
  doubtContributorExplore: 'A contributor who is also an Explore editor/admin does take a seat; the Support API does not show that role.',
  doubtChatActivity: 'Chat activity is not visible through the Support API: sign-ins and ticket interactions may understate it.',
  doubtUnknownRoleType: (roleType: number): string =>
    `Unknown role type ${roleType}: counted as a paid seat, since every agent takes one unless Zendesk says otherwise.`,
  neverSignedInUnknownCreated: 'Never signed in (creation date unknown)',
  neverSignedIn: (createdDaysAgo: number): string => `Never signed in; seat created ${days(createdDaysAgo)} ago`,
  apiOnlySignIn: 'API-only sign-in? Recent sign-in but no session and no ticket interaction',
  noInteractions: (idleDays: number): string => `No ticket interaction in ${days(idleDays)}`,
  noSignIn: (lastSignInDaysAgo: number, idleDays: number): string => `No sign-in for ${days(lastSignInDaysAgo)} (threshold ${idleDays})`,
};
