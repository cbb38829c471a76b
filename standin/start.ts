/**
 * `npm start`: builds the app and the host page, then runs the stand-in.
 *
 *   npm start -- [--seats N] [--end-users N] [--seed N] [--port N] [--app-port N]
 *                [--saas-port N] [--latency MS] [--rate-limit N] [--locale TAG]
 *                [--history-days N] [--no-custom-objects] [--destination NAME]
 *                [--package DIR|FILE.zip] [--settings FILE.json] [--setting name=value]... [--help]
 *
 * With --package the stand-in hosts that ZAF package instead of Seat Review (and builds no app).
 *
 * --port N moves every port it opens: Zendesk N, app N+1, SaaS receiver N+2 (each of the
 * last two unless named), so two stand-ins with different --port values run side by side.
 * Every flag is described in standin/README.md.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_APP_PORT, DEFAULT_SAAS_PORT, DEFAULT_ZENDESK_PORT, buildHost, startStandin, type Standin, type StandinOptions } from './server';
import { localeProblem } from './api/state';
import { openPackage, ownPackage } from './package/load';
import { DEMO_DESTINATION_IDS, REPO_ROOT, parseSettingArg, readSettingsFile, type Settings } from './settings';
import { DESTINATIONS, DESTINATION_HOSTS, isDestination } from '../src/destinations/names';

const USAGE = `Usage: npm start -- [--seats N] [--end-users N] [--seed N] [--port N] [--app-port N] [--saas-port N] [--latency MS] [--rate-limit N] [--locale TAG]
                    [--history-days N] [--no-custom-objects] [--destination NAME]
                    [--package DIR|FILE.zip] [--settings FILE.json] [--setting name=value]...
  --port N defaults to 4400; the app takes N+1 and the SaaS receiver N+2 unless --app-port / --saas-port say otherwise.
  --locale TAG signs the admin in with that profile language (de, fr, es, ja, pt-BR, he…; default en-US).
  --history-days N starts the account with N days of review history; --no-custom-objects is a plan without custom objects.
  --destination NAME sends snapshots to that platform's fake, as a package built with --destination NAME (${DESTINATIONS.join(', ')}).
  --package DIR|FILE.zip hosts that ZAF package (a folder holding manifest.json, or its zip) instead of Seat Review.
  --settings FILE.json installs the settings in that JSON object (name → value); --setting values come after it.
  --setting name=value sets an installation setting (repeatable), e.g. --setting daily_snapshot=true.
  Every flag: standin/README.md`;

function integer(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${flag} must be a whole number >= ${min} (got "${value}")`);
  return n;
}

/** Every flag `npm start` takes (standin/README.md documents each; a test checks). */
export const START_FLAGS = {
  seats: { type: 'string' },
  'end-users': { type: 'string' },
  seed: { type: 'string' },
  port: { type: 'string' },
  'app-port': { type: 'string' },
  'saas-port': { type: 'string' },
  latency: { type: 'string' },
  'rate-limit': { type: 'string' },
  locale: { type: 'string' },
  'history-days': { type: 'string' },
  'no-custom-objects': { type: 'boolean' },
  destination: { type: 'string' },
  package: { type: 'string' },
  settings: { type: 'string' },
  setting: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseStartArgs(argv: string[]): StandinOptions {
  const { values } = parseArgs({ args: argv, strict: true, options: START_FLAGS });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  // --port N moves every port the stand-in opens: the app N+1 and the receiver N+2 unless named.
  const port = integer('port', values.port, 1) ?? DEFAULT_ZENDESK_PORT;
  const appPort = integer('app-port', values['app-port'], 1) ?? port + (DEFAULT_APP_PORT - DEFAULT_ZENDESK_PORT);
  const saasPort = integer('saas-port', values['saas-port'], 1) ?? port + (DEFAULT_SAAS_PORT - DEFAULT_ZENDESK_PORT);
  const account: NonNullable<StandinOptions['account']> = {};
  const seats = integer('seats', values.seats, 2);
  const endUsers = integer('end-users', values['end-users'], 0);
  const seed = integer('seed', values.seed, 0);
  if (seats !== undefined) account.seats = seats;
  if (endUsers !== undefined) account.endUsers = endUsers;
  if (seed !== undefined) account.seed = seed;
  const options: StandinOptions = { zendeskPort: port, appPort, saasPort, account };
  const latency = integer('latency', values.latency, 0);
  const rateLimit = integer('rate-limit', values['rate-limit'], 1);
  if (latency !== undefined) options.latencyMs = latency;
  if (rateLimit !== undefined) options.rateLimitPerMinute = rateLimit;
  if (values.locale !== undefined) {
    if (localeProblem(values.locale)) throw new Error(`--locale must be a language tag such as de or pt-BR (got "${values.locale}")`);
    options.locale = values.locale;
  }
  const historyDays = integer('history-days', values['history-days'], 0);
  if (historyDays !== undefined) options.historyDays = historyDays;
  if (values['no-custom-objects']) options.customObjects = false;
  if (values.destination !== undefined) {
    if (!isDestination(values.destination)) throw new Error(`--destination must be one of ${DESTINATIONS.join(', ')} (got "${values.destination}")`);
    options.destination = values.destination;
  }
  if (values.package !== undefined) {
    options.packageDir = values.package;
    if (options.destination !== undefined && resolve(values.package) !== REPO_ROOT)
      throw new Error('--destination applies to Seat Review only, not with --package');
  }
  if (values.settings !== undefined || values.setting?.length) {
    // Checked against the hosted package's parameters: a zip is unpacked for that, and again at start.
    const pkg = options.packageDir === undefined ? ownPackage() : openPackage(options.packageDir);
    try {
      const parameters = pkg.manifest().parameters ?? [];
      const settings: Partial<Settings> = values.settings === undefined ? {} : readSettingsFile(values.settings, parameters);
      for (const arg of values.setting ?? []) {
        const [name, value] = parseSettingArg(arg, parameters);
        settings[name] = value;
      }
      options.settings = settings;
    } finally {
      pkg.dispose();
    }
  }
  return options;
}

async function buildApp(): Promise<void> {
  const { build } = await import('vite');
  // The package's own build: an inherited NODE_ENV (Vitest's "test") would bundle React's
  // development build, whose StrictMode runs every effect twice and doubles the first requests.
  process.env.NODE_ENV = 'production';
  await build({ configFile: resolve(REPO_ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
}

function fail(step: string, error: unknown): never {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`\n✖ ${step} failed:\n\n${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let options: StandinOptions;
  try {
    options = parseStartArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }

  // Another package comes built; Seat Review is built from src/ into assets/.
  if (options.packageDir === undefined || resolve(options.packageDir) === REPO_ROOT) {
    console.log('Building the app (vite build)…');
    try {
      await buildApp();
    } catch (error) {
      fail('Building the app', error);
    }
  }
  console.log('Building the stand-in host page…');
  try {
    await buildHost();
  } catch (error) {
    fail('Building the host page', error);
  }

  let standin: Standin;
  try {
    standin = await startStandin(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      fail('Starting the stand-in', `A port is already in use (${(error as Error).message}). Use --port N to pick others.`);
    }
    fail('Starting the stand-in', error);
  }

  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    void standin.close().finally(() => process.exit(code));
    // Do not hang on a stubborn socket.
    setTimeout(() => process.exit(code), 3000).unref();
  };
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));
  process.once('uncaughtException', (error) => {
    console.error(error);
    stop(1);
  });
  // Last resort on any other exit path: drop the listeners' connections synchronously.
  process.once('exit', () => void standin.close());

  const account = standin.api.account();
  console.log(`\n${standin.appName} is running at ${standin.hostPageUrl}`);
  if (standin.iconMissing) {
    console.warn('  ⚠ the package has no assets/icon_nav_bar.svg: Zendesk requires it for a nav_bar app (the stand-in shows a stand-in icon)');
  }
  if (standin.droppedSettings.length > 0) {
    console.warn(`  ⚠ settings dropped, the manifest declares no such parameter: ${standin.droppedSettings.join(', ')}`);
  }
  if (options.locale !== undefined) console.log(`  signed in with the profile language "${options.locale}"`);
  if (options.historyDays !== undefined) console.log(`  ${options.historyDays} days of review history`);
  if (options.customObjects === false) console.log('  a plan without custom objects: the app keeps its history in the browser');
  for (const [name, value] of Object.entries(options.settings ?? {})) console.log(`  setting ${name} = ${JSON.stringify(value)}`);
  console.log(`  account "${account.subdomain}", ${account.users.length} users · app served from ${standin.appUrl}/assets/ · press Ctrl+C to stop`);
  // Another package has no use for Seat Review's receiver (it still runs, on its port).
  if (options.packageDir !== undefined && resolve(options.packageDir) !== REPO_ROOT) return;
  console.log(`  SaaS Management receiver at ${standin.saas.ingestUrl} (what it accepted: ${standin.saas.url}/__saas/accepted)`);
  const destination = options.destination;
  if (destination !== undefined && destination !== 'seat-review') {
    const inspect = destination === 'okta-workflows' ? 'okta' : destination;
    const host = DESTINATION_HOSTS[destination];
    const where = host ? `https://${host} (whitelisted, faked locally)` : standin.saas.oktaInvokeUrl;
    const id = options.settings?.saas_destination_id ?? DEMO_DESTINATION_IDS[destination];
    console.log(
      `  snapshots go to ${destination} at ${where}${id ? ` (saas_destination_id ${id})` : ''}; what landed: ${standin.saas.url}/__saas/${inspect}`,
    );
  }
}

// Run only as the entry point (`tsx standin/start.ts`), not when imported by a test.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void main();
