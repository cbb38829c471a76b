/** Small HTTP helpers for the fake Support API: writing JSON, reading bodies, origins. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export type Headers = Record<string, string | number>;

export function writeRaw(res: ServerResponse, status: number, headers: Headers, body: string): void {
  res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

export function writeJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  writeRaw(res, status, { 'Content-Type': JSON_CONTENT_TYPE, ...headers }, JSON.stringify(body));
}

export class BodyError extends Error {}

const MAX_BODY_BYTES = 1_000_000;

/** Reads a JSON request body; an empty body is `undefined`. Throws BodyError when unreadable. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new BodyError('request body too large');
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError('request body is not valid JSON');
  }
}

/**
 * The origin the caller used, for absolute links (`links.next`, `next_page`): the Host
 * header as sent, so links work through whatever host and port the request came to.
 */
export function requestOrigin(req: IncomingMessage): string {
  const host = req.headers.host ?? 'localhost';
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// One isRecord for the app and the stand-in alike.
export { isRecord } from '../../src/guards';

/** Zendesk's timestamp format: ISO 8601 UTC, whole seconds, `Z`. */
export function zendeskNow(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
