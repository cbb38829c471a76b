import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OKTA_DEMO_ALIAS } from './okta';
import { startSaasReceiver, type SaasReceiver } from './receiver';

let receiver: SaasReceiver;
const token = 'okta-client-token';

beforeAll(async () => {
  receiver = await startSaasReceiver({ token: () => token });
});
afterAll(() => receiver.close());
beforeEach(() => receiver.reset());

const invoke = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'x-api-client-token': token, 'content-type': 'application/json', ...headers }, body });

describe('Okta Workflows flow fake', () => {
  it('takes any JSON with the token in x-api-client-token, and records it', async () => {
    expect(receiver.oktaInvokeUrl).toBe(`${receiver.url}/api/flo/${OKTA_DEMO_ALIAS}/invoke`);
    const res = await invoke(receiver.oktaInvokeUrl, '{"schema":"zendesk-seat-snapshot/1.2","users":[]}', { 'idempotency-key': 'snap-1' });
    expect([res.status, await res.json()]).toEqual([200, {}]);
    expect(receiver.okta().invocations).toMatchObject([{ alias: OKTA_DEMO_ALIAS, idempotency_key: 'snap-1', body: { users: [] } }]);
    expect(receiver.log().at(-1)).toMatchObject({ platform: 'okta-workflows', status: 200 });
  });

  it('refuses a wrong or missing token (401), the token in the URL (400), an unknown alias (404), non-JSON', async () => {
    expect((await invoke(receiver.oktaInvokeUrl, '{}', { 'x-api-client-token': 'nope' })).status).toBe(401);
    expect((await invoke(receiver.oktaInvokeUrl, '{}', { 'x-api-client-token': '', authorization: `Bearer ${token}` })).status).toBe(401);
    expect((await invoke(`${receiver.oktaInvokeUrl}?clientToken=${token}`, '{}')).status).toBe(400);
    expect((await invoke(`${receiver.url}/api/flo/unknown/invoke`, '{}')).status).toBe(404);
    expect((await invoke(receiver.oktaInvokeUrl, '{oops')).status).toBe(400);
    expect((await invoke(receiver.oktaInvokeUrl, '{}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await fetch(receiver.oktaInvokeUrl)).status).toBe(405);
    expect(receiver.okta().invocations).toEqual([]);
    await invoke(receiver.oktaInvokeUrl, '[1]');
    expect((await (await fetch(`${receiver.url}/__saas/okta`)).json()) as unknown).toMatchObject({ invocations: [{ body: [1] }] });
    await fetch(`${receiver.url}/__saas/okta`, { method: 'DELETE' });
    expect(receiver.okta().invocations).toEqual([]);
  });
});
