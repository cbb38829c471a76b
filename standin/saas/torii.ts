/**
 * A fake of Torii's custom integration sync (api.toriihq.com, facts in
 * shared/reference/saas-destinations.md; from docs, not verified live):
 *
 *   POST /v1.0/files/upload          multipart/form-data (as text): `file` (the JSON file) and
 *                                    `type=customIntegrationData`; answers {id} (the file id)
 *   PUT  /v1.0/services/sync/custom  {idFile, idAppAccount}: syncs the file into the app account
 *
 * Enforced: `Authorization: Bearer <saas_token>` (401); a multipart body with CRLF lines and the
 * two fields (400), only the customIntegrationData type (422), a file of at most 3 MB (413),
 * the file's JSON (400) and shape (422: users with email, status active|deleted, lastUsedDate
 * ISO 8601, licences with name, whole-number amounts and cents, licenseStatus
 * active|inactive|deleted; no unknown fields); known app accounts (the installation's
 * saas_destination_id) and file ids only (404); one sync at a time per app account: a sync
 * "runs" for `syncMs` (300 ms) and another one meanwhile gets 409. When a sync ends, the app
 * account holds exactly the file's users and licences. Checked at upload (Torii may check only
 * while syncing: not documented). The three-step upload (files/url, storage PUT, POST files)
 * is not faked; answer shapes are the stand-in's own.
 */
import { parseMultipart } from './multipart';
import {
  checkRecord,
  header,
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

export const TORII_HOST = 'api.toriihq.com';
export const TORII_UPLOAD_PATH = '/v1.0/files/upload';
export const TORII_SYNC_PATH = '/v1.0/services/sync/custom';
/** "At most 3 MB": read as 3,000,000 bytes of file, the stricter reading. */
export const TORII_MAX_FILE_BYTES = 3_000_000;
export const TORII_FILE_TYPE = 'customIntegrationData';
export const TORII_SYNC_MS = 300;

export interface ToriiUser {
  email: string;
  id?: string | number;
  firstName?: string;
  lastName?: string;
  status?: 'active' | 'deleted';
  externalStatus?: string;
  roles?: string[];
  lastUsedDate?: string;
}

export interface ToriiLicense {
  name: string;
  unassignedAmount?: number;
  pricePerUser?: number;
  users?: { email: string; licenseStatus?: 'active' | 'inactive' | 'deleted' }[];
}

export interface ToriiFile {
  users: ToriiUser[];
  licenses?: ToriiLicense[];
}

export interface ToriiState {
  files: { id: number; name: string; type: string; size: number; uploaded_at: string; content: ToriiFile }[];
  syncs: { id_file: number; id_app_account: string; status: 'running' | 'done'; started_at: string; finished_at: string | null }[];
  /** What each app account shows after its last finished sync. */
  app_accounts: { id_app_account: string; id_file: number; synced_at: string; users: ToriiUser[]; licenses: ToriiLicense[] }[];
}

export type ToriiFake = PlatformFake<ToriiState>;

const idRule = (v: unknown) => ((typeof v === 'string' && v !== '') || Number.isInteger(v) ? null : 'must be a string or a whole number');
const USER_FIELDS = {
  email: rules.email,
  id: idRule,
  firstName: rules.text,
  lastName: rules.text,
  status: rules.oneOf('active', 'deleted'),
  externalStatus: rules.text,
  roles: rules.textList,
  lastUsedDate: rules.date,
};
const LICENSE_USER_FIELDS = { email: rules.email, licenseStatus: rules.oneOf('active', 'inactive', 'deleted') };
const LICENSE_FIELDS = {
  name: rules.nonEmpty,
  unassignedAmount: rules.count,
  pricePerUser: rules.count,
  users: (v: unknown) => (Array.isArray(v) ? null : 'must be a list'),
};

/** What is wrong with a custom integration file (empty when nothing). */
export function checkToriiFile(file: unknown): string[] {
  if (!isRecord(file)) return ['the file must be a JSON object {users, licenses}'];
  const problems = checkRecord(file, 'file', { users: () => null, licenses: () => null }, ['users']);
  if (!Array.isArray(file.users)) return [...problems, 'file.users must be a list'];
  const users: unknown[] = file.users;
  users.forEach((u, i) => problems.push(...checkRecord(u, `users[${i}]`, USER_FIELDS, ['email'])));
  const emails = users.map((u) => (isRecord(u) ? String(u.email).toLowerCase() : ''));
  const twice = emails.find((e, i) => e !== '' && emails.indexOf(e) !== i);
  if (twice !== undefined) problems.push(`${twice} appears twice in users`);
  if (file.licenses !== undefined) {
    if (!Array.isArray(file.licenses)) return [...problems, 'file.licenses must be a list'];
    (file.licenses as unknown[]).forEach((l, i) => {
      problems.push(...checkRecord(l, `licenses[${i}]`, LICENSE_FIELDS, ['name']));
      const holders = isRecord(l) && Array.isArray(l.users) ? (l.users as unknown[]) : [];
      holders.forEach((h, j) => problems.push(...checkRecord(h, `licenses[${i}].users[${j}]`, LICENSE_USER_FIELDS, ['email'])));
    });
  }
  return problems;
}

/** Torii's ids are numbers; a numeric string is taken too (the setting is text). */
function idOf(value: unknown): string | null {
  if (Number.isInteger(value) && (value as number) > 0) return String(value);
  return typeof value === 'string' && /^[1-9]\d*$/.test(value) ? value : null;
}

export function createToriiFake(options: { token: () => string; knownIds: () => readonly string[]; syncMs?: number }): ToriiFake {
  const syncMs = options.syncMs ?? TORII_SYNC_MS;
  const files = new Map<number, ToriiState['files'][number]>();
  const syncs: (ToriiState['syncs'][number] & { ends: number })[] = [];
  const accounts = new Map<string, ToriiState['app_accounts'][number]>();
  let nextFileId = 5001;

  /** Ends the syncs whose time is up: their app accounts now hold the file's users and licences. */
  const settle = () => {
    for (const sync of syncs) {
      if (sync.status !== 'running' || sync.ends > Date.now()) continue;
      sync.status = 'done';
      sync.finished_at = now();
      const content = files.get(sync.id_file)?.content ?? { users: [] };
      accounts.set(sync.id_app_account, {
        id_app_account: sync.id_app_account,
        id_file: sync.id_file,
        synced_at: sync.finished_at,
        users: content.users,
        licenses: content.licenses ?? [],
      });
    }
  };

  const upload = (request: PlatformRequest): Reply => {
    const form = parseMultipart(header(request.headers, 'content-type'), request.text);
    if (!form.ok) return problem(400, 'InvalidMultipart', form.message);
    const filePart = form.parts.filter((p) => p.name === 'file');
    const typePart = form.parts.filter((p) => p.name === 'type');
    const file = filePart[0];
    if (filePart.length !== 1 || file?.filename === undefined) {
      return problem(400, 'MissingFile', 'Send exactly one "file" field with a filename.');
    }
    if (typePart.length !== 1) return problem(400, 'MissingType', `Send exactly one "type" field (${TORII_FILE_TYPE}).`);
    const type = typePart[0]?.value ?? '';
    if (type !== TORII_FILE_TYPE) return invalid('InvalidType', [`type "${type}" is not faked here: send ${TORII_FILE_TYPE}`]);
    const size = Buffer.byteLength(file.value, 'utf8');
    if (size > TORII_MAX_FILE_BYTES) return problem(413, 'FileTooLarge', `The file has ${size} bytes; at most ${TORII_MAX_FILE_BYTES}.`);
    let content: unknown;
    try {
      content = JSON.parse(file.value) as unknown;
    } catch {
      return problem(400, 'InvalidJson', 'The file is not valid JSON.');
    }
    const problems = checkToriiFile(content);
    if (problems.length) return invalid('InvalidFile', problems);
    const id = nextFileId++;
    files.set(id, { id, name: file.filename ?? '', type, size, uploaded_at: now(), content: content as ToriiFile });
    return reply(200, { id });
  };

  const sync = (request: PlatformRequest): Reply => {
    const parsed = jsonBody(request);
    if (!parsed.ok) return parsed.reply;
    const body = parsed.value;
    const shape = checkRecord(body, 'body', { idFile: () => null, idAppAccount: () => null }, ['idFile', 'idAppAccount']);
    if (shape.length) return invalid('InvalidSync', shape);
    const { idFile, idAppAccount } = body as Record<string, unknown>;
    const account = idOf(idAppAccount);
    const fileId = idOf(idFile);
    if (account === null || fileId === null) return invalid('InvalidSync', ['idFile and idAppAccount must be ids (whole numbers)']);
    if (!options.knownIds().includes(account)) return problem(404, 'AppAccountNotFound', `No app account ${account}.`);
    if (!files.has(Number(fileId))) return problem(404, 'FileNotFound', `No file ${fileId}.`);
    settle();
    if (syncs.some((s) => s.id_app_account === account && s.status === 'running')) {
      return problem(409, 'SyncInProgress', `App account ${account} is syncing; try again when it is done.`);
    }
    const started = Date.now();
    syncs.push({
      id_file: Number(fileId),
      id_app_account: account,
      status: 'running',
      started_at: new Date(started).toISOString(),
      finished_at: null,
      ends: started + syncMs,
    });
    return reply(200, { idFile: Number(fileId), idAppAccount: Number(account), status: 'running' });
  };

  const handle = (request: PlatformRequest): Reply => {
    if (!tokenIn(request.headers, 'authorization', options.token(), 'Bearer ')) return problem(401, 'Unauthorized', 'Missing or wrong bearer token.');
    const path = request.url.pathname;
    const route = path === TORII_UPLOAD_PATH ? 'POST' : path === TORII_SYNC_PATH ? 'PUT' : null;
    if (route === null) return problem(404, 'NotFound', `No route ${path} (the stand-in fakes ${TORII_UPLOAD_PATH} and ${TORII_SYNC_PATH})`);
    if (request.method !== route) return problem(405, 'MethodNotAllowed', `${route} only`);
    return route === 'POST' ? upload(request) : sync(request);
  };

  return {
    platform: 'torii',
    host: TORII_HOST,
    owns: (path) => path.startsWith('/v1.0/'),
    handle,
    state() {
      settle();
      return {
        files: [...files.values()],
        syncs: syncs.map(({ ends: _ends, ...rest }) => rest),
        app_accounts: [...accounts.values()],
      };
    },
    clear() {
      files.clear();
      syncs.length = 0;
      accounts.clear();
    },
  };
}
