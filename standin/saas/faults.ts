/**
 * The receiver's one-shot faults (`POST /__saas/faults` {"next": [...]}), shared by every
 * route it fakes: Seat Review's /ingest/* and each platform's. A fault without `path` is used
 * by the next request to any of them; with `path` (and optionally `method`) only by the next
 * request whose path contains that text, e.g. "/data/snapshots" for Zluri's page uploads or
 * "/v1.0/services/sync/custom" for Torii's sync. Faults are used in the order queued.
 */
import { isRecord } from './http';

/** Which requests a fault is for: none given, any. */
export interface FaultTarget {
  path?: string;
  method?: string;
}

/** Answer with this status (and Retry-After, message). */
export interface StatusFault extends FaultTarget {
  status: number;
  retryAfter?: number;
  description?: string;
  echoAuthorization?: boolean;
}

export type SaasFault = StatusFault | (FaultTarget & { slowMs: number }) | (FaultTarget & { drop: true; afterAccept?: boolean });

export function isFault(value: unknown): value is SaasFault {
  if (!isRecord(value)) return false;
  const f = value;
  if (f.path !== undefined && (typeof f.path !== 'string' || f.path === '')) return false;
  if (f.method !== undefined && (typeof f.method !== 'string' || !/^[A-Z]+$/.test(f.method))) return false;
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

/** Removes and returns the first queued fault meant for this request, if any. */
export function takeFault(queue: SaasFault[], path: string, method: string): SaasFault | undefined {
  const at = queue.findIndex((f) => (f.path === undefined || path.includes(f.path)) && (f.method === undefined || f.method === method));
  return at < 0 ? undefined : queue.splice(at, 1)[0];
}

const FAULTS_USAGE =
  'Send {"next": [{"status":429,"retryAfter":1} | {"status":500,"echoAuthorization":true} | {"slowMs":n} | {"drop":true,"afterAccept"?:true}], "tooLargeOver": N | null} (either key or both; a fault may add "path" and "method" to pick its request)';

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
