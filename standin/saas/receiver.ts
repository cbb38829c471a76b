/**
 * A stand-in for SaaS Management's ingest endpoint, on its own loopback port:
 *
 *   POST   /ingest/zendesk     one snapshot part (checked, validated, de-duplicated, recorded)
 *   POST   /ingest/other       a second, independent endpoint (its own parts and de-duplication),
 *                              so a test can move saas_endpoint from one to the other and see
 *                              which received what; parts and log entries name their `endpoint`
 *   GET    /__saas/accepted    what was accepted (add ?body=1 for the parts themselves) and the request log
 *   DELETE /__saas/accepted    forget everything accepted and logged
 *   POST   /__saas/faults      {"next": [fault, ...]} fails the next ingest requests, in order;
 *                              {"tooLargeOver": N} answers 413 to every part with more than N
 *                              users until cleared ({"tooLargeOver": null}); both keys may come together
 *   GET    /__saas/faults      {"next": [...], "tooLargeOver": N | null};  DELETE clears both
 *
 * Faults (one-shot, both endpoints draw from the same queue): {"status": 429, "retryAfter": 1}
 * (any status; `description` sets the message; `"echoAuthorization": true` ends the
 * description with the Authorization header received, as a careless server does:
 * "... Authorization: Bearer <token>"), {"slowMs": n} (answer normally after n ms),
 * {"drop": true} (close the connection with no answer), {"drop": true, "afterAccept": true}
 * (record the part, then drop: the retry must come back as a duplicate).
 * The size limit is persistent, unlike the queue: a client that splits its parts must get
 * through once they are small enough. It is checked after the token and the JSON, before
 * the schema; a refused part is not recorded.
 */
import { readBody } from '../body';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkPart, type PartCheck } from './validate';

export const INGEST_PATH = '/ingest/zendesk';
/** The second endpoint: the same checks, its own parts. */
export const OTHER_INGEST_PATH = '/ingest/other';
const INGEST_PATHS: readonly string[] = [INGEST_PATH, OTHER_INGEST_PATH];

export type SaasFault =
  | { status: number; retryAfter?: number; description?: string; echoAuthorization?: boolean }
  | { slowMs: number }
  | { drop: true; afterAccept?: boolean };

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
  endpoint: string;
  status: number | 'dropped';
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
}

export interface SaasReceiver {
  /** http://127.0.0.1:<port> */
  url: string;
  /** url + /ingest/zendesk */
  ingestUrl: string;
  /** url + /ingest/other: a second endpoint with its own parts */
  otherIngestUrl: string;
  /** Parts accepted at either endpoint (see `endpoint`), in arrival order. */
  accepted(): AcceptedPart[];
  log(): IngestLogEntry[];
  queueFaults(faults: SaasFault[]): void;
  /** 413 for every part with more than `users` users, until set to null. */
  setTooLargeOver(users: number | null): void;
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

export function isFault(value: unknown): value is SaasFault {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  if (typeof f.status === 'number') {
    return (
      Number.isInteger(f.status) &&
      f.status >= 100 &&
      f.status <= 599 &&
      (f.echoAuthorization === undefined || typeof f.echoAuthorization === 'boolean')
    );
  }
  if (typeof f.slowMs === 'number') return f.slowMs >= 0;
  return f.drop === true;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const FAULTS_USAGE =
  'Send {"next": [{"status":429,"retryAfter":1} | {"status":500,"echoAuthorization":true} | {"slowMs":n} | {"drop":true,"afterAccept"?:true}], "tooLargeOver": N | null} (either key or both)';

/** A POST /__saas/faults body, or what is wrong with it. */
export function parseFaultsBody(text: string): { next?: SaasFault[]; tooLargeOver?: number | null } | string {
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    return `The body is not JSON. ${FAULTS_USAGE}`;
  }
  if (!isRecord(body)) return FAULTS_USAGE;
  const unknown = Object.keys(body).filter((k) => k !== 'next' && k !== 'tooLargeOver');
  if (unknown.length > 0 || (body.next === undefined && body.tooLargeOver === undefined)) return FAULTS_USAGE;
  const { next, tooLargeOver } = body;
  if (next !== undefined && (!Array.isArray(next) || !next.every(isFault))) return `Bad "next". ${FAULTS_USAGE}`;
  if (tooLargeOver !== undefined && tooLargeOver !== null && !(Number.isInteger(tooLargeOver) && (tooLargeOver as number) >= 0)) {
    return '"tooLargeOver" must be a whole number of users >= 0, or null to lift the limit';
  }
  const update: { next?: SaasFault[]; tooLargeOver?: number | null } = {};
  if (next !== undefined) update.next = next;
  if (tooLargeOver !== undefined) update.tooLargeOver = tooLargeOver as number | null;
  return update;
}

export async function startSaasReceiver(options: SaasReceiverOptions): Promise<SaasReceiver> {
  const parts = new Map<string, AcceptedPart>();
  const log: IngestLogEntry[] = [];
  const faults: SaasFault[] = [];
  let tooLargeOver: number | null = null;

  const ingest = async (req: IncomingMessage, res: ServerResponse, endpoint: string): Promise<void> => {
    const entry: IngestLogEntry = {
      at: new Date().toISOString(),
      endpoint,
      status: 0,
      snapshot_id: null,
      index: null,
      duplicate: false,
      fault: false,
    };
    log.push(entry);
    const answer = (status: number, error: string, description: string, extra: Record<string, string> = {}) => {
      entry.status = status;
      problem(res, status, error, description, extra);
    };
    const text = await readBody(req, MAX_BODY);
    const fault = faults.shift();
    if (fault && 'slowMs' in fault) await new Promise((r) => setTimeout(r, fault.slowMs));
    if (fault && 'status' in fault) {
      entry.fault = true;
      const extra: Record<string, string> = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
      let description = fault.description ?? `Injected fault ${fault.status}`;
      if (fault.echoAuthorization) description += `. Request headers: Authorization: ${req.headers.authorization ?? '(none)'}`;
      answer(fault.status, fault.status === 429 ? 'TooManyRequests' : 'InjectedFault', description, extra);
      return;
    }
    if (fault && 'drop' in fault && !fault.afterAccept) {
      entry.fault = true;
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }

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
    if (fault && 'drop' in fault) {
      entry.fault = true;
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    entry.status = 200;
    sendJson(res, 200, { accepted: true, duplicate: entry.duplicate, snapshot_id: snapshotId, part: { index, count } });
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
    return false;
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = async () => {
      if (INGEST_PATHS.includes(url.pathname)) {
        if (req.method === 'POST') await ingest(req, res, url.pathname);
        else problem(res, 405, 'MethodNotAllowed', 'POST only', { allow: 'POST' });
        return;
      }
      if (!(await control(req, res, url))) problem(res, 404, 'NotFound', `No route ${url.pathname}`);
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
    accepted: () => [...parts.values()],
    log: () => [...log],
    queueFaults: (next) => void faults.push(...next),
    setTooLargeOver(users) {
      tooLargeOver = users;
    },
    reset() {
      parts.clear();
      log.length = 0;
      faults.length = 0;
      tooLargeOver = null;
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
