/**
 * The receiver's checks of one snapshot part: the project's JSON Schema for the version
 * the part names (`zendesk-seat-snapshot/1.2`: `src/snapshot/schema.json`; versions 1 and 1.1,
 * which older installs still send: `src/snapshot/schema-1.json`, `schema-1.1.json`; each compiled once with ajv),
 * then what a schema cannot say: the Idempotency-Key is the snapshot_id, at most 1,000
 * users, the part is within its count, and every part of a snapshot agrees on the count.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { REPO_ROOT } from '../settings';

export const SCHEMA_PATH = resolve(REPO_ROOT, 'src/snapshot/schema.json');
/** Every version this receiver accepts, by the `schema` field's value. */
export const SCHEMA_PATHS: Readonly<Record<string, string>> = {
  'zendesk-seat-snapshot/1': resolve(REPO_ROOT, 'src/snapshot/schema-1.json'),
  'zendesk-seat-snapshot/1.1': resolve(REPO_ROOT, 'src/snapshot/schema-1.1.json'),
  'zendesk-seat-snapshot/1.2': SCHEMA_PATH,
};
/** What a part naming no known version is checked against (its errors then say what is wrong). */
export const CURRENT_SCHEMA = 'zendesk-seat-snapshot/1.2';
export const MAX_USERS_PER_PART = 1000;

export type PartCheck =
  { ok: true; snapshotId: string; index: number; count: number; userIds: number[] } | { ok: false; status: 400 | 409 | 422; message: string };

const compiled = new Map<string, ValidateFunction>();

/** The validator for `version` (a known `schema` value), else for the current version. */
export function schemaValidator(version: string = CURRENT_SCHEMA): ValidateFunction {
  const known = Object.hasOwn(SCHEMA_PATHS, version) ? version : CURRENT_SCHEMA;
  let validate = compiled.get(known);
  if (!validate) {
    const path = SCHEMA_PATHS[known] ?? SCHEMA_PATH;
    validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(path, 'utf8')) as object);
    compiled.set(known, validate);
  }
  return validate;
}

function versionOf(body: unknown): string {
  const named = typeof body === 'object' && body !== null ? (body as { schema?: unknown }).schema : undefined;
  return typeof named === 'string' && Object.hasOwn(SCHEMA_PATHS, named) ? named : CURRENT_SCHEMA;
}

interface PartShape {
  snapshot_id: string;
  users: { id: number }[];
  part: { index: number; count: number };
}

export function checkPart(
  body: unknown,
  idempotencyKey: string | string[] | undefined,
  knownCount: (snapshotId: string) => number | undefined,
): PartCheck {
  const version = versionOf(body);
  const validate = schemaValidator(version);
  if (!validate(body)) {
    const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    return { ok: false, status: 422, message: `The snapshot does not match ${version}: ${errors.join('; ')}` };
  }
  const part = body as PartShape;
  const where = `part ${part.part.index} of ${part.part.count}`;
  if (typeof idempotencyKey !== 'string' || idempotencyKey === '') {
    return { ok: false, status: 400, message: 'The Idempotency-Key header is required (the snapshot_id).' };
  }
  if (idempotencyKey !== part.snapshot_id) {
    return { ok: false, status: 422, message: `The Idempotency-Key header (${idempotencyKey}) is not the snapshot_id (${part.snapshot_id}).` };
  }
  if (part.part.index > part.part.count) return { ok: false, status: 422, message: `${where}: index beyond count.` };
  if (part.users.length > MAX_USERS_PER_PART) {
    return { ok: false, status: 422, message: `${where}: ${part.users.length} users; at most ${MAX_USERS_PER_PART} a part.` };
  }
  const known = knownCount(part.snapshot_id);
  if (known !== undefined && known !== part.part.count) {
    return { ok: false, status: 409, message: `${where}: snapshot ${part.snapshot_id} was announced with ${known} parts.` };
  }
  return { ok: true, snapshotId: part.snapshot_id, index: part.part.index, count: part.part.count, userIds: part.users.map((u) => u.id) };
}
