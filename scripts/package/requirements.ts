// requirements.json: what installing the app creates in the admin's account (for Seat Review,
// the custom object `seat_review_day`). Checked as Zendesk's app validator checks it
// (zendesk_apps_support, validations/requirements.rb and validations/custom_objects_v2/),
// plus a few rules from Zendesk's API reference that the validator leaves to install time,
// where one refused requirement fails the whole installation.
import { isNonEmptyString, isObject, show, typeName, type Json } from './json';
import type { Finding, JsonDoc, PackageFile } from './rules';

export const REQUIREMENTS_FILE = 'requirements.json';

/** The top-level requirement types Zendesk accepts. */
export const REQUIREMENT_TYPES = [
  'automations',
  'channel_integrations',
  'custom_objects',
  'macros',
  'targets',
  'views',
  'ticket_fields',
  'triggers',
  'user_fields',
  'organization_fields',
  'webhooks',
  'custom_objects_v2',
] as const;

/** Types whose every requirement needs a `title` (the others have their own required keys). */
const TITLED_TYPES = ['automations', 'macros', 'targets', 'views', 'ticket_fields', 'triggers', 'user_fields', 'organization_fields'] as const;
const WEBHOOK_KEYS = ['name', 'status', 'endpoint', 'http_method', 'request_format'] as const;
/** Target types Zendesk retired: the validator refuses them. */
const RETIRED_TARGET_TYPES = ['http_target', 'url_target_v2'] as const;

/** Requirements in all: each identifier of a type, each entry of a list. */
export const MAX_REQUIREMENTS = 5000;
/** Legacy custom objects (`custom_objects`): types and relationship types together. */
export const MAX_LEGACY_CUSTOM_OBJECT_REQUIREMENTS = 50;

/** The validator's limits on `custom_objects_v2` (its constants.rb). */
export const COV2_LIMITS = {
  objects: 50,
  fieldsPerObject: 20,
  triggersPerObject: 10,
  conditionsPerTrigger: 50,
  actionsPerTrigger: 25,
  relationshipFilterConditions: 20,
  selectionFieldsPerObject: { dropdown: 5, multiselect: 5 },
  optionsPerSelectionField: { dropdown: 10, multiselect: 10 },
  /** `custom_objects_v2` written as JSON. */
  payloadBytes: 1_048_576,
} as const;

const COV2_COLLECTIONS = ['objects', 'object_fields', 'object_triggers'] as const;
type Cov2Collection = (typeof COV2_COLLECTIONS)[number];
const REQUIRED_KEYS: Readonly<Record<Cov2Collection, readonly string[]>> = {
  objects: ['key', 'title', 'title_pluralized', 'include_in_list_view'],
  object_fields: ['key', 'title', 'type', 'object_key'],
  object_triggers: ['key', 'object_key', 'title', 'actions', 'conditions'],
};
const SETTING_PLACEHOLDER = /\{\{\s*setting\.[\w.-]+\s*\}\}/;

/** Custom object field types (Zendesk's API reference, custom object fields). */
export const CUSTOM_OBJECT_FIELD_TYPES = [
  'checkbox',
  'date',
  'decimal',
  'dropdown',
  'integer',
  'lookup',
  'multiselect',
  'regexp',
  'text',
  'textarea',
] as const;
/** A custom field key: letters, numbers and underscores, not only numbers (Zendesk's API reference). */
const FIELD_KEY = /^(?!\d+$)\w+$/;

const error = (message: string): Finding => ({ level: 'error', file: REQUIREMENTS_FILE, message });
const warning = (message: string): Finding => ({ level: 'warning', file: REQUIREMENTS_FILE, message });
const has = (object: Json, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
const list = (items: readonly string[]): string => items.join(', ');

/** How many requirements a value counts for: lists count their entries, anything else one. */
const countOf = (value: unknown): number => (Array.isArray(value) ? value.reduce((n: number, item) => n + countOf(item), 0) : 1);

// ---------------------------------------------------------------------------------------
// the file and the manifest

export interface RequirementsInput {
  /** requirements.json at the package root. */
  doc: JsonDoc;
  /** manifest.json, null when it is unusable (its own error is reported). */
  manifest: Json | null;
  /** The products the manifest's locations name, in their current names (support, chat, sell...). */
  products: readonly string[];
  files: readonly PackageFile[];
}

/**
 * requirements.json and manifest.json agree: a requirementsOnly app has requirements, a
 * marketingOnly or Chat-only app has none, and an app without locations carries no scripts.
 */
export function checkRequirementsManifest(input: RequirementsInput): Finding[] {
  const m = input.manifest;
  if (!m) return [];
  const present = input.doc.kind !== 'missing';
  const findings: Finding[] = [];
  if (m.requirementsOnly === true && !present) {
    findings.push(error('missing: a requirementsOnly app ("requirementsOnly": true in manifest.json) needs requirements.json at the package root'));
  }
  if (present && m.marketingOnly === true) {
    findings.push(error('not allowed: a marketingOnly app cannot create requirements; remove requirements.json or "marketingOnly"'));
  } else if (present && input.products.length === 1 && input.products[0] === 'chat') {
    findings.push(error('not allowed: requirements work for Support and Sell apps, and manifest.json locates the app in Chat only'));
  }
  if (m.requirementsOnly === true || m.marketingOnly === true) {
    const scripts = input.files.map((file) => file.path).filter((path) => /\.jsx?$/i.test(path));
    if (scripts.length > 0) {
      const which = m.requirementsOnly === true ? 'requirementsOnly' : 'marketingOnly';
      findings.push({
        level: 'error',
        file: 'manifest.json',
        message: `${which}: the package holds JavaScript (${list(scripts)}); Zendesk refuses scripts, stylesheets and templates in a ${which} app`,
      });
    }
  }
  return findings;
}

/** requirements.json parses, is an object of requirement types and repeats no key. */
export function checkRequirementsDocument(doc: JsonDoc): Finding[] {
  if (doc.kind === 'missing') return [];
  if (doc.kind === 'invalid') return [error(`is not valid JSON: ${doc.error}`)];
  if (!isObject(doc.value)) return [error(`must be a JSON object of requirement types, found ${typeName(doc.value)}`)];
  return doc.duplicateKeys.map((key) => error(`${key}: key appears more than once (Zendesk rejects repeated keys in requirements.json)`));
}

// ---------------------------------------------------------------------------------------
// requirement types other than custom_objects_v2

/** Known types only, within the overall limit, each an object of identifier → settings. */
export function checkRequirementTypes(requirements: Json): Finding[] {
  const findings: Finding[] = [];
  const known: readonly string[] = REQUIREMENT_TYPES;
  for (const type of Object.keys(requirements)) {
    if (!known.includes(type)) findings.push(error(`${type}: not a requirement type Zendesk knows (${list(known)})`));
  }
  const total = Object.values(requirements).reduce<number>(
    (n, value) => n + (isObject(value) ? Object.values(value).reduce<number>((m, item) => m + countOf(item), 0) : countOf(value)),
    0,
  );
  if (total > MAX_REQUIREMENTS) findings.push(error(`holds ${total} requirements; Zendesk allows at most ${MAX_REQUIREMENTS}`));
  for (const type of known) {
    const value = requirements[type];
    if (value === undefined || type === 'custom_objects_v2' || type === 'custom_objects') continue;
    if (!isObject(value)) {
      findings.push(error(`${type}: must be an object of requirements by identifier, such as {"my_${type}": {...}}, found ${typeName(value)}`));
      continue;
    }
    for (const [identifier, settings] of Object.entries(value)) {
      if (!isObject(settings)) findings.push(error(`${type}.${identifier}: must be an object of settings, found ${typeName(settings)}`));
    }
  }
  return findings;
}

/** Each requirement's required keys, per type, as the validator lists them. */
export function checkRequiredSettings(requirements: Json): Finding[] {
  const findings: Finding[] = [];
  const entries = (type: string): [string, Json][] => {
    const value = requirements[type];
    return isObject(value) ? Object.entries(value).filter((entry): entry is [string, Json] => isObject(entry[1])) : [];
  };
  const need = (type: string, keys: readonly string[]): void => {
    for (const [identifier, settings] of entries(type)) {
      for (const key of keys) if (!has(settings, key)) findings.push(error(`${type}.${identifier}: missing "${key}"`));
    }
  };
  for (const type of TITLED_TYPES) need(type, ['title']);
  need('user_fields', ['key']);
  need('organization_fields', ['key']);
  need('channel_integrations', ['manifest_url']);
  need('webhooks', WEBHOOK_KEYS);
  if (entries('channel_integrations').length > 1) findings.push(error('channel_integrations: an app may declare one channel integration only'));
  for (const [identifier, settings] of entries('targets')) {
    if ((RETIRED_TARGET_TYPES as readonly unknown[]).includes(settings.type)) {
      findings.push(error(`targets.${identifier}.type: ${show(settings.type)} targets are no longer supported; declare a webhook instead`));
    }
  }
  return findings;
}

/** Legacy custom objects (`custom_objects`): types with key and schema, relationships with key, source and target. */
export function checkLegacyCustomObjects(requirements: Json): Finding[] {
  const value = requirements.custom_objects;
  if (value === undefined) return [];
  if (!isObject(value))
    return [error(`custom_objects: must be an object {custom_object_types, custom_object_relationship_types}, found ${typeName(value)}`)];
  const findings: Finding[] = [];
  const count = Object.values(value).reduce<number>((n, item) => n + countOf(item), 0);
  if (count > MAX_LEGACY_CUSTOM_OBJECT_REQUIREMENTS) {
    findings.push(error(`custom_objects: holds ${count} requirements; Zendesk allows at most ${MAX_LEGACY_CUSTOM_OBJECT_REQUIREMENTS}`));
  }
  if (!has(value, 'custom_object_types')) findings.push(error('custom_objects: missing "custom_object_types"'));
  const schema: [string, readonly string[]][] = [
    ['custom_object_types', ['key', 'schema']],
    ['custom_object_relationship_types', ['key', 'source', 'target']],
  ];
  for (const [kind, keys] of schema) {
    const items = value[kind];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      findings.push(error(`custom_objects.${kind}: must be an array, found ${typeName(items)}`));
      continue;
    }
    items.forEach((item: unknown, index) => {
      const at = `custom_objects.${kind}[${index}]`;
      if (!isObject(item)) findings.push(error(`${at}: must be an object, found ${typeName(item)}`));
      else for (const key of keys) if (!has(item, key)) findings.push(error(`${at}: missing "${key}"`));
    });
  }
  return findings;
}

// ---------------------------------------------------------------------------------------
// custom_objects_v2

/** The object entries of a collection (the validator skips anything else), with their index. */
function entriesOf(cov2: Json, collection: Cov2Collection): { item: Json; index: number }[] {
  const items = cov2[collection];
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown, index) => (isObject(item) ? [{ item, index }] : []));
}

/** `custom_objects_v2.object_fields[3] (seat_review_day.paid_seats)`: where an entry is, and what it is. */
function labelOf(collection: Cov2Collection, item: Json, index: number): string {
  const at = `custom_objects_v2.${collection}[${index}]`;
  const key = typeof item.key === 'string' ? item.key : null;
  if (collection === 'objects') return key ? `${at} (${key})` : at;
  const object = typeof item.object_key === 'string' ? item.object_key : '?';
  return key ? `${at} (${object}.${key})` : at;
}

/** all/any conditions counted, as the validator counts them (0 when not an object). */
function conditionCount(conditions: unknown): number {
  if (!isObject(conditions)) return 0;
  return ['all', 'any'].reduce((n, key) => {
    const value = conditions[key];
    return n + (Array.isArray(value) ? value.length : 0);
  }, 0);
}

/** The entries with a non-empty object_key, grouped by it. */
function byObject(entries: readonly { item: Json; index: number }[]): Map<string, Json[]> {
  const groups = new Map<string, Json[]>();
  for (const { item } of entries) {
    const owner = typeof item.object_key === 'string' ? item.object_key : item.object_key == null ? '' : JSON.stringify(item.object_key);
    if (owner === '') continue;
    groups.set(owner, [...(groups.get(owner) ?? []), item]);
  }
  return groups;
}

/** An object with objects, object_fields and object_triggers arrays, not all empty. */
function checkCov2Structure(cov2: unknown): Finding[] {
  if (!isObject(cov2)) {
    return [error(`custom_objects_v2: must be an object {objects, object_fields, object_triggers}, found ${typeName(cov2)}`)];
  }
  const empty = error('custom_objects_v2: declares nothing; list at least one object, field or trigger');
  if (Object.keys(cov2).length === 0) return [empty];
  if (COV2_COLLECTIONS.every((collection) => Array.isArray(cov2[collection]) && (cov2[collection] as unknown[]).length === 0)) return [empty];
  return COV2_COLLECTIONS.filter((collection) => cov2[collection] !== undefined && !Array.isArray(cov2[collection])).map((collection) =>
    error(`custom_objects_v2.${collection}: must be an array, found ${typeName(cov2[collection])}`),
  );
}

/** The validator's counts: objects, fields and triggers per object, dropdown options, conditions, actions. */
function checkCov2Limits(cov2: Json): Finding[] {
  const findings: Finding[] = [];
  const objects = cov2.objects;
  if (Array.isArray(objects) && objects.length > COV2_LIMITS.objects) {
    findings.push(error(`custom_objects_v2.objects: ${objects.length} objects; Zendesk allows at most ${COV2_LIMITS.objects}`));
  }
  const fields = byObject(entriesOf(cov2, 'object_fields'));
  for (const [owner, items] of fields) {
    if (items.length > COV2_LIMITS.fieldsPerObject) {
      findings.push(
        error(
          `custom_objects_v2.object_fields: ${items.length} fields for "${owner}"; Zendesk allows at most ${COV2_LIMITS.fieldsPerObject} an object`,
        ),
      );
    }
    for (const [type, max] of Object.entries(COV2_LIMITS.selectionFieldsPerObject)) {
      const count = items.filter((field) => field.type === type).length;
      if (count > max)
        findings.push(error(`custom_objects_v2.object_fields: ${count} ${type} fields for "${owner}"; Zendesk allows at most ${max} an object`));
    }
  }
  for (const { item, index } of entriesOf(cov2, 'object_fields')) {
    const label = labelOf('object_fields', item, index);
    const max = (COV2_LIMITS.optionsPerSelectionField as Readonly<Record<string, number>>)[String(item.type)];
    const options = item.custom_field_options;
    if (max !== undefined && Array.isArray(options) && options.length > max) {
      findings.push(
        error(`${label}.custom_field_options: ${options.length} options; Zendesk allows at most ${max} for a ${String(item.type)} field`),
      );
    }
    const filterConditions = conditionCount(item.relationship_filter);
    if (filterConditions > COV2_LIMITS.relationshipFilterConditions) {
      findings.push(
        error(`${label}.relationship_filter: ${filterConditions} conditions; Zendesk allows at most ${COV2_LIMITS.relationshipFilterConditions}`),
      );
    }
  }
  for (const [owner, items] of byObject(entriesOf(cov2, 'object_triggers'))) {
    if (items.length > COV2_LIMITS.triggersPerObject) {
      findings.push(
        error(
          `custom_objects_v2.object_triggers: ${items.length} triggers for "${owner}"; Zendesk allows at most ${COV2_LIMITS.triggersPerObject} an object`,
        ),
      );
    }
    for (const trigger of items) {
      const name = `custom_objects_v2.object_triggers (${owner}.${String(trigger.key)})`;
      const conditions = conditionCount(trigger.conditions);
      if (conditions > COV2_LIMITS.conditionsPerTrigger) {
        findings.push(error(`${name}.conditions: ${conditions} conditions; Zendesk allows at most ${COV2_LIMITS.conditionsPerTrigger}`));
      }
      if (Array.isArray(trigger.actions) && trigger.actions.length > COV2_LIMITS.actionsPerTrigger) {
        findings.push(error(`${name}.actions: ${trigger.actions.length} actions; Zendesk allows at most ${COV2_LIMITS.actionsPerTrigger}`));
      }
    }
  }
  return findings;
}

/** Every object, field and trigger names its required keys; triggers have conditions and actions. */
function checkCov2Schema(cov2: Json): Finding[] {
  const findings: Finding[] = [];
  for (const collection of COV2_COLLECTIONS) {
    for (const { item, index } of entriesOf(cov2, collection)) {
      const label = labelOf(collection, item, index);
      for (const key of REQUIRED_KEYS[collection]) if (!has(item, key)) findings.push(error(`${label}: missing "${key}"`));
      if (collection !== 'object_triggers') continue;
      const conditions = item.conditions;
      const keys = isObject(conditions) ? Object.keys(conditions) : [];
      const wellFormed =
        isObject(conditions) &&
        keys.length > 0 &&
        keys.every((key) => key === 'all' || key === 'any') &&
        Object.values(conditions).some(Array.isArray);
      if (!wellFormed) findings.push(error(`${label}.conditions: must be an object {"all": [...], "any": [...]}`));
      else if (conditionCount(conditions) === 0) findings.push(error(`${label}.conditions: has no condition`));
      if (!Array.isArray(item.actions)) findings.push(error(`${label}.actions: must be an array of actions`));
      else if (item.actions.length === 0) findings.push(error(`${label}.actions: has no action`));
    }
  }
  return findings;
}

/** Fields and triggers belong to an object declared in the same file. */
function checkCov2References(cov2: Json): Finding[] {
  const declared = new Set(entriesOf(cov2, 'objects').flatMap(({ item }) => (isNonEmptyString(item.key) ? [item.key] : [])));
  const findings: Finding[] = [];
  for (const collection of ['object_fields', 'object_triggers'] as const) {
    for (const { item, index } of entriesOf(cov2, collection)) {
      if (typeof item.object_key === 'string' && declared.has(item.object_key)) continue;
      findings.push(
        error(`${labelOf(collection, item, index)}.object_key: ${show(item.object_key)} is not an object declared in custom_objects_v2.objects`),
      );
    }
  }
  return findings;
}

/**
 * What Zendesk's API would refuse when installing, which the validator does not look at:
 * an object key twice, a field key twice in one object, a malformed key, an unknown field
 * type, a dropdown without options, an entry that is not an object, an unknown section.
 */
function checkCov2Install(cov2: Json): Finding[] {
  const findings: Finding[] = [];
  for (const key of Object.keys(cov2)) {
    if (!(COV2_COLLECTIONS as readonly string[]).includes(key)) {
      findings.push(warning(`custom_objects_v2.${key}: unknown key, Zendesk ignores it (known: ${list(COV2_COLLECTIONS)})`));
    }
  }
  for (const collection of COV2_COLLECTIONS) {
    const items = cov2[collection];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      if (!isObject(item)) findings.push(error(`custom_objects_v2.${collection}[${index}]: must be an object, found ${typeName(item)}`));
    });
  }
  const seenObjects = new Set<string>();
  for (const { item, index } of entriesOf(cov2, 'objects')) {
    if (typeof item.key !== 'string') continue;
    if (seenObjects.has(item.key)) findings.push(error(`${labelOf('objects', item, index)}: object key "${item.key}" is declared twice`));
    seenObjects.add(item.key);
  }
  const seenFields = new Set<string>();
  for (const { item, index } of entriesOf(cov2, 'object_fields')) {
    const label = labelOf('object_fields', item, index);
    if (typeof item.key === 'string') {
      const id = `${String(item.object_key)}\u0000${item.key}`;
      if (seenFields.has(id)) findings.push(error(`${label}: field key "${item.key}" is declared twice for "${String(item.object_key)}"`));
      seenFields.add(id);
      if (!FIELD_KEY.test(item.key)) findings.push(error(`${label}.key: "${item.key}" must be letters, numbers and underscores, not only numbers`));
    } else if (item.key !== undefined) {
      findings.push(error(`${label}.key: must be a string, found ${typeName(item.key)}`));
    }
    if (item.type !== undefined && !(CUSTOM_OBJECT_FIELD_TYPES as readonly unknown[]).includes(item.type)) {
      findings.push(error(`${label}.type: ${show(item.type)} is not a custom object field type (${list(CUSTOM_OBJECT_FIELD_TYPES)})`));
    }
    if (item.type === 'dropdown' && !(Array.isArray(item.custom_field_options) && item.custom_field_options.length > 0)) {
      findings.push(error(`${label}.custom_field_options: a dropdown field needs its options`));
    }
  }
  return findings;
}

/**
 * custom_objects_v2, in the validator's order: it stops at the first stage with errors
 * (structure, size, limits and schema, setting placeholders, references), so a fix never
 * uncovers an error of an earlier stage. The install-time rules run whenever the structure reads.
 */
export function checkCustomObjectsV2(requirements: Json): Finding[] {
  if (requirements.custom_objects_v2 === undefined) return [];
  const cov2: unknown = requirements.custom_objects_v2;
  const structure = checkCov2Structure(cov2);
  if (structure.length > 0 || !isObject(cov2)) return structure;
  const install = checkCov2Install(cov2);
  const text = JSON.stringify(cov2);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > COV2_LIMITS.payloadBytes) {
    return [error(`custom_objects_v2: ${bytes} bytes as JSON; Zendesk allows at most ${COV2_LIMITS.payloadBytes} (1 MB)`), ...install];
  }
  const limitsAndSchema = [...checkCov2Limits(cov2), ...checkCov2Schema(cov2)];
  if (limitsAndSchema.length > 0) return [...limitsAndSchema, ...install];
  if (SETTING_PLACEHOLDER.test(text)) {
    return [error('custom_objects_v2: contains a {{setting.…}} placeholder; Zendesk fills none in custom object requirements'), ...install];
  }
  return [...checkCov2References(cov2), ...install];
}

// ---------------------------------------------------------------------------------------

/** Every requirements.json rule: the file against the manifest, then its content. */
export function checkRequirements(input: RequirementsInput): Finding[] {
  const findings = [...checkRequirementsManifest(input)];
  const document = checkRequirementsDocument(input.doc);
  if (document.length > 0 || input.doc.kind !== 'ok' || !isObject(input.doc.value)) return [...findings, ...document];
  const requirements = input.doc.value;
  return [
    ...findings,
    ...checkRequirementTypes(requirements),
    ...checkRequiredSettings(requirements),
    ...checkLegacyCustomObjects(requirements),
    ...checkCustomObjectsV2(requirements),
  ];
}
