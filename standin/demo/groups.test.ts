import { describe, expect, it } from 'vitest';
import { generateAccount } from './account';
import { DEFAULT_GROUP_NAME, TEAM_COUNT, demoGroups, groupsOf } from './groups';

describe('demo groups', () => {
  it('gives the account the default group and a few team groups, the same for the same seed', () => {
    const groups = demoGroups(1);
    expect(groups).toHaveLength(TEAM_COUNT + 1);
    expect(groups[0]?.name).toBe(DEFAULT_GROUP_NAME);
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
    expect(demoGroups(1)).toEqual(groups);
  });

  it('puts every agent and admin in Support and one team; end users in none', () => {
    const account = generateAccount({ seats: 40, endUsers: 5, ticketEvents: 0 });
    const teams = new Set<string>();
    for (const user of account.users) {
      const groups = groupsOf(account.seed, user);
      if (user.role === 'end-user') {
        expect(groups).toEqual([]);
        continue;
      }
      expect(groups.map((g) => g.name)[0]).toBe(DEFAULT_GROUP_NAME);
      expect(groups).toHaveLength(2);
      teams.add(groups[1]?.name ?? '');
      expect(groupsOf(account.seed, user)).toEqual(groups);
    }
    // Spread over the teams, not all in one.
    expect(teams.size).toBeGreaterThan(1);
  });
});
