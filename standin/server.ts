/**
 * The stand-in: a local "Zendesk" around the Seat Review app, or any ZAF package (`packageDir`).
 *
 *   http://localhost:<zendeskPort>   the Zendesk page (host page at /agent/apps/<app name slug>),
 *                                    the fake Support API (/api/v2/*, /__standin/* controls),
 *                                    the proxy for client.request() (/__standin/proxy)
 *   http://127.0.0.1:<appPort>       the app CDN: the package's assets/ folder, read-only
 *   http://127.0.0.1:<saasPort>      SaaS Management's ingest endpoint (standin/saas/), where
 *                                    the demo install's saas_endpoint points, and the fakes of
 *                                    Zluri, Torii, Lumos and an Okta Workflows flow: the proxy
 *                                    sends requests for the vendors' hosts there
 *
 * Two origins, as in Zendesk: the app in its iframe can reach the account only through
 * the SDK, never by calling the API itself.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createZendeskApi, type ZendeskApi } from './api/index';
import { generateAccount, type DemoSpec } from './demo/account';
import { groupsOf } from './demo/groups';
import { ensureHostBuilt, loadHostBuild, type BuiltFile } from './host/build';
import { buildHostConfig } from './host/config';
import { handleProxy } from './host/proxy';
import { startSaasReceiver, type SaasReceiver } from './saas/receiver';
import { serveStatic } from './host/static';
import { CLOCK_PATH, HOME_PAGE_PATH, HOST_ASSET_BASE, HOST_CONFIG_PATH, PROXY_PATH } from './host/types';
import { openPackage, ownPackage, type HostedPackage } from './package/load';
import { DEMO_SETTINGS, REPO_ROOT, destinationSettings, installSettings, type SettingValue, type Settings } from './settings';
import { DESTINATION_HOSTS, type DestinationName } from '../src/destinations/names';

export { buildHost, ensureHostBuilt } from './host/build';
export type { ZendeskApi } from './api/index';
export type { Settings } from './settings';

export const DEFAULT_ZENDESK_PORT = 4400;
export const DEFAULT_APP_PORT = 4401;
/** The SaaS Management receiver (standin/saas/). Unless named, each port follows the Zendesk port (+1, +2; 0 stays 0). */
export const DEFAULT_SAAS_PORT = 4402;

/** The three ports of one stand-in: the app and the receiver follow the Zendesk port unless named. */
export function standinPorts(options: Pick<StandinOptions, 'zendeskPort' | 'appPort' | 'saasPort'>): {
  zendeskPort: number;
  appPort: number;
  saasPort: number;
} {
  const zendeskPort = options.zendeskPort ?? DEFAULT_ZENDESK_PORT;
  const after = (offset: number): number => (zendeskPort === 0 ? 0 : zendeskPort + offset);
  return {
    zendeskPort,
    appPort: options.appPort ?? after(DEFAULT_APP_PORT - DEFAULT_ZENDESK_PORT),
    saasPort: options.saasPort ?? after(DEFAULT_SAAS_PORT - DEFAULT_ZENDESK_PORT),
  };
}
/** Hosts the proxy may reach besides the manifest's domainWhitelist: local receivers. */
export const DEFAULT_EXTRA_WHITELIST: readonly string[] = ['127.0.0.1', 'localhost'];
export const ASSETS_DIR = resolve(REPO_ROOT, 'assets');

/** The signed-in admin's language unless asked otherwise. */
export const DEFAULT_LOCALE = 'en-US';

export interface StandinOptions {
  /** Port of the "Zendesk" origin (http://localhost:<port>); 0 picks a free one. Default 4400. */
  zendeskPort?: number;
  /** Port of the app origin (http://127.0.0.1:<port>); 0 picks a free one. Default zendeskPort + 1 (4401), or 0 with zendeskPort 0. */
  appPort?: number;
  /** Port of the SaaS Management receiver (http://127.0.0.1:<port>/ingest/zendesk); default zendeskPort + 2 (4402), or 0 with zendeskPort 0. */
  saasPort?: number;
  /** Listening address; the stand-in only ever listens on loopback. */
  host?: '127.0.0.1';
  account?: DemoSpec;
  settings?: Partial<Settings>;
  rateLimitPerMinute?: number;
  windowMs?: number;
  latencyMs?: number;
  /**
   * The signed-in user's profile language (`currentUser.locale`, which the app speaks), e.g. "de" or "he";
   * default English (`en-US`: the generated owner's own locale depends on the seed, and a newcomer should
   * read the demo in English). `POST /__standin/session` with a `locale` changes it until the next session or reset.
   */
  locale?: string;
  /** Replaces DEFAULT_EXTRA_WHITELIST (hosts the proxy may reach besides the manifest's whitelist). */
  extraWhitelist?: string[];
  /**
   * Host this ZAF package instead of the repo's: a folder holding manifest.json, or a .zip as
   * Zendesk takes it. Its settings are its parameters' defaults, then `settings`; `destination`
   * and the SaaS receiver's endpoint apply to the repo's own app only.
   */
  packageDir?: string;
  /** Days of review history (`seat_review_day` records) the account starts with; default none. */
  historyDays?: number;
  /** false: a plan without custom objects (the app falls back to browser storage); default true. */
  customObjects?: boolean;
  /**
   * Where snapshots go, as a package built with `--destination NAME`: that platform's fixed host
   * joins the manifest's domainWhitelist, and the installation gets `saas_destination` and a demo
   * `saas_destination_id` the platform's fake knows (okta-workflows: `saas_endpoint` at the local
   * flow). Values in `settings` win. Default: Seat Review's own format to the local receiver.
   */
  destination?: DestinationName;
}

export interface Standin {
  /** http://localhost:<zendeskPort> */
  zendeskUrl: string;
  /** http://127.0.0.1:<appPort> */
  appUrl: string;
  /** zendeskUrl + /agent/apps/<manifest name as a slug> (/agent/apps/seat-review for the repo's app). */
  hostPageUrl: string;
  /** The hosted package's manifest name. */
  appName: string;
  /** Installed values dropped because the manifest declares no such parameter (the start says so). */
  droppedSettings: string[];
  /** The package has no assets/icon_nav_bar.svg, which Zendesk's package rules require. */
  iconMissing: boolean;
  api: ZendeskApi;
  /**
   * The SaaS Management receiver; the demo `saas_endpoint` is its ingestUrl unless settings
   * override it (its oktaInvokeUrl with destination okta-workflows). Its second endpoint,
   * `saas.otherIngestUrl`, keeps its own parts (each accepted part names its `endpoint`).
   * What reached the platforms' fakes: `saas.zluri()`, `.torii()`, `.lumos()`, `.okta()`.
   */
  saas: SaasReceiver;
  /** Changes installation settings (undeclared names are dropped); the page sees them on its next load. */
  setSettings(s: Partial<Settings>): void;
  close(): Promise<void>;
}

const PLAN_NAME = 'Professional';
const APP_ID = 1_000_001;
const INSTALLATION_ID = 360_000_123_456;

/** Used when assets/icon_nav_bar.svg does not exist (yet). */
const FALLBACK_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" fill="currentColor"><rect x="3" y="3" width="14" height="14" rx="3"/></svg>';

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      fail(error);
    };
    const onListening = () => {
      server.off('error', onError);
      done((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((done) => {
    if (!server.listening) {
      done();
      return;
    }
    server.close(() => done());
    server.closeAllConnections();
  });
}

export async function startStandin(options: StandinOptions = {}): Promise<Standin> {
  // Fails at start, not at the first request, when manifest.json is missing or broken.
  const pkg: HostedPackage = options.packageDir === undefined ? ownPackage() : openPackage(options.packageDir);
  try {
    return await start(options, pkg);
  } catch (error) {
    pkg.dispose();
    throw error;
  }
}

async function start(options: StandinOptions, pkg: HostedPackage): Promise<Standin> {
  const host = options.host ?? '127.0.0.1';
  const ports = standinPorts(options);
  const readManifest = () => pkg.manifest();
  const parameters = () => readManifest().parameters ?? [];
  // Only the repo's own app gets the demo install and the vendors' fakes.
  const destination = pkg.own ? options.destination : undefined;
  const installed = installSettings(
    parameters(),
    ...(pkg.own ? [DEMO_SETTINGS, destination ? destinationSettings(destination) : {}] : []),
    options.settings,
  );
  let settings: Record<string, SettingValue> = installed.settings;
  const text = (name: string): string => {
    const value = settings[name];
    return typeof value === 'string' ? value : '';
  };
  // What `npm run package -- --destination NAME` adds to the zipped manifest's whitelist.
  const packagedHost = destination ? DESTINATION_HOSTS[destination] : undefined;
  const proxyManifest = () => {
    const manifest = readManifest();
    return packagedHost ? { ...manifest, domainWhitelist: [...(manifest.domainWhitelist ?? []), packagedHost] } : manifest;
  };
  // The platforms' real hosts, faked by the receiver: reached only when whitelisted, as in Zendesk.
  const vendorRoutes: Record<string, string> = {};
  const extraWhitelist = options.extraWhitelist ?? [...DEFAULT_EXTRA_WHITELIST];
  const account = generateAccount(options.account ?? {});
  const apiOptions: Parameters<typeof createZendeskApi>[0] = { account };
  // Installing the app creates what its requirements.json declares (the seat_review_day custom object).
  const requirements = pkg.requirements();
  if (requirements !== undefined) apiOptions.requirements = requirements;
  if (options.customObjects !== undefined) apiOptions.customObjects = options.customObjects;
  if (options.historyDays !== undefined) apiOptions.historyDays = options.historyDays;
  if (options.rateLimitPerMinute !== undefined) apiOptions.rateLimitPerMinute = options.rateLimitPerMinute;
  if (options.windowMs !== undefined) apiOptions.windowMs = options.windowMs;
  if (options.latencyMs !== undefined) apiOptions.latencyMs = options.latencyMs;
  apiOptions.locale = options.locale ?? DEFAULT_LOCALE;
  const api = createZendeskApi(apiOptions);
  const hostPagePath = `/agent/apps/${pkg.slug}`;
  const assetsDir = resolve(pkg.root, 'assets');

  await ensureHostBuilt();
  const hostFiles = await loadHostBuild();

  // Filled in once both servers listen.
  let zendeskOrigin = '';
  let appOrigin = '';

  // Who is signed in is the browser's own (its session cookie); every page load gets new instance guids.
  const hostConfig = (req: IncomingMessage) =>
    buildHostConfig({
      zendeskOrigin,
      appOrigin,
      appId: APP_ID,
      installationId: INSTALLATION_ID,
      planName: PLAN_NAME,
      manifest: readManifest(),
      settings,
      account: api.account(),
      currentUser: api.currentUser(req),
      currentUserGroups: groupsOf(api.account().seed, api.currentUser(req)),
      iconMissing: pkg.iconMissing,
      appPath: hostPagePath,
    });

  // The stand-in's clock lives with the API (its control route); 0 when it cannot say.
  const clockOffsetMs = async (): Promise<number> => {
    try {
      const res = await fetch(`${zendeskOrigin}${CLOCK_PATH}`, { cache: 'no-store' });
      const body = res.ok ? ((await res.json()) as { offsetMs?: unknown }) : {};
      return typeof body.offsetMs === 'number' && Number.isFinite(body.offsetMs) ? body.offsetMs : 0;
    } catch {
      return 0;
    }
  };

  const serveHostPage = (res: ServerResponse, file: BuiltFile | undefined) => {
    if (!file) {
      send(res, 404, 'text/plain; charset=utf-8', 'Not found');
      return;
    }
    send(res, 200, file.contentType, file.body, {
      'content-security-policy': [
        "default-src 'self'",
        "img-src 'self' data:",
        "style-src 'self' 'unsafe-inline'",
        `frame-src ${appOrigin}`,
        "connect-src 'self' http: https:",
      ].join('; '),
    });
  };

  const zendeskHandler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', zendeskOrigin || 'http://localhost');
    const path = url.pathname;
    const isRead = req.method === 'GET' || req.method === 'HEAD';
    if (isRead && path === '/') {
      res.writeHead(302, { location: hostPagePath, 'cache-control': 'no-store' });
      res.end();
      return;
    }
    // The app's page, and Agent Home (where only background apps load).
    if (isRead && (path === hostPagePath || path === `${hostPagePath}/` || path === HOME_PAGE_PATH)) {
      serveHostPage(res, hostFiles.get('index.html'));
      return;
    }
    if (isRead && path.startsWith(HOST_ASSET_BASE)) {
      const name = path.slice(HOST_ASSET_BASE.length);
      serveHostPage(res, name === 'index.html' ? undefined : hostFiles.get(name));
      return;
    }
    if (isRead && path === HOST_CONFIG_PATH) {
      sendJson(res, 200, hostConfig(req));
      return;
    }
    if (isRead && path === '/app-icon.svg') {
      let svg: string;
      try {
        svg = await readFile(pkg.iconPath, 'utf8');
      } catch {
        svg = FALLBACK_ICON;
      }
      send(res, 200, 'image/svg+xml', svg);
      return;
    }
    if (path === PROXY_PATH) {
      await handleProxy(req, res, { manifest: proxyManifest(), settings, extraWhitelist, zendeskOrigin, vendorRoutes });
      return;
    }
    if (await api.handle(req, res)) return;
    send(res, 404, 'application/json; charset=utf-8', JSON.stringify({ error: 'InvalidEndpoint', description: 'Not found' }));
  };

  const appHandler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // ZAF URLs are relative to the package root (`assets/iframe.html`); only assets/ is served, as on Zendesk's CDN.
    if (await serveStatic(req, res, assetsDir, '/assets/', { clockOffsetMs })) return;
    send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  };

  const guard = (handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) => (req: IncomingMessage, res: ServerResponse) => {
    handler(req, res).catch((error: unknown) => {
      console.error('[stand-in]', req.method, req.url, error);
      if (!res.headersSent) sendJson(res, 500, { error: 'InternalError', description: String(error) });
      else res.destroy();
    });
  };

  // Reads the installation's current token, so setSettings({saas_token}) is seen at once.
  const saas = await startSaasReceiver({
    port: ports.saasPort,
    host,
    token: () => text('saas_token'),
    knownIds: () => (text('saas_destination_id') ? [text('saas_destination_id').trim()] : []),
  });
  if (pkg.own) {
    for (const host of Object.values(DESTINATION_HOSTS)) vendorRoutes[host] = saas.url;
    if (options.settings?.saas_endpoint === undefined) {
      settings = { ...settings, saas_endpoint: destination === 'okta-workflows' ? saas.oktaInvokeUrl : saas.ingestUrl };
    }
  }

  const zendeskServer = createServer(guard(zendeskHandler));
  const appServer = createServer(guard(appHandler));
  try {
    const zendeskPort = await listen(zendeskServer, ports.zendeskPort, host);
    const appPort = await listen(appServer, ports.appPort, host);
    // localhost resolves to 127.0.0.1 here; the SDK accepts http://localhost[:port] origins.
    zendeskOrigin = `http://localhost:${zendeskPort}`;
    appOrigin = `http://127.0.0.1:${appPort}`;
  } catch (error) {
    await Promise.all([closeServer(zendeskServer), closeServer(appServer), saas.close()]);
    throw error;
  }

  let closing: Promise<void> | null = null;
  return {
    zendeskUrl: zendeskOrigin,
    appUrl: appOrigin,
    hostPageUrl: `${zendeskOrigin}${hostPagePath}`,
    appName: readManifest().name,
    droppedSettings: installed.dropped,
    iconMissing: pkg.iconMissing,
    api,
    saas,
    setSettings(s: Partial<Settings>) {
      settings = installSettings(parameters(), settings, s).settings;
    },
    close() {
      closing ??= Promise.all([closeServer(zendeskServer), closeServer(appServer), saas.close()]).then(() => pkg.dispose());
      return closing;
    },
  };
}
