import { afterAll, describe, expect, it } from 'vitest';
import type { DestinationName } from '../src/destinations/names';
import type { HostConfig } from './host/types';
import { startStandin, type Standin } from './server';
import { DEMO_DESTINATION_IDS, DEMO_LUMOS_TOKEN, DEMO_SETTINGS } from './settings';

/** `startStandin({ destination })`: the platform's host whitelisted and faked, the demo install pointed at it. */
const running: Standin[] = [];
afterAll(() => Promise.all(running.map((s) => s.close())));

async function standinFor(destination?: DestinationName) {
  const standin = await startStandin({ zendeskPort: 0, account: { seats: 2, endUsers: 0 }, ...(destination ? { destination } : {}) });
  running.push(standin);
  return standin;
}

function proxy(standin: Standin, options: Record<string, unknown>) {
  return fetch(`${standin.zendeskUrl}/__standin/proxy`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ options: { secure: true, contentType: 'application/json', type: 'POST', ...options } }),
  });
}

async function settingsOf(standin: Standin): Promise<Record<string, unknown>> {
  const config = (await (await fetch(`${standin.zendeskUrl}/__standin/host-config`)).json()) as HostConfig;
  return config.settings;
}

const ZLURI_SYNCS = `https://api-ext.zluri.com/v2/integrations-sync/instances/${DEMO_DESTINATION_IDS.zluri}/syncs`;

describe('startStandin({ destination })', () => {
  it('zluri: whitelists api-ext.zluri.com and the proxy reaches the fake with the api-key', async () => {
    const standin = await standinFor('zluri');
    expect(await settingsOf(standin)).toMatchObject({ saas_destination: 'zluri', saas_destination_id: DEMO_DESTINATION_IDS.zluri });
    const created = await proxy(standin, { url: ZLURI_SYNCS, headers: { 'api-key': '{{setting.saas_token}}' } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const pageRes = await proxy(standin, {
      url: `${ZLURI_SYNCS}/${id}/data/snapshots`,
      headers: { 'api-key': '{{setting.saas_token}}' },
      data: JSON.stringify({ entity: 'users', page: 1, data: [{ email: 'a@example.com', status: 'active' }] }),
    });
    expect(pageRes.status).toBe(200);
    expect((await proxy(standin, { url: `${ZLURI_SYNCS}/${id}/finish`, headers: { 'api-key': '{{setting.saas_token}}' } })).status).toBe(200);
    expect(standin.saas.zluri().instances[0]?.users).toEqual([{ email: 'a@example.com', status: 'active' }]);
    // Without secure: true the placeholder travels as typed, and Zluri refuses it.
    expect((await proxy(standin, { url: ZLURI_SYNCS, secure: false, headers: { 'api-key': '{{setting.saas_token}}' } })).status).toBe(401);
    // Another vendor's host is not whitelisted by this package.
    expect((await proxy(standin, { url: 'https://api.lumos.com/accounts/upload', data: '{}' })).status).toBe(403);
    // The id follows the installation's setting.
    standin.setSettings({ saas_destination_id: 'other-instance' });
    expect((await proxy(standin, { url: ZLURI_SYNCS, headers: { 'api-key': '{{setting.saas_token}}' } })).status).toBe(404);
  }, 60_000);

  it('seat-review (the default): vendor hosts stay refused (403), snapshots go to the local receiver', async () => {
    const standin = await standinFor();
    expect(await settingsOf(standin)).toMatchObject({
      saas_destination: 'seat-review',
      saas_destination_id: '',
      saas_endpoint: standin.saas.ingestUrl,
    });
    const refused = await proxy(standin, { url: ZLURI_SYNCS, headers: { 'api-key': '{{setting.saas_token}}' } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('x-standin-proxy-error')).toBe('1');
    expect(standin.saas.log()).toEqual([]);
  }, 60_000);

  it('torii: a multipart body written as text goes through the proxy, then the sync', async () => {
    const standin = await standinFor('torii');
    const boundary = '----seat-review-x';
    const file = JSON.stringify({ users: [{ email: 'a@example.com', status: 'active', externalStatus: 'suspended' }] });
    const data = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="seat-review.json"',
      'Content-Type: application/json',
      '',
      file,
      `--${boundary}`,
      'Content-Disposition: form-data; name="type"',
      '',
      'customIntegrationData',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const auth = { Authorization: 'Bearer {{setting.saas_token}}' };
    const uploaded = await proxy(standin, {
      url: 'https://api.toriihq.com/v1.0/files/upload',
      contentType: `multipart/form-data; boundary=${boundary}`,
      data,
      headers: auth,
    });
    expect(uploaded.status).toBe(200);
    const { id } = (await uploaded.json()) as { id: number };
    const synced = await proxy(standin, {
      url: 'https://api.toriihq.com/v1.0/services/sync/custom',
      type: 'PUT',
      data: JSON.stringify({ idFile: id, idAppAccount: Number(DEMO_DESTINATION_IDS.torii) }),
      headers: auth,
    });
    expect(synced.status).toBe(200);
    await new Promise((r) => setTimeout(r, 350));
    expect(standin.saas.torii().app_accounts[0]?.users).toEqual([{ email: 'a@example.com', status: 'active', externalStatus: 'suspended' }]);
  }, 60_000);

  it('lumos: an lsk_ demo token, the upload lands on the demo app', async () => {
    const standin = await standinFor('lumos');
    const upload = await proxy(standin, {
      url: 'https://api.lumos.com/accounts/upload',
      data: JSON.stringify({ app_id: DEMO_DESTINATION_IDS.lumos, accounts: [{ unique_identifier: '1', email: 'a@example.com', status: 'ACTIVE' }] }),
      headers: { Authorization: 'Bearer {{setting.saas_token}}' },
    });
    expect(upload.status).toBe(200);
    expect(standin.saas.lumos().apps[0]?.accounts).toHaveLength(1);
    expect(DEMO_LUMOS_TOKEN.startsWith('lsk_')).toBe(true);
    expect(await settingsOf(standin)).not.toHaveProperty('saas_token');
  }, 60_000);

  it('okta-workflows: saas_endpoint is the local flow, the token in x-api-client-token', async () => {
    const standin = await standinFor('okta-workflows');
    expect(await settingsOf(standin)).toMatchObject({ saas_destination: 'okta-workflows', saas_endpoint: standin.saas.oktaInvokeUrl });
    const res = await proxy(standin, {
      url: '{{setting.saas_endpoint}}',
      data: '{"users":[]}',
      headers: { 'x-api-client-token': '{{setting.saas_token}}' },
    });
    expect(res.status).toBe(200);
    expect(standin.saas.okta().invocations).toHaveLength(1);
    expect(standin.saas.log().at(-1)).toMatchObject({ platform: 'okta-workflows', status: 200 });
    expect(DEMO_SETTINGS.saas_token).not.toBe(DEMO_LUMOS_TOKEN);
  }, 60_000);
});
