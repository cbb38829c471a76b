import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockScript, contentTypeFor, resolveStaticPath, serveStatic, withClock } from './static';

let dir: string;
let root: string;
let server: Server;
let base = '';
/** The stand-in clock's offset the test server reports. */
let clockOffset = 0;
const DAY = 86_400_000;

/** Raw GET, so paths like /assets/../x reach the server unnormalised (fetch would clean them). */
function rawGet(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((done, fail) => {
    const req = request(`${base}${path}`, { method }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'standin-static-'));
  root = join(dir, 'assets');
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><p>app</p>');
  writeFileSync(join(root, 'background.html'), '<!doctype html>\n<html lang="en"><head><meta charset="utf-8" /></head><body>bg</body></html>');
  writeFileSync(join(root, 'seat-review-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'seat-review-abc.css'), 'p{}');
  writeFileSync(join(root, 'icon_nav_bar.svg'), '<svg/>');
  writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, 'sub', 'data.bin'), 'x');
  writeFileSync(join(dir, 'secret.txt'), 'top secret');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'));
  server = createServer((req, res) => {
    void serveStatic(req, res, root, '/assets/', { clockOffsetMs: () => clockOffset }).then((handled) => {
      if (!handled) {
        res.writeHead(404);
        res.end('outside');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('contentTypeFor', () => {
  it('knows the package file types', () => {
    expect(contentTypeFor('a.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});

describe('resolveStaticPath', () => {
  it('refuses traversal in every spelling', () => {
    for (const p of [
      '/assets/../secret.txt',
      '/assets/%2e%2e/secret.txt',
      '/assets/sub/..%2F..%2Fsecret.txt',
      '/assets/..%5Csecret.txt',
      '/assets/a%00.js',
      '/assets//etc/passwd',
      '/assets/%E0%A4%A',
    ]) {
      expect(resolveStaticPath(root, '/assets/', p), p).toBeNull();
    }
    expect(resolveStaticPath(root, '/assets/', '/assets/sub/data.bin')).toBe(join(root, 'sub', 'data.bin'));
    expect(resolveStaticPath(root, '/assets/', '/other/x')).toBeNull();
  });
});

describe('serveStatic over HTTP', () => {
  it('serves files with their content type and no caching', async () => {
    const cases: [string, string][] = [
      ['/assets/index.html', 'text/html; charset=utf-8'],
      ['/assets/seat-review-abc.js', 'text/javascript; charset=utf-8'],
      ['/assets/seat-review-abc.css', 'text/css; charset=utf-8'],
      ['/assets/icon_nav_bar.svg', 'image/svg+xml'],
      ['/assets/logo.png', 'image/png'],
    ];
    for (const [path, type] of cases) {
      const res = await rawGet(path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe(type);
      expect(res.headers['cache-control'], path).toBe('no-store');
    }
    expect((await rawGet('/assets/index.html?origin=x&app_guid=y')).body).toContain('<p>app</p>');
  });

  it('answers HEAD without a body', async () => {
    const res = await rawGet('/assets/index.html', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
  });

  it('404s missing files and directories (no listing)', async () => {
    expect((await rawGet('/assets/missing.js')).status).toBe(404);
    expect((await rawGet('/assets/')).status).toBe(404);
    expect((await rawGet('/assets/sub')).status).toBe(404);
    expect((await rawGet('/assets/sub/')).status).toBe(404);
  });

  it('never leaves the folder: .. and symlinks out are 404', async () => {
    for (const p of ['/assets/../secret.txt', '/assets/%2e%2e/secret.txt', '/assets/sub/%2e%2e/%2e%2e/secret.txt', '/assets/link.txt']) {
      const res = await rawGet(p);
      expect(res.status, p).toBe(404);
      expect(res.body, p).not.toContain('top secret');
    }
  });

  it('refuses writes and leaves other paths to the caller', async () => {
    expect((await rawGet('/assets/index.html', 'POST')).status).toBe(405);
    expect((await rawGet('/elsewhere')).body).toBe('outside');
  });
});

/** Runs the clock script in a fresh realm (its own Date) and evaluates `expression` there. */
function inShiftedRealm(offsetMs: number, expression: string): unknown {
  const script = /<script[^>]*>([\s\S]*)<\/script>/.exec(clockScript(offsetMs))?.[1] ?? '';
  return runInNewContext(`${script};\n${expression}`, {});
}

describe('the stand-in clock in served pages', () => {
  it('shifts Date.now() and new Date() by the offset, and nothing else', () => {
    const before = Date.now();
    const shifted = inShiftedRealm(3 * DAY, 'Date.now()') as number;
    expect(shifted - before).toBeGreaterThanOrEqual(3 * DAY);
    expect(shifted - Date.now()).toBeLessThanOrEqual(3 * DAY);
    expect((inShiftedRealm(3 * DAY, 'new Date().getTime()') as number) - Date.now()).toBeGreaterThan(3 * DAY - 1000);
    expect(inShiftedRealm(DAY, 'new Date(0).toISOString()')).toBe('1970-01-01T00:00:00.000Z');
    expect(inShiftedRealm(DAY, 'new Date("2026-03-01T00:00:00Z").getTime() === Date.parse("2026-03-01T00:00:00Z")')).toBe(true);
    expect(inShiftedRealm(DAY, 'Date.UTC(2026, 0, 1)')).toBe(Date.UTC(2026, 0, 1));
    expect(inShiftedRealm(DAY, 'new Date() instanceof Date && typeof Date() === "string" && Date.name')).toBe('Date');
    const today = new Date(Date.now() + DAY).toISOString().slice(0, 10);
    expect(inShiftedRealm(DAY, 'new Date().toISOString().slice(0, 10)')).toBe(today);
  });

  it('goes first in the head, or first in a page without one', () => {
    const page = withClock('<!doctype html><html><head><meta charset="utf-8"></head></html>', DAY);
    expect(page.startsWith(`<!doctype html><html><head>${clockScript(DAY)}<meta charset="utf-8">`)).toBe(true);
    expect(withClock('<!doctype html><p>x</p>', DAY)).toBe(`<!doctype html>${clockScript(DAY)}<p>x</p>`);
    expect(withClock('<p>x</p>', DAY)).toBe(`${clockScript(DAY)}<p>x</p>`);
  });

  it('is injected into every .html page while the offset is not 0, with a matching length', async () => {
    try {
      clockOffset = 2 * DAY;
      for (const path of ['/assets/index.html?origin=x&app_guid=y', '/assets/background.html']) {
        const res = await rawGet(path);
        expect(res.status, path).toBe(200);
        expect(res.body, path).toContain(`<script data-standin-clock="${2 * DAY}">`);
        expect(Number(res.headers['content-length']), path).toBe(Buffer.byteLength(res.body));
        expect(res.headers['cache-control'], path).toBe('no-store');
      }
      expect((await rawGet('/assets/background.html')).body).toMatch(/<head><script data-standin-clock[^>]*>.*<\/script><meta charset/);
      expect((await rawGet('/assets/seat-review-abc.js')).body).toBe('console.log(1)');
      const head = await rawGet('/assets/index.html', 'HEAD');
      expect(head.body).toBe('');
      expect(Number(head.headers['content-length'])).toBeGreaterThan('<!doctype html><p>app</p>'.length);
      clockOffset = 0;
      expect((await rawGet('/assets/index.html')).body).toBe('<!doctype html><p>app</p>');
    } finally {
      clockOffset = 0;
    }
  });
});
