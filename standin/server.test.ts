import { readdirSync, statSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor } from './host/static';
import type { HostConfig } from './host/types';
import { ASSETS_DIR, startStandin, type Standin } from './server';
import { DEMO_SETTINGS } from './settings';

/** A local SaaS receiver standing for the app's snapshot endpoint. */
let receiver: Server;
let receiverUrl = '';
const received: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];
let standin: Standin;

/** Raw request, so paths reach the server exactly as written. */
function raw(url: string, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((done, fail) => {
    const req = request(url, { method }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

function proxy(options: Record<string, unknown>, origin?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (origin) headers.origin = origin;
  return fetch(`${standin.zendeskUrl}/__standin/proxy`, { method: 'POST', headers, body: JSON.stringify({ options }) });
}

async function hostConfig(): Promise<{ text: string; config: HostConfig }> {
  const res = await fetch(`${standin.zendeskUrl}/__standin/host-config`);
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, config: JSON.parse(text) as HostConfig };
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  standin = await startStandin({
    zendeskPort: 0,
    appPort: 0,
    account: { seats: 8, endUsers: 5, seed: 3, now: '2026-03-01T10:00:00Z' },
    settings: { saas_endpoint: `${receiverUrl}/ingest` },
  });
}, 60_000);

afterAll(async () => {
  await standin.close();
  receiver.closeAllConnections();
  await new Promise((r) => receiver.close(r));
});

describe('startStandin', () => {
  it('exposes a localhost Zendesk origin and a separate 127.0.0.1 app origin', () => {
    expect(standin.zendeskUrl).toMatch(/^http:\/\/localhost:\d+$/);
    expect(standin.appUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(new URL(standin.zendeskUrl).port).not.toBe(new URL(standin.appUrl).port);
    expect(standin.hostPageUrl).toBe(`${standin.zendeskUrl}/agent/apps/seat-review`);
  });

  it('redirects / to the app page and serves the built host page with its bundle', async () => {
    const root = await raw(`${standin.zendeskUrl}/`);
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/agent/apps/seat-review');

    const page = await raw(standin.hostPageUrl);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain(`frame-src ${standin.appUrl}`);
    expect(page.body).not.toMatch(/https?:\/\/(?!www\.w3\.org)/); // nothing from a CDN
    const assets = [...page.body.matchAll(/(?:src|href)="(\/__standin\/host\/[^"]+)"/g)].map((m) => m[1] as string);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const asset of assets) {
      const res = await raw(`${standin.zendeskUrl}${asset}`);
      expect(res.status, asset).toBe(200);
      expect(res.headers['content-type'], asset).toBe(contentTypeFor(asset));
    }
    expect((await raw(`${standin.zendeskUrl}/__standin/host/nope.js`)).status).toBe(404);
  });

  it('host-config: account, signed-in admin, app iframe URL, non-secure settings only', async () => {
    const { text, config } = await hostConfig();
    expect(text).not.toContain(DEMO_SETTINGS.saas_token);
    expect(config.settings).not.toHaveProperty('saas_token');
    expect(config.settings).toMatchObject({ saas_endpoint: `${receiverUrl}/ingest`, idle_days: 30, grace_days: 14, seat_price: 55 });
    expect(config.subdomain).toBe(standin.api.account().subdomain);
    expect(config.currentUser).toMatchObject({ id: standin.api.account().ownerId, role: 'admin' });
    expect(config.users[0]).toMatchObject({ id: standin.api.account().ownerId, role: 'admin', owner: true });
    expect(config.users.filter((u) => u.role === 'agent').map((u) => u.id)).toEqual([standin.api.account().sampleAgentId]);
    expect(config.appOrigin).toBe(standin.appUrl);
    const iframe = new URL(config.appUrl);
    expect(iframe.origin).toBe(standin.appUrl);
    expect(iframe.pathname).toBe('/assets/index.html');
    expect(iframe.searchParams.get('origin')).toBe(standin.zendeskUrl);
    expect(iframe.searchParams.get('app_guid')).toBe(config.appGuid);
  });

  it("host-config: an instance for each of the manifest's locations, new guids on every load", async () => {
    const first = (await hostConfig()).config;
    expect(first.instances.map((i) => i.location)).toEqual(['nav_bar', 'background']);
    const [nav, background] = first.instances;
    expect(nav?.url).toBe(first.appUrl);
    expect(nav?.instanceGuid).toBe(first.appGuid);
    const bg = new URL(background?.url ?? '');
    expect(`${bg.origin}${bg.pathname}`).toBe(`${standin.appUrl}/assets/background.html`);
    expect(bg.searchParams.get('origin')).toBe(standin.zendeskUrl);
    expect(bg.searchParams.get('app_guid')).toBe(background?.instanceGuid);
    expect(background?.instanceGuid).not.toBe(nav?.instanceGuid);
    const second = (await hostConfig()).config;
    expect(second.instances.map((i) => i.instanceGuid)).not.toContain(nav?.instanceGuid);
  });

  it("host-config: the page hands the app the session's language and the seat currency", async () => {
    const own = (await hostConfig()).config.currentUser.locale;
    expect((await hostConfig()).config.settings.seat_currency).toBe('USD');
    const post = (body: unknown) =>
      fetch(`${standin.zendeskUrl}/__standin/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    try {
      expect((await post({ role: 'admin', locale: 'he' })).status).toBe(200);
      expect((await hostConfig()).config.currentUser).toMatchObject({ id: standin.api.account().ownerId, locale: 'he' });
      expect((await post({ role: 'admin' })).status).toBe(200);
      expect((await hostConfig()).config.currentUser.locale).toBe(own);
    } finally {
      await post({ role: 'admin' });
    }
  });

  it('startStandin({ locale }) signs the admin in with that language', async () => {
    const german = await startStandin({ zendeskPort: 0, appPort: 0, saasPort: 0, account: { seats: 2, endUsers: 0 }, locale: 'de' });
    try {
      const config = (await (await fetch(`${german.zendeskUrl}/__standin/host-config`)).json()) as HostConfig;
      expect(config.currentUser).toMatchObject({ id: german.api.account().ownerId, role: 'admin', locale: 'de' });
    } finally {
      await german.close();
    }
  });

  it('serves the nav bar icon', async () => {
    const res = await raw(`${standin.zendeskUrl}/app-icon.svg`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml');
    expect(res.body).toContain('<svg');
  });

  it('delegates the Support API and 404s the rest', async () => {
    const me = await fetch(`${standin.zendeskUrl}/api/v2/users/me.json`);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { id: number } }).user.id).toBe(standin.api.currentUser().id);
    expect((await raw(`${standin.zendeskUrl}/definitely/not/here`)).status).toBe(404);
  });
});

describe('two admins in two browsers', () => {
  it('a browser session (cookie) signs in that browser only; host-config and the API follow the cookie', async () => {
    // 30 seats: the account has an owner and at least two other admins.
    const two = await startStandin({ zendeskPort: 0, account: { seats: 30, endUsers: 0 } });
    const configOf = async (cookie?: string) =>
      (await (await fetch(`${two.zendeskUrl}/__standin/host-config`, cookie ? { headers: { cookie } } : {})).json()) as HostConfig;
    try {
      const { users } = await configOf();
      expect(users.filter((u) => u.role === 'admin').length).toBeGreaterThanOrEqual(2);
      const second = users.find((u) => u.role === 'admin' && !u.owner);
      if (!second) throw new Error('the switcher offers no second admin');
      const res = await fetch(`${two.zendeskUrl}/__standin/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user_id: second.id, browser: true }),
      });
      expect(res.status).toBe(200);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect(cookie).toMatch(/=/);
      expect((await configOf(cookie)).currentUser).toMatchObject({ id: second.id, role: 'admin' });
      const me = (await (await fetch(`${two.zendeskUrl}/api/v2/users/me.json`, { headers: { cookie } })).json()) as { user: { id: number } };
      expect(me.user.id).toBe(second.id);
      // The other browser (no cookie) is still the owner.
      expect((await configOf()).currentUser.id).toBe(two.api.account().ownerId);
    } finally {
      await two.close();
    }
  });
});

describe('installing the app and the clock', () => {
  it('reads requirements.json: the seat_review_day object exists, with the history asked for; none without custom objects', async () => {
    const withHistory = await startStandin({ zendeskPort: 0, account: { seats: 2, endUsers: 0 }, historyDays: 5 });
    const without = await startStandin({ zendeskPort: 0, account: { seats: 2, endUsers: 0 }, customObjects: false });
    try {
      const records = await fetch(`${withHistory.zendeskUrl}/api/v2/custom_objects/seat_review_day/records?page[size]=100`);
      expect(records.status).toBe(200);
      expect(((await records.json()) as { custom_object_records: unknown[] }).custom_object_records).toHaveLength(5);
      expect((await fetch(`${without.zendeskUrl}/api/v2/custom_objects/seat_review_day/records`)).status).toBe(403);
    } finally {
      await Promise.all([withHistory.close(), without.close()]);
    }
  });

  it('moving the clock shifts Date in every page the app origin serves, and only then', async () => {
    const moved = await startStandin({ zendeskPort: 0, account: { seats: 2, endUsers: 0 } });
    try {
      expect((await raw(`${moved.appUrl}/assets/index.html`)).body).not.toContain('data-standin-clock');
      const res = await fetch(`${moved.zendeskUrl}/__standin/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advanceDays: 1 }),
      });
      expect(res.status).toBe(200);
      const page = await raw(`${moved.appUrl}/assets/index.html?origin=x&app_guid=y`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('<script data-standin-clock="86400000">');
      expect(Number(page.headers['content-length'])).toBe(Buffer.byteLength(page.body));
      // No Content-Security-Policy on the app's pages that would block the inline script.
      expect(page.headers['content-security-policy']).toBeUndefined();
      expect(page.body).not.toMatch(/http-equiv=["']?content-security-policy/i);
    } finally {
      await moved.close();
    }
  });
});

describe('the app origin (assets/, read-only)', () => {
  it('serves files in assets/ with content types and no caching', async () => {
    const files = readdirSync(ASSETS_DIR).filter((f) => statSync(join(ASSETS_DIR, f)).isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const file of files.slice(0, 5)) {
      const res = await raw(`${standin.appUrl}/assets/${encodeURIComponent(file)}`);
      expect(res.status, file).toBe(200);
      expect(res.headers['content-type'], file).toBe(contentTypeFor(file));
      expect(res.headers['cache-control'], file).toBe('no-store');
    }
  });

  it('404s listings, missing files, traversal and anything outside /assets/', async () => {
    for (const path of [
      '/assets/',
      '/assets',
      '/assets/missing.js',
      '/assets/../manifest.json',
      '/assets/%2e%2e/manifest.json',
      '/assets/..%2fmanifest.json',
      '/manifest.json',
      '/',
      '/api/v2/users/me.json',
      '/__standin/host-config',
    ]) {
      const res = await raw(`${standin.appUrl}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('"frameworkVersion"');
    }
    expect((await raw(`${standin.appUrl}/assets/logo.png`, 'DELETE')).status).toBe(405);
  });
});

describe('POST /__standin/proxy', () => {
  it('substitutes the secure token into the header of a secure request, server side', async () => {
    const res = await proxy({
      url: '{{setting.saas_endpoint}}',
      type: 'POST',
      secure: true,
      contentType: 'application/json',
      data: JSON.stringify({ seats: 8 }),
      headers: { Authorization: 'Bearer {{setting.saas_token}}' },
    });
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toBe('{"ok":true}');
    expect(body).not.toContain(DEMO_SETTINGS.saas_token);
    const last = received.at(-1);
    expect(last?.url).toBe('/ingest');
    expect(last?.headers.authorization).toBe(`Bearer ${DEMO_SETTINGS.saas_token}`);
    expect(last?.body).toBe('{"seats":8}');
  });

  it('leaves the secure placeholder literal without secure: true', async () => {
    const res = await proxy({ url: `${receiverUrl}/ingest`, headers: { Authorization: 'Bearer {{setting.saas_token}}' } });
    expect(res.status).toBe(200);
    expect(received.at(-1)?.headers.authorization).toBe('Bearer {{setting.saas_token}}');
  });

  it('refuses a secure setting outside its header scope, and non-whitelisted hosts', async () => {
    const count = received.length;
    const inUrl = await proxy({ url: `${receiverUrl}/ingest?token={{setting.saas_token}}`, secure: true });
    expect(inUrl.status).toBe(400);
    const elsewhere = await proxy({ url: 'https://saas.example.com/ingest', secure: true, headers: { Authorization: '{{setting.saas_token}}' } });
    expect(elsewhere.status).toBe(403);
    expect(received.length).toBe(count);
  });

  it('is not usable from the app origin', async () => {
    const res = await proxy({ url: `${receiverUrl}/ingest` }, standin.appUrl);
    expect(res.status).toBe(403);
  });

  it('setSettings changes what the proxy substitutes and what the page is told', async () => {
    standin.setSettings({ saas_token: 'rotated-token', idle_days: 45 });
    await proxy({ url: `${receiverUrl}/ingest`, secure: true, headers: { Authorization: 'Bearer {{setting.saas_token}}' } });
    expect(received.at(-1)?.headers.authorization).toBe('Bearer rotated-token');
    const { text, config } = await hostConfig();
    expect(text).not.toContain('rotated-token');
    expect(config.settings.idle_days).toBe(45);
  });
});

describe('close()', () => {
  it('frees both ports, even with a keep-alive connection open', async () => {
    const other = await startStandin({ zendeskPort: 0, appPort: 0, account: { seats: 2, endUsers: 0 } });
    const agent = await fetch(other.hostPageUrl, { keepalive: true });
    expect(agent.status).toBe(200);
    await other.close();
    await expect(fetch(other.hostPageUrl)).rejects.toThrow();
    await expect(fetch(`${other.appUrl}/assets/logo.png`)).rejects.toThrow();
    await other.close(); // idempotent
  });

  it('fails cleanly when a port is taken', async () => {
    const port = Number(new URL(standin.zendeskUrl).port);
    await expect(startStandin({ zendeskPort: port, appPort: 0 })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
