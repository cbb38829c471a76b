/**
 * Server side of the stand-in's "Zendesk proxy" (`POST /__standin/proxy`), used for
 * `client.request()` calls to other hosts without `cors: true`, and for every
 * `secure: true` call. Like Zendesk's proxy it is the only place that knows secure
 * settings: the host page posts the app's raw options and gets back the target's
 * response; secure values never travel to the browser.
 *
 * Placeholder rules (Zendesk's documented behaviour, details marked where unverified):
 * - `{{setting.NAME}}` of a non-secure parameter is substituted anywhere (url, header
 *   values, body).
 * - A secure parameter is substituted only when the request has `secure: true`, the
 *   target host is whitelisted, and the placeholder sits where the parameter's `scopes`
 *   allow (`header` = header values, `url`, `body`). A secure parameter without scopes
 *   is allowed everywhere (Zendesk's validator only warns about it).
 * - Without `secure: true` a secure placeholder is left as typed, so the target sees the
 *   literal `{{setting.NAME}}` (no secret leaves the server).
 * - A secure placeholder outside its scopes is refused with 400 (Zendesk refuses such
 *   requests; the exact status and wording are unverified).
 * - Unknown placeholders are left as typed.
 * - The target host must be in the manifest's `domainWhitelist` (entries may themselves
 *   hold non-secure placeholders and `*.` wildcards) or the stand-in's extra list, else
 *   403. Zendesk requires this for secure requests; the stand-in enforces it for every
 *   proxied request, which also keeps it off the network.
 * - ZAF's automatic retry of rate-limited requests is not imitated: the app sees the 429.
 *
 * Vendor hosts (`vendorRoutes`: Zluri's, Torii's, Lumos's API hosts) never reach the internet:
 * once a request for https://<host> has passed the checks above, it goes to the local fake
 * instead, path and query kept, with `x-forwarded-host: <host>` so the fake knows which
 * platform was asked. The app keeps using the vendors' real URLs.
 */
import { isRecord } from '../../src/guards';
import { readBody } from '../body';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Manifest, ManifestParameter, SettingValue } from '../settings';
import { encodeRequest, headersObject, requestTimeoutMs } from './protocol';
import type { ZafRequestOptions } from './types';

export type PlaceholderScope = 'header' | 'url' | 'body';

export interface ProxyContext {
  manifest: Pick<Manifest, 'domainWhitelist' | 'parameters'>;
  /** All installation settings, secure ones included. Server side only. */
  settings: Readonly<Record<string, SettingValue>>;
  /** Hosts allowed besides the manifest's whitelist (e.g. 127.0.0.1 for a local receiver). */
  extraWhitelist: readonly string[];
  /** The "Zendesk" origin, for resolving relative URLs and checking the caller. */
  zendeskOrigin: string;
  fetchImpl?: typeof fetch;
  /** Vendor API host → the local origin that fakes it (standin/saas/). */
  vendorRoutes?: Readonly<Record<string, string>>;
}

export interface PreparedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  /** The URL the app asked for, when `url` is a local fake standing for it. */
  vendorUrl?: string;
}

export type Preparation = { ok: true; request: PreparedRequest } | { ok: false; status: number; error: string; description: string };

const PLACEHOLDER = /\{\{\s*setting\.([A-Za-z0-9_.-]+)\s*\}\}/g;

function settingText(value: SettingValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Replaces placeholders in one piece of a request.
 * `secure` enables secure substitution (the request asked for it and the host is
 * whitelisted); violations list secure parameters found outside their scopes.
 */
export function substitutePlaceholders(
  text: string,
  scope: PlaceholderScope,
  ctx: { parameters: readonly ManifestParameter[]; settings: Readonly<Record<string, SettingValue>>; secure: boolean },
): { text: string; violations: string[] } {
  const violations: string[] = [];
  const out = text.replace(PLACEHOLDER, (whole, name: string) => {
    const param = ctx.parameters.find((p) => p.name === name);
    const known = Object.prototype.hasOwnProperty.call(ctx.settings, name);
    if (!param?.secure) return known ? settingText(ctx.settings[name]) : whole;
    if (!ctx.secure || !known) return whole;
    const scopes = param.scopes;
    if (scopes && scopes.length > 0 && !(scopes as readonly string[]).includes(scope)) {
      violations.push(name);
      return whole;
    }
    return settingText(ctx.settings[name]);
  });
  return { text: out, violations };
}

/** Hostname from a whitelist entry: "example.com", "*.example.com", "https://x.example.com/path". */
function whitelistHost(entry: string): string | null {
  const trimmed = entry.trim().toLowerCase();
  if (trimmed === '') return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed)) {
    try {
      return new URL(trimmed).hostname;
    } catch {
      return null;
    }
  }
  return trimmed.replace(/[/:].*$/, '');
}

export function isWhitelisted(hostname: string, ctx: Pick<ProxyContext, 'manifest' | 'settings' | 'extraWhitelist'>): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const parameters = ctx.manifest.parameters ?? [];
  const entries = [...(ctx.manifest.domainWhitelist ?? []), ...ctx.extraWhitelist].map(
    // Whitelist entries may use non-secure settings, e.g. "{{setting.subdomain}}.example.com".
    (e) => substitutePlaceholders(e, 'url', { parameters, settings: ctx.settings, secure: false }).text,
  );
  return entries.some((entry) => {
    const allowed = whitelistHost(entry);
    if (!allowed) return false;
    if (allowed.startsWith('*.')) return host.endsWith(allowed.slice(1)) && host.length > allowed.length - 1;
    return host === allowed;
  });
}

function refuse(status: number, description: string): Preparation {
  return { ok: false, status, error: 'ProxyError', description };
}

/** Works out exactly what the proxy sends, or why it refuses. Pure: no I/O. */
export function prepareProxyRequest(options: ZafRequestOptions, ctx: ProxyContext): Preparation {
  const parameters = ctx.manifest.parameters ?? [];
  const secure = options.secure === true;
  const encoded = encodeRequest(options);
  const publicOnly = { parameters, settings: ctx.settings, secure: false };

  // 1. Non-secure placeholders, so the target host is known.
  const firstUrl = substitutePlaceholders(encoded.url, 'url', publicOnly).text;
  let target: URL;
  try {
    target = new URL(firstUrl, ctx.zendeskOrigin);
  } catch {
    return refuse(400, `Invalid url "${firstUrl}"`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return refuse(400, `Unsupported url scheme "${target.protocol}"`);
  }
  if (!isWhitelisted(target.hostname, ctx)) {
    return refuse(403, `Domain "${target.hostname}" is not in the app's domainWhitelist`);
  }

  // 2. Secure placeholders, where their scopes allow.
  const full = { parameters, settings: ctx.settings, secure };
  const violations = new Map<string, PlaceholderScope>();
  const sub = (text: string, scope: PlaceholderScope) => {
    const r = substitutePlaceholders(text, scope, full);
    for (const v of r.violations) violations.set(v, scope);
    return r.text;
  };
  const url = sub(firstUrl, 'url');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(encoded.headers)) {
    // The header tells a fake which vendor was asked (below): only the proxy sets it.
    if (name.toLowerCase() !== 'x-forwarded-host') headers[name] = sub(value, 'header');
  }
  const body = encoded.body === undefined ? undefined : sub(encoded.body, 'body');
  if (violations.size > 0) {
    const list = [...violations].map(([name, scope]) => `"${name}" in the ${scope}`).join(', ');
    return refuse(400, `Secure setting used outside its allowed scopes: ${list}`);
  }

  let finalUrl: URL;
  try {
    finalUrl = new URL(url, ctx.zendeskOrigin);
  } catch {
    return refuse(400, 'Invalid url after setting substitution');
  }
  if (finalUrl.host !== target.host || finalUrl.protocol !== target.protocol) {
    return refuse(400, 'A setting may not change the target host');
  }

  const request: PreparedRequest = { url: finalUrl.href, method: encoded.method, headers };
  const local = ctx.vendorRoutes?.[finalUrl.hostname.toLowerCase()];
  if (local !== undefined) {
    if (finalUrl.protocol !== 'https:' || finalUrl.port !== '') {
      return refuse(502, `The stand-in fakes ${finalUrl.hostname} at https://${finalUrl.hostname} only (got ${finalUrl.origin})`);
    }
    request.url = new URL(`${finalUrl.pathname}${finalUrl.search}`, local).href;
    request.vendorUrl = finalUrl.href;
    headers['x-forwarded-host'] = finalUrl.hostname.toLowerCase();
  }
  if (body !== undefined) request.body = body;
  const timeoutMs = requestTimeoutMs(options);
  if (timeoutMs !== undefined) request.timeoutMs = timeoutMs;
  return { ok: true, request };
}

// ---------------------------------------------------------------------------
// HTTP route

const MAX_BODY = 5 * 1024 * 1024;
/** Request headers the proxy sets itself (or that make no sense to forward). */
const DROP_REQUEST_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'cookie', 'origin', 'referer']);
/** Response headers not passed back: framing is redone, cookies stay with the target. */
const DROP_RESPONSE_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'set-cookie']);

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}

/**
 * `POST /__standin/proxy` with `{"options": <client.request options>}`. Answers with the
 * target's status, headers and body as the app should see them; refusals and upstream
 * failures carry `x-standin-proxy-error: 1`.
 */
export async function handleProxy(req: IncomingMessage, res: ServerResponse, ctx: ProxyContext): Promise<void> {
  const errorHeader = { 'x-standin-proxy-error': '1' };
  if (req.method !== 'POST') {
    sendJson(res, 405, { error: 'MethodNotAllowed', description: 'POST only' }, { ...errorHeader, allow: 'POST' });
    return;
  }
  // Only the host page may use the proxy: not the app iframe (another origin), not other sites.
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== new URL(ctx.zendeskOrigin).origin) {
    sendJson(res, 403, { error: 'Forbidden', description: 'The proxy only serves the Zendesk page' }, errorHeader);
    return;
  }
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    sendJson(res, 415, { error: 'UnsupportedMediaType', description: 'Send application/json' }, errorHeader);
    return;
  }
  let options: ZafRequestOptions;
  try {
    const call: unknown = JSON.parse(await readBody(req, MAX_BODY));
    if (!isRecord(call) || call.options === null || typeof call.options !== 'object') {
      throw new Error('missing "options"');
    }
    options = call.options as ZafRequestOptions;
  } catch (e) {
    sendJson(res, 400, { error: 'InvalidRequest', description: `Bad proxy call: ${(e as Error).message}` }, errorHeader);
    return;
  }

  const prepared = prepareProxyRequest(options, ctx);
  if (!prepared.ok) {
    sendJson(res, prepared.status, { error: prepared.error, description: prepared.description }, errorHeader);
    return;
  }
  const { request } = prepared;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (!DROP_REQUEST_HEADERS.has(name.toLowerCase())) headers[name] = value;
  }
  const fetchImpl = ctx.fetchImpl ?? fetch;
  const controller = new AbortController();
  const timer = request.timeoutMs === undefined ? undefined : setTimeout(() => controller.abort(new Error('timeout')), request.timeoutMs);
  const onClose = () => controller.abort(new Error('client went away'));
  res.on('close', onClose);
  try {
    const init: RequestInit = { method: request.method, headers, redirect: 'manual', signal: controller.signal };
    if (request.body !== undefined) init.body = request.body;
    const upstream = await fetchImpl(request.url, init);
    const text = await upstream.text();
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(headersObject(upstream.headers.entries()))) {
      if (!DROP_RESPONSE_HEADERS.has(name)) out[name] = value;
    }
    out['cache-control'] = out['cache-control'] ?? 'no-store';
    out['content-length'] = String(Buffer.byteLength(text));
    if (!res.headersSent && !res.destroyed) {
      res.writeHead(upstream.status, upstream.statusText || undefined, out);
      res.end(text);
    }
  } catch (e) {
    if (res.headersSent || res.destroyed) return;
    const timedOut = controller.signal.aborted && timer !== undefined && String(controller.signal.reason).includes('timeout');
    const host = new URL(request.vendorUrl ?? request.url).host;
    const cause = (e as Error & { cause?: Error }).cause?.message ?? (e as Error).message;
    if (timedOut) sendJson(res, 504, { error: 'ProxyError', description: `Timed out waiting for ${host}` }, errorHeader);
    // Unverified: Zendesk's proxy answers an unreachable target with a gateway error.
    else sendJson(res, 502, { error: 'ProxyError', description: `Could not reach ${host}: ${cause}` }, errorHeader);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    res.off('close', onClose);
  }
}
