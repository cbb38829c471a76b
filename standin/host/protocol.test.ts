import { describe, expect, it } from 'vitest';
import {
  HostPage,
  HostProtocol,
  MODAL_DEFAULT_SIZE,
  cssLength,
  encodeRequest,
  formEncode,
  headersObject,
  invalidRequestOutcome,
  networkFailureOutcome,
  parseSdkMessage,
  requestReply,
  responseOutcome,
  routeNotice,
  routeRequest,
  type Effect,
  type Routed,
} from './protocol';
import type { HostConfig } from './types';

const GUID = '0b7c2e4a-1111-4222-8333-944455556666';
const BG_GUID = '5d1f0a3b-2222-4333-8444-a55566667777';
const appUrl = (path: string, guid: string) => `http://127.0.0.1:4401/assets/${path}?origin=http%3A%2F%2Flocalhost%3A4400&app_guid=${guid}`;

function config(overrides: Partial<HostConfig> = {}): HostConfig {
  return {
    appPath: '/agent/apps/seat-review',
    zendeskOrigin: 'http://localhost:4400',
    subdomain: 'acme',
    planName: 'Professional',
    appOrigin: 'http://127.0.0.1:4401',
    appUrl: appUrl('index.html', GUID),
    appGuid: GUID,
    appId: 7,
    installationId: 8,
    app: { name: 'Seat Review', version: '0.1.0' },
    instances: [
      { location: 'nav_bar', instanceGuid: GUID, url: appUrl('index.html', GUID) },
      { location: 'background', instanceGuid: BG_GUID, url: appUrl('background.html', BG_GUID) },
    ],
    currentUser: {
      id: 42,
      name: 'Ada Admin',
      email: 'ada@acme.example',
      role: 'admin',
      locale: 'en-US',
      timeZone: { ianaName: 'Europe/Paris', name: 'Paris', offset: 60, formattedOffset: 'GMT+01:00' },
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
    users: [
      { id: 42, name: 'Ada Admin', role: 'admin', owner: true },
      { id: 43, name: 'Bo Agent', role: 'agent', owner: false },
    ],
    settings: { idle_days: 30, grace_days: 14, seat_price: 55, exempt_users: '', saas_endpoint: '' },
    ...overrides,
  };
}

const call = (id: number, request: string, params: unknown) => JSON.stringify({ id, request, params, appGuid: GUID, instanceGuid: GUID });

function posts(effects: Effect[]): Record<string, unknown>[] {
  return effects.flatMap((e) => (e.type === 'post' ? [e.message] : []));
}

describe('parseSdkMessage', () => {
  it('accepts JSON strings and objects, ignores the rest', () => {
    expect(parseSdkMessage('{"key":"iframe.handshake"}')).toEqual({ key: 'iframe.handshake' });
    expect(parseSdkMessage({ id: 3, request: 'get', params: ['a'] })).toEqual({ id: 3, request: 'get', params: ['a'] });
    expect(parseSdkMessage('not json')).toBeNull();
    expect(parseSdkMessage(42)).toBeNull();
    expect(parseSdkMessage({ foo: 1 })).toBeNull();
    expect(parseSdkMessage(null)).toBeNull();
  });
});

describe('HostProtocol', () => {
  it('answers the handshake with zaf.app.registered carrying metadata and context', () => {
    const host = new HostProtocol(config());
    const out = host.receive(JSON.stringify({ key: 'iframe.handshake', message: { version: '2.0.9' }, appGuid: GUID, instanceGuid: GUID }));
    expect(out).toEqual([
      {
        type: 'post',
        message: {
          key: 'zaf.app.registered',
          message: {
            metadata: {
              appId: 7,
              installationId: 8,
              name: 'Seat Review',
              version: '0.1.0',
              settings: { idle_days: 30, grace_days: 14, seat_price: 55, exempt_users: '', saas_endpoint: '' },
            },
            context: { product: 'support', location: 'nav_bar', instanceGuid: GUID, account: { subdomain: 'acme' } },
          },
          // Events name the instance they are for, as the SDK routes them (its spec sends instanceGuid).
          instanceGuid: GUID,
        },
      },
    ]);
    expect(host.registered).toBe(true);
  });

  it('ignores traffic for another app guid', () => {
    const host = new HostProtocol(config());
    expect(host.receive(JSON.stringify({ key: 'iframe.handshake', appGuid: 'other' }))).toEqual([]);
    expect(host.receive(JSON.stringify({ id: 1, request: 'get', params: ['currentUser'], appGuid: 'other' }))).toEqual([]);
  });

  it('each location is its own instance: context, guid routing and instances listing both', () => {
    const nav = new HostProtocol(config());
    const bg = new HostProtocol(config(), 'background');
    const handshake = (guid: string) => JSON.stringify({ key: 'iframe.handshake', appGuid: guid, instanceGuid: guid });
    // The background instance answers only its own guid, and says where it runs.
    expect(bg.receive(handshake(GUID))).toEqual([]);
    const [registered] = posts(bg.receive(handshake(BG_GUID)));
    expect(registered).toMatchObject({
      key: 'zaf.app.registered',
      message: { context: { product: 'support', location: 'background', instanceGuid: BG_GUID, account: { subdomain: 'acme' } } },
    });
    expect(nav.receive(handshake(BG_GUID))).toEqual([]);
    expect(nav.context()).toMatchObject({ location: 'nav_bar', instanceGuid: GUID });
    const bgCall = JSON.stringify({ id: 9, request: 'get', params: ['instances', 'currentUser.role'], appGuid: BG_GUID, instanceGuid: BG_GUID });
    const [reply] = posts(bg.receive(bgCall));
    expect(reply).toEqual({
      id: 9,
      result: {
        errors: {},
        'currentUser.role': 'admin',
        instances: {
          [GUID]: { product: 'support', location: 'nav_bar', instanceGuid: GUID, account: { subdomain: 'acme' } },
          [BG_GUID]: { product: 'support', location: 'background', instanceGuid: BG_GUID, account: { subdomain: 'acme' } },
        },
      },
    });
    const [set] = posts(bg.receive(JSON.stringify({ id: 10, request: 'set', params: { x: 1 }, appGuid: BG_GUID })));
    expect(JSON.stringify(set)).toContain('background location');
  });

  it('refuses a location the manifest does not declare', () => {
    const navOnly = config();
    navOnly.instances = navOnly.instances.filter((i) => i.location === 'nav_bar');
    expect(() => new HostProtocol(navOnly, 'background')).toThrow(/background/);
    const [reply] = posts(new HostProtocol(navOnly).receive(call(1, 'get', ['instances'])));
    expect(Object.keys((reply as { result: { instances: object } }).result.instances)).toEqual([GUID]);
  });

  it('get currentUser / currentAccount, with an empty errors object', () => {
    const host = new HostProtocol(config());
    const [reply] = posts(host.receive(call(1, 'get', ['currentUser', 'currentAccount'])));
    expect(reply).toMatchObject({
      id: 1,
      result: {
        errors: {},
        currentUser: { id: 42, name: 'Ada Admin', role: 'admin', email: 'ada@acme.example', locale: 'en-US' },
        currentAccount: { subdomain: 'acme', planName: 'Professional' },
      },
    });
  });

  it('get of a nested path and of unknown paths (per-path errors)', () => {
    const host = new HostProtocol(config());
    const [reply] = posts(host.receive(call(2, 'get', ['currentUser.role', 'currentUser.timeZone.ianaName', 'ticket.subject', 'currentUser.nope'])));
    const result = (reply as { result: Record<string, unknown> }).result;
    expect(result['currentUser.role']).toBe('admin');
    expect(result['currentUser.timeZone.ianaName']).toBe('Europe/Paris');
    expect(result).not.toHaveProperty('ticket.subject');
    const errors = result.errors as Record<string, { name: string; message: string }>;
    expect(Object.keys(errors).sort()).toEqual(['currentUser.nope', 'ticket.subject']);
    expect(errors['ticket.subject']).toEqual({ name: 'InvalidPath', message: expect.stringContaining('ticket.subject') });
  });

  it('get answers a copy, not the config object', () => {
    const cfg = config();
    const host = new HostProtocol(cfg);
    const [reply] = posts(host.receive(call(3, 'get', ['currentUser'])));
    (reply as { result: { currentUser: { name: string } } }).result.currentUser.name = 'changed';
    expect(cfg.currentUser.name).toBe('Ada Admin');
  });

  it('get with malformed params is a whole failure', () => {
    const host = new HostProtocol(config());
    const [reply] = posts(host.receive(call(4, 'get', 'currentUser')));
    expect(reply).toEqual({ id: 4, error: { name: 'InvalidRequest', message: expect.any(String) } });
  });

  it('set is refused per path', () => {
    const host = new HostProtocol(config());
    const [reply] = posts(host.receive(call(5, 'set', { 'ticket.subject': 'x' })));
    expect(reply).toEqual({
      id: 5,
      result: { errors: { 'ticket.subject': { name: 'InvalidPath', message: expect.any(String) } } },
    });
  });

  it('invoke resize applies sizes and answers', () => {
    const host = new HostProtocol(config());
    const out = host.receive(call(6, 'invoke', { resize: [{ width: '100%', height: 640 }] }));
    expect(out).toEqual([
      { type: 'resize', width: '100%', height: '640px' },
      { type: 'post', message: { id: 6, result: { errors: {} } } },
    ]);
  });

  it('invoke notify shows a toast: kind, duration, sticky', () => {
    const host = new HostProtocol(config());
    expect(host.receive(call(7, 'invoke', { notify: ['Saved'] }))[0]).toEqual({
      type: 'notify',
      message: 'Saved',
      kind: 'notice',
      durationMs: 5000,
    });
    expect(host.receive(call(8, 'invoke', { notify: ['Oops', 'error', 9000] }))[0]).toMatchObject({
      kind: 'error',
      durationMs: 9000,
    });
    expect(host.receive(call(9, 'invoke', { notify: ['Stay', 'alert', { sticky: true }] }))[0]).toMatchObject({
      kind: 'alert',
      durationMs: null,
    });
    expect(host.receive(call(10, 'invoke', { notify: ['?', 'weird'] }))[0]).toMatchObject({ kind: 'notice' });
  });

  it('invoke track is answered and recorded; unknown actions and a malformed instances.create get errors', () => {
    const host = new HostProtocol(config());
    expect(posts(host.receive(call(11, 'invoke', { track: [{ type: 'click' }] })))).toEqual([{ id: 11, result: { errors: {} } }]);
    expect(host.tracked).toContainEqual({ key: 'track', message: { type: 'click' } });
    const [reply] = posts(host.receive(call(12, 'invoke', { 'instances.create': [{ location: 'modal' }] })));
    expect(reply).toEqual({
      id: 12,
      result: { errors: { 'instances.create': { name: 'InvalidAction', message: expect.any(String) } } },
    });
    const [bulk] = posts(host.receive(call(13, 'invoke', { routeTo: ['moon', '1'], resize: [{ height: '10px' }] })));
    expect(Object.keys((bulk as { result: { errors: object } }).result.errors)).toEqual(['routeTo']);
  });

  it('invoke routeTo opens a user, ticket or organization by id (a notice on the page), and refuses other kinds', () => {
    const host = new HostProtocol(config());
    expect(host.receive(call(20, 'invoke', { routeTo: ['user', 360000123456] }))).toEqual([
      { type: 'routeTo', kind: 'user', target: '360000123456' },
      { type: 'post', message: { id: 20, result: { errors: {} } } },
    ]);
    expect(host.receive(call(21, 'invoke', { routeTo: ['ticket', '4521'] }))[0]).toEqual({ type: 'routeTo', kind: 'ticket', target: '4521' });
    expect(host.receive(call(22, 'invoke', { routeTo: ['nav_bar', 'seat-review', 'x'] }))[0]).toEqual({
      type: 'routeTo',
      kind: 'nav_bar',
      target: 'seat-review',
    });
    expect(host.receive(call(23, 'invoke', { routeTo: ['views'] }))[0]).toEqual({ type: 'routeTo', kind: 'views', target: '' });
    for (const [n, args] of [
      [24, ['moon', 1]],
      [25, ['user']],
      [26, ['user', 'jane']],
      [27, ['organization', -3]],
      [28, ['nav_bar']],
      [29, []],
    ] as const) {
      const out = host.receive(call(n, 'invoke', { routeTo: args }));
      expect(out, JSON.stringify(args)).toEqual([
        { type: 'post', message: { id: n, result: { errors: { routeTo: { name: 'InvalidAction', message: expect.any(String) } } } } },
      ]);
    }
  });

  it('words the routeTo notice as Zendesk opening a tab', () => {
    expect(routeNotice('user', '42', 'Jane Doe')).toBe('Opened user Jane Doe in a new tab');
    expect(routeNotice('user', '42', null)).toBe('Opened user 42 in a new tab');
    expect(routeNotice('user', '42', '  ')).toBe('Opened user 42 in a new tab');
    expect(routeNotice('ticket', '4521')).toBe('Opened ticket 4521 in a new tab');
    expect(routeNotice('nav_bar', 'seat-review')).toBe('Opened app seat-review in a new tab');
    expect(routeNotice('views', '')).toBe('Opened views in a new tab');
  });

  it('unknown request kinds still get an answer', () => {
    const host = new HostProtocol(config());
    expect(posts(host.receive(call(14, 'frobnicate', {})))).toEqual([{ id: 14, error: { name: 'InvalidRequest', message: expect.any(String) } }]);
  });

  it('records iframe.on / iframe.off subscriptions without replying', () => {
    const host = new HostProtocol(config());
    expect(host.receive(JSON.stringify({ key: 'iframe.on:request:1.done', message: { subscriberCount: 1 } }))).toEqual([]);
    expect(host.receive(JSON.stringify({ key: 'iframe.on:app.activated', message: { subscriberCount: 2 } }))).toEqual([]);
    expect(host.subscriptions.get('request:1.done')).toBe(1);
    expect(host.subscriptions.get('app.activated')).toBe(2);
    host.receive(JSON.stringify({ key: 'iframe.off:request:1.done', message: { subscriberCount: 0 } }));
    expect(host.subscriptions.has('request:1.done')).toBe(false);
  });

  it('turns request:N into a request effect with the options', () => {
    const host = new HostProtocol(config());
    const options = { url: '/api/v2/users.json', type: 'GET', dataType: 'json' };
    expect(host.receive(JSON.stringify({ key: 'request:3', message: options, appGuid: GUID }))).toEqual([
      { type: 'request', key: 'request:3', options },
    ]);
  });

  it('echoes client.trigger() back as a zaf.<event>; swallows tracking keys', () => {
    const host = new HostProtocol(config());
    expect(posts(host.receive(JSON.stringify({ key: 'iframe.trigger:refresh', message: { a: 1 } })))).toEqual([
      { key: 'zaf.refresh', message: { a: 1 }, instanceGuid: GUID },
    ]);
    expect(host.receive(JSON.stringify({ key: '__track__', message: { event_name: 'x' } }))).toEqual([]);
    expect(host.receive(JSON.stringify({ key: 'session.live' }))).toEqual([]);
    expect(host.tracked).toHaveLength(2);
  });
});

describe('cssLength', () => {
  it('normalises sizes', () => {
    expect(cssLength(300)).toBe('300px');
    expect(cssLength('300')).toBe('300px');
    expect(cssLength('50%')).toBe('50%');
    expect(cssLength('calc(1px)')).toBeUndefined();
    expect(cssLength(-1)).toBeUndefined();
  });
});

describe('encodeRequest (jQuery.ajax semantics)', () => {
  it('puts GET data in the query string', () => {
    expect(encodeRequest({ url: '/api/v2/users.json?role=agent', data: { page: { size: 100 } } })).toEqual({
      method: 'GET',
      url: '/api/v2/users.json?role=agent&page%5Bsize%5D=100',
      headers: { Accept: '*/*' },
    });
  });

  it('sends an object as JSON when the content type is JSON', () => {
    const r = encodeRequest({ url: '/x', type: 'post', contentType: 'application/json', data: { a: [1, 2] }, dataType: 'json' });
    expect(r.method).toBe('POST');
    expect(r.body).toBe('{"a":[1,2]}');
    expect(r.headers['Content-Type']).toBe('application/json');
    expect(r.headers.Accept).toContain('application/json');
  });

  it('sends a PUT with a JSON string as the app writes it: method, body and content type kept', () => {
    const data = JSON.stringify({ user: { role: 'end-user' } });
    expect(encodeRequest({ url: '/api/v2/users/5.json', type: 'PUT', contentType: 'application/json', data, dataType: 'json' })).toEqual({
      method: 'PUT',
      url: '/api/v2/users/5.json',
      headers: { Accept: 'application/json, text/javascript, */*; q=0.01', 'Content-Type': 'application/json' },
      body: data,
    });
    expect(
      encodeRequest({
        url: '/api/v2/users/update_many.json?ids=1,2',
        method: 'put',
        contentType: 'application/json',
        data: { user: { role: 'agent' } },
      }),
    ).toMatchObject({
      method: 'PUT',
      url: '/api/v2/users/update_many.json?ids=1,2',
      body: '{"user":{"role":"agent"}}',
    });
  });

  it('form-encodes an object by default, sends strings as is, honours contentType:false', () => {
    const form = encodeRequest({ url: '/x', type: 'PUT', data: { a: 'b c', list: [1, 2] } });
    expect(form.body).toBe('a=b%20c&list%5B%5D=1&list%5B%5D=2');
    expect(form.headers['Content-Type']).toBe('application/x-www-form-urlencoded; charset=UTF-8');
    const raw = encodeRequest({ url: '/x', type: 'POST', data: 'plain', contentType: 'text/plain' });
    expect(raw.body).toBe('plain');
    expect(raw.headers['Content-Type']).toBe('text/plain');
    const none = encodeRequest({ url: '/x', type: 'POST', data: 'z', contentType: false });
    expect(none.headers).not.toHaveProperty('Content-Type');
  });

  it('keeps app headers (stringified) and does not override Accept / Content-Type', () => {
    const r = encodeRequest({
      url: '/x',
      type: 'POST',
      data: '{}',
      contentType: 'application/json',
      headers: { Authorization: 'Bearer {{setting.saas_token}}', 'X-Count': 3, accept: 'text/csv', bad: { no: 1 } },
    });
    expect(r.headers).toEqual({
      Authorization: 'Bearer {{setting.saas_token}}',
      'X-Count': '3',
      accept: 'text/csv',
      'Content-Type': 'application/json',
    });
  });

  it('formEncode nests like jQuery.param', () => {
    expect(formEncode({ a: { b: [{ c: 1 }] }, n: null })).toBe('a%5Bb%5D%5B0%5D%5Bc%5D=1&n=');
  });
});

describe('routeRequest', () => {
  const env = { zendeskOrigin: 'http://localhost:4400', subdomain: 'acme' };
  it('sends relative and own-account URLs to the account API', () => {
    expect(routeRequest({ url: '/api/v2/users.json?page[size]=100' }, env)).toEqual({
      via: 'zendesk',
      url: '/api/v2/users.json?page[size]=100',
    });
    expect(routeRequest({ url: 'https://acme.zendesk.com/api/v2/users.json?x=1' }, env)).toEqual({
      via: 'zendesk',
      url: '/api/v2/users.json?x=1',
    });
    expect(routeRequest({ url: 'http://localhost:4400/api/v2/users/me.json' }, env)).toEqual({
      via: 'zendesk',
      url: '/api/v2/users/me.json',
    });
    // Zendesk's https on the stand-in's own host (a job_status.url) is the account too.
    expect(routeRequest({ url: 'https://localhost:4400/api/v2/job_statuses/8b72.json' }, env)).toEqual({
      via: 'zendesk',
      url: '/api/v2/job_statuses/8b72.json',
    });
    expect(routeRequest({ url: 'https://localhost:4499/api/v2/users.json' }, env).via).toBe('proxy');
  });

  it('uses the proxy for other hosts unless cors: true', () => {
    expect(routeRequest({ url: 'https://saas.example.com/in' }, env)).toEqual({ via: 'proxy', url: 'https://saas.example.com/in' });
    expect(routeRequest({ url: 'https://saas.example.com/in', cors: true }, env)).toEqual({
      via: 'cors',
      url: 'https://saas.example.com/in',
    });
  });

  it('always proxies secure requests and URLs with placeholders (as typed)', () => {
    expect(routeRequest({ url: 'https://saas.example.com/in', cors: true, secure: true }, env).via).toBe('proxy');
    expect(routeRequest({ url: '{{setting.saas_endpoint}}/x' }, env)).toEqual({ via: 'proxy', url: '{{setting.saas_endpoint}}/x' });
  });

  it('refuses requests without a usable url', () => {
    expect(routeRequest({}, env).via).toBe('invalid');
    expect(routeRequest({ url: 'ftp://x.example.com/' }, env).via).toBe('invalid');
  });
});

describe('responseOutcome', () => {
  const json = { 'content-type': 'application/json; charset=utf-8', 'x-rate-limit': '700' };

  it('done, jQuery style: [body, "success", jqXHR] with JSON parsed', () => {
    const out = responseOutcome({ status: 200, statusText: 'OK', headers: json, text: '{"users":[]}' }, { url: '/x' });
    expect(out).toEqual({
      outcome: 'done',
      responseArgs: [
        { users: [] },
        'success',
        { readyState: 4, status: 200, statusText: 'OK', responseText: '{"users":[]}', responseJSON: { users: [] }, headers: json },
      ],
    });
  });

  it('done with text when neither dataType nor content type say JSON', () => {
    const out = responseOutcome({ status: 200, statusText: 'OK', headers: { 'content-type': 'text/plain' }, text: 'hi' }, {});
    expect(out.responseArgs.slice(0, 2)).toEqual(['hi', 'success']);
  });

  it('204 is a success without content', () => {
    const out = responseOutcome({ status: 204, statusText: 'No Content', headers: {}, text: '' }, { dataType: 'json' });
    expect(out.outcome).toBe('done');
    expect(out.responseArgs.slice(0, 2)).toEqual([undefined, 'nocontent']);
  });

  it('fail, jQuery style: [jqXHR, "error", statusText] with responseJSON and headers', () => {
    const headers = { ...json, 'retry-after': '7' };
    const out = responseOutcome({ status: 429, statusText: 'Too Many Requests', headers, text: '{"error":"RateLimited"}' }, { dataType: 'json' });
    expect(out).toEqual({
      outcome: 'fail',
      responseArgs: [
        {
          readyState: 4,
          status: 429,
          statusText: 'Too Many Requests',
          responseText: '{"error":"RateLimited"}',
          responseJSON: { error: 'RateLimited' },
          headers,
        },
        'error',
        'Too Many Requests',
      ],
    });
  });

  it('a 2xx that is not the JSON asked for is a parsererror failure', () => {
    const out = responseOutcome({ status: 200, statusText: 'OK', headers: {}, text: '<html>' }, { dataType: 'json' });
    expect(out.outcome).toBe('fail');
    expect(out.responseArgs[1]).toBe('parsererror');
  });

  it('httpCompleteResponse: done [{status, headers, responseJSON, responseText}], fail adds statusText', () => {
    const done = responseOutcome({ status: 201, statusText: 'Created', headers: json, text: '{"ok":true}' }, { httpCompleteResponse: true });
    expect(done).toEqual({
      outcome: 'done',
      responseArgs: [{ status: 201, headers: json, responseJSON: { ok: true }, responseText: '{"ok":true}' }],
    });
    const fail = responseOutcome(
      { status: 503, statusText: 'Service Unavailable', headers: { 'content-type': 'text/plain' }, text: 'down' },
      { httpCompleteResponse: true },
    );
    expect(fail).toEqual({
      outcome: 'fail',
      responseArgs: [
        { status: 503, statusText: 'Service Unavailable', headers: { 'content-type': 'text/plain' }, responseJSON: undefined, responseText: 'down' },
      ],
    });
  });

  it('network failures and timeouts have status 0', () => {
    expect(networkFailureOutcome({}, 'error')).toEqual({
      outcome: 'fail',
      responseArgs: [{ readyState: 0, status: 0, statusText: 'error', responseText: '', responseJSON: undefined, headers: {} }, 'error', ''],
    });
    expect(networkFailureOutcome({}, 'timeout').responseArgs.slice(1)).toEqual(['timeout', 'timeout']);
    expect(networkFailureOutcome({ httpCompleteResponse: true }, 'error').responseArgs[0]).toMatchObject({ status: 0 });
  });

  it('invalid requests fail with 400', () => {
    const out = invalidRequestOutcome({}, 'no url');
    expect(out.outcome).toBe('fail');
    expect(out.responseArgs[0]).toMatchObject({ status: 400, responseJSON: { description: 'no url' } });
  });

  it('replies on zaf.request:N.done / .fail', () => {
    expect(requestReply('request:4', { outcome: 'done', responseArgs: [1] })).toEqual({
      key: 'zaf.request:4.done',
      message: { responseArgs: [1] },
    });
    expect(requestReply('request:4', { outcome: 'fail', responseArgs: [] }).key).toBe('zaf.request:4.fail');
  });

  it('headersObject lower-cases names and joins repeats', () => {
    expect(
      headersObject([
        ['Content-Type', 'text/plain'],
        ['X-A', '1'],
        ['x-a', '2'],
      ]),
    ).toEqual({ 'content-type': 'text/plain', 'x-a': '1, 2' });
  });
});

describe('HostPage: instances, modals and events between them', () => {
  const MODAL_GUID = '9e8d7c6b-3333-4444-8555-b66677778888';
  const page = () => new HostPage(config(), undefined, { newGuid: () => MODAL_GUID });
  const handshake = (guid: string) => JSON.stringify({ key: 'iframe.handshake', message: { version: '2.0' }, appGuid: guid, instanceGuid: guid });
  const callAs = (guid: string, id: number, request: string, params: unknown, instanceGuid = guid) =>
    JSON.stringify({ id, request, params, appGuid: guid, instanceGuid });
  const keyedAs = (guid: string, key: string, message?: unknown, instanceGuid = guid) =>
    JSON.stringify({ key, message, appGuid: guid, instanceGuid });
  const postsTo = (routed: Routed[], guid: string) =>
    routed.flatMap((r) => (r.instanceGuid === guid && r.effect.type === 'post' ? [r.effect.message] : []));

  function openModal(p: HostPage, size?: unknown): Routed[] {
    p.receive(GUID, handshake(GUID));
    return p.receive(GUID, callAs(GUID, 1, 'invoke', { 'instances.create': [{ location: 'modal', url: 'assets/modal.html', size }] }));
  }

  it('instances.create answers [context] of a new modal instance and opens it at the URL on the app origin', () => {
    const p = page();
    const out = openModal(p, { width: '400px', height: 300 });
    const modalUrl = `http://127.0.0.1:4401/assets/modal.html?origin=http%3A%2F%2Flocalhost%3A4400&app_guid=${MODAL_GUID}`;
    expect(out[0]).toEqual({
      instanceGuid: GUID,
      effect: { type: 'openModal', instance: { location: 'modal', instanceGuid: MODAL_GUID, url: modalUrl }, width: '400px', height: '300px' },
    });
    const context = { product: 'support', location: 'modal', instanceGuid: MODAL_GUID, account: { subdomain: 'acme' } };
    expect(postsTo(out, GUID)).toEqual([{ id: 1, result: { errors: {}, 'instances.create': [context] } }]);
    // The modal is its own instance: its handshake gets its own context, and every instance lists it.
    const [registered] = postsTo(p.receive(MODAL_GUID, handshake(MODAL_GUID)), MODAL_GUID);
    expect(registered).toMatchObject({ key: 'zaf.app.registered', message: { context }, instanceGuid: MODAL_GUID });
    const [listing] = postsTo(p.receive(BG_GUID, callAs(BG_GUID, 2, 'get', ['instances'])), BG_GUID);
    expect(Object.keys((listing as { result: { instances: object } }).result.instances)).toEqual([GUID, BG_GUID, MODAL_GUID]);
  });

  it('a modal without a size gets the default; bad options and foreign URLs are refused', () => {
    const out = openModal(page());
    expect(out[0]?.effect).toMatchObject({ type: 'openModal', ...MODAL_DEFAULT_SIZE });
    for (const bad of [
      { location: 'ticket_sidebar', url: 'a.html' },
      { location: 'modal' },
      { location: 'modal', url: 'https://evil.example/x.html' },
    ]) {
      const p = page();
      const routed = p.receive(GUID, callAs(GUID, 3, 'invoke', { 'instances.create': [bad] }));
      expect(routed.map((r) => r.effect.type)).toEqual(['post']);
      expect(postsTo(routed, GUID)[0]).toMatchObject({ result: { errors: { 'instances.create': { name: 'InvalidAction' } } } });
      expect(p.live()).toHaveLength(2);
    }
  });

  it("invoke('destroy') from the modal closes it and tells the opener listening to modal.close", () => {
    const p = page();
    openModal(p);
    p.receive(MODAL_GUID, handshake(MODAL_GUID));
    // client.instance(modalGuid).on('modal.close'): sent through the opener's frame, keyed to the modal.
    expect(p.receive(GUID, keyedAs(GUID, 'iframe.on:modal.close', { subscriberCount: 1 }, MODAL_GUID))).toEqual([]);
    const out = p.receive(MODAL_GUID, callAs(MODAL_GUID, 4, 'invoke', { destroy: [] }));
    expect(out).toEqual([
      { instanceGuid: MODAL_GUID, effect: { type: 'destroy' } },
      { instanceGuid: GUID, effect: { type: 'post', message: { key: 'zaf.modal.close', instanceGuid: MODAL_GUID } } },
      // The answer to a frame that is gone: the page drops it.
      { instanceGuid: MODAL_GUID, effect: { type: 'post', message: { id: 4, result: { errors: {} } } } },
    ]);
    expect(p.protocol(MODAL_GUID)).toBeUndefined();
    expect(p.live().map((i) => i.location)).toEqual(['nav_bar', 'background']);
  });

  it('the opener closes the modal through client.instance(guid); the close button closes it too; others cannot be destroyed', () => {
    const p = page();
    openModal(p);
    const out = p.receive(GUID, callAs(GUID, 5, 'invoke', { destroy: [] }, MODAL_GUID));
    expect(out.map((r) => [r.instanceGuid, r.effect.type])).toEqual([
      [MODAL_GUID, 'destroy'],
      [GUID, 'post'],
    ]);
    openModal(p);
    // Nobody listens to modal.close: nothing is posted to the opener (its SDK would not know the instance).
    expect(p.close(MODAL_GUID)).toEqual([{ instanceGuid: MODAL_GUID, effect: { type: 'destroy' } }]);
    expect(p.close(GUID)).toEqual([]);
    const [refused] = postsTo(p.receive(GUID, callAs(GUID, 6, 'invoke', { destroy: [] })), GUID);
    expect(refused).toMatchObject({ result: { errors: { destroy: { name: 'InvalidAction' } } } });
  });

  it('client.instance(guid) calls are answered as that instance, in the frame that asked; resize acts on that instance', () => {
    const p = page();
    openModal(p);
    const out = p.receive(GUID, callAs(GUID, 7, 'get', [`instances.${MODAL_GUID}`], MODAL_GUID));
    expect(postsTo(out, GUID)[0]).toMatchObject({ id: 7, result: { [`instances.${MODAL_GUID}`]: { location: 'modal' } } });
    const resized = p.receive(GUID, callAs(GUID, 8, 'invoke', { resize: [{ height: '200px' }] }, MODAL_GUID));
    expect(resized).toEqual([
      { instanceGuid: MODAL_GUID, effect: { type: 'resize', height: '200px' } },
      { instanceGuid: GUID, effect: { type: 'post', message: { id: 8, result: { errors: {} } } } },
    ]);
    const unknown = p.receive(GUID, callAs(GUID, 9, 'get', ['currentUser'], 'no-such-guid'));
    expect(postsTo(unknown, GUID)[0]).toMatchObject({ id: 9, error: { name: 'InvalidInstance' } });
  });

  it('client.trigger() reaches every registered instance; client.instance(guid).trigger() only that one', () => {
    const p = page();
    openModal(p);
    p.receive(BG_GUID, handshake(BG_GUID));
    // The modal has not registered yet: only nav_bar and background hear it.
    expect(p.receive(GUID, keyedAs(GUID, 'iframe.trigger:refresh', { day: 1 }))).toEqual([
      { instanceGuid: GUID, effect: { type: 'post', message: { key: 'zaf.refresh', message: { day: 1 }, instanceGuid: GUID } } },
      { instanceGuid: BG_GUID, effect: { type: 'post', message: { key: 'zaf.refresh', message: { day: 1 }, instanceGuid: BG_GUID } } },
    ]);
    p.receive(MODAL_GUID, handshake(MODAL_GUID));
    expect(p.receive(GUID, keyedAs(GUID, 'iframe.trigger:hello', 'hi', MODAL_GUID))).toEqual([
      { instanceGuid: MODAL_GUID, effect: { type: 'post', message: { key: 'zaf.hello', message: 'hi', instanceGuid: MODAL_GUID } } },
    ]);
  });

  it("ignores a frame speaking with another frame's app guid, and frames it does not know", () => {
    const p = page();
    expect(p.receive(BG_GUID, callAs(GUID, 1, 'get', ['currentUser']))).toEqual([]);
    expect(p.receive('stranger', handshake('stranger'))).toEqual([]);
  });
});
