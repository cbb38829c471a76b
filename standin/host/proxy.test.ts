import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManifestParameter } from '../settings';
import { handleProxy, isWhitelisted, prepareProxyRequest, substitutePlaceholders, type ProxyContext } from './proxy';

const parameters: ManifestParameter[] = [
  { name: 'saas_endpoint', type: 'url' },
  { name: 'saas_token', type: 'text', secure: true, scopes: ['header'] },
  { name: 'anywhere_secret', type: 'text', secure: true },
  { name: 'idle_days', type: 'number' },
  { name: 'tenant', type: 'text' },
];
const settings = {
  saas_endpoint: 'https://saas.example.com/ingest',
  saas_token: 's3cr3t',
  anywhere_secret: 'x-secret',
  idle_days: 30,
  tenant: 'acme',
};

function ctx(overrides: Partial<ProxyContext> = {}): ProxyContext {
  return {
    manifest: { domainWhitelist: ['saas.example.com', '*.tenants.example.net', '{{setting.tenant}}.example.org'], parameters },
    settings,
    extraWhitelist: ['127.0.0.1'],
    zendeskOrigin: 'http://localhost:4400',
    ...overrides,
  };
}

describe('substitutePlaceholders', () => {
  const base = { parameters, settings };
  it('substitutes non-secure settings anywhere, even without secure: true', () => {
    for (const scope of ['url', 'header', 'body'] as const) {
      expect(substitutePlaceholders('{{setting.idle_days}}/{{ setting.tenant }}', scope, { ...base, secure: false }).text).toBe('30/acme');
    }
  });

  it('leaves secure placeholders alone unless the request is secure', () => {
    expect(substitutePlaceholders('Bearer {{setting.saas_token}}', 'header', { ...base, secure: false })).toEqual({
      text: 'Bearer {{setting.saas_token}}',
      violations: [],
    });
    expect(substitutePlaceholders('Bearer {{setting.saas_token}}', 'header', { ...base, secure: true })).toEqual({
      text: 'Bearer s3cr3t',
      violations: [],
    });
  });

  it('refuses a secure placeholder outside its scopes; no scopes means anywhere', () => {
    expect(substitutePlaceholders('?t={{setting.saas_token}}', 'url', { ...base, secure: true })).toEqual({
      text: '?t={{setting.saas_token}}',
      violations: ['saas_token'],
    });
    expect(substitutePlaceholders('{"t":"{{setting.saas_token}}"}', 'body', { ...base, secure: true }).violations).toEqual(['saas_token']);
    expect(substitutePlaceholders('{{setting.anywhere_secret}}', 'body', { ...base, secure: true }).text).toBe('x-secret');
  });

  it('leaves unknown placeholders as typed', () => {
    expect(substitutePlaceholders('{{setting.missing}}', 'url', { ...base, secure: true }).text).toBe('{{setting.missing}}');
  });
});

describe('isWhitelisted', () => {
  it('matches exact hosts, *. wildcards, placeholder entries and the extra list', () => {
    const c = ctx();
    expect(isWhitelisted('saas.example.com', c)).toBe(true);
    expect(isWhitelisted('SAAS.example.com', c)).toBe(true);
    expect(isWhitelisted('a.tenants.example.net', c)).toBe(true);
    expect(isWhitelisted('tenants.example.net', c)).toBe(false);
    expect(isWhitelisted('acme.example.org', c)).toBe(true);
    expect(isWhitelisted('127.0.0.1', c)).toBe(true);
    expect(isWhitelisted('evil.example.com', c)).toBe(false);
    expect(isWhitelisted('saas.example.com.evil.io', c)).toBe(false);
  });
});

describe('prepareProxyRequest', () => {
  it('puts the secure token in the header of a secure request to a whitelisted host', () => {
    const r = prepareProxyRequest(
      {
        url: '{{setting.saas_endpoint}}?tenant={{setting.tenant}}',
        type: 'POST',
        secure: true,
        contentType: 'application/json',
        data: '{"n":1}',
        headers: { Authorization: 'Bearer {{setting.saas_token}}' },
        timeout: 2000,
      },
      ctx(),
    );
    expect(r).toEqual({
      ok: true,
      request: {
        url: 'https://saas.example.com/ingest?tenant=acme',
        method: 'POST',
        headers: { Authorization: 'Bearer s3cr3t', Accept: '*/*', 'Content-Type': 'application/json' },
        body: '{"n":1}',
        timeoutMs: 2000,
      },
    });
  });

  it('does not substitute secure settings without secure: true', () => {
    const r = prepareProxyRequest({ url: 'https://saas.example.com/x', headers: { Authorization: 'Bearer {{setting.saas_token}}' } }, ctx());
    expect(r.ok && r.request.headers.Authorization).toBe('Bearer {{setting.saas_token}}');
  });

  it('refuses hosts outside the whitelist with 403, before any substitution', () => {
    const r = prepareProxyRequest(
      { url: 'https://evil.example.com/steal', secure: true, headers: { Authorization: '{{setting.saas_token}}' } },
      ctx(),
    );
    expect(r).toEqual({ ok: false, status: 403, error: 'ProxyError', description: expect.stringContaining('evil.example.com') });
  });

  it('refuses a secure placeholder in the url or body of a header-scoped setting with 400', () => {
    expect(prepareProxyRequest({ url: 'https://saas.example.com/?t={{setting.saas_token}}', secure: true }, ctx())).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(
      prepareProxyRequest(
        { url: 'https://saas.example.com/', type: 'POST', contentType: 'application/json', data: { t: '{{setting.saas_token}}' }, secure: true },
        ctx(),
      ),
    ).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses bad urls and schemes', () => {
    expect(prepareProxyRequest({ url: 'file:///etc/passwd' }, ctx())).toMatchObject({ ok: false, status: 400 });
    expect(prepareProxyRequest({ url: 'http://[::1' }, ctx())).toMatchObject({ ok: false, status: 400 });
  });
});

describe('prepareProxyRequest: vendor hosts go to their local fakes', () => {
  const vendorRoutes = { 'api-ext.zluri.com': 'http://127.0.0.1:4402', 'api.lumos.com': 'http://127.0.0.1:4402' };
  const zluriCtx = (whitelisted: string[]) => ctx({ manifest: { domainWhitelist: whitelisted, parameters }, vendorRoutes });

  it('sends a whitelisted vendor host to the fake, path and query kept, the token substituted, the host named', () => {
    const r = prepareProxyRequest(
      {
        url: 'https://api-ext.zluri.com/v2/integrations-sync/instances/abc/syncs?x=1',
        type: 'POST',
        secure: true,
        headers: { 'api-key': '{{setting.saas_token}}', 'X-Forwarded-Host': 'evil.example.com' },
      },
      zluriCtx(['api-ext.zluri.com']),
    );
    expect(r).toEqual({
      ok: true,
      request: {
        url: 'http://127.0.0.1:4402/v2/integrations-sync/instances/abc/syncs?x=1',
        vendorUrl: 'https://api-ext.zluri.com/v2/integrations-sync/instances/abc/syncs?x=1',
        method: 'POST',
        headers: { 'api-key': 's3cr3t', Accept: '*/*', 'x-forwarded-host': 'api-ext.zluri.com' },
      },
    });
  });

  it('still refuses a vendor host that the package does not whitelist (403), and any scheme but https', () => {
    const options = { url: 'https://api-ext.zluri.com/v2/x', secure: true, headers: { 'api-key': '{{setting.saas_token}}' } };
    expect(prepareProxyRequest(options, zluriCtx([]))).toMatchObject({ ok: false, status: 403 });
    expect(prepareProxyRequest({ ...options, url: 'http://api-ext.zluri.com/v2/x' }, zluriCtx(['api-ext.zluri.com']))).toMatchObject({
      ok: false,
      status: 502,
    });
    expect(prepareProxyRequest({ ...options, url: 'https://api-ext.zluri.com:8443/v2/x' }, zluriCtx(['api-ext.zluri.com']))).toMatchObject({
      ok: false,
      status: 502,
    });
  });

  it('leaves other hosts alone and never passes on an x-forwarded-host the app set', () => {
    const r = prepareProxyRequest({ url: 'https://saas.example.com/in', headers: { 'x-forwarded-host': 'api.lumos.com' } }, ctx({ vendorRoutes }));
    expect(r).toMatchObject({ ok: true, request: { url: 'https://saas.example.com/in', headers: { Accept: '*/*' } } });
    expect(r.ok && r.request.vendorUrl).toBeUndefined();
    expect(r.ok && Object.keys(r.request.headers)).toEqual(['Accept']);
  });
});

describe('handleProxy over HTTP', () => {
  let receiver: Server;
  let proxy: Server;
  let receiverUrl = '';
  let proxyUrl = '';
  const seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        if (req.url === '/fail') {
          res.writeHead(503, 'Busy', { 'content-type': 'application/json', 'retry-after': '9', 'set-cookie': 'a=b' });
          res.end('{"error":"busy"}');
          return;
        }
        res.writeHead(202, { 'content-type': 'application/json', 'x-receiver': 'yes' });
        res.end('{"accepted":true}');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    proxy = createServer((req, res) => {
      void handleProxy(req, res, ctx({ zendeskOrigin: 'http://localhost:4400' }));
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/__standin/proxy`;
  });

  afterAll(async () => {
    for (const s of [receiver, proxy]) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
  });

  const callProxy = (options: unknown, headers: Record<string, string> = {}) =>
    fetch(proxyUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:4400', ...headers },
      body: JSON.stringify({ options }),
    });

  it('performs the request server side and mirrors the answer', async () => {
    const res = await callProxy({
      url: `${receiverUrl}/in`,
      type: 'POST',
      secure: true,
      contentType: 'application/json',
      data: { seats: 3 },
      headers: { Authorization: 'Bearer {{setting.saas_token}}' },
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('x-receiver')).toBe('yes');
    expect(await res.json()).toEqual({ accepted: true });
    const last = seen.at(-1);
    expect(last).toMatchObject({ method: 'POST', url: '/in', body: '{"seats":3}' });
    expect(last?.headers.authorization).toBe('Bearer s3cr3t');
    expect(last?.headers.origin).toBeUndefined();
  });

  it('passes error statuses through, without the target cookies', async () => {
    const res = await callProxy({ url: `${receiverUrl}/fail` });
    expect(res.status).toBe(503);
    expect(res.statusText).toBe('Busy');
    expect(res.headers.get('retry-after')).toBe('9');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('x-standin-proxy-error')).toBeNull();
  });

  it('answers 403 for a host outside the whitelist and 502 for an unreachable one', async () => {
    const refused = await callProxy({ url: 'https://evil.example.com/' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('x-standin-proxy-error')).toBe('1');
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const unreachable = await callProxy({ url: `http://127.0.0.1:${port}/` });
    expect(unreachable.status).toBe(502);
  });

  it('answers 504 when the timeout option elapses', async () => {
    const slow = createServer((_req, res) => setTimeout(() => res.end('late'), 1000));
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    try {
      const res = await callProxy({ url: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/`, timeout: 100 });
      expect(res.status).toBe(504);
    } finally {
      slow.closeAllConnections();
      await new Promise((r) => slow.close(r));
    }
  });

  it('serves only the Zendesk page: other origins, non-JSON and non-POST are refused', async () => {
    expect((await callProxy({ url: `${receiverUrl}/in` }, { origin: 'http://127.0.0.1:4401' })).status).toBe(403);
    const text = await fetch(proxyUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
    expect((await fetch(proxyUrl)).status).toBe(405);
    const bad = await fetch(proxyUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"nope":1}' });
    expect(bad.status).toBe(400);
  });
});
