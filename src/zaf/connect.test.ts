import { describe, expect, it, vi } from 'vitest';
import { FakeZafClient, json } from '../test/fakeZafClient';
import { connect, framingOrigin } from './connect';
import { accountOriginsFor } from './paging';

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
    expect(connection).toEqual({ kind: 'refused', user: { id: 7, name: 'Sam Agent', email: 's@x', role: 'agent', locale: '' } });
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

  it('lets next links lead only to the account and the Zendesk page framing the app', async () => {
    const client = new FakeZafClient(() => ({ hang: true }));
    const pageUrl = 'http://127.0.0.1:4401/assets/index.html?origin=http%3A%2F%2Flocalhost%3A4400&app_guid=g';
    const pending = connect({ sdk: { init: () => client }, pageUrl });
    client.register({}, 'acme');
    const connection = await pending;
    if (connection.kind !== 'admin') throw new Error(connection.kind);
    expect(connection.gateway.accountOrigins).toEqual(['https://acme.zendesk.com', 'http://localhost:4400']);
  });

  it('paces the gateway at the share of the plan it is given (the background page’s low one)', async () => {
    const requestsBeforeAWait = async (budgetShare?: number): Promise<number> => {
      const client = new FakeZafClient(() => json({}, { 'x-rate-limit': '100', 'x-rate-limit-remaining': '99' }));
      const clock = { t: 0, waited: false };
      const sleep = (ms: number) => ((clock.waited = true), (clock.t += ms), Promise.resolve());
      const pending = connect({ sdk: { init: () => client }, gateway: { sleep, now: () => clock.t }, ...(budgetShare ? { budgetShare } : {}) });
      client.register({}, 'acme');
      const connection = await pending;
      if (connection.kind !== 'admin') throw new Error(connection.kind);
      let n = 0;
      while (!clock.waited && n < 200) {
        await connection.gateway.request({ url: '/api/v2/users/me' });
        n += 1;
      }
      return n;
    };
    // The first answer names the limit: 100 a minute. The default share starts pacing after 90, a tenth after 10.
    expect(await requestsBeforeAWait()).toBe(91);
    expect(await requestsBeforeAWait(0.1)).toBe(11);
  });

  it('reads the framing origin where the SDK does (query, else hash), and nothing else', () => {
    expect(framingOrigin('https://app.example/x?origin=https%3A%2F%2Facme.zendesk.com&app_guid=g')).toBe('https://acme.zendesk.com');
    expect(framingOrigin('https://app.example/x#origin=https%3A%2F%2Facme.zendesk.com&app_guid=g')).toBe('https://acme.zendesk.com');
    expect(framingOrigin('https://app.example/x')).toBeNull();
    expect(framingOrigin(undefined)).toBeNull();
    expect(accountOriginsFor('acme', 'https://acme.zendesk.com')).toEqual(['https://acme.zendesk.com']);
    expect(accountOriginsFor('evil.com/x', 'javascript:alert(1)')).toEqual([]);
  });
});
