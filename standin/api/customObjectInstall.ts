/**
 * Installing a package's custom objects: the objects and fields its requirements.json
 * declares (`custom_objects_v2`), created as Zendesk creates them on install, and the
 * ULID-like ids objects and records get.
 */
import { randomBytes } from 'node:crypto';
import { isRecord } from './http';

const KEY = /^[a-z][a-z0-9_]*$/;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The field types a record value is checked against (Zendesk's custom field types, lookup aside). */
export const FIELD_TYPES = ['text', 'textarea', 'integer', 'decimal', 'checkbox', 'date', 'regexp', 'dropdown', 'multiselect'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface InstalledField {
  key: string;
  title: string;
  type: FieldType;
  /** regexp fields: the pattern a value must match. */
  regexp: RegExp | null;
  /** dropdown / multiselect fields: the option values allowed. */
  options: readonly string[] | null;
}

export interface InstalledObject {
  id: string;
  key: string;
  title: string;
  titlePluralized: string;
  includeInListView: boolean;
  description: string;
  fields: readonly InstalledField[];
  createdMs: number;
  createdBy: number;
}

function base32(value: bigint, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out = (CROCKFORD[Number(value & 31n)] as string) + out;
    value >>= 5n;
  }
  return out;
}

/**
 * ULID-like ids (26 characters: 10 of time, 16 of randomness): they sort by creation.
 * Monotonic: a second id in the same millisecond counts up from the first.
 */
export class RecordIds {
  private lastMs = -1;
  private lastRandom = 0n;

  constructor(private readonly random: () => bigint = () => BigInt(`0x${randomBytes(10).toString('hex')}`)) {}

  next(ms: number): string {
    if (ms <= this.lastMs) {
      this.lastRandom = (this.lastRandom + 1n) & ((1n << 80n) - 1n);
    } else {
      this.lastMs = ms;
      this.lastRandom = this.random();
    }
    return base32(BigInt(this.lastMs), 10) + base32(this.lastRandom, 16);
  }
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`requirements.json: ${where} must be a non-empty string`);
  return value;
}

function parseField(raw: unknown, index: number): InstalledField & { objectKey: string } {
  const where = `custom_objects_v2.object_fields[${index}]`;
  if (!isRecord(raw)) throw new Error(`requirements.json: ${where} must be an object`);
  const key = text(raw.key, `${where}.key`);
  if (!KEY.test(key)) throw new Error(`requirements.json: ${where}.key "${key}" must be lower-case letters, digits and underscores`);
  const type = raw.type;
  if (!FIELD_TYPES.includes(type as FieldType)) throw new Error(`requirements.json: ${where}.type must be one of ${FIELD_TYPES.join(', ')}`);
  const options = Array.isArray(raw.custom_field_options)
    ? raw.custom_field_options.map((o, i) => text(isRecord(o) ? o.value : undefined, `${where}.custom_field_options[${i}].value`))
    : null;
  const pattern = typeof raw.regexp_for_validation === 'string' ? new RegExp(raw.regexp_for_validation) : null;
  return {
    objectKey: text(raw.object_key, `${where}.object_key`),
    key,
    title: text(raw.title, `${where}.title`),
    type: type as FieldType,
    regexp: pattern,
    options,
  };
}

/**
 * The objects and fields of a requirements.json (`custom_objects_v2`), as an install
 * creates them. Throws when the file would make Zendesk refuse the installation: missing
 * or duplicate keys, unknown field types, a field of an object the file does not declare.
 */
export function installRequirements(requirements: unknown, atMs: number, byUserId: number, ids = new RecordIds()): InstalledObject[] {
  if (requirements === undefined || requirements === null) return [];
  if (!isRecord(requirements)) throw new Error('requirements.json must be a JSON object');
  const v2 = requirements.custom_objects_v2;
  if (v2 === undefined) return [];
  if (!isRecord(v2) || !Array.isArray(v2.objects)) throw new Error('requirements.json: custom_objects_v2.objects must be a list');
  const objects = v2.objects.map((raw, i): InstalledObject => {
    const where = `custom_objects_v2.objects[${i}]`;
    if (!isRecord(raw)) throw new Error(`requirements.json: ${where} must be an object`);
    const key = text(raw.key, `${where}.key`);
    if (!KEY.test(key)) throw new Error(`requirements.json: ${where}.key "${key}" must be lower-case letters, digits and underscores`);
    return {
      id: ids.next(atMs),
      key,
      title: text(raw.title, `${where}.title`),
      titlePluralized: text(raw.title_pluralized, `${where}.title_pluralized`),
      includeInListView: raw.include_in_list_view === true,
      description: typeof raw.description === 'string' ? raw.description : '',
      fields: [],
      createdMs: atMs,
      createdBy: byUserId,
    };
  });
  const byKey = new Map<string, InstalledObject>();
  for (const o of objects) {
    if (byKey.has(o.key)) throw new Error(`requirements.json: custom object "${o.key}" is declared twice`);
    byKey.set(o.key, o);
  }
  const rawFields: unknown = v2.object_fields ?? [];
  if (!Array.isArray(rawFields)) throw new Error('requirements.json: custom_objects_v2.object_fields must be a list');
  rawFields.forEach((raw, i) => {
    const { objectKey, ...field } = parseField(raw, i);
    const object = byKey.get(objectKey);
    if (!object) throw new Error(`requirements.json: field "${field.key}" names object "${objectKey}", which the file does not declare`);
    if (object.fields.some((f) => f.key === field.key)) throw new Error(`requirements.json: field "${objectKey}.${field.key}" is declared twice`);
    object.fields = [...object.fields, field];
  });
  return objects;
}
