/**
 * The records of the account's custom objects (./customObjectInstall.ts), as Zendesk keeps
 * them: ULID-like ids, field values checked against the field types, external ids unique
 * per object, at most 32 KB each. Plain data in, plain data or a refusal out; the routes
 * (./customObjects.ts) turn them into Zendesk's answers.
 */
import { RecordIds, type InstalledField, type InstalledObject } from './customObjectInstall';
import { isRecord } from './http';

export interface StoredRecord {
  id: string;
  objectKey: string;
  name: string;
  externalId: string | null;
  /** Only the fields that hold a value; a view lists every field of the object. */
  fields: Record<string, unknown>;
  createdMs: number;
  updatedMs: number;
  createdBy: number;
  updatedBy: number;
}

/** What a write names: only the given parts change (`fields` key by key; null clears one). */
export interface RecordInput {
  name?: string;
  externalId?: string | null;
  fields?: Record<string, unknown>;
}

/** Why a write is refused: the record's JSON pointer and what is wrong with it. */
export interface Invalid {
  invalid: true;
  pointer: string;
  detail: string;
}

/** "Each record has a maximum size of 32 KB" (Custom Object Records). */
export const MAX_RECORD_BYTES = 32 * 1024;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const invalid = (pointer: string, detail: string): Invalid => ({ invalid: true, pointer, detail });
export const isInvalid = (value: unknown): value is Invalid => isRecord(value) && value.invalid === true;

/** Why `value` cannot go in `field`, or null when it can (null always can: it clears the field). */
function valueProblem(field: InstalledField, value: unknown): string | null {
  if (value === null) return null;
  const ok = ((): boolean => {
    switch (field.type) {
      case 'integer':
        return typeof value === 'number' && Number.isSafeInteger(value);
      case 'decimal':
        return typeof value === 'number' && Number.isFinite(value);
      case 'checkbox':
        return typeof value === 'boolean';
      case 'date':
        return typeof value === 'string' && DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
      case 'text':
      case 'textarea':
        return typeof value === 'string';
      case 'regexp':
        return typeof value === 'string' && (field.regexp === null || field.regexp.test(value));
      case 'dropdown':
        return typeof value === 'string' && (field.options === null || field.options.includes(value));
      case 'multiselect':
        return Array.isArray(value) && value.every((v) => typeof v === 'string' && (field.options === null || field.options.includes(v)));
    }
  })();
  return ok ? null : `${field.key} is not a valid ${field.type} value`;
}

/** The write a request body names (`{"custom_object_record": {...}}`), or why it is not one. */
export function parseRecordInput(body: unknown): RecordInput | Invalid {
  const raw = isRecord(body) ? body.custom_object_record : undefined;
  if (!isRecord(raw)) return invalid('/custom_object_record', 'custom_object_record must be an object');
  const input: RecordInput = {};
  if (raw.name !== undefined) {
    if (typeof raw.name !== 'string' || raw.name.trim() === '') return invalid('/custom_object_record/name', 'name must be a non-empty string');
    input.name = raw.name;
  }
  if (raw.external_id !== undefined) {
    if (raw.external_id !== null && typeof raw.external_id !== 'string')
      return invalid('/custom_object_record/external_id', 'external_id must be a string');
    input.externalId = raw.external_id === '' ? null : raw.external_id;
  }
  if (raw.custom_object_fields !== undefined) {
    if (!isRecord(raw.custom_object_fields)) return invalid('/custom_object_record/custom_object_fields', 'custom_object_fields must be an object');
    input.fields = { ...raw.custom_object_fields };
  }
  return input;
}

export class CustomObjectStore {
  private readonly records = new Map<string, StoredRecord[]>();
  private readonly byKey: ReadonlyMap<string, InstalledObject>;

  constructor(
    readonly objects: readonly InstalledObject[],
    private readonly ids = new RecordIds(),
  ) {
    this.byKey = new Map(objects.map((o) => [o.key, o]));
    this.clear();
  }

  object(key: string): InstalledObject | undefined {
    return this.byKey.get(key);
  }

  /** An object's records in creation order (ids ascending). */
  list(key: string): readonly StoredRecord[] {
    return this.records.get(key) ?? [];
  }

  byId(key: string, id: string): StoredRecord | undefined {
    return this.list(key).find((r) => r.id === id);
  }

  byExternalId(key: string, externalId: string): StoredRecord | undefined {
    return this.list(key).find((r) => r.externalId === externalId);
  }

  /** Records of every object: what the record limit counts. */
  count(): number {
    let n = 0;
    for (const list of this.records.values()) n += list.length;
    return n;
  }

  /** Every record gone; the objects stay (a reset keeps the installation). */
  clear(): void {
    for (const o of this.objects) this.records.set(o.key, []);
  }

  /** A new record; `input.name` is required. */
  create(key: string, input: RecordInput, byUserId: number, nowMs: number): StoredRecord | Invalid {
    const object = this.mustObject(key);
    if (input.name === undefined) return invalid('/custom_object_record/name', 'name is required');
    const problem = this.check(object, input, null);
    if (problem) return problem;
    const record: StoredRecord = {
      id: this.ids.next(nowMs),
      objectKey: key,
      name: input.name,
      externalId: input.externalId ?? null,
      fields: merged({}, input.fields),
      createdMs: nowMs,
      updatedMs: nowMs,
      createdBy: byUserId,
      updatedBy: byUserId,
    };
    if (size(record) > MAX_RECORD_BYTES) return invalid('/custom_object_record', `the record is larger than ${MAX_RECORD_BYTES} bytes`);
    this.records.set(key, [...this.list(key), record]);
    return record;
  }

  /** Changes only what `input` names: each field given, the name, the external id. */
  update(key: string, id: string, input: RecordInput, byUserId: number, nowMs: number): StoredRecord | Invalid {
    const object = this.mustObject(key);
    const current = this.byId(key, id);
    if (!current) throw new Error(`no record ${id} of ${key}`);
    const problem = this.check(object, input, current.id);
    if (problem) return problem;
    const next: StoredRecord = {
      ...current,
      name: input.name ?? current.name,
      externalId: input.externalId === undefined ? current.externalId : input.externalId,
      fields: merged(current.fields, input.fields),
      updatedMs: nowMs,
      updatedBy: byUserId,
    };
    if (size(next) > MAX_RECORD_BYTES) return invalid('/custom_object_record', `the record is larger than ${MAX_RECORD_BYTES} bytes`);
    this.records.set(
      key,
      this.list(key).map((r) => (r.id === id ? next : r)),
    );
    return next;
  }

  /**
   * The records a seed brings (history), in the order given, with ids from `ids` (a seeded
   * generator: the same seed, the same ids) that follow their creation times.
   */
  seed(key: string, records: readonly Omit<StoredRecord, 'id' | 'objectKey'>[], ids: RecordIds): void {
    const object = this.mustObject(key);
    for (const r of records) {
      const input: RecordInput = { name: r.name, externalId: r.externalId, fields: r.fields };
      const problem = this.check(object, input, null);
      if (problem) throw new Error(`seed record ${r.name}: ${problem.detail}`);
      const record: StoredRecord = { ...r, id: ids.next(r.createdMs), objectKey: key, fields: merged({}, r.fields) };
      this.records.set(key, [...this.list(key), record]);
    }
  }

  private mustObject(key: string): InstalledObject {
    const object = this.byKey.get(key);
    if (!object) throw new Error(`no custom object ${key}`);
    return object;
  }

  /** Unknown or ill-typed fields, a taken external id. `self`: the record being changed. */
  private check(object: InstalledObject, input: RecordInput, self: string | null): Invalid | null {
    for (const [fieldKey, value] of Object.entries(input.fields ?? {})) {
      const pointer = `/custom_object_record/custom_object_fields/${fieldKey}`;
      const field = object.fields.find((f) => f.key === fieldKey);
      if (!field) return invalid(pointer, `${fieldKey} is not a field of ${object.key}`);
      const problem = valueProblem(field, value);
      if (problem) return invalid(pointer, problem);
    }
    const externalId = input.externalId;
    if (typeof externalId === 'string' && this.list(object.key).some((r) => r.externalId === externalId && r.id !== self)) {
      return invalid('/custom_object_record/external_id', `external_id ${externalId} has already been taken`);
    }
    return null;
  }
}

/** `base` with `changes` over it, key by key; a null change clears the field. */
function merged(base: Record<string, unknown>, changes: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries({ ...base, ...changes })) if (value !== null && value !== undefined) out[key] = value;
  return out;
}

function size(record: StoredRecord): number {
  return Buffer.byteLength(JSON.stringify({ name: record.name, external_id: record.externalId, custom_object_fields: record.fields }));
}
