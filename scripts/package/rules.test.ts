import { describe, expect, it } from 'vitest';
import {
  checkPackage,
  findDuplicateKeys,
  PACKAGE_SIZE_WARNING_BYTES,
  parseJsonDoc,
  type Finding,
  type JsonDoc,
  type Level,
  type PackageInput,
} from './rules';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests built and read field by field in assertions
type Json = Record<string, any>;

/** A small package that satisfies every rule: no errors and no warnings. */
interface Fixture {
  manifest: Json;
  /** Raw manifest text; when set it replaces `manifest`. */
  manifestText?: string;
  manifestMissing?: boolean;
  /** requirements.json, when the package has one. */
  requirements?: Json;
  translations: Record<string, Json | string>;
  /** Extra files (path -> content) and files to drop. */
  files: Record<string, string | Uint8Array>;
  sizes: Record<string, number>;
  pngs: Record<string, { width: number; height: number }>;
}

function goodFixture(): Fixture {
  return {
    manifest: {
      name: 'Fixture App',
      author: { name: 'Fixture', email: 'fixture@example.com', url: 'https://example.com' },
      defaultLocale: 'en',
      private: true,
      location: { support: { nav_bar: { url: 'assets/index.html' } } },
      version: '1.2.3',
      frameworkVersion: '2.0',
      singleInstall: true,
      domainWhitelist: ['saas.example.com'],
      parameters: [
        { name: 'endpoint', type: 'url', required: false },
        { name: 'api_token', type: 'text', secure: true, scopes: ['header'] },
        { name: 'days', type: 'number', required: true, default: 30 },
      ],
    },
    translations: {
      en: {
        app: {
          name: 'Fixture App',
          parameters: { endpoint: { label: 'Endpoint' }, api_token: { label: 'Token' }, days: { label: 'Days' } },
        },
      },
    },
    files: {
      'assets/index.html': '<!doctype html><script type="module" src="./app.js"></script>',
      'assets/app.js': 'console.log("app")',
      'assets/app.css': 'body{margin:0}',
      'assets/logo.png': 'png',
      'assets/logo-small.png': 'png',
      'assets/icon_nav_bar.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" fill="currentColor"><path d="M0 0h20v20H0z"/></svg>',
    },
    sizes: {},
    pngs: { 'assets/logo.png': { width: 320, height: 320 }, 'assets/logo-small.png': { width: 128, height: 128 } },
  };
}

function toInput(fixture: Fixture): PackageInput {
  const contents = new Map<string, Uint8Array>();
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  if (!fixture.manifestMissing) contents.set('manifest.json', encode(fixture.manifestText ?? JSON.stringify(fixture.manifest)));
  const translations: Record<string, JsonDoc> = {};
  for (const [locale, value] of Object.entries(fixture.translations)) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    contents.set(`translations/${locale}.json`, encode(text));
    translations[locale] = parseJsonDoc(text);
  }
  for (const [path, value] of Object.entries(fixture.files)) contents.set(path, typeof value === 'string' ? encode(value) : value);
  const manifestText = contents.get('manifest.json');
  return {
    manifest: parseJsonDoc(manifestText ? new TextDecoder().decode(manifestText) : undefined),
    translations,
    files: [...contents].map(([path, data]) => ({ path, size: fixture.sizes[path] ?? data.length })),
    pngSize: (path) => fixture.pngs[path] ?? null,
    readBytes: (path) => contents.get(path) ?? null,
    requirements: parseJsonDoc(fixture.requirements && JSON.stringify(fixture.requirements)),
  };
}

function check(change: (fixture: Fixture) => void = () => {}): Finding[] {
  const fixture = goodFixture();
  change(fixture);
  return checkPackage(toInput(fixture));
}

const manifestOf = (f: Fixture): Json => f.manifest;
const params = (f: Fixture): Json[] => f.manifest.parameters as Json[];
const en = (f: Fixture): Json => f.translations.en as Json;

describe('checkPackage on a good package', () => {
  it('finds no error and no warning', () => {
    expect(check()).toEqual([]);
  });
});

/** [rule, change to the good fixture, level, file, part of the message]. */
const cases: [string, (f: Fixture) => void, Level, string, string | RegExp][] = [
  // manifest.json document
  ['manifest.json missing', (f) => void (f.manifestMissing = true), 'error', 'manifest.json', 'missing'],
  ['manifest.json not JSON', (f) => void (f.manifestText = '{"name": "x",'), 'error', 'manifest.json', 'is not valid JSON'],
  ['manifest.json not an object', (f) => void (f.manifestText = '[]'), 'error', 'manifest.json', 'must be a JSON object, found array'],
  [
    'manifest.json repeats a key',
    (f) => void (f.manifestText = JSON.stringify(f.manifest).replace('"private":true', '"private":true,"private":false')),
    'error',
    'manifest.json',
    'private: key appears more than once',
  ],
  // required keys
  ['author required', (f) => delete manifestOf(f).author, 'error', 'manifest.json', 'author: required key is missing'],
  ['defaultLocale required', (f) => delete manifestOf(f).defaultLocale, 'error', 'manifest.json', 'defaultLocale: required key is missing'],
  ['location required', (f) => delete manifestOf(f).location, 'error', 'manifest.json', 'location: required key is missing'],
  ['frameworkVersion required', (f) => delete manifestOf(f).frameworkVersion, 'error', 'manifest.json', 'frameworkVersion: required key is missing'],
  ['author.name required', (f) => delete manifestOf(f).author.name, 'error', 'manifest.json', 'author.name: required'],
  ['author.email required', (f) => delete manifestOf(f).author.email, 'error', 'manifest.json', 'author.email: required'],
  ['author must be an object', (f) => void (manifestOf(f).author = 'me'), 'error', 'manifest.json', 'author: must be an object'],
  [
    'author.url must be http(s)',
    (f) => void (manifestOf(f).author.url = 'ftp://x.example.com'),
    'error',
    'manifest.json',
    'author.url: "ftp://x.example.com" is not an http(s) URL',
  ],
  [
    'author.email format',
    (f) => void (manifestOf(f).author.email = 'nobody'),
    'warning',
    'manifest.json',
    'author.email: "nobody" does not look like an email',
  ],
  // frameworkVersion
  [
    'frameworkVersion must be "2.0"',
    (f) => void (manifestOf(f).frameworkVersion = '1.0'),
    'error',
    'manifest.json',
    'frameworkVersion: must be the string "2.0", found "1.0"',
  ],
  [
    'frameworkVersion must be a string',
    (f) => void (manifestOf(f).frameworkVersion = 2),
    'error',
    'manifest.json',
    'frameworkVersion: must be a string',
  ],
  // known keys and types
  ['unknown key warns', (f) => void (manifestOf(f).colour = 'red'), 'warning', 'manifest.json', 'colour: unknown key'],
  [
    'unknown key suggests the known one',
    (f) => void (manifestOf(f).domainWhiteList = []),
    'warning',
    'manifest.json',
    'did you mean "domainWhitelist"',
  ],
  ['boolean keys', (f) => void (manifestOf(f).private = 'yes'), 'error', 'manifest.json', 'private: must be true or false'],
  ['singleInstall boolean', (f) => void (manifestOf(f).singleInstall = 1), 'error', 'manifest.json', 'singleInstall: must be true or false'],
  ['string keys', (f) => void (manifestOf(f).version = 1), 'error', 'manifest.json', 'version: must be a string'],
  [
    'defaultLocale format',
    (f) => void (manifestOf(f).defaultLocale = 'English'),
    'error',
    'manifest.json',
    'defaultLocale: "English" is not a locale',
  ],
  [
    'termsConditionsURL is a URL',
    (f) => void (manifestOf(f).termsConditionsURL = 'terms'),
    'error',
    'manifest.json',
    'termsConditionsURL: "terms" is not an http(s) URL',
  ],
  ['version missing warns', (f) => delete manifestOf(f).version, 'warning', 'manifest.json', 'version: missing'],
  // location
  ['location must be an object', (f) => void (manifestOf(f).location = ['nav_bar']), 'error', 'manifest.json', 'location: must be an object'],
  ['location must name something', (f) => void (manifestOf(f).location = {}), 'error', 'manifest.json', 'location: names no product'],
  [
    'unknown product',
    (f) => void (manifestOf(f).location = { guide: { nav_bar: { url: 'assets/index.html' } } }),
    'error',
    'manifest.json',
    'location.guide: unknown product',
  ],
  [
    'unknown location',
    (f) => void (manifestOf(f).location.support = { admin_center: { url: 'assets/index.html' } }),
    'error',
    'manifest.json',
    /location\.support\.admin_center: unknown support location.*no Admin Center location/,
  ],
  [
    'legacy product name warns',
    (f) => void (manifestOf(f).location = { zendesk: { nav_bar: { url: 'assets/index.html' } } }),
    'warning',
    'manifest.json',
    'location.zendesk: legacy product name, use "support"',
  ],
  [
    'unknown location option',
    (f) => void (manifestOf(f).location.support.nav_bar.height = '600px'),
    'warning',
    'manifest.json',
    'location.support.nav_bar.height: unknown location option',
  ],
  [
    'boolean location option',
    (f) => void (manifestOf(f).location.support.nav_bar.autoLoad = 'no'),
    'error',
    'manifest.json',
    'location.support.nav_bar.autoLoad: must be true or false',
  ],
  [
    'location url required',
    (f) => delete manifestOf(f).location.support.nav_bar.url,
    'error',
    'manifest.json',
    'location.support.nav_bar.url: missing',
  ],
  [
    'relative url must start with assets/',
    (f) => void (manifestOf(f).location.support.nav_bar.url = 'index.html'),
    'error',
    'manifest.json',
    'must be a path inside the package starting with "assets/"',
  ],
  [
    'relative url must exist',
    (f) => void (manifestOf(f).location.support.nav_bar.url = 'assets/missing.html'),
    'error',
    'manifest.json',
    '"assets/missing.html" is not in the package',
  ],
  [
    'absolute url must be https',
    (f) => void (manifestOf(f).location.support.nav_bar.url = 'http://app.example.com/'),
    'error',
    'manifest.json',
    'must use https://',
  ],
  [
    'location icon missing warns',
    (f) => delete f.files['assets/icon_nav_bar.svg'],
    'warning',
    'assets/icon_nav_bar.svg',
    "shows Zendesk's default icon",
  ],
  // parameters
  ['parameters must be an array', (f) => void (manifestOf(f).parameters = { days: 30 }), 'error', 'manifest.json', 'parameters: must be an array'],
  [
    'parameter must be an object',
    (f) => void (manifestOf(f).parameters as unknown[]).push('days'),
    'error',
    'manifest.json',
    'parameters[3]: must be an object',
  ],
  ['parameter name required', (f) => void params(f).push({ type: 'text' }), 'error', 'manifest.json', 'parameters[3].name: required'],
  [
    'parameter names unique',
    (f) => void params(f).push({ name: 'days', type: 'number' }),
    'error',
    'manifest.json',
    'duplicate parameter name "days"',
  ],
  ['parameter not called name', (f) => void params(f).push({ name: 'name', type: 'text' }), 'error', 'manifest.json', 'may not be called "name"'],
  [
    'parameter type known',
    (f) => void (params(f)[0]!.type = 'email'),
    'error',
    'manifest.json',
    'parameters[name="endpoint"].type: "email" is not a parameter type',
  ],
  ['parameter type missing warns', (f) => delete params(f)[0]!.type, 'warning', 'manifest.json', 'parameters[name="endpoint"].type: missing'],
  [
    'parameter required is boolean',
    (f) => void (params(f)[0]!.required = 'no'),
    'error',
    'manifest.json',
    'parameters[name="endpoint"].required: must be true or false',
  ],
  [
    'unknown parameter key warns',
    (f) => void (params(f)[0]!.label = 'Endpoint'),
    'warning',
    'manifest.json',
    'parameters[name="endpoint"].label: unknown parameter key',
  ],
  [
    'hidden not required',
    (f) => void params(f).push({ name: 'cache', type: 'hidden', required: true }),
    'error',
    'manifest.json',
    'hidden parameter cannot be required',
  ],
  [
    'scopes only with secure',
    (f) => void (params(f)[0]!.scopes = ['header']),
    'error',
    'manifest.json',
    'parameters[name="endpoint"].scopes: only allowed on a parameter with "secure": true',
  ],
  ['scopes known values', (f) => void (params(f)[1]!.scopes = ['header', 'cookie']), 'error', 'manifest.json', 'scopes: unknown scope "cookie"'],
  ['scopes is an array', (f) => void (params(f)[1]!.scopes = 'header'), 'error', 'manifest.json', 'scopes: must be an array'],
  ['scopes not empty', (f) => void (params(f)[1]!.scopes = []), 'error', 'manifest.json', 'scopes: must not be empty'],
  [
    'oauth parameter not secure',
    (f) => void params(f).push({ name: 'login', type: 'oauth', secure: true, scopes: ['header'] }),
    'error',
    'manifest.json',
    'an oauth parameter cannot be secure',
  ],
  [
    'default fits the type',
    (f) => void (params(f)[2]!.default = 'thirty'),
    'warning',
    'manifest.json',
    'parameters[name="days"].default: "thirty" does not fit type "number"',
  ],
  // secure settings
  [
    'secure without scopes warns',
    (f) => delete params(f)[1]!.scopes,
    'warning',
    'manifest.json',
    'parameters[name="api_token"]: secure parameter without scopes',
  ],
  [
    'default on secure warns',
    (f) => void (params(f)[1]!.default = 'abc'),
    'warning',
    'manifest.json',
    'parameters[name="api_token"].default: a secure parameter should have no default',
  ],
  [
    'default on hidden warns',
    (f) => void params(f).push({ name: 'cache', type: 'hidden', default: 'x' }),
    'warning',
    'manifest.json',
    'parameters[name="cache"].default: a hidden parameter should have no default',
  ],
  [
    'credential-like text not secure warns',
    (f) => void params(f).push({ name: 'client_secret', type: 'text' }),
    'warning',
    'manifest.json',
    'parameters[name="client_secret"]: named like a credential but not secure',
  ],
  [
    'secure with empty whitelist warns',
    (f) => void (manifestOf(f).domainWhitelist = []),
    'warning',
    'manifest.json',
    'secure parameter "api_token" can be sent to no endpoint until a domain is whitelisted',
  ],
  ['secure with no whitelist warns', (f) => delete manifestOf(f).domainWhitelist, 'warning', 'manifest.json', 'can be sent to no endpoint'],
  // domainWhitelist
  [
    'domainWhitelist is an array',
    (f) => void (manifestOf(f).domainWhitelist = 'saas.example.com'),
    'error',
    'manifest.json',
    'domainWhitelist: must be an array of host names',
  ],
  [
    'domainWhitelist holds host names',
    (f) => void (manifestOf(f).domainWhitelist = ['https://saas.example.com/x']),
    'error',
    'manifest.json',
    'domainWhitelist[0]: "https://saas.example.com/x" is not a bare host name: give "saas.example.com"',
  ],
  [
    'domainWhitelist holds strings',
    (f) => void (manifestOf(f).domainWhitelist = [42]),
    'error',
    'manifest.json',
    'domainWhitelist[0]: must be a host name string',
  ],
  [
    'domainWhitelist refuses a wildcard',
    (f) => void (manifestOf(f).domainWhitelist = ['*.example.com']),
    'error',
    'manifest.json',
    'domainWhitelist[0]: "*.example.com" is a wildcard, which Zendesk does not document for domainWhitelist: list each host by its full name instead, such as "saas.example.com"',
  ],
  [
    'domainWhitelist refuses a trailing dot',
    (f) => void (manifestOf(f).domainWhitelist = ['saas.example.com.']),
    'error',
    'manifest.json',
    'domainWhitelist[0]: "saas.example.com." ends with a dot: give "saas.example.com" without it',
  ],
  [
    'domainWhitelist entries are lower case',
    (f) => void (manifestOf(f).domainWhitelist = ['SaaS.example.com']),
    'error',
    'manifest.json',
    'domainWhitelist[0]: "SaaS.example.com" must be written "saas.example.com"',
  ],
  [
    'domainWhitelist duplicates warn',
    (f) => void (manifestOf(f).domainWhitelist = ['a.example.com', 'A.example.com']),
    'warning',
    'manifest.json',
    'domainWhitelist[1]: "A.example.com" is listed twice',
  ],
  // oauth
  [
    'oauth keys',
    (f) => void (manifestOf(f).oauth = { client_id: 'x' }),
    'error',
    'manifest.json',
    'oauth: missing client_secret, authorize_uri, access_token_uri',
  ],
  [
    'oauth needs an oauth parameter',
    (f) =>
      void (manifestOf(f).oauth = {
        client_id: 'a',
        client_secret: 'b',
        authorize_uri: 'https://x.example.com/a',
        access_token_uri: 'https://x.example.com/t',
      }),
    'error',
    'manifest.json',
    'oauth: needs a parameter of type "oauth"',
  ],
  // translations
  [
    'default locale file required',
    (f) => delete f.translations.en,
    'error',
    'translations/en.json',
    'missing: defaultLocale "en" needs this translation file',
  ],
  ['translation is JSON', (f) => void (f.translations.en = '{"app": '), 'error', 'translations/en.json', 'is not valid JSON'],
  ['translation is an object', (f) => void (f.translations.en = '"hello"'), 'error', 'translations/en.json', 'must be a JSON object'],
  [
    'locale file name',
    (f) => void (f.translations.English = { app: { name: 'x' } }),
    'error',
    'translations/English.json',
    'file name: "English" is not a locale',
  ],
  ['app.name required', (f) => delete en(f).app.name, 'error', 'translations/en.json', 'app.name: missing'],
  [
    'manifest name stands in outside en.json',
    (f) => {
      manifestOf(f).defaultLocale = 'fr';
      f.translations = { fr: { app: { parameters: en(f).app.parameters } } };
    },
    'warning',
    'translations/fr.json',
    'app.name: missing; Zendesk will show the manifest name "Fixture App"',
  ],
  ['parameter label required', (f) => delete en(f).app.parameters.days, 'error', 'translations/en.json', 'app.parameters.days.label: missing'],
  [
    'translated parameter needs a label',
    (f) => void (en(f).app.parameters.days = { helpText: 'Days' }),
    'error',
    'translations/en.json',
    'app.parameters.days.label: missing',
  ],
  [
    'label required in other locales too',
    (f) => void (f.translations.de = { app: { name: 'x', parameters: { days: { helpText: 'Tage' } } } }),
    'error',
    'translations/de.json',
    'app.parameters.days.label: missing',
  ],
  [
    'stale translated parameter warns',
    (f) => void (en(f).app.parameters.old = { label: 'Old' }),
    'warning',
    'translations/en.json',
    'app.parameters.old: no parameter "old" in manifest.json',
  ],
  [
    'public app needs marketplace texts',
    (f) => void (manifestOf(f).private = false),
    'error',
    'translations/en.json',
    'app.short_description: missing; a public app',
  ],
  // logos
  ['logo.png required', (f) => delete f.files['assets/logo.png'], 'error', 'assets/logo.png', 'missing: Zendesk needs a 320x320 PNG logo'],
  [
    'logo-small.png required',
    (f) => delete f.files['assets/logo-small.png'],
    'error',
    'assets/logo-small.png',
    'missing: Zendesk needs a 128x128 PNG logo',
  ],
  [
    'logo.png size',
    (f) => void (f.pngs['assets/logo.png'] = { width: 256, height: 256 }),
    'error',
    'assets/logo.png',
    'is 256x256; Zendesk needs exactly 320x320',
  ],
  [
    'logo-small.png size',
    (f) => void (f.pngs['assets/logo-small.png'] = { width: 128, height: 64 }),
    'error',
    'assets/logo-small.png',
    'is 128x64; Zendesk needs exactly 128x128',
  ],
  ['logo must be a PNG', (f) => delete f.pngs['assets/logo.png'], 'error', 'assets/logo.png', 'is not a PNG image'],
  // blocked files
  ['blocked .zip', (f) => void (f.files['assets/bundle.zip'] = 'x'), 'error', 'assets/bundle.zip', 'blocked file type ".zip"'],
  ['blocked .pdf', (f) => void (f.files['assets/docs/guide.pdf'] = 'x'), 'error', 'assets/docs/guide.pdf', 'blocked file type ".pdf"'],
  ['blocked .sh', (f) => void (f.files['assets/run.sh'] = 'x'), 'error', 'assets/run.sh', 'blocked file type ".sh"'],
  ['blocked .exe', (f) => void (f.files['assets/tool.EXE'] = 'x'), 'error', 'assets/tool.EXE', 'blocked file type ".exe"'],
  ['blocked .tar.gz', (f) => void (f.files['assets/old.tar.gz'] = 'x'), 'error', 'assets/old.tar.gz', 'blocked file type ".gz"'],
  [
    'blocked by content',
    (f) => void (f.files['assets/data.json'] = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])),
    'error',
    'assets/data.json',
    'content is a zip archive',
  ],
  // hygiene
  ['source map file warns', (f) => void (f.files['assets/app.js.map'] = '{}'), 'warning', 'assets/app.js.map', 'source map shipped'],
  [
    'source map reference warns',
    (f) => void (f.files['assets/app.js'] = 'x\n//# sourceMappingURL=app.js.map'),
    'warning',
    'assets/app.js',
    'refers to a source map',
  ],
  [
    'svg script warns',
    (f) => void (f.files['assets/logo.svg'] = '<svg><script>alert(1)</script></svg>'),
    'warning',
    'assets/logo.svg',
    'contains a <script> element',
  ],
  [
    'svg external reference warns',
    (f) => void (f.files['assets/logo.svg'] = '<svg><use href="https://cdn.example.com/a.svg#x"/></svg>'),
    'warning',
    'assets/logo.svg',
    'contains an external reference',
  ],
  [
    'svg comment warns',
    (f) => void (f.files['assets/icon_nav_bar.svg'] = '<svg><!-- chair --><path d="M0 0h1v1z"/></svg>'),
    'warning',
    'assets/icon_nav_bar.svg',
    'contains an XML comment',
  ],
  [
    'bundled private key warns',
    (f) => void (f.files['assets/app.js'] = 'const k = "-----BEGIN PRIVATE KEY-----"'),
    'warning',
    'assets/app.js',
    'looks like it contains a private key',
  ],
  [
    'package size warns',
    (f) => void (f.sizes['assets/app.js'] = PACKAGE_SIZE_WARNING_BYTES + 1),
    'warning',
    '(package)',
    /total size 2\.00 MB is over 2\.00 MB; largest files: assets\/app\.js/,
  ],
];

describe('each rule reports its violation', () => {
  it.each(cases)('%s', (_rule, change, level, file, message) => {
    const findings = check(change);
    const match = findings.find(
      (f) => f.level === level && f.file === file && (typeof message === 'string' ? f.message.includes(message) : message.test(f.message)),
    );
    expect(match, `expected ${level} in ${file} matching ${String(message)}; got:\n${JSON.stringify(findings, null, 2)}`).toBeDefined();
  });

  it('allows https and http://localhost location urls, and {{setting}} urls', () => {
    for (const url of ['https://app.example.com/page', 'http://localhost:4567/index.html', '{{setting.app_url}}']) {
      expect(check((f) => void (manifestOf(f).location.support.nav_bar.url = url))).toEqual([]);
    }
  });

  it('needs no url for a location that does not load', () => {
    expect(check((f) => void (manifestOf(f).location.support.background = { autoLoad: false }))).toEqual([]);
  });

  it('does not require location or frameworkVersion for a requirementsOnly app', () => {
    const findings = check((f) => {
      const m = manifestOf(f);
      m.requirementsOnly = true;
      delete m.location;
      delete m.frameworkVersion;
      f.requirements = { ticket_fields: { tier: { type: 'text', title: 'Tier' } } };
      delete f.files['assets/app.js'];
    });
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
  });

  it('checks requirements.json with the rest of the package', () => {
    expect(check((f) => void (f.requirements = { ticket_fields: { tier: { type: 'text' } } })).filter((f) => f.file === 'requirements.json')).toEqual(
      [{ level: 'error', file: 'requirements.json', message: 'ticket_fields.tier: missing "title"' }],
    );
  });

  it('reports no manifest rules beyond the document error when manifest.json is unusable', () => {
    const findings = check((f) => void (f.manifestText = 'nope'));
    expect(findings.filter((f) => f.file === 'manifest.json')).toHaveLength(1);
  });
});

describe('findDuplicateKeys', () => {
  it('finds keys repeated in the same object, with their path', () => {
    const text = '{"a": 1, "b": {"c": "x\\"y", "c": 2}, "list": [{"n": 1}, {"n": 2, "n": 3}], "a": 4}';
    expect(findDuplicateKeys(text)).toEqual(['b.c', 'list[1].n', 'a']);
  });

  it('does not mistake string values or the same key in sibling objects for duplicates', () => {
    expect(findDuplicateKeys('{"a": "a", "b": [{"a": 1}, {"a": 2}], "c": {"a": 3}}')).toEqual([]);
  });
});
