/**
 * Read-only static files, the way Zendesk's app CDN serves a package's assets/:
 * known content types, no directory listing, no way out of the folder, never cached
 * (the app is rebuilt while the stand-in runs). When the stand-in's clock has been moved,
 * every .html page gets a first script that moves the page's Date with it (not in Zendesk:
 * the one way to let an app in a real browser live through tomorrow today).
 */
import { createReadStream, type Stats } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function notFound(res: ServerResponse, status = 404, message = 'Not found'): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(message);
}

/**
 * Maps a URL path under `prefix` to a file inside `root`, or null when it is not one:
 * encoded or plain `..`, backslashes, NUL bytes and empty segments are refused outright.
 */
export function resolveStaticPath(root: string, prefix: string, urlPath: string): string | null {
  if (!urlPath.startsWith(prefix)) return null;
  const rest = urlPath.slice(prefix.length);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return null;
  }
  if (decoded === '' || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  const base = resolve(root);
  const file = resolve(base, ...segments);
  if (!file.startsWith(base + sep)) return null;
  return file;
}

export interface StaticOptions {
  /** How far the stand-in's clock is ahead of the machine's, in ms; HTML pages are shifted when it is not 0. */
  clockOffsetMs?: () => number | Promise<number>;
}

/**
 * An inline script that moves `Date.now()` and `new Date()` (no arguments) by `offsetMs`;
 * `new Date(x)`, `Date.parse`, `Date.UTC` and `instanceof Date` are unchanged.
 */
export function clockScript(offsetMs: number): string {
  const offset = Math.trunc(offsetMs);
  return (
    `<script data-standin-clock="${offset}">(() => {` +
    `const offset = ${offset}; const RealDate = Date;` +
    `class StandinDate extends RealDate {` +
    `constructor(...args) { if (args.length === 0) super(RealDate.now() + offset); else super(...args); }` +
    `static now() { return RealDate.now() + offset; } }` +
    `Object.defineProperty(StandinDate, 'name', { value: 'Date' });` +
    // Date() called as a function answers a string, as the real one does.
    `globalThis.Date = new Proxy(StandinDate, { apply: () => new StandinDate().toString() });` +
    `})();</script>`
  );
}

/** The page with the clock script first thing in its head (or first in the document when it has none). */
export function withClock(html: string, offsetMs: number): string {
  const script = clockScript(offsetMs);
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + script + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return html.slice(0, at) + script + html.slice(at);
}

/**
 * Serves GET/HEAD `prefix<file>` from `root`. Returns false when the path is not under
 * `prefix` (so the caller can try other routes); answers 404 for anything else missing.
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  prefix: string,
  options: StaticOptions = {},
): Promise<boolean> {
  const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
  if (!urlPath.startsWith(prefix)) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end('Method not allowed');
    return true;
  }
  const file = resolveStaticPath(root, prefix, urlPath);
  if (!file) {
    notFound(res);
    return true;
  }
  let info: Stats;
  try {
    // A symlink inside the folder must not lead out of it either.
    const [realFile, realRoot] = await Promise.all([realpath(file), realpath(root)]);
    if (!realFile.startsWith(realRoot + sep)) throw new Error('outside');
    info = await stat(realFile);
  } catch {
    notFound(res);
    return true;
  }
  if (!info.isFile()) {
    notFound(res);
    return true;
  }
  const offset = options.clockOffsetMs && extname(file).toLowerCase() === '.html' ? await options.clockOffsetMs() : 0;
  if (offset !== 0) {
    const body = withClock(await readFile(file, 'utf8'), offset);
    res.writeHead(200, {
      'content-type': contentTypeFor(file),
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }
  res.writeHead(200, {
    'content-type': contentTypeFor(file),
    'content-length': info.size,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  await new Promise<void>((done) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      done();
    });
    stream.on('end', () => done());
    res.on('close', () => {
      stream.destroy();
      done();
    });
    stream.pipe(res);
  });
  return true;
}
