/**
 * Installation settings of the demo install, and the manifest facts the stand-in needs
 * to treat them the way Zendesk does: secure parameters stay on the server (they are
 * only ever substituted into proxied requests), everything else is handed to the app
 * in `metadata().settings`.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DestinationName } from '../src/destinations/names';

export type SettingValue = string | number | boolean | null;

/** Values an admin typed on the install screen, by manifest parameter name. */
export interface Settings {
  saas_endpoint: string;
  saas_token: string;
  saas_destination: string;
  saas_destination_id: string;
  daily_snapshot: boolean;
  idle_days: number;
  grace_days: number;
  seat_price: number | null;
  seat_currency: string;
  exempt_users: string;
  [name: string]: SettingValue;
}

/** The demo install. `saas_endpoint` is empty here; `startStandin` points it at its SaaS Management receiver (standin/saas/). */
export const DEMO_SETTINGS: Readonly<Settings> = Object.freeze({
  saas_endpoint: '',
  saas_token: 'demo-secret-token',
  // Seat Review's own format, as a new installation has it: `startStandin({ destination })` / `--destination NAME` changes both.
  saas_destination: 'seat-review',
  saas_destination_id: '',
  // Off, as a new installation has it: `--setting daily_snapshot=true` turns the unattended snapshot on.
  daily_snapshot: false,
  idle_days: 30,
  grace_days: 14,
  seat_price: 55,
  seat_currency: 'USD',
  // The 240-seat demo assigns 206 paid seats (196 listed + 10 suspended): 24 bought and unassigned.
  seats_purchased: 230,
  exempt_users: '',
});

/**
 * The demo `saas_destination_id` each platform gets under `--destination NAME`: the id the
 * platform's fake knows (standin/saas/), in the shape the platform uses (Zluri instance ids
 * are object ids, Torii app accounts and Lumos apps numbers; the last two are not documented).
 */
export const DEMO_DESTINATION_IDS: Readonly<Record<DestinationName, string>> = Object.freeze({
  'seat-review': '',
  zluri: '65f0c2a1b3d4e5f601234567',
  torii: '48213',
  lumos: '7301',
  'okta-workflows': '',
});

/** The Lumos fake takes only keys shaped like Lumos's (`lsk_...`). */
export const DEMO_LUMOS_TOKEN = 'lsk_demo_secret_token';

/** The installation settings `--destination NAME` gives the demo install. */
export function destinationSettings(destination: DestinationName): Partial<Settings> {
  const out: Partial<Settings> = { saas_destination: destination, saas_destination_id: DEMO_DESTINATION_IDS[destination] };
  if (destination === 'lumos') out.saas_token = DEMO_LUMOS_TOKEN;
  return out;
}

export type SecureScope = 'header' | 'body' | 'url' | 'jwt_secret_key' | 'jwt_claim' | 'basic_auth_username' | 'basic_auth_password';

export interface ManifestParameter {
  name: string;
  type: string;
  required?: boolean;
  secure?: boolean;
  default?: SettingValue;
  scopes?: SecureScope[];
}

export interface Manifest {
  name: string;
  version: string;
  frameworkVersion?: string;
  domainWhitelist?: string[];
  parameters?: ManifestParameter[];
  /** `{ support: { nav_bar: { url }, background: { url } | url, … } }`: where the app loads (standin/host/config.ts reads it). */
  location?: unknown;
  [key: string]: unknown;
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST_PATH = resolve(REPO_ROOT, 'manifest.json');
export const REQUIREMENTS_PATH = resolve(REPO_ROOT, 'requirements.json');

/** Reads manifest.json afresh (it is small, and someone may be editing it). */
export function readManifest(path: string = MANIFEST_PATH): Manifest {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (typeof manifest.name !== 'string' || typeof manifest.version !== 'string') {
    throw new Error(`${path}: "name" and "version" must be strings`);
  }
  return manifest;
}

/** requirements.json as parsed JSON, or undefined when the package has none (a broken one fails, as the install would). */
export function readRequirements(path: string = REQUIREMENTS_PATH): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** What a parameter type takes, as the error messages name it. */
function expected(type: string): string {
  switch (type) {
    case 'checkbox':
      return 'a checkbox: true or false';
    case 'number':
      return 'a number';
    case 'url':
      return 'a URL: http:// or https://';
    case 'text':
    case 'hidden':
      return 'text';
    default:
      return `${type} text`;
  }
}

/**
 * One installed value checked against its parameter as the install screen would: checkbox
 * true/false, number, url (http or https, or empty), text/multiline/hidden as typed. A string
 * is read the way the command line gives it (`"45"`, `"true"`, `\n` for a new line in
 * multiline); a settings file may also give JSON booleans and numbers, and null for "not set".
 * `where` names the source in the error (`--setting`, or the settings file's path).
 */
export function checkSettingValue(name: string, raw: unknown, parameters: readonly ManifestParameter[], where = '--setting'): SettingValue {
  const parameter = findParameter(parameters, name);
  if (!parameter) throw new Error(`${where} ${name}: the manifest has no such parameter (${parameters.map((p) => p.name).join(', ')})`);
  const wrong = (): Error => new Error(`${where} ${name} is ${expected(parameter.type)} (got ${JSON.stringify(raw)})`);
  if (raw === null) return null;
  switch (parameter.type) {
    case 'checkbox':
      if (typeof raw === 'boolean') return raw;
      if (raw !== 'true' && raw !== 'false') throw wrong();
      return raw === 'true';
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(n)) throw wrong();
      return n;
    }
    case 'url': {
      if (typeof raw !== 'string') throw wrong();
      let ok = raw === '';
      try {
        ok ||= ['http:', 'https:'].includes(new URL(raw).protocol);
      } catch {
        ok = false;
      }
      if (!ok) throw wrong();
      return raw;
    }
    case 'multiline':
      if (typeof raw !== 'string') throw wrong();
      return raw.replace(/\\n/g, '\n');
    case 'text':
    case 'hidden':
      if (typeof raw !== 'string') throw wrong();
      return raw;
    default:
      throw new Error(`${where} ${name}: parameters of type "${parameter.type}" are not supported`);
  }
}

/**
 * One `--setting name=value`, checked by checkSettingValue. Secure parameters are refused
 * on the command line (it ends up in shell history); a `--settings` file may hold them.
 */
export function parseSettingArg(arg: string, parameters: readonly ManifestParameter[]): [string, SettingValue] {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new Error(`--setting must be name=value (got "${arg}")`);
  const name = arg.slice(0, eq).trim();
  if (findParameter(parameters, name)?.secure) throw new Error(`--setting ${name}: a secure parameter cannot be set from the command line`);
  return [name, checkSettingValue(name, arg.slice(eq + 1), parameters)];
}

/** `--settings FILE.json`: an object of name → value, each checked against its parameter. */
export function readSettingsFile(path: string, parameters: readonly ManifestParameter[]): Record<string, SettingValue> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`--settings ${path}: ${(error as Error).message}`, { cause: error });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`--settings ${path}: must be a JSON object of setting name → value`);
  }
  const out: Record<string, SettingValue> = {};
  for (const [name, raw] of Object.entries(parsed)) out[name] = checkSettingValue(name, raw, parameters, `--settings ${path}:`);
  return out;
}

/**
 * The installation's settings as Zendesk keeps them: every declared parameter's `default`,
 * then each layer of installed values in order. A value for a name the manifest does not
 * declare is dropped (listed in `dropped`, so the start can say so); a declared parameter
 * with neither default nor value is absent (unverified: Zendesk may hand it over as null).
 */
export function installSettings(
  parameters: readonly ManifestParameter[],
  ...layers: readonly (Readonly<Record<string, SettingValue | undefined>> | undefined)[]
): { settings: Record<string, SettingValue>; dropped: string[] } {
  const settings: Record<string, SettingValue> = {};
  const dropped = new Set<string>();
  for (const p of parameters) if (p.default !== undefined) settings[p.name] = p.default;
  for (const layer of layers) {
    for (const [name, value] of Object.entries(layer ?? {})) {
      if (value === undefined) continue;
      if (findParameter(parameters, name)) settings[name] = value;
      else dropped.add(name);
    }
  }
  return { settings, dropped: [...dropped] };
}

export function mergeSettings(base: Readonly<Settings>, overrides: Partial<Settings> = {}): Settings {
  const merged: Settings = { ...base };
  for (const [name, value] of Object.entries(overrides)) {
    if (value !== undefined) merged[name] = value;
  }
  return merged;
}

export function isSecureParameter(parameters: readonly ManifestParameter[], name: string): boolean {
  return parameters.some((p) => p.name === name && p.secure === true);
}

export function findParameter(parameters: readonly ManifestParameter[], name: string): ManifestParameter | undefined {
  return parameters.find((p) => p.name === name);
}

/**
 * The settings the app's JavaScript may see (`metadata().settings`) and the host page
 * receives: the values of declared, non-secure parameters only.
 */
export function publicSettings(
  settings: Readonly<Record<string, SettingValue>>,
  parameters: readonly ManifestParameter[],
): Record<string, SettingValue> {
  const out: Record<string, SettingValue> = {};
  for (const [name, value] of Object.entries(settings)) {
    if (findParameter(parameters, name) && !isSecureParameter(parameters, name)) out[name] = value;
  }
  return out;
}

/** Secure values, for the server-side proxy only. */
export function secureSettings(
  settings: Readonly<Record<string, SettingValue>>,
  parameters: readonly ManifestParameter[],
): Record<string, SettingValue> {
  const out: Record<string, SettingValue> = {};
  for (const [name, value] of Object.entries(settings)) {
    if (isSecureParameter(parameters, name)) out[name] = value;
  }
  return out;
}
