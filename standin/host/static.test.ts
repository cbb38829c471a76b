import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, resolveStaticPath, serveStatic } from './static';

let dir: string;
let root: string;
let server: Server;
let base = '';

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
  writeFileSync(join(root, 'seat-review-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'seat-review-abc.css'), 'p{}');
  writeFileSync(join(root, 'icon_nav_bar.svg'), '<svg/>');
  writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, 'sub', 'data.bin'), 'x');
  writeFileSync(join(dir, 'secret.txt'), 'top secret');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'));
  server = createServer((req, res) => {
    void serveStatic(req, res, root, '/assets/').then((handled) => {
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
