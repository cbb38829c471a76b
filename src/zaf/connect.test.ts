import { describe, expect, it, vi } from 'vitest';
import { FakeZafClient } from '../test/fakeZafClient';
import { connect } from './connect';

describe('connect', () => {
  it('says so when the page is opened outside Zendesk', async () => {
    await expect(connect({ sdk: { init: () => false } })).resolves.toEqual({ kind: 'outside-zendesk' });
  });

  it('gives up with a clear state when the host never registers the app', async () => {
    vi.useFakeTimers();
    try {
      const client = new FakeZafClient(() => ({ hang: true }));
      const pending = connect({ sdk: { init: () => client }, registrationTimeoutMs: 3000 });
      await vi.advanceTimersByTimeAsync(3000);
      await expect(pending).resolves.toEqual({ kind: 'host-silent', waitedMs: 3000 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a non-admin and hands out no gateway, so no API call can be made', async () => {
    const client = new FakeZafClient(() => ({ hang: true }), { id: 7, name: 'Sam Agent', email: 's@x', role: 'agent' });
    const pending = connect({ sdk: { init: () => client } });
    client.register();
    const connection = await pending;
    expect(connection).toEqual({ kind: 'refused', user: { id: 7, name: 'Sam Agent', email: 's@x', role: 'agent' } });
    expect(client.requests).toHaveLength(0);
  });

  it('gives an admin the gateway, the account’s subdomain and the settings', async () => {
    const client = new FakeZafClient(() => ({ hang: true }));
    const pending = connect({ sdk: { init: () => client } });
    client.register({ idle_days: '45' }, 'acme');
    const connection = await pending;
    expect(connection.kind).toBe('admin');
    if (connection.kind !== 'admin') return;
    expect(connection.context.account.subdomain).toBe('acme');
    expect(connection.settings).toEqual({ idle_days: '45' });
    expect(connection.user.role).toBe('admin');
  });
});
