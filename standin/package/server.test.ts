/** The stand-in hosting a package that is not Seat Review (`startStandin({ packageDir })`). */
import { rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandinHostConfig } from '../host/config';
import { startStandin, type Standin } from '../server';
import { writeOtherPackage, zipFolder } from './testPackage';

const account = { seats: 6, endUsers: 2, seed: 5, now: '2026-03-01T10:00:00Z', ticketEvents: 0 };
let target: Server;
let port = 0;
const received: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];
let root = '';
let standin: Standin;

async function hostConfig(s: Standin): Promise<StandinHostConfig> {
  const res = await fetch(`${s.zendeskUrl}/__standin/host-config`);
  expect(res.status).toBe(200);
  return (await res.json()) as StandinHostConfig;
}

function proxy(options: Record<string, unknown>): Promise<Response> {
  return fetch(`${standin.zendeskUrl}/__standin/proxy`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ options }),
  });
}

beforeAll(async () => {
  target = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
  port = (target.address() as AddressInfo).port;
  // 127.0.0.1 is whitelisted by the package; localhost (the same server) is not, and the stand-in adds no extras here.
  root = writeOtherPackage({ domainWhitelist: ['127.0.0.1'] });
  standin = await startStandin({
    zendeskPort: 0,
    appPort: 0,
    saasPort: 0,
    account,
    extraWhitelist: [],
    packageDir: root,
    settings: { beta: true, api_key: 'k-123', stray: 'x' },
  });
}, 60_000);

afterAll(async () => {
  await standin.close();
  target.closeAllConnections();
  await new Promise((r) => target.close(r));
  rmSync(root, { recursive: true, force: true });
});

describe('startStandin({ packageDir })', () => {
  it('serves the page at /agent/apps/<name slug>, not at Seat Review’s', async () => {
    expect(standin.hostPageUrl).toBe(`${standin.zendeskUrl}/agent/apps/ticket-buddy`);
    expect(standin.appName).toBe('Ticket Buddy!');
    expect((await fetch(standin.hostPageUrl)).status).toBe(200);
    const home = await fetch(`${standin.zendeskUrl}/`, { redirect: 'manual' });
    expect(home.headers.get('location')).toBe('/agent/apps/ticket-buddy');
    expect((await fetch(`${standin.zendeskUrl}/agent/apps/seat-review`)).status).toBe(404);
  });

  it("installs the package's settings: defaults, then installed values; no secure or undeclared value reaches the page", async () => {
    const config = await hostConfig(standin);
    expect(config.app).toEqual({ name: 'Ticket Buddy!', version: '2.1.0' });
    expect(config.settings).toEqual({ greeting: 'Hi', max_items: 5, beta: true });
    expect(JSON.stringify(config)).not.toContain('k-123');
    expect(standin.droppedSettings).toEqual(['stray']);
    expect(config.appUrl.startsWith(`${standin.appUrl}/assets/iframe.html?`)).toBe(true);
    expect(config).not.toHaveProperty('iconMissing');
  });

  it('gives the signed-in agent groups in ZAF’s shape', async () => {
    const { currentUser } = await hostConfig(standin);
    expect(currentUser.groups.length).toBeGreaterThan(0);
    expect(currentUser.groups[0]).toEqual({ id: expect.any(Number) as number, name: 'Support' });
  });

  it("serves the package's assets from the app origin, and its icon; nothing outside assets/", async () => {
    const page = await fetch(`${standin.appUrl}/assets/iframe.html`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('buddy page');
    expect((await fetch(`${standin.appUrl}/manifest.json`)).status).toBe(404);
    expect((await fetch(`${standin.appUrl}/assets/../manifest.json`)).status).toBe(404);
    expect(await (await fetch(`${standin.zendeskUrl}/app-icon.svg`)).text()).toContain('buddy-icon');
  });

  it('substitutes a secure setting only for a whitelisted host and only in its scopes', async () => {
    received.length = 0;
    const header = { authorization: 'Bearer {{setting.api_key}}' };
    const ok = await proxy({ url: `http://127.0.0.1:${port}/a`, type: 'GET', headers: header, secure: true });
    expect(ok.status).toBe(200);
    expect(received.at(-1)?.headers.authorization).toBe('Bearer k-123');
    // Not whitelisted: refused before anything is sent.
    const other = await proxy({ url: `http://localhost:${port}/b`, type: 'GET', headers: header, secure: true });
    expect(other.status).toBe(403);
    // Outside the parameter's scopes (header only): refused.
    const inBody = await proxy({ url: `http://127.0.0.1:${port}/c`, type: 'POST', data: 'key={{setting.api_key}}', secure: true });
    expect(inBody.status).toBe(400);
    const inUrl = await proxy({ url: `http://127.0.0.1:${port}/d?key={{setting.api_key}}`, type: 'GET', secure: true });
    expect(inUrl.status).toBe(400);
    // Without secure: true the placeholder travels as typed.
    await proxy({ url: `http://127.0.0.1:${port}/e`, type: 'GET', headers: header });
    expect(received.at(-1)?.headers.authorization).toBe('Bearer {{setting.api_key}}');
    expect(received.map((r) => r.url)).toEqual(['/a', '/e']);
  });

  it('setSettings keeps to declared parameters', async () => {
    standin.setSettings({ greeting: 'Hello', nope: 1 });
    expect((await hostConfig(standin)).settings).toEqual({ greeting: 'Hello', max_items: 5, beta: true });
  });
});

describe('a zipped package without its nav icon', () => {
  it('hosts the zip and says the icon is missing', async () => {
    const folder = writeOtherPackage({ icon: false });
    const zip = zipFolder(folder, join(folder, '..', `${folder.split(/[\\/]/).pop() ?? 'p'}.zip`));
    const s = await startStandin({ zendeskPort: 0, appPort: 0, saasPort: 0, account, packageDir: zip });
    try {
      expect(s.iconMissing).toBe(true);
      expect((await hostConfig(s)).iconMissing).toBe(true);
      expect(await (await fetch(`${s.appUrl}/assets/iframe.html`)).text()).toContain('buddy page');
      expect((await fetch(`${s.zendeskUrl}/app-icon.svg`)).status).toBe(200);
    } finally {
      await s.close();
      rmSync(folder, { recursive: true, force: true });
      rmSync(zip, { force: true });
    }
  });
});
