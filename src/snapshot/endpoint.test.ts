import { describe, expect, it } from 'vitest';
import { FakeZafClient, json } from '../test/fakeZafClient';
import { makeSnapshot, roster } from '../test/snapshots';
import { ZendeskGateway } from '../zaf/gateway';
import { fingerprint } from './diff';
import { destinationConfigured } from '../review/unattended';
import { checkDestination, targetFingerprint, type DestinationSettings } from './endpoint';
import { memoryStore, Outbox } from './outbox';
import { pushSnapshot } from './push';

const ENDPOINT = 'https://saas.example.com/ingest';
const settings = (patch: Partial<DestinationSettings>): DestinationSettings => ({
  saasDestination: 'seat-review',
  saasDestinationId: null,
  saasEndpoint: ENDPOINT,
  ...patch,
});

describe('checkDestination', () => {
  it("Seat Review's format and Okta Workflows go to the endpoint setting, checked as before", () => {
    expect(checkDestination(settings({}))).toEqual({ ok: true, url: ENDPOINT, destination: 'seat-review', destinationId: null });
    expect(checkDestination(settings({ saasDestination: '' }))).toMatchObject({ ok: true, destination: 'seat-review' });
    expect(checkDestination(settings({ saasDestination: 'okta-workflows', saasEndpoint: null }))).toEqual({
      ok: false,
      problem: { code: 'missing' },
      destination: 'okta-workflows',
    });
  });

  it('refuses an Okta flow URL carrying the token as its clientToken query parameter', () => {
    const url = 'https://acme.workflows.okta.com/api/flo/abc/invoke?clientToken=secret';
    expect(checkDestination(settings({ saasDestination: 'okta-workflows', saasEndpoint: url }))).toMatchObject({
      ok: false,
      problem: { code: 'credentials-in-url' },
    });
  });

  it('Zluri, Torii and Lumos go to their fixed hosts, whatever the endpoint setting says', () => {
    expect(checkDestination(settings({ saasDestination: 'zluri', saasDestinationId: 'inst-1' }))).toEqual({
      ok: true,
      url: 'https://api-ext.zluri.com/v2/integrations-sync/instances/inst-1',
      destination: 'zluri',
      destinationId: 'inst-1',
    });
    expect(checkDestination(settings({ saasDestination: 'torii', saasDestinationId: '42', saasEndpoint: null }))).toMatchObject({
      ok: true,
      url: 'https://api.toriihq.com/v1.0',
    });
    expect(checkDestination(settings({ saasDestination: 'Lumos', saasDestinationId: 'a' }))).toMatchObject({
      ok: true,
      url: 'https://api.lumos.com/accounts/upload',
      destination: 'lumos',
    });
  });

  it('refuses a name outside the list, with the names it takes', () => {
    expect(checkDestination(settings({ saasDestination: ' Zylo ' }))).toEqual({
      ok: false,
      problem: { code: 'destination-unknown', value: 'Zylo', valid: ['seat-review', 'zluri', 'torii', 'lumos', 'okta-workflows'] },
      destination: null,
    });
  });

  it.each([
    ['zluri', 'instance'],
    ['torii', 'app-account'],
    ['lumos', 'app'],
  ] as const)('refuses %s without saas_destination_id, naming what it is there', (destination, names) => {
    expect(checkDestination(settings({ saasDestination: destination, saasDestinationId: ' ' }))).toEqual({
      ok: false,
      problem: { code: 'destination-id-missing', destination, names },
      destination,
    });
  });

  it('refuses a platform whose host the package does not whitelist', () => {
    expect(checkDestination(settings({ saasDestination: 'torii', saasDestinationId: '1' }), ['saas.example.com'])).toEqual({
      ok: false,
      problem: { code: 'destination-not-whitelisted', destination: 'torii', host: 'api.toriihq.com', whitelist: ['saas.example.com'] },
      destination: 'torii',
    });
    expect(checkDestination(settings({ saasDestination: 'torii', saasDestinationId: '1' }), ['api.toriihq.com']).ok).toBe(true);
  });
});

describe('targetFingerprint and destinationConfigured', () => {
  it("is the endpoint's fingerprint for endpoint destinations, and changes with a platform's id", () => {
    const a = checkDestination(settings({}));
    const okta = checkDestination(settings({ saasDestination: 'okta-workflows' }));
    const z1 = checkDestination(settings({ saasDestination: 'lumos', saasDestinationId: '1' }));
    const z2 = checkDestination(settings({ saasDestination: 'lumos', saasDestinationId: '2' }));
    if (!a.ok || !okta.ok || !z1.ok || !z2.ok) throw new Error('expected usable destinations');
    expect(targetFingerprint(a)).toBe(targetFingerprint({ url: ENDPOINT }));
    expect(targetFingerprint(okta)).toBe(targetFingerprint(a));
    expect(targetFingerprint(z1)).not.toBe(targetFingerprint(z2));
  });

  it('says whether there is anywhere to send to', () => {
    expect(destinationConfigured(settings({ saasEndpoint: null }))).toBe(false);
    expect(destinationConfigured(settings({}))).toBe(true);
    expect(destinationConfigured(settings({ saasDestination: 'zluri', saasEndpoint: null }))).toBe(false);
    expect(destinationConfigured(settings({ saasDestination: 'zluri', saasDestinationId: 'i', saasEndpoint: null }))).toBe(true);
    expect(destinationConfigured(settings({ saasDestination: 'nowhere' }))).toBe(true);
  });
});

describe('pushing to Okta Workflows', () => {
  it("sends Seat Review's parts unchanged to the flow, the token in the x-api-client-token header", async () => {
    const client = new FakeZafClient(() => json({}));
    const gateway = new ZendeskGateway(client, { sleep: async () => undefined });
    const outbox = new Outbox(memoryStore(), 'k');
    const snapshot = makeSnapshot(roster(1500));
    outbox.begin(snapshot, fingerprint(snapshot.header.snapshot_id, []));
    const flow = 'https://acme.workflows.okta.com/api/flo/abc/invoke';
    const result = await pushSnapshot({ gateway, endpoint: flow, destination: 'okta-workflows', snapshot, outbox });
    expect(result).toMatchObject({ status: 'sent', count: 2 });
    expect(client.requests.map((r) => [r.url, (JSON.parse(r.data ?? '{}') as { part: unknown }).part])).toEqual([
      [flow, { index: 1, count: 2 }],
      [flow, { index: 2, count: 2 }],
    ]);
    expect(client.requests[0]!.headers).toEqual({
      'x-api-client-token': '{{setting.saas_token}}',
      'Idempotency-Key': snapshot.header.snapshot_id,
      'Content-Type': 'application/json',
    });
  });

  it('refuses a destination it does not know before sending anything', async () => {
    const client = new FakeZafClient(() => json({}));
    const outbox = new Outbox(memoryStore(), 'k');
    const snapshot = makeSnapshot(roster(2));
    outbox.begin(snapshot, fingerprint(snapshot.header.snapshot_id, []));
    const result = await pushSnapshot({ gateway: new ZendeskGateway(client), endpoint: ENDPOINT, destination: 'zylo', snapshot, outbox });
    expect(result).toMatchObject({ status: 'failed', problem: { code: 'endpoint', endpoint: { code: 'destination-unknown', value: 'zylo' } } });
    expect(client.requests).toHaveLength(0);
  });
});
