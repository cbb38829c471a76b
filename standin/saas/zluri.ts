/**
 * A fake of Zluri's "every-time sync" API (api-ext.zluri.com, facts in
 * shared/reference/saas-destinations.md and the notes; from docs, not verified live):
 *
 *   POST /v2/integrations-sync/instances/{instance_id}/syncs                        start a sync (201)
 *   POST /v2/integrations-sync/instances/{instance_id}/syncs/{sync_id}/data/snapshots  one page of users
 *   POST /v2/integrations-sync/instances/{instance_id}/syncs/{sync_id}/finish       finish it
 *   GET  /v2/integrations-sync/instances/{instance_id}/syncs/{sync_id}              its status
 *
 * Enforced: `api-key: <saas_token>` (401), known instance ids only (404), one running sync per
 * instance (409 on a second create), page bodies `{entity: "users", page >= 1, data: [<= 1000]}`
 * and user records (email required; status active|inactive|suspended; no unknown fields) (422),
 * a re-sent page overwrites the earlier one, nothing is visible until the sync is finished, and
 * a finished (or failed) sync takes no more pages and no second finish (409). Not enforced: the
 * 6 hours between full syncs (tests sync many times a minute). Answer shapes beyond the sync
 * object are the stand-in's own.
 */
import { randomBytes } from 'node:crypto';
import {
  checkRecord,
  invalid,
  tokenIn,
  isRecord,
  jsonBody,
  now,
  problem,
  reply,
  rules,
  type PlatformFake,
  type PlatformRequest,
  type Reply,
} from './http';

export const ZLURI_HOST = 'api-ext.zluri.com';
export const ZLURI_PREFIX = '/v2/integrations-sync/';
export const ZLURI_MAX_PAGE = 1000;

export type ZluriStatus = 'running' | 'finished' | 'failed';

/** A user record as Zluri's users entity takes it. */
export interface ZluriUser {
  email: string;
  name?: string;
  role?: string;
  license?: string[];
  last_used?: string | null;
  status?: 'active' | 'inactive' | 'suspended';
}

/** The sync object Zluri answers with. */
export interface ZluriSyncAnswer {
  id: string;
  instance_id: string;
  status: ZluriStatus;
  created_at: string;
  finished_at: string | null;
}

export interface ZluriSyncState extends ZluriSyncAnswer {
  /** Pages received, by page number: users now held and how many times the page was sent. */
  pages: { page: number; count: number; uploads: number }[];
  /** Users across its pages (each page's latest upload). */
  users: number;
  uploads: number;
  overwrites: number;
}

export interface ZluriState {
  /** Every instance that has finished a sync: the users Zluri shows (the last finished sync), and the running sync if any. */
  instances: { instance_id: string; users: ZluriUser[]; sync_id: string | null; synced_at: string | null; running: string | null }[];
  syncs: ZluriSyncState[];
  /** Page uploads accepted, re-sends included, and how many of them overwrote a page. */
  page_uploads: number;
  overwrites: number;
}

export interface ZluriFake extends PlatformFake<ZluriState> {
  /** Marks a sync failed, as Zluri does when its processing fails; false when no such sync. */
  failSync(syncId: string): boolean;
  /** Forgets a sync, as if Zluri had expired it (its routes then answer 404). */
  forgetSync(syncId: string): boolean;
}

interface Sync extends ZluriSyncAnswer {
  pages: Map<number, { users: ZluriUser[]; uploads: number }>;
  uploads: number;
  overwrites: number;
}

const USER_FIELDS = {
  email: rules.email,
  name: rules.text,
  role: rules.text,
  license: rules.textList,
  last_used: rules.dateOrNull,
  status: rules.oneOf('active', 'inactive', 'suspended'),
};

const answerOf = ({ id, instance_id, status, created_at, finished_at }: Sync): ZluriSyncAnswer => ({
  id,
  instance_id,
  status,
  created_at,
  finished_at,
});

export function createZluriFake(options: { token: () => string; knownIds: () => readonly string[] }): ZluriFake {
  const syncs = new Map<string, Sync>();
  const shown = new Map<string, { users: ZluriUser[]; sync_id: string; synced_at: string }>();
  let uploads = 0;
  let overwrites = 0;

  const running = (instanceId: string) => [...syncs.values()].find((s) => s.instance_id === instanceId && s.status === 'running');

  const createSync = (instanceId: string): Reply => {
    const busy = running(instanceId);
    if (busy) return problem(409, 'SyncInProgress', `Instance ${instanceId} already has a running sync (${busy.id}); finish it first.`);
    const sync: Sync = {
      id: randomBytes(12).toString('hex'),
      instance_id: instanceId,
      status: 'running',
      created_at: now(),
      finished_at: null,
      pages: new Map(),
      uploads: 0,
      overwrites: 0,
    };
    syncs.set(sync.id, sync);
    return reply(201, answerOf(sync));
  };

  const notRunning = (sync: Sync): Reply => problem(409, 'SyncNotRunning', `Sync ${sync.id} is ${sync.status}: it takes no more data.`);

  const uploadPage = (sync: Sync, request: PlatformRequest): Reply => {
    if (sync.status !== 'running') return notRunning(sync);
    const parsed = jsonBody(request);
    if (!parsed.ok) return parsed.reply;
    const body = parsed.value;
    if (!isRecord(body)) return invalid('InvalidPage', ['the body must be an object {entity, page, data}']);
    const problems = checkRecord(body, 'body', { entity: rules.text, page: () => null, data: () => null }, ['entity', 'page', 'data']);
    if (problems.length) return invalid('InvalidPage', problems);
    if (body.entity !== 'users') return invalid('InvalidPage', [`entity "${String(body.entity)}" is not faked here: send "users"`]);
    if (!Number.isInteger(body.page) || (body.page as number) < 1) return invalid('InvalidPage', ['page must be a whole number >= 1']);
    if (!Array.isArray(body.data)) return invalid('InvalidPage', ['data must be a list of user records']);
    if (body.data.length > ZLURI_MAX_PAGE) return invalid('PageTooLarge', [`data has ${body.data.length} records; at most ${ZLURI_MAX_PAGE} a page`]);
    const data: unknown[] = body.data;
    const wrong = data.flatMap((u, i) => checkRecord(u, `data[${i}]`, USER_FIELDS, ['email']));
    if (wrong.length) return invalid('InvalidUsers', wrong);
    const emails = (data as ZluriUser[]).map((u) => u.email.toLowerCase());
    const twice = emails.find((e, i) => emails.indexOf(e) !== i);
    if (twice !== undefined) return invalid('InvalidUsers', [`${twice} appears twice in the page`]);
    const page = body.page as number;
    const before = sync.pages.get(page);
    sync.pages.set(page, { users: data as ZluriUser[], uploads: (before?.uploads ?? 0) + 1 });
    sync.uploads++;
    uploads++;
    if (before) {
      sync.overwrites++;
      overwrites++;
    }
    return reply(200, { sync_id: sync.id, entity: 'users', page, count: data.length, overwritten: before !== undefined });
  };

  const finish = (sync: Sync): Reply => {
    if (sync.status !== 'running') return notRunning(sync);
    sync.status = 'finished';
    sync.finished_at = now();
    // The finished sync replaces what the instance showed: the pages in order, each page's latest upload.
    const users = [...sync.pages.entries()].sort(([a], [b]) => a - b).flatMap(([, p]) => p.users);
    shown.set(sync.instance_id, { users, sync_id: sync.id, synced_at: sync.finished_at });
    return reply(200, answerOf(sync));
  };

  const handle = (request: PlatformRequest): Reply => {
    if (!tokenIn(request.headers, 'api-key', options.token())) return problem(401, 'Unauthorized', 'Missing or wrong api-key header.');
    const match = /^\/v2\/integrations-sync\/instances\/([^/]+)\/syncs(?:\/([^/]+)(\/data\/snapshots|\/finish)?)?\/?$/.exec(request.url.pathname);
    if (!match) return problem(404, 'NotFound', `No route ${request.url.pathname}`);
    const instanceId = decodeURIComponent(match[1] ?? '');
    const [syncId, action] = [match[2], match[3]];
    if (!options.knownIds().includes(instanceId)) return problem(404, 'InstanceNotFound', `No integration instance ${instanceId}.`);
    const method = request.method;
    if (syncId === undefined) return method === 'POST' ? createSync(instanceId) : problem(405, 'MethodNotAllowed', 'POST to start a sync');
    const sync = syncs.get(decodeURIComponent(syncId));
    if (!sync || sync.instance_id !== instanceId) return problem(404, 'SyncNotFound', `No sync ${syncId} on instance ${instanceId}.`);
    if (action === undefined) return method === 'GET' ? reply(200, answerOf(sync)) : problem(405, 'MethodNotAllowed', 'GET a sync');
    if (method !== 'POST') return problem(405, 'MethodNotAllowed', 'POST only');
    return action === '/finish' ? finish(sync) : uploadPage(sync, request);
  };

  const state = (): ZluriState => {
    const ids = new Set([...shown.keys(), ...[...syncs.values()].filter((s) => s.status === 'running').map((s) => s.instance_id)]);
    return {
      instances: [...ids].map((id) => {
        const seen = shown.get(id);
        return {
          instance_id: id,
          users: seen?.users ?? [],
          sync_id: seen?.sync_id ?? null,
          synced_at: seen?.synced_at ?? null,
          running: running(id)?.id ?? null,
        };
      }),
      syncs: [...syncs.values()].map((s) => {
        const pages = [...s.pages.entries()].sort(([a], [b]) => a - b).map(([page, p]) => ({ page, count: p.users.length, uploads: p.uploads }));
        return { ...answerOf(s), pages, users: pages.reduce((n, p) => n + p.count, 0), uploads: s.uploads, overwrites: s.overwrites };
      }),
      page_uploads: uploads,
      overwrites,
    };
  };

  return {
    platform: 'zluri',
    host: ZLURI_HOST,
    owns: (path) => path.startsWith(ZLURI_PREFIX),
    handle,
    state,
    clear() {
      syncs.clear();
      shown.clear();
      uploads = 0;
      overwrites = 0;
    },
    failSync(syncId) {
      const sync = syncs.get(syncId);
      if (!sync) return false;
      sync.status = 'failed';
      sync.finished_at = now();
      return true;
    },
    forgetSync: (syncId) => syncs.delete(syncId),
  };
}
