/**
 * A stand-in for where snapshots go, on its own loopback port: Seat Review's own ingest
 * endpoint, and fakes of the SaaS Management platforms the app pushes to natively.
 *
 *   POST   /ingest/zendesk     one snapshot part (checked, validated, de-duplicated, recorded)
 *   POST   /ingest/other       a second, independent endpoint (its own parts and de-duplication),
 *                              so a test can move saas_endpoint from one to the other and see
 *                              which received what; parts and log entries name their `endpoint`
 *   /v2/integrations-sync/…    Zluri (./zluri.ts)       /v1.0/…   Torii (./torii.ts)
 *   /accounts/upload           Lumos (./lumos.ts)       /api/flo/{alias}/invoke   an Okta Workflows flow (./okta.ts)
 *   GET    /__saas/accepted    what /ingest/* accepted (add ?body=1 for the parts themselves) and the request log
 *                              (every route's requests, each naming its `platform`)
 *   DELETE /__saas/accepted    forget everything accepted and logged
 *   GET    /__saas/{zluri|torii|lumos|okta}   what landed on that platform; DELETE forgets it
 *   POST   /__saas/zluri/syncs/{id}/fail      Zluri failed that sync; DELETE /__saas/zluri/syncs/{id}: it is gone
 *   POST   /__saas/faults      {"next": [fault, ...]} fails the next requests, in order (./faults.ts);
 *                              {"tooLargeOver": N} answers 413 to every /ingest part with more than N
 *                              users until cleared ({"tooLargeOver": null}); both keys may come together
 *   GET    /__saas/faults      {"next": [...], "tooLargeOver": N | null};  DELETE clears both
 *
 * The stand-in's proxy sends requests for a platform's real host here with `x-forwarded-host`
 * naming it: such a request reaches only that platform's routes (others 404, control routes too).
 * Without the header, each route is reached directly (tests).
 *
 * Faults (one-shot, every route draws from the same queue): {"status": 429, "retryAfter": 1}
 * (any status; `description` sets the message; `"echoAuthorization": true` ends the
 * description with the token header received, as a careless server does:
 * "... Authorization: Bearer <token>", or Zluri's api-key, Okta's x-api-client-token),
 * {"slowMs": n} (answer normally after n ms), {"drop": true} (close the connection with no
 * answer), {"drop": true, "afterAccept": true} (do what the request asks, then drop: the retry
 * must come back as a duplicate, or overwrite, or meet a running sync). Any fault may name
 * `path` (text the request's path contains) and `method`, to fail only such requests.
 * The size limit is persistent, unlike the queue: a client that splits its parts must get
 * through once they are small enough. It is checked after the token and the JSON, before
 * the schema; a refused part is not recorded.
 */
import { readBody } from '../body';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseFaultsBody, takeFault, type SaasFault, type StatusFault } from './faults';
import { header, isRecord, type PlatformFake, type Reply, type SaasPlatform } from './http';
import { createLumosFake, type LumosState } from './lumos';
import { createOktaFake, OKTA_DEMO_ALIAS, OKTA_TOKEN_HEADER, oktaInvokePath, type OktaState } from './okta';
import { createToriiFake, type ToriiState } from './torii';
import { checkPart, type PartCheck } from './validate';
import { createZluriFake, type ZluriState } from './zluri';

export { isFault, parseFaultsBody, type SaasFault } from './faults';
export type { SaasPlatform } from './http';

export const INGEST_PATH = '/ingest/zendesk';
/** The second endpoint: the same checks, its own parts. */
export const OTHER_INGEST_PATH = '/ingest/other';
const INGEST_PATHS: readonly string[] = [INGEST_PATH, OTHER_INGEST_PATH];

export interface AcceptedPart {
  /** The ingest path it came to: INGEST_PATH or OTHER_INGEST_PATH. */
  endpoint: string;
  snapshot_id: string;
  index: number;
  count: number;
  user_ids: number[];
  received_at: string;
  body: unknown;
}

export interface IngestLogEntry {
  at: string;
  /** The path the request came to (an /ingest path, or a platform's). */
  endpoint: string;
  platform: SaasPlatform;
  method: string;
  status: number | 'dropped';
  /** For /ingest parts only; null elsewhere. */
  snapshot_id: string | null;
  index: number | null;
  duplicate: boolean;
  fault: boolean;
}

export interface SaasReceiverOptions {
  port?: number;
  host?: '127.0.0.1';
  /** The token the demo installation's secure setting holds, read on every request. */
  token: () => string;
  /** Ids the platforms know (Zluri instance, Torii app account, Lumos app): the installation's saas_destination_id. Default none. */
  knownIds?: () => readonly string[];
  /** How long a Torii sync runs (default 300 ms). */
  toriiSyncMs?: number;
}

export interface SaasReceiver {
  /** http://127.0.0.1:<port> */
  url: string;
  /** url + /ingest/zendesk */
  ingestUrl: string;
  /** url + /ingest/other: a second endpoint with its own parts */
  otherIngestUrl: string;
  /** url + /api/flo/<demo alias>/invoke: the Okta Workflows flow */
  oktaInvokeUrl: string;
  /** Parts accepted at either /ingest endpoint (see `endpoint`), in arrival order. */
  accepted(): AcceptedPart[];
  /** Every request to /ingest and to the platforms, in arrival order. */
  log(): IngestLogEntry[];
  queueFaults(faults: SaasFault[]): void;
  /** 413 for every part with more than `users` users, until set to null. */
  setTooLargeOver(users: number | null): void;
  /** What landed on each platform (as GET /__saas/<platform>). */
  zluri(): ZluriState;
  torii(): ToriiState;
  lumos(): LumosState;
  okta(): OktaState;
  /** Zluri marks the sync failed / forgets it; false when there is no such sync. */
  zluriFailSync(syncId: string): boolean;
  zluriForgetSync(syncId: string): boolean;
  /** Forgets everything: parts, log, faults, the size limit, every platform's data. */
  reset(): void;
  close(): Promise<void>;
}

const MAX_BODY = 20 * 1024 * 1024;

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(text);
}

const problem = (res: ServerResponse, status: number, error: string, description: string, extra: Record<string, string> = {}) =>
  sendJson(res, status, { error, description }, extra);

/** The header each route reads its token from, as a careless server would echo it. */
const TOKEN_HEADERS: Readonly<Record<SaasPlatform, string>> = {
  'seat-review': 'Authorization',
  zluri: 'api-key',
  torii: 'Authorization',
  lumos: 'Authorization',
  'okta-workflows': OKTA_TOKEN_HEADER,
};

/** The answer to a queued status fault. */
function faultReply(fault: StatusFault, req: IncomingMessage, platform: SaasPlatform): Reply {
  const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
  let description = fault.description ?? `Injected fault ${fault.status}`;
  if (fault.echoAuthorization) {
    const name = TOKEN_HEADERS[platform];
    description += `. Request headers: ${name}: ${header(req.headers, name) ?? '(none)'}`;
  }
  return { status: fault.status, body: { error: fault.status === 429 ? 'TooManyRequests' : 'InjectedFault', description }, headers };
}

export async function startSaasReceiver(options: SaasReceiverOptions): Promise<SaasReceiver> {
  const parts = new Map<string, AcceptedPart>();
  const log: IngestLogEntry[] = [];
  const faults: SaasFault[] = [];
  let tooLargeOver: number | null = null;
  const knownIds = options.knownIds ?? (() => []);
  const zluri = createZluriFake({ token: options.token, knownIds });
  const torii = createToriiFake(
    options.toriiSyncMs === undefined ? { token: options.token, knownIds } : { token: options.token, knownIds, syncMs: options.toriiSyncMs },
  );
  const lumos = createLumosFake({ token: options.token, knownIds });
  const okta = createOktaFake({ token: options.token, aliases: [OKTA_DEMO_ALIAS] });
  const platforms: readonly PlatformFake<unknown>[] = [zluri, torii, lumos, okta];
  const inspected: Readonly<Record<string, PlatformFake<unknown>>> = { zluri, torii, lumos, okta };

  const newEntry = (req: IncomingMessage, endpoint: string, platform: SaasPlatform): IngestLogEntry => {
    const entry: IngestLogEntry = {
      at: new Date().toISOString(),
      endpoint,
      platform,
      method: req.method ?? '',
      status: 0,
      snapshot_id: null,
      index: null,
      duplicate: false,
      fault: false,
    };
    log.push(entry);
    return entry;
  };

  /** Reads the body and draws this request's fault: a status or drop is answered here (true: done). */
  const faultFirst = async (req: IncomingMessage, res: ServerResponse, entry: IngestLogEntry, path: string) => {
    const text = await readBody(req, MAX_BODY);
    const fault = takeFault(faults, path, req.method ?? '');
    if (fault && 'slowMs' in fault) await new Promise((r) => setTimeout(r, fault.slowMs));
    if (fault && 'status' in fault) {
      entry.fault = true;
      entry.status = fault.status;
      const { status, body, headers } = faultReply(fault, req, entry.platform);
      sendJson(res, status, body, headers);
      return { done: true as const };
    }
    if (fault && 'drop' in fault && !fault.afterAccept) {
      entry.fault = true;
      entry.status = 'dropped';
      req.socket.destroy();
      return { done: true as const };
    }
    return { done: false as const, text, dropAfter: fault !== undefined && 'drop' in fault };
  };

  const ingest = async (req: IncomingMessage, res: ServerResponse, endpoint: string): Promise<void> => {
    const entry = newEntry(req, endpoint, 'seat-review');
    const answer = (status: number, error: string, description: string, extra: Record<string, string> = {}) => {
      entry.status = status;
      problem(res, status, error, description, extra);
    };
    const drawn = await faultFirst(req, res, entry, endpoint);
    if (drawn.done) return;
    const { text } = drawn;

    if (req.headers.authorization !== `Bearer ${options.token()}`) {
      answer(401, 'Unauthorized', 'Missing or wrong bearer token: check the SaaS Management token setting.');
      return;
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      answer(415, 'UnsupportedMediaType', 'Send the snapshot as application/json.');
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      answer(400, 'InvalidJson', 'The body is not valid JSON.');
      return;
    }
    const users = isRecord(body) && Array.isArray(body.users) ? body.users.length : 0;
    if (tooLargeOver !== null && users > tooLargeOver) {
      const part = isRecord(body) && isRecord(body.part) ? body.part : {};
      entry.snapshot_id = isRecord(body) && typeof body.snapshot_id === 'string' ? body.snapshot_id : null;
      entry.index = typeof part.index === 'number' ? part.index : null;
      entry.fault = true;
      answer(413, 'PayloadTooLarge', `The part has ${users} users; this endpoint takes at most ${tooLargeOver} a part.`);
      return;
    }
    const known = (id: string) => [...parts.values()].find((p) => p.endpoint === endpoint && p.snapshot_id === id)?.count;
    const checked: PartCheck = checkPart(body, req.headers['idempotency-key'], known);
    if (!checked.ok) {
      answer(checked.status, 'InvalidSnapshot', checked.message);
      return;
    }
    const { snapshotId, index, count, userIds } = checked;
    entry.snapshot_id = snapshotId;
    entry.index = index;
    const key = `${endpoint} ${snapshotId}#${index}`;
    entry.duplicate = parts.has(key);
    if (!entry.duplicate) {
      parts.set(key, { endpoint, snapshot_id: snapshotId, index, count, user_ids: userIds, received_at: entry.at, body });
    }
    if (drawn.dropAfter) {
      entry.fault = true;
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    entry.status = 200;
    sendJson(res, 200, { accepted: true, duplicate: entry.duplicate, snapshot_id: snapshotId, part: { index, count } });
  };

  const platformRequest = async (fake: PlatformFake<unknown>, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const entry = newEntry(req, url.pathname, fake.platform);
    const drawn = await faultFirst(req, res, entry, url.pathname);
    if (drawn.done) return;
    const answer = fake.handle({ method: req.method ?? '', url, headers: req.headers, text: drawn.text });
    if (drawn.dropAfter) {
      entry.fault = true;
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    entry.status = answer.status;
    sendJson(res, answer.status, answer.body, answer.headers);
  };

  const control = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname === '/__saas/accepted') {
      if (req.method === 'GET') {
        const withBody = url.searchParams.get('body') === '1';
        const list = [...parts.values()].map(({ body, ...rest }) => (withBody ? { ...rest, body } : rest));
        sendJson(res, 200, { parts: list, requests: log });
      } else if (req.method === 'DELETE') {
        parts.clear();
        log.length = 0;
        sendJson(res, 200, { ok: true });
      } else problem(res, 405, 'MethodNotAllowed', 'GET or DELETE');
      return true;
    }
    if (url.pathname === '/__saas/faults') {
      if (req.method === 'GET') sendJson(res, 200, { next: faults, tooLargeOver });
      else if (req.method === 'DELETE') {
        faults.length = 0;
        tooLargeOver = null;
        sendJson(res, 200, { ok: true });
      } else if (req.method === 'POST') {
        const update = parseFaultsBody(await readBody(req, MAX_BODY));
        if (typeof update === 'string') {
          problem(res, 400, 'InvalidFaults', update);
        } else {
          faults.push(...(update.next ?? []));
          if (update.tooLargeOver !== undefined) tooLargeOver = update.tooLargeOver;
          sendJson(res, 200, { next: faults, tooLargeOver });
        }
      } else problem(res, 405, 'MethodNotAllowed', 'GET, POST or DELETE');
      return true;
    }
    const platform = /^\/__saas\/(zluri|torii|lumos|okta)$/.exec(url.pathname)?.[1];
    const fake = platform === undefined ? undefined : inspected[platform];
    if (fake) {
      if (req.method === 'GET') sendJson(res, 200, fake.state());
      else if (req.method === 'DELETE') {
        fake.clear();
        sendJson(res, 200, { ok: true });
      } else problem(res, 405, 'MethodNotAllowed', 'GET or DELETE');
      return true;
    }
    const sync = /^\/__saas\/zluri\/syncs\/([^/]+)(\/fail)?$/.exec(url.pathname);
    if (sync) {
      const id = decodeURIComponent(sync[1] ?? '');
      const fail = sync[2] !== undefined;
      if (req.method !== (fail ? 'POST' : 'DELETE')) problem(res, 405, 'MethodNotAllowed', fail ? 'POST only' : 'DELETE only');
      else if (fail ? zluri.failSync(id) : zluri.forgetSync(id)) sendJson(res, 200, { ok: true });
      else problem(res, 404, 'NotFound', `No Zluri sync ${id}`);
      return true;
    }
    return false;
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = async () => {
      // From the proxy, for a platform's real host: only that platform answers.
      const forwarded = header(req.headers, 'x-forwarded-host')?.toLowerCase();
      if (forwarded !== undefined) {
        const fake = platforms.find((p) => p.host === forwarded);
        if (fake?.owns(url.pathname)) await platformRequest(fake, req, res, url);
        else problem(res, 404, 'NotFound', `No route ${url.pathname} on ${forwarded}`);
        return;
      }
      if (INGEST_PATHS.includes(url.pathname)) {
        if (req.method === 'POST') await ingest(req, res, url.pathname);
        else problem(res, 405, 'MethodNotAllowed', 'POST only', { allow: 'POST' });
        return;
      }
      const fake = platforms.find((p) => p.owns(url.pathname));
      if (fake) await platformRequest(fake, req, res, url);
      else if (!(await control(req, res, url))) problem(res, 404, 'NotFound', `No route ${url.pathname}`);
    };
    route().catch((error: unknown) => {
      if (!res.headersSent) problem(res, 500, 'InternalError', String(error));
      else res.destroy();
    });
  });

  const port = await new Promise<number>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', fail);
      done((server.address() as AddressInfo).port);
    });
  });
  const url = `http://127.0.0.1:${port}`;
  let closing: Promise<void> | null = null;
  return {
    url,
    ingestUrl: `${url}${INGEST_PATH}`,
    otherIngestUrl: `${url}${OTHER_INGEST_PATH}`,
    oktaInvokeUrl: `${url}${oktaInvokePath(OKTA_DEMO_ALIAS)}`,
    accepted: () => [...parts.values()],
    log: () => [...log],
    queueFaults: (next) => void faults.push(...next),
    setTooLargeOver(users) {
      tooLargeOver = users;
    },
    zluri: () => zluri.state(),
    torii: () => torii.state(),
    lumos: () => lumos.state(),
    okta: () => okta.state(),
    zluriFailSync: (id) => zluri.failSync(id),
    zluriForgetSync: (id) => zluri.forgetSync(id),
    reset() {
      parts.clear();
      log.length = 0;
      faults.length = 0;
      tooLargeOver = null;
      for (const p of platforms) p.clear();
    },
    close() {
      closing ??= new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
