/**
 * The real zendesk_app_framework_sdk (the npm package the app bundles) talking to the
 * host protocol, in Node: a minimal `window` carries postMessage both ways, with the
 * same origin/source checks the browser makes. If the host's replies drift from what
 * the SDK expects, these fail.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostPage, encodeRequest, responseOutcome, requestReply, type Effect, type HttpResult, type Routed } from './protocol';
import type { HostConfig, ZafRequestOptions } from './types';

const ZENDESK_ORIGIN = 'http://localhost:4400';
const APP_ORIGIN = 'http://127.0.0.1:4401';
const GUID = 'a7e3c1d2-0000-4000-8000-00000000abcd';

type Listener = (event: { origin: string; source: unknown; data: unknown }) => void;

interface ZafClient {
  metadata(): Promise<{ appId: number; name: string; version: string; settings: Record<string, unknown> }>;
  context(): Promise<{ product: string; location: string; instanceGuid: string; account: { subdomain: string } }>;
  get(path: string | string[]): Promise<Record<string, unknown>>;
  set(path: string, value: unknown): Promise<Record<string, unknown>>;
  invoke(action: string, ...args: unknown[]): Promise<Record<string, unknown>>;
  request(options: ZafRequestOptions | string): Promise<unknown>;
  on(event: string, handler: (data: unknown) => void): void;
  trigger(event: string, data?: unknown): void;
  instance(guid: string): ZafClient;
}

const config: HostConfig = {
  appPath: '/agent/apps/seat-review',
  zendeskOrigin: ZENDESK_ORIGIN,
  subdomain: 'acme-demo',
  planName: 'Professional',
  appOrigin: APP_ORIGIN,
  appUrl: `${APP_ORIGIN}/assets/index.html?origin=${encodeURIComponent(ZENDESK_ORIGIN)}&app_guid=${GUID}`,
  appGuid: GUID,
  appId: 1,
  installationId: 2,
  app: { name: 'Seat Review', version: '0.1.0' },
  instances: [
    { location: 'nav_bar', instanceGuid: GUID, url: `${APP_ORIGIN}/assets/index.html?origin=${encodeURIComponent(ZENDESK_ORIGIN)}&app_guid=${GUID}` },
  ],
  currentUser: {
    id: 5,
    name: 'Owner Admin',
    email: 'owner@acme-demo.example',
    role: 'admin',
    locale: 'en-US',
    timeZone: { ianaName: 'Etc/UTC', name: 'UTC', offset: 0, formattedOffset: 'GMT+00:00' },
    avatarUrl: null,
    alias: '',
    details: '',
    notes: '',
    signature: '',
    externalId: null,
    groups: [],
    organizations: [],
    identities: [],
    tags: [],
    isSystemUser: false,
  },
  users: [],
  settings: { idle_days: 30, grace_days: 14, seat_price: 55, exempt_users: '', saas_endpoint: '' },
};

const listeners: Listener[] = [];
const effects: Effect[] = [];
/** What the fake network answers, by URL. */
const responses = new Map<string, HttpResult>();
const parent = {
  postMessage(data: unknown, targetOrigin: string) {
    // The SDK must address the host by the (URL-decoded) origin from its query string.
    expect(targetOrigin).toBe(ZENDESK_ORIGIN);
    setTimeout(() => hostReceives(data), 0);
  },
};
const page = new HostPage(config);
const host = page.protocol(GUID)!;
/** Effects for instances other than this window's (a modal's frame, which this test has none of). */
const elsewhere: Routed[] = [];

function toApp(message: Record<string, unknown>, origin = ZENDESK_ORIGIN, source: unknown = parent) {
  const data = JSON.stringify(message);
  setTimeout(() => listeners.forEach((l) => l({ origin, source, data })), 0);
}

function hostReceives(data: unknown) {
  deliver(page.receive(GUID, data));
}

function deliver(routed: Routed[]) {
  for (const { instanceGuid, effect } of routed) {
    if (instanceGuid !== GUID) {
      elsewhere.push({ instanceGuid, effect });
      continue;
    }
    effects.push(effect);
    if (effect.type === 'post') toApp(effect.message);
    if (effect.type === 'request') {
      const result = responses.get(String(effect.options.url));
      const outcome = result
        ? responseOutcome(result, effect.options)
        : responseOutcome({ status: 404, statusText: 'Not Found', headers: {}, text: '' }, effect.options);
      toApp(requestReply(effect.key, outcome));
    }
  }
}

let client: ZafClient;
const saved: { window?: unknown; document?: unknown } = {};

beforeAll(() => {
  const g = globalThis as Record<string, unknown>;
  saved.window = g.window;
  saved.document = g.document;
  g.window = { Promise, parent, addEventListener: (_type: string, l: Listener) => listeners.push(l) };
  g.document = { location: { search: `?${config.appUrl.split('?')[1]}`, hash: '' } };
  const require = createRequire(import.meta.url);
  const ZAFClient = require('zendesk_app_framework_sdk') as { init(): ZafClient | false };
  const made = ZAFClient.init();
  if (!made) throw new Error('ZAFClient.init() returned false');
  client = made;
});

afterAll(() => {
  const g = globalThis as Record<string, unknown>;
  g.window = saved.window;
  g.document = saved.document;
});

describe('the real ZAF SDK against the host protocol', () => {
  it('registers: metadata() has the non-secure settings, context() the subdomain', async () => {
    const metadata = await client.metadata();
    expect(metadata).toMatchObject({ appId: 1, name: 'Seat Review', version: '0.1.0' });
    expect(metadata.settings).toEqual(config.settings);
    const context = await client.context();
    expect(context).toEqual({ product: 'support', location: 'nav_bar', instanceGuid: GUID, account: { subdomain: 'acme-demo' } });
  });

  it('get currentUser resolves; an unknown single path rejects with the host error', async () => {
    const data = await client.get('currentUser');
    expect(data).toMatchObject({ errors: {}, currentUser: { id: 5, role: 'admin', name: 'Owner Admin' } });
    await expect(client.get('ticket.subject')).rejects.toMatchObject({ name: 'InvalidPath' });
    const bulk = await client.get(['currentAccount.subdomain', 'nope']);
    expect(bulk['currentAccount.subdomain']).toBe('acme-demo');
    expect(bulk.errors).toHaveProperty('nope');
  });

  it('set rejects; invoke resize and notify resolve and reach the page', async () => {
    await expect(client.set('ticket.subject', 'x')).rejects.toBeInstanceOf(Error);
    await expect(client.invoke('resize', { width: '100%', height: '500px' })).resolves.toEqual({ errors: {} });
    await expect(client.invoke('notify', 'Snapshot sent', 'success')).resolves.toEqual({ errors: {} });
    expect(effects).toContainEqual({ type: 'resize', width: '100%', height: '500px' });
    expect(effects).toContainEqual({ type: 'notify', message: 'Snapshot sent', kind: 'success', durationMs: 5000 });
    await expect(client.invoke('instances.create', { location: 'modal' })).rejects.toMatchObject({ name: 'InvalidAction' });
  });

  it('invoke routeTo user resolves and reaches the page; an unknown kind rejects', async () => {
    await expect(client.invoke('routeTo', 'user', 360000123456)).resolves.toEqual({ errors: {} });
    expect(effects).toContainEqual({ type: 'routeTo', kind: 'user', target: '360000123456' });
    await expect(client.invoke('routeTo', 'moon', 1)).rejects.toBeInstanceOf(Error);
  });

  it('request passes a PUT with its JSON body on to the page', async () => {
    const data = JSON.stringify({ user: { role: 'end-user' } });
    responses.set('/api/v2/users/77.json', {
      status: 200,
      statusText: 'OK',
      headers: { 'content-type': 'application/json' },
      text: '{"user":{"id":77,"role":"end-user"}}',
    });
    await expect(client.request({ url: '/api/v2/users/77.json', type: 'PUT', contentType: 'application/json', data })).resolves.toEqual({
      user: { id: 77, role: 'end-user' },
    });
    const sent = effects.findLast((e) => e.type === 'request');
    expect(sent?.type === 'request' && encodeRequest(sent.options)).toMatchObject({
      method: 'PUT',
      body: data,
      headers: { 'Content-Type': 'application/json' },
    });
  });

  it('request resolves with the parsed body, rejects with a jqXHR-like object', async () => {
    responses.set('/api/v2/users/me.json', {
      status: 200,
      statusText: 'OK',
      headers: { 'content-type': 'application/json' },
      text: '{"user":{"id":5}}',
    });
    await expect(client.request({ url: '/api/v2/users/me.json', dataType: 'json' })).resolves.toEqual({ user: { id: 5 } });
    responses.set('/api/v2/users.json', {
      status: 429,
      statusText: 'Too Many Requests',
      headers: { 'content-type': 'application/json', 'retry-after': '3' },
      text: '{"error":"TooManyRequests"}',
    });
    await expect(client.request('/api/v2/users.json')).rejects.toMatchObject({
      status: 429,
      responseJSON: { error: 'TooManyRequests' },
      headers: { 'retry-after': '3' },
    });
    expect(host.subscriptions.get('request:1.done')).toBe(1);
  });

  it('httpCompleteResponse resolves with {status, headers, responseJSON, responseText}', async () => {
    responses.set('/api/v2/users/count.json', {
      status: 200,
      statusText: 'OK',
      headers: { 'content-type': 'application/json' },
      text: '{"count":{"value":3}}',
    });
    await expect(client.request({ url: '/api/v2/users/count.json', httpCompleteResponse: true })).resolves.toEqual({
      status: 200,
      headers: { 'content-type': 'application/json' },
      responseJSON: { count: { value: 3 } },
      responseText: '{"count":{"value":3}}',
    });
  });

  it('instances.create opens a modal; client.instance(guid) reads its context, triggers to it and hears modal.close', async () => {
    const created = await client.invoke('instances.create', { location: 'modal', url: 'assets/modal.html', size: { width: '300px' } });
    const [modal] = created['instances.create'] as { instanceGuid: string; location: string }[];
    expect(modal?.location).toBe('modal');
    const guid = modal!.instanceGuid;
    expect(guid).not.toBe(GUID);
    const opened = effects.findLast((e) => e.type === 'openModal');
    expect(opened?.type === 'openModal' && opened.instance.url).toBe(
      `${APP_ORIGIN}/assets/modal.html?origin=${encodeURIComponent(ZENDESK_ORIGIN)}&app_guid=${guid}`,
    );
    const modalClient = client.instance(guid);
    await expect(modalClient.context()).resolves.toMatchObject({ location: 'modal', instanceGuid: guid });
    modalClient.trigger('hello', { from: 'opener' });
    await new Promise((r) => setTimeout(r, 10));
    expect(elsewhere).toContainEqual({
      instanceGuid: guid,
      effect: { type: 'post', message: { key: 'zaf.hello', message: { from: 'opener' }, instanceGuid: guid } },
    });
    let closed = 0;
    modalClient.on('modal.close', () => closed++);
    await new Promise((r) => setTimeout(r, 10));
    deliver(page.close(guid));
    await new Promise((r) => setTimeout(r, 10));
    expect(closed).toBe(1);
    expect(page.live().some((i) => i.instanceGuid === guid)).toBe(false);
  });

  it("client.trigger() fires the app's own handlers through the host", async () => {
    const heard: unknown[] = [];
    client.on('seat.refresh', (data) => heard.push(data));
    client.trigger('seat.refresh', { day: '2026-11-30' });
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toEqual([{ day: '2026-11-30' }]);
  });

  it('the SDK ignores messages from another origin or source', async () => {
    let fired = 0;
    client.on('custom.ping', () => fired++);
    toApp({ key: 'zaf.custom.ping' }, 'http://evil.example');
    toApp({ key: 'zaf.custom.ping' }, ZENDESK_ORIGIN, {});
    toApp({ key: 'zaf.custom.ping' });
    await new Promise((r) => setTimeout(r, 20));
    expect(fired).toBe(1);
  });
});
