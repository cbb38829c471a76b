/**
 * A fake of Lumos's account upload (api.lumos.com, facts in shared/reference/saas-destinations.md;
 * from docs, not verified live):
 *
 *   POST /accounts/upload   {app_id, accounts: [...]}: the app's whole list of accounts
 *
 * Enforced: `Authorization: Bearer lsk_...` holding the installation's saas_token (401: a key
 * without the lsk_ prefix is refused even when it matches); known app ids only (the
 * installation's saas_destination_id, else 404); accounts with a unique_identifier (unique in
 * the upload), an email or a first and last name, status ACTIVE|SUSPENDED|DEPROVISIONED,
 * permissions [{unique_identifier, type, name}] and attributes [{type, name}], no unknown
 * fields (422). Semantics: an upload replaces the app's accounts; accounts missing from it
 * are removed (counted, so a test sees what a partial upload would do). Answer shapes are the
 * stand-in's own.
 */
import {
  checkRecord,
  invalid,
  isRecord,
  jsonBody,
  now,
  problem,
  reply,
  rules,
  tokenIn,
  type PlatformFake,
  type PlatformRequest,
  type Reply,
} from './http';

export const LUMOS_HOST = 'api.lumos.com';
export const LUMOS_UPLOAD_PATH = '/accounts/upload';
export const LUMOS_TOKEN_PREFIX = 'lsk_';
export const LUMOS_STATUSES = ['ACTIVE', 'SUSPENDED', 'DEPROVISIONED'] as const;

export interface LumosAccount {
  unique_identifier: string;
  email?: string;
  first_name?: string;
  last_name?: string;
  status?: (typeof LUMOS_STATUSES)[number];
  permissions?: { unique_identifier: string; type?: string; name?: string }[];
  attributes?: { type: string; name: string }[];
}

export interface LumosUpload {
  at: string;
  received: number;
  added: number;
  removed: number;
}

export interface LumosState {
  apps: { app_id: string; accounts: LumosAccount[]; uploads: LumosUpload[] }[];
}

export type LumosFake = PlatformFake<LumosState>;

const listOf =
  (where: string, fields: Parameters<typeof checkRecord>[2], required: readonly string[]) =>
  (v: unknown): string | null => {
    if (!Array.isArray(v)) return 'must be a list';
    const problems = v.flatMap((item: unknown, i) => checkRecord(item, `${where}[${i}]`, fields, required));
    return problems.length ? `has problems: ${problems.join(', ')}` : null;
  };

const ACCOUNT_FIELDS = {
  unique_identifier: rules.nonEmpty,
  email: rules.email,
  first_name: rules.text,
  last_name: rules.text,
  status: rules.oneOf(...LUMOS_STATUSES),
  permissions: listOf('permissions', { unique_identifier: rules.nonEmpty, type: rules.text, name: rules.text }, ['unique_identifier']),
  attributes: listOf('attributes', { type: rules.nonEmpty, name: rules.text }, ['type', 'name']),
};

/** What is wrong with an upload's accounts (empty when nothing). */
export function checkLumosAccounts(accounts: unknown[]): string[] {
  const problems = accounts.flatMap((a, i) => {
    const wrong = checkRecord(a, `accounts[${i}]`, ACCOUNT_FIELDS, ['unique_identifier']);
    if (isRecord(a) && a.email === undefined && !(rules.nonEmpty(a.first_name) === null && rules.nonEmpty(a.last_name) === null)) {
      wrong.push(`accounts[${i}] needs an email, or a first_name and a last_name`);
    }
    return wrong;
  });
  const ids = accounts.map((a) => (isRecord(a) ? a.unique_identifier : undefined));
  const twice = ids.find((id, i) => id !== undefined && ids.indexOf(id) !== i);
  if (twice !== undefined) problems.push(`unique_identifier ${JSON.stringify(twice)} appears twice`);
  return problems;
}

export function createLumosFake(options: { token: () => string; knownIds: () => readonly string[] }): LumosFake {
  const apps = new Map<string, LumosState['apps'][number]>();

  const upload = (request: PlatformRequest): Reply => {
    const parsed = jsonBody(request);
    if (!parsed.ok) return parsed.reply;
    const body = parsed.value;
    const appIdRule = (v: unknown) => ((typeof v === 'string' && v !== '') || Number.isInteger(v) ? null : 'must be an id');
    const shape = checkRecord(body, 'body', { app_id: appIdRule, accounts: (v) => (Array.isArray(v) ? null : 'must be a list') }, [
      'app_id',
      'accounts',
    ]);
    if (shape.length) return invalid('InvalidUpload', shape);
    const { app_id, accounts } = body as { app_id: string | number; accounts: unknown[] };
    const appId = String(app_id);
    if (!options.knownIds().includes(appId)) return problem(404, 'AppNotFound', `No app ${appId}: create the app in Lumos first.`);
    const problems = checkLumosAccounts(accounts);
    if (problems.length) return invalid('InvalidAccounts', problems);
    const app = apps.get(appId) ?? { app_id: appId, accounts: [], uploads: [] };
    const incoming = accounts as LumosAccount[];
    const before = new Set(app.accounts.map((a) => a.unique_identifier));
    const after = new Set(incoming.map((a) => a.unique_identifier));
    const added = [...after].filter((id) => !before.has(id)).length;
    const removed = [...before].filter((id) => !after.has(id)).length;
    app.accounts = incoming;
    app.uploads.push({ at: now(), received: incoming.length, added, removed });
    apps.set(appId, app);
    return reply(200, { app_id: appId, accounts: incoming.length, added, removed });
  };

  const handle = (request: PlatformRequest): Reply => {
    const token = options.token();
    if (!tokenIn(request.headers, 'authorization', token, 'Bearer ')) return problem(401, 'Unauthorized', 'Missing or wrong bearer token.');
    if (!token.startsWith(LUMOS_TOKEN_PREFIX)) return problem(401, 'Unauthorized', `Lumos API keys start with ${LUMOS_TOKEN_PREFIX}.`);
    if (request.url.pathname !== LUMOS_UPLOAD_PATH) return problem(404, 'NotFound', `No route ${request.url.pathname}`);
    if (request.method !== 'POST') return problem(405, 'MethodNotAllowed', 'POST only');
    return upload(request);
  };

  return {
    platform: 'lumos',
    host: LUMOS_HOST,
    owns: (path) => path === LUMOS_UPLOAD_PATH || path.startsWith('/accounts/'),
    handle,
    state: () => ({ apps: [...apps.values()].map((a) => ({ ...a, accounts: [...a.accounts], uploads: [...a.uploads] })) }),
    clear: () => apps.clear(),
  };
}
