/**
 * A stand-in for SaaS Management's ingest endpoint, on its own loopback port:
 *
 *   POST   /ingest/zendesk     one snapshot part (checked, validated, de-duplicated, recorded)
 *   GET    /__saas/accepted    what was accepted (add ?body=1 for the parts themselves) and the request log
 *   DELETE /__saas/accepted    forget everything accepted and logged
 *   POST   /__saas/faults      {"next": [fault, ...]} fails the next ingest requests, in order
 *   GET    /__saas/faults      the faults still queued;  DELETE clears them
 *
 * Faults: {"status": 429, "retryAfter": 1} (any status; `description` sets the message),
 * {"slowMs": n} (answer normally after n ms), {"drop": true} (close the connection with no
 * answer), {"drop": true, "afterAccept": true} (record the part, then drop: the retry must
 * come back as a duplicate).
 */
import { readBody } from '../body';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkPart, type PartCheck } from './validate';

export const INGEST_PATH = '/ingest/zendesk';

export type SaasFault =
  | { status: number; retryAfter?: number; description?: string }
  | { slowMs: number }
  | { drop: true; afterAccept?: boolean };

export interface AcceptedPart {
  snapshot_id: string;
  index: number;
  count: number;
  user_ids: number[];
  received_at: string;
  body: unknown;
}

export interface IngestLogEntry {
  at: string;
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
  accepted(): AcceptedPart[];
  log(): IngestLogEntry[];
  queueFaults(faults: SaasFault[]): void;
  reset(): void;
  close(): Promise<void>;
}

const MAX_BODY = 20 * 1024 * 1024;

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...extra });
  res.end(text);
}

const problem = (res: ServerResponse, status: number, error: string, description: string, extra: Record<string, string> = {}) =>
  sendJson(res, status, { error, description }, extra);


export function isFault(value: unknown): value is SaasFault {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  if (typeof f.status === 'number') return Number.isInteger(f.status) && f.status >= 100 && f.status <= 599;
  if (typeof f.slowMs === 'number') return f.slowMs >= 0;
  return f.drop === true;
}

export async function startSaasReceiver(options: SaasReceiverOptions): Promise<SaasReceiver> {
  const parts = new Map<string, AcceptedPart>();
  const log: IngestLogEntry[] = [];
  const faults: SaasFault[] = [];

  const ingest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const entry: IngestLogEntry = { at: new Date().toISOString(), status: 0, snapshot_id: null, index: null, duplicate: false, fault: false };
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
      answer(fault.status, fault.status === 429 ? 'TooManyRequests' : 'InjectedFault', fault.description ?? `Injected fault ${fault.status}`, extra);
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
    const checked: PartCheck = checkPart(body, req.headers['idempotency-key'], (id) => [...parts.values()].find((p) => p.snapshot_id === id)?.count);
    if (!checked.ok) {
      answer(checked.status, 'InvalidSnapshot', checked.message);
      return;
    }
    const { snapshotId, index, count, userIds } = checked;
    entry.snapshot_id = snapshotId;
    entry.index = index;
    const key = `${snapshotId}#${index}`;
    entry.duplicate = parts.has(key);
    if (!entry.duplicate) {
      parts.set(key, { snapshot_id: snapshotId, index, count, user_ids: userIds, received_at: entry.at, body });
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
      if (req.method === 'GET') sendJson(res, 200, { next: faults });
      else if (req.method === 'DELETE') {
        faults.length = 0;
        sendJson(res, 200, { ok: true });
      } else if (req.method === 'POST') {
        let next: unknown;
        try {
          next = (JSON.parse(await readBody(req, MAX_BODY)) as { next?: unknown }).next;
        } catch {
          next = undefined;
        }
        if (!Array.isArray(next) || !next.every(isFault)) {
          problem(res, 400, 'InvalidFaults', 'Send {"next": [{"status":429,"retryAfter":1} | {"status":500} | {"slowMs":n} | {"drop":true}]}');
        } else {
          faults.push(...next);
          sendJson(res, 200, { next: faults });
        }
      } else problem(res, 405, 'MethodNotAllowed', 'GET, POST or DELETE');
      return true;
    }
    return false;
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = async () => {
      if (url.pathname === INGEST_PATH) {
        if (req.method === 'POST') await ingest(req, res);
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
    accepted: () => [...parts.values()],
    log: () => [...log],
    queueFaults: (next) => void faults.push(...next),
    reset() {
      parts.clear();
      log.length = 0;
      faults.length = 0;
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
