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

/**
 * One `--setting name=value`, checked against the manifest parameter as the install screen
 * would: checkbox true/false, number, url (http or https), text/multiline as typed (`\n` for a
 * new line in multiline). Unknown names and secure parameters are refused: the stand-in's
 * secure value is what its own receiver checks.
 */
export function parseSettingArg(arg: string, parameters: readonly ManifestParameter[]): [string, SettingValue] {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new Error(`--setting must be name=value (got "${arg}")`);
  const name = arg.slice(0, eq).trim();
  const raw = arg.slice(eq + 1);
  const parameter = findParameter(parameters, name);
  if (!parameter) throw new Error(`--setting ${name}: manifest.json has no such parameter (${parameters.map((p) => p.name).join(', ')})`);
  if (parameter.secure) throw new Error(`--setting ${name}: a secure parameter cannot be set from the command line`);
  switch (parameter.type) {
    case 'checkbox':
      if (raw !== 'true' && raw !== 'false') throw new Error(`--setting ${name} is a checkbox: true or false (got "${raw}")`);
      return [name, raw === 'true'];
    case 'number': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) throw new Error(`--setting ${name} is a number (got "${raw}")`);
      return [name, n];
    }
    case 'url': {
      let ok = raw === '';
      try {
        ok ||= ['http:', 'https:'].includes(new URL(raw).protocol);
      } catch {
        ok = false;
      }
      if (!ok) throw new Error(`--setting ${name} is a URL: http:// or https:// (got "${raw}")`);
      return [name, raw];
    }
    case 'multiline':
      return [name, raw.replace(/\\n/g, '\n')];
    case 'text':
    case 'hidden':
      return [name, raw];
    default:
      throw new Error(`--setting ${name}: parameters of type "${parameter.type}" are not supported`);
  }
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
 * receives: every value except secure parameters. A name the manifest does not declare
 * is treated as non-secure.
 */
export function publicSettings(
  settings: Readonly<Record<string, SettingValue>>,
  parameters: readonly ManifestParameter[],
): Record<string, SettingValue> {
  const out: Record<string, SettingValue> = {};
  for (const [name, value] of Object.entries(settings)) {
    if (!isSecureParameter(parameters, name)) out[name] = value;
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
