/**
 * The demo account's groups: every agent is in "Support" (a Zendesk account's default group,
 * of which every agent is a member unless moved) plus one team group, picked from the seed.
 * Derived, not stored: the same seed and user always give the same groups.
 */
import { createRng } from './prng';

/** A group as ZAF's `currentUser.groups` lists it. */
export interface DemoGroup {
  id: number;
  name: string;
}

/** Ids in Zendesk's range, after the users'. */
export const FIRST_GROUP_ID = 360_000_900_000;
export const DEFAULT_GROUP_NAME = 'Support';
const TEAM_NAMES = ['Billing', 'Technical', 'Onboarding', 'Escalations', 'VIP'] as const;
/** Team groups an account has besides the default one. */
export const TEAM_COUNT = 3;

/** The account's groups, default first: the same seed, the same groups. */
export function demoGroups(seed: number): DemoGroup[] {
  const teams = createRng(seed ^ 0x67726f75)
    .shuffle([...TEAM_NAMES])
    .slice(0, TEAM_COUNT)
    .sort();
  return [DEFAULT_GROUP_NAME, ...teams].map((name, i) => ({ id: FIRST_GROUP_ID + i * 1000, name }));
}

/** The groups a user belongs to: none for an end user; the default group and one team for agents and admins. */
export function groupsOf(seed: number, user: { id: number; role?: string | null }): DemoGroup[] {
  if (user.role !== 'agent' && user.role !== 'admin') return [];
  const groups = demoGroups(seed);
  const team = createRng((seed ^ user.id) >>> 0).int(1, groups.length - 1);
  return [groups[0], groups[team]].filter((g): g is DemoGroup => g !== undefined);
}
