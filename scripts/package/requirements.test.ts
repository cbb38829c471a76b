import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COV2_LIMITS, checkRequirements, MAX_REQUIREMENTS, REQUIREMENTS_FILE } from './requirements';
import { checkPackage, manifestProducts, parseJsonDoc, type Finding, type Level, type PackageFile } from './rules';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- requirements built and changed field by field
type Json = Record<string, any>;

const repo = resolve(__dirname, '../..');
const repoRequirementsText = readFileSync(resolve(repo, 'requirements.json'), 'utf8');
const repoManifest = JSON.parse(readFileSync(resolve(repo, 'manifest.json'), 'utf8')) as Json;

interface Fixture {
  requirements: Json;
  /** Raw requirements.json text; when set it replaces `requirements`. */
  text?: string;
  missing?: boolean;
  manifest: Json;
  files: string[];
}

function fixture(): Fixture {
  return {
    requirements: JSON.parse(repoRequirementsText) as Json,
    manifest: structuredClone(repoManifest),
    files: ['manifest.json', 'requirements.json', 'assets/index.html', 'assets/seat-review-abc.js'],
  };
}

function check(change: (f: Fixture) => void = () => {}): Finding[] {
  const f = fixture();
  change(f);
  return checkRequirements({
    doc: parseJsonDoc(f.missing ? undefined : (f.text ?? JSON.stringify(f.requirements))),
    manifest: f.manifest,
    products: manifestProducts(f.manifest),
    files: f.files.map((path): PackageFile => ({ path, size: 1 })),
  });
}

const cov2 = (f: Fixture): Json => f.requirements.custom_objects_v2 as Json;
const fields = (f: Fixture): Json[] => cov2(f).object_fields as Json[];
const field = (key: string, extra: Json = {}): Json => ({ object_key: 'seat_review_day', key, title: key, type: 'text', ...extra });
const trigger = (extra: Json = {}): Json => ({
  key: 'on_create',
  object_key: 'seat_review_day',
  title: 'On create',
  conditions: { all: [{ field: 'status', operator: 'is', value: 'created' }] },
  actions: [{ field: 'notification_user', value: ['all_agents', 'Subject', 'Body'] }],
  ...extra,
});
const requirementsOnly = (f: Fixture): void => {
  f.manifest.requirementsOnly = true;
  delete f.manifest.location;
  delete f.manifest.frameworkVersion;
};

describe("the repository's requirements.json", () => {
  it('passes every rule with the repository manifest', () => {
    expect(check()).toEqual([]);
  });

  it('declares seat_review_day with the fields record.ts writes', () => {
    const requirements = JSON.parse(repoRequirementsText) as Json;
    expect((requirements.custom_objects_v2.objects as Json[]).map((o) => o.key)).toEqual(['seat_review_day']);
    expect((requirements.custom_objects_v2.object_fields as Json[]).map((o) => o.key)).toEqual([
      'paid_seats',
      'idle_seats',
      'suspended_seats',
      'released_seats',
      'idle_cost',
      'suspended_cost',
      'snapshot_result',
      'run_kind',
      'claim',
      'details',
    ]);
  });

  it('is checked by checkPackage, and a broken one is reported under requirements.json', () => {
    const input = {
      manifest: parseJsonDoc(JSON.stringify(repoManifest)),
      translations: {},
      files: [],
      pngSize: () => null,
    };
    expect(checkPackage({ ...input, requirements: parseJsonDoc(repoRequirementsText) }).filter((f) => f.file === REQUIREMENTS_FILE)).toEqual([]);
    expect(checkPackage({ ...input, requirements: parseJsonDoc('{"tickets": {}}') })).toContainEqual(
      expect.objectContaining({ level: 'error', file: REQUIREMENTS_FILE, message: expect.stringContaining('tickets: not a requirement type') }),
    );
  });
});

/** [rule, change to the repository's files, level, file, part of the message]. */
const cases: [string, (f: Fixture) => void, Level, string, string | RegExp][] = [
  // the file and the manifest
  ['not JSON', (f) => void (f.text = '{"custom_objects_v2": '), 'error', REQUIREMENTS_FILE, 'is not valid JSON'],
  ['not an object', (f) => void (f.text = '[]'), 'error', REQUIREMENTS_FILE, 'must be a JSON object of requirement types, found array'],
  [
    'a repeated key',
    (f) => void (f.text = repoRequirementsText.replace('"key": "seat_review_day",', '"key": "seat_review_day", "key": "other",')),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2.objects[0].key: key appears more than once',
  ],
  [
    'requirementsOnly without the file',
    (f) => (requirementsOnly(f), (f.missing = true)),
    'error',
    REQUIREMENTS_FILE,
    'missing: a requirementsOnly app',
  ],
  [
    'requirementsOnly with scripts',
    (f) => requirementsOnly(f),
    'error',
    'manifest.json',
    'requirementsOnly: the package holds JavaScript (assets/seat-review-abc.js)',
  ],
  [
    'marketingOnly with requirements',
    (f) => void (f.manifest.marketingOnly = true),
    'error',
    REQUIREMENTS_FILE,
    'a marketingOnly app cannot create requirements',
  ],
  [
    'a Chat-only app with requirements',
    (f) => void (f.manifest.location = { chat: { chat_sidebar: { url: 'assets/index.html' } } }),
    'error',
    REQUIREMENTS_FILE,
    'locates the app in Chat only',
  ],
  // requirement types
  [
    'an unknown type',
    (f) => void (f.requirements.custom_object = {}),
    'error',
    REQUIREMENTS_FILE,
    /^custom_object: not a requirement type Zendesk knows \(automations, /,
  ],
  [
    'too many requirements',
    (f) =>
      void (f.requirements.ticket_fields = Object.fromEntries(
        Array.from({ length: MAX_REQUIREMENTS }, (_, i) => [`field_${i}`, { type: 'text', title: `Field ${i}` }]),
      )),
    'error',
    REQUIREMENTS_FILE,
    `holds ${MAX_REQUIREMENTS + 11} requirements; Zendesk allows at most ${MAX_REQUIREMENTS}`,
  ],
  [
    'a type that is not an object',
    (f) => void (f.requirements.ticket_fields = []),
    'error',
    REQUIREMENTS_FILE,
    'ticket_fields: must be an object of requirements',
  ],
  [
    'settings that are not an object',
    (f) => void (f.requirements.macros = { m: 'x' }),
    'error',
    REQUIREMENTS_FILE,
    'macros.m: must be an object of settings',
  ],
  [
    'a title',
    (f) => void (f.requirements.ticket_fields = { count: { type: 'integer' } }),
    'error',
    REQUIREMENTS_FILE,
    'ticket_fields.count: missing "title"',
  ],
  [
    'a user field key',
    (f) => void (f.requirements.user_fields = { tier: { type: 'text', title: 'Tier' } }),
    'error',
    REQUIREMENTS_FILE,
    'user_fields.tier: missing "key"',
  ],
  [
    'one channel integration',
    (f) =>
      void (f.requirements.channel_integrations = { a: { manifest_url: 'https://a.example.com' }, b: { manifest_url: 'https://b.example.com' } }),
    'error',
    REQUIREMENTS_FILE,
    'channel_integrations: an app may declare one channel integration only',
  ],
  [
    'a channel manifest_url',
    (f) => void (f.requirements.channel_integrations = { a: {} }),
    'error',
    REQUIREMENTS_FILE,
    'channel_integrations.a: missing "manifest_url"',
  ],
  [
    'webhook keys',
    (f) =>
      void (f.requirements.webhooks = { hook: { name: 'Hook', endpoint: 'https://x.example.com', http_method: 'POST', request_format: 'json' } }),
    'error',
    REQUIREMENTS_FILE,
    'webhooks.hook: missing "status"',
  ],
  [
    'a retired target type',
    (f) => void (f.requirements.targets = { t: { title: 'T', type: 'url_target_v2' } }),
    'error',
    REQUIREMENTS_FILE,
    'targets.t.type: "url_target_v2" targets are no longer supported',
  ],
  [
    'legacy custom_object_types',
    (f) => void (f.requirements.custom_objects = {}),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects: missing "custom_object_types"',
  ],
  [
    'legacy custom object keys',
    (f) => void (f.requirements.custom_objects = { custom_object_types: [{ key: 'thing' }] }),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects.custom_object_types[0]: missing "schema"',
  ],
  [
    'legacy custom object count',
    (f) => void (f.requirements.custom_objects = { custom_object_types: Array.from({ length: 51 }, (_, i) => ({ key: `t${i}`, schema: {} })) }),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects: holds 51 requirements; Zendesk allows at most 50',
  ],
  // custom_objects_v2 structure and size
  ['cov2 an object', (f) => void (f.requirements.custom_objects_v2 = []), 'error', REQUIREMENTS_FILE, 'custom_objects_v2: must be an object'],
  ['cov2 not empty', (f) => void (f.requirements.custom_objects_v2 = {}), 'error', REQUIREMENTS_FILE, 'custom_objects_v2: declares nothing'],
  [
    'cov2 not all empty lists',
    (f) => void (f.requirements.custom_objects_v2 = { objects: [], object_fields: [], object_triggers: [] }),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2: declares nothing',
  ],
  [
    'cov2 lists',
    (f) => void (cov2(f).object_fields = {}),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2.object_fields: must be an array, found object',
  ],
  [
    'cov2 at most 1 MB',
    (f) => void ((cov2(f).objects as Json[])[0]!.description = 'x'.repeat(COV2_LIMITS.payloadBytes)),
    'error',
    REQUIREMENTS_FILE,
    /^custom_objects_v2: \d+ bytes as JSON; Zendesk allows at most 1048576 \(1 MB\)$/,
  ],
  // custom_objects_v2 limits
  [
    'at most 50 objects',
    (f) =>
      void (cov2(f).objects = Array.from({ length: 51 }, (_, i) => ({
        key: `o${i}`,
        title: 'O',
        title_pluralized: 'Os',
        include_in_list_view: true,
      }))),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2.objects: 51 objects; Zendesk allows at most 50',
  ],
  [
    'at most 20 fields an object',
    (f) => fields(f).push(...Array.from({ length: 11 }, (_, i) => field(`extra_${i}`))),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2.object_fields: 21 fields for "seat_review_day"; Zendesk allows at most 20 an object',
  ],
  [
    'at most 5 dropdowns an object',
    (f) =>
      (cov2(f).object_fields = Array.from({ length: 6 }, (_, i) =>
        field(`d${i}`, { type: 'dropdown', custom_field_options: [{ name: 'A', value: 'a' }] }),
      )),
    'error',
    REQUIREMENTS_FILE,
    '6 dropdown fields for "seat_review_day"; Zendesk allows at most 5',
  ],
  [
    'at most 10 options a multiselect',
    (f) =>
      fields(f).push(
        field('tags', { type: 'multiselect', custom_field_options: Array.from({ length: 11 }, (_, i) => ({ name: `${i}`, value: `v${i}` })) }),
      ),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2.object_fields[10] (seat_review_day.tags).custom_field_options: 11 options; Zendesk allows at most 10 for a multiselect field',
  ],
  [
    'at most 20 relationship filter conditions',
    (f) =>
      fields(f).push(
        field('owner', {
          type: 'lookup',
          relationship_target_type: 'zen:user',
          relationship_filter: { all: Array.from({ length: 21 }, () => ({})) },
        }),
      ),
    'error',
    REQUIREMENTS_FILE,
    '(seat_review_day.owner).relationship_filter: 21 conditions; Zendesk allows at most 20',
  ],
  [
    'at most 10 triggers an object',
    (f) => void (cov2(f).object_triggers = Array.from({ length: 11 }, (_, i) => trigger({ key: `t${i}` }))),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2.object_triggers: 11 triggers for "seat_review_day"; Zendesk allows at most 10',
  ],
  [
    'at most 50 conditions a trigger',
    (f) =>
      void (cov2(f).object_triggers = [
        trigger({ conditions: { all: Array.from({ length: 30 }, () => ({})), any: Array.from({ length: 21 }, () => ({})) } }),
      ]),
    'error',
    REQUIREMENTS_FILE,
    '(seat_review_day.on_create).conditions: 51 conditions; Zendesk allows at most 50',
  ],
  [
    'at most 25 actions a trigger',
    (f) => void (cov2(f).object_triggers = [trigger({ actions: Array.from({ length: 26 }, () => ({})) })]),
    'error',
    REQUIREMENTS_FILE,
    '(seat_review_day.on_create).actions: 26 actions; Zendesk allows at most 25',
  ],
  // custom_objects_v2 schema
  [
    'object keys',
    (f) => delete (cov2(f).objects as Json[])[0]!.include_in_list_view,
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2.objects[0] (seat_review_day): missing "include_in_list_view"',
  ],
  [
    'object title_pluralized',
    (f) => delete (cov2(f).objects as Json[])[0]!.title_pluralized,
    'error',
    REQUIREMENTS_FILE,
    'missing "title_pluralized"',
  ],
  [
    'field keys',
    (f) => delete fields(f)[0]!.type,
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2.object_fields[0] (seat_review_day.paid_seats): missing "type"',
  ],
  [
    'field object_key',
    (f) => delete fields(f)[2]!.object_key,
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2.object_fields[2] (?.suspended_seats): missing "object_key"',
  ],
  [
    'trigger keys',
    (f) => {
      const { title: _title, ...untitled } = trigger();
      cov2(f).object_triggers = [untitled];
    },
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2.object_triggers[0] (seat_review_day.on_create): missing "title"',
  ],
  [
    'trigger conditions shape',
    (f) => void (cov2(f).object_triggers = [trigger({ conditions: { some: [] } })]),
    'error',
    REQUIREMENTS_FILE,
    '.conditions: must be an object {"all": [...], "any": [...]}',
  ],
  [
    'trigger conditions present',
    (f) => void (cov2(f).object_triggers = [trigger({ conditions: { all: [] } })]),
    'error',
    REQUIREMENTS_FILE,
    '.conditions: has no condition',
  ],
  [
    'trigger actions shape',
    (f) => void (cov2(f).object_triggers = [trigger({ actions: {} })]),
    'error',
    REQUIREMENTS_FILE,
    '.actions: must be an array of actions',
  ],
  [
    'trigger actions present',
    (f) => void (cov2(f).object_triggers = [trigger({ actions: [] })]),
    'error',
    REQUIREMENTS_FILE,
    '.actions: has no action',
  ],
  // custom_objects_v2 placeholders and references
  [
    'no setting placeholders',
    (f) => void ((cov2(f).objects as Json[])[0]!.title = '{{ setting.name }} day'),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2: contains a {{setting.…}} placeholder',
  ],
  [
    'fields of a declared object',
    (f) => void (fields(f)[9]!.object_key = 'seat_review_days'),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2.object_fields[9] (seat_review_days.details).object_key: "seat_review_days" is not an object declared in custom_objects_v2.objects',
  ],
  [
    'triggers of a declared object',
    (f) => void (cov2(f).object_triggers = [trigger({ object_key: 'elsewhere' })]),
    'error',
    REQUIREMENTS_FILE,
    '.object_key: "elsewhere" is not an object declared',
  ],
  // what installing would refuse
  [
    'an object key once',
    (f) => (cov2(f).objects as Json[]).push({ ...(cov2(f).objects as Json[])[0] }),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2.objects[1] (seat_review_day): object key "seat_review_day" is declared twice',
  ],
  [
    'a field key once an object',
    (f) => fields(f).push(field('claim')),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2.object_fields[10] (seat_review_day.claim): field key "claim" is declared twice for "seat_review_day"',
  ],
  [
    'a field key format',
    (f) => void (fields(f)[0]!.key = 'paid-seats'),
    'error',
    REQUIREMENTS_FILE,
    '.key: "paid-seats" must be letters, numbers and underscores',
  ],
  [
    'a field key not only numbers',
    (f) => void (fields(f)[0]!.key = '2024'),
    'error',
    REQUIREMENTS_FILE,
    '.key: "2024" must be letters, numbers and underscores, not only numbers',
  ],
  [
    'a field type',
    (f) => void (fields(f)[4]!.type = 'money'),
    'error',
    REQUIREMENTS_FILE,
    '(seat_review_day.idle_cost).type: "money" is not a custom object field type',
  ],
  [
    'dropdown options',
    (f) => fields(f).push(field('tier', { type: 'dropdown' })),
    'error',
    REQUIREMENTS_FILE,
    '.custom_field_options: a dropdown field needs its options',
  ],
  [
    'entries are objects',
    (f) => (cov2(f).object_fields as unknown[]).push('paid_seats'),
    'error',
    REQUIREMENTS_FILE,
    'custom_objects_v2.object_fields[10]: must be an object, found string',
  ],
  [
    'an unknown cov2 key warns',
    (f) => void (cov2(f).fields = []),
    'warning',
    REQUIREMENTS_FILE,
    'custom_objects_v2.fields: unknown key, Zendesk ignores it',
  ],
];

describe('each requirements rule reports its violation', () => {
  it.each(cases)('%s', (_rule, change, level, file, message) => {
    const findings = check(change);
    const match = findings.find(
      (f) => f.level === level && f.file === file && (typeof message === 'string' ? f.message.includes(message) : message.test(f.message)),
    );
    expect(match, `expected ${level} in ${file} matching ${String(message)}; got:\n${JSON.stringify(findings, null, 2)}`).toBeDefined();
  });
});

describe('requirements rules as Zendesk applies them', () => {
  it('needs nothing from an app without requirements.json', () => {
    expect(check((f) => void (f.missing = true))).toEqual([]);
  });

  it('accepts a requirementsOnly app with requirements and no scripts', () => {
    expect(
      check((f) => {
        requirementsOnly(f);
        f.files = ['manifest.json', 'requirements.json', 'translations/en.json'];
      }),
    ).toEqual([]);
  });

  it('reports a repeated key alone, as Zendesk stops there', () => {
    const findings = check((f) => void (f.text = '{"custom_objects_v2": {"objects": []}, "custom_objects_v2": {}, "nope": {}}'));
    expect(findings.map((f) => f.message)).toEqual([
      'custom_objects_v2: key appears more than once (Zendesk rejects repeated keys in requirements.json)',
    ]);
  });

  it('stops custom_objects_v2 at the first failing stage: a missing key hides a wrong reference', () => {
    const findings = check((f) => {
      delete fields(f)[0]!.title;
      fields(f)[1]!.object_key = 'elsewhere';
    });
    expect(findings.map((f) => f.message)).toEqual(['custom_objects_v2.object_fields[0] (seat_review_day.paid_seats): missing "title"']);
  });

  it('allows exactly the limits: 20 fields an object, 10 options a dropdown', () => {
    const findings = check((f) => {
      fields(f).push(...Array.from({ length: 9 }, (_, i) => field(`extra_${i}`)));
      fields(f).push(
        field('tier', { type: 'dropdown', custom_field_options: Array.from({ length: 10 }, (_, i) => ({ name: `${i}`, value: `v${i}` })) }),
      );
    });
    expect(findings).toEqual([]);
  });

  it('counts fields per object, not in all', () => {
    const findings = check((f) => {
      (cov2(f).objects as Json[]).push({ key: 'other', title: 'Other', title_pluralized: 'Others', include_in_list_view: false });
      fields(f).push(...Array.from({ length: 15 }, (_, i) => field(`f${i}`, { object_key: 'other' })));
    });
    expect(findings).toEqual([]);
  });

  it('accepts every documented field type and valid triggers', () => {
    const types = ['checkbox', 'date', 'decimal', 'integer', 'lookup', 'multiselect', 'regexp', 'text', 'textarea'];
    const findings = check((f) => {
      cov2(f).object_fields = types.map((type) => field(`a_${type}`, { type }));
      cov2(f).object_triggers = [trigger()];
    });
    expect(findings).toEqual([]);
  });
});
