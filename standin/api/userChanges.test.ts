import { describe, expect, it } from 'vitest';
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { generateAccount } from '../demo/account';
import { CHAT_AGENT_ROLE_ID, LIGHT_AGENT_ROLE_ID } from '../demo/build';
import { changeUser, OWNER_ROLE_REFUSAL } from './userChanges';

const account = generateAccount({ now: '2025-06-01T12:00:00Z', seats: 60, endUsers: 5 });
const NOW = Date.parse('2025-06-02T08:30:00Z');
const find = (test: (u: ZendeskUserWire) => boolean): ZendeskUserWire => {
  const user = account.users.find((u) => u.id !== account.ownerId && test(u));
  if (!user) throw new Error('no such user in the demo account');
  return user;
};
const agent = find((u) => u.role === 'agent' && u.role_type === null && u.ticket_restriction === null);
const light = find((u) => u.role_type === 1);
const admin = find((u) => u.role === 'admin');
const endUser = find((u) => u.role === 'end-user');

describe('changeUser', () => {
  it('to end user: the end user role fields, a new updated_at, and a release that hands tickets over', () => {
    const out = changeUser(agent, { role: 'end-user', name: 'ignored' }, account.ownerId, NOW);
    expect(out).toMatchObject({ ok: true, release: 'end-user' });
    if (!out.ok) return;
    expect(out.user).toEqual({
      ...agent,
      role: 'end-user',
      role_type: null,
      custom_role_id: null,
      default_group_id: null,
      moderator: false,
      ticket_restriction: 'requested',
      only_private_comments: false,
      restricted_agent: true,
      chat_only: false,
      updated_at: '2025-06-02T08:30:00Z',
    });
    expect(agent.role).toBe('agent'); // the record itself is left alone
  });

  it('a custom role alone makes an agent of that role; role_type follows the role', () => {
    const out = changeUser(admin, { custom_role_id: LIGHT_AGENT_ROLE_ID }, account.ownerId, NOW);
    expect(out).toMatchObject({ ok: true, release: 'light-agent', user: { role: 'agent', role_type: 1, custom_role_id: LIGHT_AGENT_ROLE_ID } });
    expect(changeUser(agent, { role: 'agent', custom_role_id: CHAT_AGENT_ROLE_ID }, account.ownerId, NOW)).toMatchObject({
      ok: true,
      release: null,
      user: { role_type: 2, chat_only: true, restricted_agent: true },
    });
    expect(changeUser(light, { role: 'agent', custom_role_id: LIGHT_AGENT_ROLE_ID }, account.ownerId, NOW)).toMatchObject({
      ok: true,
      user: light,
      release: null,
    });
  });

  it('restores: an end user back to agent (no custom role, every ticket visible) or admin', () => {
    expect(changeUser(endUser, { role: 'agent' }, account.ownerId, NOW)).toMatchObject({
      ok: true,
      release: null,
      user: { role: 'agent', role_type: null, custom_role_id: null, ticket_restriction: null, restricted_agent: false },
    });
    expect(changeUser(endUser, { role: 'admin' }, account.ownerId, NOW)).toMatchObject({
      ok: true,
      user: { role: 'admin', role_type: 4, moderator: true },
    });
    expect(changeUser(endUser, { role: 'end-user' }, account.ownerId, NOW)).toMatchObject({ ok: true, user: endUser, release: null });
  });

  it('refuses unknown roles and custom roles, and any role change of the owner', () => {
    const owner = account.users.find((u) => u.id === account.ownerId) as ZendeskUserWire;
    expect(changeUser(owner, { role: 'end-user' }, account.ownerId, NOW)).toMatchObject({
      ok: false,
      error: 'RecordInvalid',
      details: OWNER_ROLE_REFUSAL,
    });
    expect(changeUser(owner, { role: 'admin' }, account.ownerId, NOW)).toMatchObject({ ok: true, user: owner });
    const badRole = changeUser(agent, { role: 'owner' }, account.ownerId, NOW);
    expect(badRole).toMatchObject({
      ok: false,
      result: { status: 422, body: { error: 'RecordInvalid', details: { role: [{ error: 'InvalidValue' }] } } },
    });
    expect(changeUser(agent, { custom_role_id: 'x' }, account.ownerId, NOW)).toMatchObject({
      ok: false,
      result: { body: { details: { custom_role_id: [{}] } } },
    });
  });
});
