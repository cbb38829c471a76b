// The Zendesk app package rules, as pure functions over plain data. They follow what
// Zendesk's own validator (the code behind POST /api/v2/apps/validate) checks, plus the
// logo sizes Zendesk needs to display the app and a few package hygiene checks.
// requirements.json has its own rules, in requirements.ts.
import { hostNameProblem, normaliseHost } from './domains';
import { isNonEmptyString, isObject, show, typeName, type Json } from './json';
import type { PngSize } from './png';
import { checkRequirements } from './requirements';

export type Level = 'error' | 'warning';

/** One problem in the package: the file it concerns and a message naming the key. */
export interface Finding {
  level: Level;
  file: string;
  message: string;
}

/** A JSON file of the package, read and parsed (or not). */
export type JsonDoc = { kind: 'missing' } | { kind: 'invalid'; error: string } | { kind: 'ok'; value: unknown; duplicateKeys: readonly string[] };

/** A file of the package: its path inside the package (with `/`) and its size in bytes. */
export interface PackageFile {
  path: string;
  size: number;
}

export interface PackageInput {
  /** manifest.json at the package root. */
  manifest: JsonDoc;
  /** translations/<locale>.json, by locale (the file name without `.json`). */
  translations: Readonly<Record<string, JsonDoc>>;
  /** Every file that goes into the package. */
  files: readonly PackageFile[];
  /** Width and height of a package PNG (read from its IHDR bytes), null when it is not a PNG. */
  pngSize: (path: string) => PngSize | null;
  /** The bytes of a package file, for the content checks (blocked types, SVGs, source maps, secrets). */
  readBytes?: (path: string) => Uint8Array | null;
  /** requirements.json at the package root (absent: missing). */
  requirements?: JsonDoc;
}

export const MANIFEST_FILE = 'manifest.json';
export const FRAMEWORK_VERSION = '2.0';

/** Keys Zendesk reads from manifest.json. */
export const MANIFEST_KEYS = [
  'name',
  'author',
  'defaultLocale',
  'private',
  'location',
  'version',
  'frameworkVersion',
  'parameters',
  'domainWhitelist',
  'singleInstall',
  'signedUrls',
  'oauth',
  'requirementsOnly',
  'marketingOnly',
  'termsConditionsURL',
  'remoteInstallationURL',
] as const;

const STRING_KEYS = ['name', 'defaultLocale', 'version', 'frameworkVersion', 'termsConditionsURL', 'remoteInstallationURL'] as const;
const BOOLEAN_KEYS = ['private', 'singleInstall', 'signedUrls', 'requirementsOnly', 'marketingOnly'] as const;

/** Locations per product. Support's list is the one in Zendesk's documentation. */
export const PRODUCT_LOCATIONS: Readonly<Record<string, readonly string[]>> = {
  support: [
    'top_bar',
    'nav_bar',
    'ticket_sidebar',
    'new_ticket_sidebar',
    'user_sidebar',
    'organization_sidebar',
    'background',
    'modal',
    'ticket_editor',
    'system_top_bar',
  ],
  chat: ['chat_sidebar', 'background'],
  standalone_chat: ['nav_bar', 'system_top_bar'],
  sell: [
    'top_bar',
    'deal_card',
    'person_card',
    'company_card',
    'lead_card',
    'background',
    'modal',
    'dashboard',
    'note_editor',
    'call_log_editor',
    'email_editor',
    'visit_editor',
  ],
};

/** Old product names Zendesk still maps to the current ones. */
export const LEGACY_PRODUCTS: Readonly<Record<string, string>> = {
  zendesk: 'support',
  zopim: 'chat',
  lotus_box: 'standalone_chat',
};

export const LOCATION_OPTIONS = ['url', 'autoLoad', 'autoHide', 'flexible', 'signed', 'size'] as const;
const BOOLEAN_LOCATION_OPTIONS = ['autoLoad', 'autoHide', 'flexible', 'signed'] as const;

/** Locations that show an icon, read from assets/icon_<location>.svg. */
export const ICON_LOCATIONS: Readonly<Record<string, readonly string[]>> = {
  support: ['top_bar', 'nav_bar', 'system_top_bar', 'ticket_editor'],
  sell: ['top_bar'],
};

export const PARAMETER_TYPES = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'] as const;
export const PARAMETER_KEYS = ['name', 'type', 'required', 'secure', 'default', 'scopes'] as const;
export const SECURE_SCOPES = ['header', 'body', 'url', 'jwt_secret_key', 'jwt_claim', 'basic_auth_username', 'basic_auth_password'] as const;
/** Parameter names that suggest a credential, which belongs in a secure parameter. */
export const SECRET_LIKE_NAME = /token|key|pwd|password|secret/i;

export const OAUTH_KEYS = ['client_id', 'client_secret', 'authorize_uri', 'access_token_uri'] as const;

export const LOCALE_PATTERN = /^[a-z]{2,3}(-\w{2,3})?$/;

/** File types Zendesk refuses in an app package (by extension). */
export const BLOCKED_EXTENSIONS = [
  'zip',
  'gz',
  'gzip',
  'tgz',
  'bz',
  'bz2',
  'rar',
  '7z',
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'odt',
  'jar',
  'sh',
  'csh',
  'bin',
  'exe',
  'dll',
  'msi',
  'mp3',
  'mpeg',
  'mpg',
  'avi',
] as const;

/** Content signatures of blocked types, for files whose extension hides what they are. */
const BLOCKED_SIGNATURES: readonly { kind: string; bytes: readonly number[] }[] = [
  { kind: 'zip archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'bzip2 archive', bytes: [0x42, 0x5a, 0x68] },
  { kind: 'rar archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { kind: '7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'MP3 audio', bytes: [0x49, 0x44, 0x33] },
];

/** The logos Zendesk needs to display the app, with their exact sizes. */
export const REQUIRED_LOGOS = [
  { path: 'assets/logo.png', size: 320 },
  { path: 'assets/logo-small.png', size: 128 },
] as const;

/** Above this total size (uncompressed) the package gets a warning. */
export const PACKAGE_SIZE_WARNING_BYTES = 2 * 1024 * 1024;

const TEXT_FILE = /\.(js|mjs|cjs|json|html?|css|svg|txt|md|xml)$/i;

const SECRET_PATTERNS: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'private key', pattern: /-----BEGIN (?:RSA |DSA |EC |OPENSSH |PGP )?PRIVATE KEY(?: BLOCK)?-----/ },
  { kind: 'AWS access key id', pattern: /\bAKIA[0-9A-Z]{16}\b/ },
  { kind: 'Slack token', pattern: /\bxox[abposr]-[0-9A-Za-z-]{10,}/ },
  { kind: 'GitHub token', pattern: /\bgh[pousr]_[0-9A-Za-z]{36,}\b/ },
  { kind: 'Authorization header value', pattern: /["']Bearer [0-9A-Za-z._~+/=-]{20,}["']/ },
];

// ---------------------------------------------------------------------------------------
// helpers

export { isObject };

const error = (file: string, message: string): Finding => ({ level: 'error', file, message });
const warning = (file: string, message: string): Finding => ({ level: 'warning', file, message });

const list = (items: readonly string[]): string => items.join(', ');

const extensionOf = (path: string): string => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Paths of object keys that occur twice in the same object of a JSON text (JSON.parse keeps the last). */
export function findDuplicateKeys(text: string): string[] {
  type Frame =
    { kind: 'object'; path: string; keys: Set<string>; expectKey: boolean; lastKey: string } | { kind: 'array'; path: string; index: number };
  const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
  const duplicates: string[] = [];
  const stack: Frame[] = [];
  const childPath = (): string => {
    const top = stack.at(-1);
    if (!top) return '';
    return top.kind === 'object' ? join(top.path, top.lastKey) : `${top.path}[${top.index}]`;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) duplicates.push(join(top.path, key));
        top.keys.add(key);
        top.lastKey = key;
        top.expectKey = false;
      }
      i = j;
    } else if (c === '{') {
      stack.push({ kind: 'object', path: childPath(), keys: new Set(), expectKey: true, lastKey: '' });
    } else if (c === '[') {
      stack.push({ kind: 'array', path: childPath(), index: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'object') top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return duplicates;
}

/** Parses a package JSON file's text (undefined when the file is absent). */
export function parseJsonDoc(text: string | undefined): JsonDoc {
  if (text === undefined) return { kind: 'missing' };
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return { kind: 'ok', value, duplicateKeys: findDuplicateKeys(text) };
  } catch (cause) {
    return { kind: 'invalid', error: cause instanceof Error ? cause.message : String(cause) };
  }
}

// ---------------------------------------------------------------------------------------
// manifest.json

/** manifest.json exists, parses, is an object and repeats no key. */
export function checkManifestDocument(doc: JsonDoc): Finding[] {
  if (doc.kind === 'missing') {
    return [error(MANIFEST_FILE, 'missing: a Zendesk app package needs manifest.json at its root')];
  }
  if (doc.kind === 'invalid') return [error(MANIFEST_FILE, `is not valid JSON: ${doc.error}`)];
  if (!isObject(doc.value)) return [error(MANIFEST_FILE, `must be a JSON object, found ${typeName(doc.value)}`)];
  return doc.duplicateKeys.map((key) => error(MANIFEST_FILE, `${key}: key appears more than once (Zendesk rejects repeated keys)`));
}

const isRequirementsOrMarketingOnly = (m: Json): boolean => m.requirementsOnly === true || m.marketingOnly === true;

/** Required keys are present; unknown keys are reported. */
export function checkManifestKeys(m: Json): Finding[] {
  const findings: Finding[] = [];
  const required = isRequirementsOrMarketingOnly(m) ? ['author', 'defaultLocale'] : ['author', 'defaultLocale', 'location', 'frameworkVersion'];
  for (const key of required) {
    if (m[key] === undefined || m[key] === null) findings.push(error(MANIFEST_FILE, `${key}: required key is missing`));
  }
  if (isRequirementsOrMarketingOnly(m)) {
    for (const key of ['location', 'frameworkVersion']) {
      if (m[key] !== undefined) {
        findings.push(error(MANIFEST_FILE, `${key}: not allowed in a requirementsOnly or marketingOnly app`));
      }
    }
  }
  const known: readonly string[] = MANIFEST_KEYS;
  for (const key of Object.keys(m)) {
    if (known.includes(key)) continue;
    const near = known.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
    findings.push(
      warning(
        MANIFEST_FILE,
        near
          ? `${key}: unknown key, Zendesk ignores it; did you mean "${near}"?`
          : `${key}: unknown key, Zendesk ignores it (known keys: ${list(known)})`,
      ),
    );
  }
  return findings;
}

/** Scalar keys have the right JSON types; version and URLs are well formed. */
export function checkManifestTypes(m: Json): Finding[] {
  const findings: Finding[] = [];
  for (const key of STRING_KEYS) {
    if (m[key] !== undefined && typeof m[key] !== 'string') {
      findings.push(error(MANIFEST_FILE, `${key}: must be a string, found ${typeName(m[key])} ${show(m[key])}`));
    }
  }
  for (const key of BOOLEAN_KEYS) {
    if (m[key] !== undefined && typeof m[key] !== 'boolean') {
      findings.push(error(MANIFEST_FILE, `${key}: must be true or false, found ${show(m[key])}`));
    }
  }
  if (typeof m.defaultLocale === 'string' && !LOCALE_PATTERN.test(m.defaultLocale)) {
    findings.push(error(MANIFEST_FILE, `defaultLocale: "${m.defaultLocale}" is not a locale such as "en" or "pt-br"`));
  }
  for (const key of ['termsConditionsURL', 'remoteInstallationURL'] as const) {
    const value = m[key];
    if (typeof value === 'string' && !isHttpUrl(value)) {
      findings.push(error(MANIFEST_FILE, `${key}: "${value}" is not an http(s) URL`));
    }
  }
  if (m.version === undefined && !isRequirementsOrMarketingOnly(m)) {
    findings.push(warning(MANIFEST_FILE, 'version: missing; set a version such as "1.0.0" so installs can tell updates apart'));
  } else if (typeof m.version === 'string' && m.version.trim() === '') {
    findings.push(error(MANIFEST_FILE, 'version: must not be empty'));
  }
  return findings;
}

/** frameworkVersion is the one Zendesk serves, "2.0". */
export function checkFrameworkVersion(m: Json): Finding[] {
  if (m.frameworkVersion === undefined || isRequirementsOrMarketingOnly(m)) return [];
  if (m.frameworkVersion === FRAMEWORK_VERSION) return [];
  return [error(MANIFEST_FILE, `frameworkVersion: must be the string "${FRAMEWORK_VERSION}", found ${show(m.frameworkVersion)}`)];
}

/** author is an object with a name and an email (and an optional http(s) url). */
export function checkAuthor(m: Json): Finding[] {
  const author = m.author;
  if (author === undefined || author === null) return [];
  if (!isObject(author)) {
    return [error(MANIFEST_FILE, `author: must be an object {name, email, url}, found ${typeName(author)}`)];
  }
  const findings: Finding[] = [];
  for (const key of ['name', 'email'] as const) {
    if (author[key] === undefined) findings.push(error(MANIFEST_FILE, `author.${key}: required, missing`));
    else if (!isNonEmptyString(author[key])) {
      findings.push(error(MANIFEST_FILE, `author.${key}: must be a non-empty string, found ${show(author[key])}`));
    }
  }
  if (isNonEmptyString(author.email) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(author.email)) {
    findings.push(warning(MANIFEST_FILE, `author.email: "${author.email}" does not look like an email address`));
  }
  if (author.url !== undefined) {
    if (typeof author.url !== 'string') {
      findings.push(error(MANIFEST_FILE, `author.url: must be a string, found ${typeName(author.url)}`));
    } else if (!isHttpUrl(author.url)) {
      findings.push(error(MANIFEST_FILE, `author.url: "${author.url}" is not an http(s) URL`));
    }
  }
  return findings;
}

function checkLocationUrl(key: string, url: string, files: ReadonlySet<string>): Finding[] {
  if (url.includes('{{setting.')) return [];
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return [error(MANIFEST_FILE, `${key}: "${url}" is not a valid URL`)];
    }
    if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && parsed.hostname === 'localhost')) return [];
    return [error(MANIFEST_FILE, `${key}: "${url}" must use https:// (only http://localhost may use http)`)];
  }
  const path = url.split(/[?#]/)[0] ?? '';
  if (!path.startsWith('assets/')) {
    return [error(MANIFEST_FILE, `${key}: "${url}" must be a path inside the package starting with "assets/", or an https:// URL`)];
  }
  if (!files.has(path)) {
    return [error(MANIFEST_FILE, `${key}: "${path}" is not in the package (was the app built?)`)];
  }
  return [];
}

/** location: known products and locations, known options, urls inside assets/ or https. */
export function checkLocations(m: Json, files: readonly PackageFile[]): Finding[] {
  const location = m.location;
  if (location === undefined || location === null || isRequirementsOrMarketingOnly(m)) return [];
  const example = '{"support": {"nav_bar": {"url": "assets/index.html"}}}';
  if (!isObject(location)) {
    return [error(MANIFEST_FILE, `location: must be an object of products and locations, such as ${example}`)];
  }
  if (Object.keys(location).length === 0) {
    return [error(MANIFEST_FILE, `location: names no product and location, such as ${example}`)];
  }
  const paths = new Set(files.map((file) => file.path));
  const findings: Finding[] = [];
  for (const [productKey, locations] of Object.entries(location)) {
    let product = productKey;
    const current = LEGACY_PRODUCTS[productKey];
    if (current) {
      findings.push(warning(MANIFEST_FILE, `location.${productKey}: legacy product name, use "${current}"`));
      product = current;
    }
    const known = PRODUCT_LOCATIONS[product];
    if (!known) {
      findings.push(error(MANIFEST_FILE, `location.${productKey}: unknown product (known: ${list(Object.keys(PRODUCT_LOCATIONS))})`));
      continue;
    }
    if (!isObject(locations) || Object.keys(locations).length === 0) {
      findings.push(error(MANIFEST_FILE, `location.${productKey}: must be an object naming at least one location`));
      continue;
    }
    for (const [name, options] of Object.entries(locations)) {
      const key = `location.${productKey}.${name}`;
      if (!known.includes(name)) {
        const hint = /admin/i.test(name) ? '; there is no Admin Center location, an admin tool lives in nav_bar' : '';
        findings.push(error(MANIFEST_FILE, `${key}: unknown ${product} location (known: ${list(known)})${hint}`));
        continue;
      }
      if (typeof options === 'string') {
        findings.push(...checkLocationUrl(key, options, paths));
        continue;
      }
      if (!isObject(options)) {
        findings.push(error(MANIFEST_FILE, `${key}: must be an object of location options such as {"url": "assets/index.html"}`));
        continue;
      }
      for (const option of Object.keys(options)) {
        if (!(LOCATION_OPTIONS as readonly string[]).includes(option)) {
          findings.push(warning(MANIFEST_FILE, `${key}.${option}: unknown location option, Zendesk ignores it (known: ${list(LOCATION_OPTIONS)})`));
        }
      }
      for (const option of BOOLEAN_LOCATION_OPTIONS) {
        if (options[option] !== undefined && typeof options[option] !== 'boolean') {
          findings.push(error(MANIFEST_FILE, `${key}.${option}: must be true or false, found ${show(options[option])}`));
        }
      }
      const url = options.url;
      if (url === undefined || url === '') {
        if (options.autoLoad !== false) {
          findings.push(error(MANIFEST_FILE, `${key}.url: missing; the location needs a url such as "assets/index.html"`));
        }
      } else if (typeof url !== 'string') {
        findings.push(error(MANIFEST_FILE, `${key}.url: must be a string, found ${typeName(url)}`));
      } else {
        findings.push(...checkLocationUrl(`${key}.url`, url, paths));
      }
    }
  }
  return findings;
}

/** The products the manifest's locations name, legacy names read as the current ones. */
export function manifestProducts(m: Json): string[] {
  return isObject(m.location) ? Object.keys(m.location).map((product) => LEGACY_PRODUCTS[product] ?? product) : [];
}

/** Locations that show an icon have their assets/icon_<location>.svg. */
export function checkLocationIcons(m: Json, files: readonly PackageFile[]): Finding[] {
  if (!isObject(m.location)) return [];
  const paths = new Set(files.map((file) => file.path));
  const multiProduct = Object.keys(m.location).length > 1;
  const findings: Finding[] = [];
  for (const [productKey, locations] of Object.entries(m.location)) {
    const product = LEGACY_PRODUCTS[productKey] ?? productKey;
    if (!isObject(locations)) continue;
    for (const name of Object.keys(locations)) {
      if (!ICON_LOCATIONS[product]?.includes(name)) continue;
      const icon = multiProduct ? `assets/${product}/icon_${name}.svg` : `assets/icon_${name}.svg`;
      if (!paths.has(icon)) {
        findings.push(warning(icon, `missing: location.${productKey}.${name} shows Zendesk's default icon without it`));
      }
    }
  }
  return findings;
}

const parameterLabel = (parameter: unknown, index: number): string =>
  isObject(parameter) && isNonEmptyString(parameter.name) ? `parameters[name="${parameter.name}"]` : `parameters[${index}]`;

/** parameters: objects with a unique name and a known type, and the combinations Zendesk refuses. */
export function checkParameters(m: Json): Finding[] {
  const parameters = m.parameters;
  if (parameters === undefined) return [];
  if (!Array.isArray(parameters)) {
    return [error(MANIFEST_FILE, `parameters: must be an array of {name, type, ...} objects, found ${typeName(parameters)}`)];
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let oauthCount = 0;
  parameters.forEach((parameter: unknown, index) => {
    const key = parameterLabel(parameter, index);
    if (!isObject(parameter)) {
      findings.push(error(MANIFEST_FILE, `${key}: must be an object {name, type, ...}, found ${typeName(parameter)}`));
      return;
    }
    const name = parameter.name;
    if (!isNonEmptyString(name)) {
      findings.push(error(MANIFEST_FILE, `${key}.name: required, must be a non-empty string`));
    } else {
      if (name === 'name') findings.push(error(MANIFEST_FILE, `${key}: a parameter may not be called "name"`));
      if (seen.has(name)) findings.push(error(MANIFEST_FILE, `${key}: duplicate parameter name "${name}"`));
      seen.add(name);
    }
    for (const option of Object.keys(parameter)) {
      if (!(PARAMETER_KEYS as readonly string[]).includes(option)) {
        findings.push(warning(MANIFEST_FILE, `${key}.${option}: unknown parameter key, Zendesk ignores it (known: ${list(PARAMETER_KEYS)})`));
      }
    }
    const type = parameter.type;
    if (type === undefined) {
      findings.push(warning(MANIFEST_FILE, `${key}.type: missing, Zendesk treats the parameter as "text"`));
    } else if (typeof type !== 'string' || !(PARAMETER_TYPES as readonly string[]).includes(type)) {
      findings.push(error(MANIFEST_FILE, `${key}.type: ${show(type)} is not a parameter type (${list(PARAMETER_TYPES)})`));
    }
    for (const flag of ['required', 'secure'] as const) {
      if (parameter[flag] !== undefined && typeof parameter[flag] !== 'boolean') {
        findings.push(error(MANIFEST_FILE, `${key}.${flag}: must be true or false, found ${show(parameter[flag])}`));
      }
    }
    if (type === 'hidden' && parameter.required === true) {
      findings.push(error(MANIFEST_FILE, `${key}: a hidden parameter cannot be required`));
    }
    if (type === 'oauth') {
      oauthCount++;
      if (parameter.secure === true) findings.push(error(MANIFEST_FILE, `${key}: an oauth parameter cannot be secure`));
    }
    if (parameter.scopes !== undefined) {
      const scopes = parameter.scopes;
      if (parameter.secure !== true) {
        findings.push(error(MANIFEST_FILE, `${key}.scopes: only allowed on a parameter with "secure": true`));
      }
      if (!Array.isArray(scopes)) {
        findings.push(error(MANIFEST_FILE, `${key}.scopes: must be an array, found ${typeName(scopes)}`));
      } else if (scopes.length === 0) {
        findings.push(error(MANIFEST_FILE, `${key}.scopes: must not be empty (known scopes: ${list(SECURE_SCOPES)})`));
      } else {
        const unknown = scopes.filter((scope) => !(SECURE_SCOPES as readonly unknown[]).includes(scope));
        if (unknown.length > 0) {
          findings.push(error(MANIFEST_FILE, `${key}.scopes: unknown scope ${unknown.map(show).join(', ')} (known: ${list(SECURE_SCOPES)})`));
        }
      }
    }
    if (parameter.default !== undefined && parameter.secure !== true && type !== 'hidden') {
      const value = parameter.default;
      const expected = type === 'number' ? 'number' : type === 'checkbox' ? 'boolean' : type === 'oauth' ? null : 'string';
      const fits =
        expected === null ||
        typeof value === expected ||
        (expected === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));
      if (!fits) {
        findings.push(warning(MANIFEST_FILE, `${key}.default: ${show(value)} does not fit type "${typeof type === 'string' ? type : 'text'}"`));
      }
    }
  });
  if (oauthCount > 1) findings.push(error(MANIFEST_FILE, 'parameters: only one parameter may have type "oauth"'));
  return findings;
}

const secureParameterNames = (m: Json): string[] =>
  Array.isArray(m.parameters)
    ? m.parameters.filter((p): p is Json => isObject(p) && p.secure === true && typeof p.name === 'string').map((p) => p.name as string)
    : [];

/** The warnings Zendesk gives about secure settings, and a secure token with no whitelisted endpoint. */
export function checkSecureParameters(m: Json): Finding[] {
  if (!Array.isArray(m.parameters)) return [];
  const findings: Finding[] = [];
  m.parameters.forEach((parameter: unknown, index) => {
    if (!isObject(parameter)) return;
    const key = parameterLabel(parameter, index);
    const secure = parameter.secure === true;
    const type = parameter.type ?? 'text';
    if (secure && (!Array.isArray(parameter.scopes) || parameter.scopes.length === 0)) {
      findings.push(
        warning(
          MANIFEST_FILE,
          `${key}: secure parameter without scopes; list where {{setting.${String(parameter.name)}}} may appear (${list(SECURE_SCOPES)})`,
        ),
      );
    }
    if (parameter.default !== undefined && (secure || type === 'hidden')) {
      findings.push(warning(MANIFEST_FILE, `${key}.default: a ${secure ? 'secure' : 'hidden'} parameter should have no default value`));
    }
    if (!secure && type === 'text' && typeof parameter.name === 'string' && SECRET_LIKE_NAME.test(parameter.name)) {
      findings.push(
        warning(MANIFEST_FILE, `${key}: named like a credential but not secure; add "secure": true so its value never reaches the app's JavaScript`),
      );
    }
  });
  const secureNames = secureParameterNames(m);
  const whitelist = Array.isArray(m.domainWhitelist) ? m.domainWhitelist : [];
  if (secureNames.length > 0 && whitelist.length === 0) {
    findings.push(
      warning(
        MANIFEST_FILE,
        `domainWhitelist: empty, so the secure ${secureNames.length > 1 ? 'parameters' : 'parameter'} ${secureNames.map((n) => `"${n}"`).join(', ')} can be sent to no endpoint until a domain is whitelisted (npm run package -- --destination <platform> or --saas-domain <host>)`,
      ),
    );
  }
  return findings;
}

/** domainWhitelist is an array of bare host names, each exact (no wildcard) and in lower case. */
export function checkDomainWhitelist(m: Json): Finding[] {
  const whitelist = m.domainWhitelist;
  if (whitelist === undefined) return [];
  if (!Array.isArray(whitelist)) {
    return [error(MANIFEST_FILE, `domainWhitelist: must be an array of host names, found ${typeName(whitelist)}`)];
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  whitelist.forEach((entry: unknown, index) => {
    const key = `domainWhitelist[${index}]`;
    if (typeof entry !== 'string') {
      findings.push(error(MANIFEST_FILE, `${key}: must be a host name string, found ${typeName(entry)}`));
      return;
    }
    const problem = hostNameProblem(entry);
    if (problem) {
      findings.push(error(MANIFEST_FILE, `${key}: "${entry}" ${problem}`));
      return;
    }
    const host = normaliseHost(entry);
    // The app compares hosts in this one form; whether Zendesk's proxy ignores case or
    // spaces is undocumented, so the package carries only what matches either way.
    if (host !== entry) {
      findings.push(error(MANIFEST_FILE, `${key}: "${entry}" must be written "${host}" (lower case, no spaces)`));
    }
    if (seen.has(host)) findings.push(warning(MANIFEST_FILE, `${key}: "${entry}" is listed twice`));
    seen.add(host);
  });
  return findings;
}

/** oauth: the four keys Zendesk needs, and an oauth parameter to hold the token. */
export function checkOauth(m: Json): Finding[] {
  const oauth = m.oauth;
  if (oauth === undefined) return [];
  if (!isObject(oauth)) return [error(MANIFEST_FILE, `oauth: must be an object, found ${typeName(oauth)}`)];
  const findings: Finding[] = [];
  const missing = OAUTH_KEYS.filter((key) => !isNonEmptyString(oauth[key]));
  if (missing.length > 0) findings.push(error(MANIFEST_FILE, `oauth: missing ${list(missing)}`));
  const hasOauthParameter = Array.isArray(m.parameters) && m.parameters.some((p: unknown) => isObject(p) && p.type === 'oauth');
  if (!hasOauthParameter) findings.push(error(MANIFEST_FILE, 'oauth: needs a parameter of type "oauth"'));
  return findings;
}

// ---------------------------------------------------------------------------------------
// translations

const getPath = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), value);

/**
 * Translation files: valid locale names and JSON, the default locale's file, the app's
 * name (and marketplace texts for a public app) and a label for every parameter.
 */
export function checkTranslations(m: Json | null, translations: Readonly<Record<string, JsonDoc>>): Finding[] {
  const findings: Finding[] = [];
  const parameterNames =
    m && Array.isArray(m.parameters)
      ? m.parameters.filter((p: unknown): p is Json => isObject(p) && isNonEmptyString(p.name)).map((p) => p.name as string)
      : [];
  for (const [locale, doc] of Object.entries(translations)) {
    const file = `translations/${locale}.json`;
    if (!LOCALE_PATTERN.test(locale)) {
      findings.push(error(file, `file name: "${locale}" is not a locale; names must match ${String(LOCALE_PATTERN)} (such as en.json, pt-br.json)`));
    }
    if (doc.kind === 'invalid') findings.push(error(file, `is not valid JSON: ${doc.error}`));
    if (doc.kind !== 'ok') continue;
    if (!isObject(doc.value)) {
      findings.push(error(file, `must be a JSON object, found ${typeName(doc.value)}`));
      continue;
    }
    for (const key of doc.duplicateKeys) findings.push(warning(file, `${key}: key appears more than once`));
    const nodes = getPath(doc.value, ['app', 'parameters']);
    if (nodes === undefined) continue;
    if (!isObject(nodes)) {
      findings.push(error(file, 'app.parameters: must be an object of {label, helpText} by parameter name'));
      continue;
    }
    for (const [name, node] of Object.entries(nodes)) {
      if (!isObject(node) || !isNonEmptyString(node.label)) {
        findings.push(error(file, `app.parameters.${name}.label: missing; every translated parameter needs a label`));
      }
      if (m && !parameterNames.includes(name)) {
        findings.push(warning(file, `app.parameters.${name}: no parameter "${name}" in manifest.json`));
      }
    }
  }

  if (!m || typeof m.defaultLocale !== 'string' || !LOCALE_PATTERN.test(m.defaultLocale)) return findings;
  const file = `translations/${m.defaultLocale}.json`;
  const doc = translations[m.defaultLocale];
  if (!doc || doc.kind === 'missing') {
    findings.push(error(file, `missing: defaultLocale "${m.defaultLocale}" needs this translation file`));
    return findings;
  }
  if (doc.kind !== 'ok' || !isObject(doc.value)) return findings;
  const app = doc.value.app;
  if (!isNonEmptyString(getPath(app, ['name']))) {
    // Zendesk's validator insists on app.name in en.json; elsewhere the manifest's name can stand in.
    if (isNonEmptyString(m.name) && file !== 'translations/en.json') {
      findings.push(warning(file, `app.name: missing; Zendesk will show the manifest name "${m.name}"`));
    } else {
      findings.push(error(file, 'app.name: missing; the app needs a name to show in Zendesk'));
    }
  }
  if (m.private === false) {
    const required: [string, string[]][] = [
      ['short_description', ['short_description', 'description']],
      ['long_description', ['long_description']],
      ['installation_instructions', ['installation_instructions']],
    ];
    for (const [key, alternatives] of required) {
      if (!alternatives.some((alternative) => isNonEmptyString(getPath(app, [alternative])))) {
        findings.push(error(file, `app.${key}: missing; a public app ("private": false) needs it`));
      }
    }
  }
  for (const name of parameterNames) {
    const node = getPath(app, ['parameters', name]);
    if (node === undefined) {
      findings.push(error(file, `app.parameters.${name}.label: missing; Zendesk shows it on the install screen`));
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------
// assets and files

/** logo.png (320x320) and logo-small.png (128x128) exist with exactly those sizes. */
export function checkLogos(files: readonly PackageFile[], pngSize: (path: string) => PngSize | null): Finding[] {
  const paths = new Set(files.map((file) => file.path));
  const findings: Finding[] = [];
  for (const { path, size } of REQUIRED_LOGOS) {
    if (!paths.has(path)) {
      findings.push(error(path, `missing: Zendesk needs a ${size}x${size} PNG logo to display the app (npm run logos)`));
      continue;
    }
    const actual = pngSize(path);
    if (!actual) {
      findings.push(error(path, `is not a PNG image; Zendesk needs a ${size}x${size} PNG`));
    } else if (actual.width !== size || actual.height !== size) {
      findings.push(error(path, `is ${actual.width}x${actual.height}; Zendesk needs exactly ${size}x${size}`));
    }
  }
  return findings;
}

/** The blocked extension of a path, or null. */
export function blockedExtension(path: string): string | null {
  const extension = extensionOf(path);
  return (BLOCKED_EXTENSIONS as readonly string[]).includes(extension) ? extension : null;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

/** No file of a type Zendesk refuses, by extension or by content. */
export function checkBlockedFiles(files: readonly PackageFile[], readBytes?: (path: string) => Uint8Array | null): Finding[] {
  const findings: Finding[] = [];
  for (const { path } of files) {
    const extension = blockedExtension(path);
    if (extension) {
      findings.push(error(path, `blocked file type ".${extension}": Zendesk refuses packages that contain it; remove it or list it in .zcliignore`));
      continue;
    }
    const bytes = readBytes?.(path);
    const match = bytes ? BLOCKED_SIGNATURES.find(({ bytes: signature }) => startsWith(bytes, signature)) : undefined;
    if (match) {
      findings.push(error(path, `content is a ${match.kind}, a blocked file type: Zendesk refuses packages that contain it`));
    }
  }
  return findings;
}

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: false }).decode(bytes);

/** No source maps shipped (files or references). */
export function checkSourceMaps(files: readonly PackageFile[], readBytes?: (path: string) => Uint8Array | null): Finding[] {
  const findings: Finding[] = [];
  for (const { path } of files) {
    if (extensionOf(path) === 'map') {
      findings.push(warning(path, 'source map shipped: it exposes the source and is not needed at run time (set build.sourcemap to false)'));
      continue;
    }
    if (!/\.(m?js|css)$/i.test(path)) continue;
    const bytes = readBytes?.(path);
    if (bytes && /[#@] sourceMappingURL=/.test(decode(bytes))) {
      findings.push(warning(path, 'refers to a source map (sourceMappingURL); build without source maps'));
    }
  }
  return findings;
}

/** SVGs free of what Zendesk's sanitiser strips or replaces (scripts, handlers, bitmaps, external links). */
export function checkSvgs(files: readonly PackageFile[], readBytes?: (path: string) => Uint8Array | null): Finding[] {
  if (!readBytes) return [];
  const findings: Finding[] = [];
  const problems: readonly [RegExp, string][] = [
    [/<script\b/i, 'a <script> element'],
    [/\son[a-z]+\s*=/i, 'an event handler attribute'],
    [/<foreignObject\b/i, 'a <foreignObject> element'],
    [/<image\b/i, 'an embedded bitmap (<image>), which Zendesk replaces with a placeholder'],
    [/\bhref\s*=\s*["'](?:https?:)?\/\//i, 'an external reference'],
    [/<!--/, 'an XML comment'],
  ];
  for (const { path } of files) {
    if (!/^assets\/.*\.svg$/i.test(path)) continue;
    const bytes = readBytes(path);
    if (!bytes) continue;
    const text = decode(bytes);
    for (const [pattern, what] of problems) {
      if (pattern.test(text)) findings.push(warning(path, `contains ${what}; Zendesk's SVG sanitiser will rewrite the file`));
    }
  }
  return findings;
}

/** No credentials bundled into the package's text files. */
export function checkSecrets(files: readonly PackageFile[], readBytes?: (path: string) => Uint8Array | null): Finding[] {
  if (!readBytes) return [];
  const findings: Finding[] = [];
  for (const { path } of files) {
    if (!TEXT_FILE.test(path)) continue;
    const bytes = readBytes(path);
    if (!bytes) continue;
    const text = decode(bytes);
    for (const { kind, pattern } of SECRET_PATTERNS) {
      if (pattern.test(text)) {
        findings.push(warning(path, `looks like it contains a ${kind}; credentials belong in a secure parameter, never in the package`));
      }
    }
  }
  return findings;
}

/** The package stays small. */
export function checkPackageSize(files: readonly PackageFile[]): Finding[] {
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total <= PACKAGE_SIZE_WARNING_BYTES) return [];
  const biggest = [...files]
    .sort((a, b) => b.size - a.size)
    .slice(0, 3)
    .map((file) => `${file.path} ${formatBytes(file.size)}`);
  return [
    warning('(package)', `total size ${formatBytes(total)} is over ${formatBytes(PACKAGE_SIZE_WARNING_BYTES)}; largest files: ${list(biggest)}`),
  ];
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

// ---------------------------------------------------------------------------------------

/** Every rule over the whole package; errors block packaging, warnings do not. */
export function checkPackage(input: PackageInput): Finding[] {
  const findings: Finding[] = [...checkManifestDocument(input.manifest)];
  const manifest = input.manifest.kind === 'ok' && isObject(input.manifest.value) ? input.manifest.value : null;
  if (manifest) {
    findings.push(
      ...checkManifestKeys(manifest),
      ...checkManifestTypes(manifest),
      ...checkFrameworkVersion(manifest),
      ...checkAuthor(manifest),
      ...checkLocations(manifest, input.files),
      ...checkLocationIcons(manifest, input.files),
      ...checkParameters(manifest),
      ...checkSecureParameters(manifest),
      ...checkDomainWhitelist(manifest),
      ...checkOauth(manifest),
    );
  }
  findings.push(
    ...checkRequirements({
      doc: input.requirements ?? { kind: 'missing' },
      manifest,
      products: manifest ? manifestProducts(manifest) : [],
      files: input.files,
    }),
    ...checkTranslations(manifest, input.translations),
    ...checkLogos(input.files, input.pngSize),
    ...checkBlockedFiles(input.files, input.readBytes),
    ...checkSourceMaps(input.files, input.readBytes),
    ...checkSvgs(input.files, input.readBytes),
    ...checkSecrets(input.files, input.readBytes),
    ...checkPackageSize(input.files),
  );
  return findings;
}

export const errorsIn = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.level === 'error');
export const warningsIn = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.level === 'warning');
