/**
 * npm run bench [-- --latency MS] [--rate-limit N] [--minute-ms N] [--only NAME] [--quick] [--no-ui]
 *
 * Runs the app's own data layer against the local stand-in on each scenario and prints
 * requests, wall time and the floor; then the UI in Chromium. A full run (no --only, no
 * --quick) writes docs/benchmarks.md. Scenarios: roster-peer, roster-10k, roster-50k,
 * interactions, review, release, unattended, ui.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { header, machine, notesOf, tableOf, uiTableOf } from './report';
import { interactionsScenario, reviewScenario, rosterScenario, type Row, type Settings } from './scenarios';
import { releaseScenario } from './release';
import { unattendedScenario } from './unattended';
import { openStandins } from './support';
import { buildApp, openBrowsers, uiScenario, type UiResult } from './ui';
import { verdicts, writeDocs } from './docs';

const SCENARIOS = ['roster-peer', 'roster-10k', 'roster-50k', 'interactions', 'review', 'release', 'unattended', 'ui'] as const;
type Scenario = (typeof SCENARIOS)[number];

const { values } = parseArgs({
  options: {
    latency: { type: 'string', default: '100' },
    'rate-limit': { type: 'string', default: '700' },
    'minute-ms': { type: 'string' },
    only: { type: 'string', multiple: true },
    quick: { type: 'boolean', default: false },
    'no-ui': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    `npm run bench -- [--latency MS (100)] [--rate-limit N (700)] [--minute-ms N (6000; --quick 2000)] [--only ${SCENARIOS.join('|')}] [--quick] [--no-ui]`,
  );
  process.exit(0);
}
const quick = values.quick;
const positive = (name: string, raw: string | undefined, fallback: number): number => {
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number >= 0`);
  return n;
};
const settings: Settings = {
  latencyMs: positive('latency', values.latency, 100),
  rateLimit: Math.max(1, positive('rate-limit', values['rate-limit'], 700)),
  minuteMs: Math.max(1000, positive('minute-ms', values['minute-ms'], quick ? 2000 : 6000)),
  idleDays: 30,
};
const only = values.only ?? [];
for (const name of only)
  if (!(SCENARIOS as readonly string[]).includes(name)) throw new Error(`Unknown scenario "${name}"; one of ${SCENARIOS.join(', ')}`);
const wanted = (name: Scenario): boolean => (only.length === 0 ? name !== 'ui' || !values['no-ui'] : only.includes(name));

let cleaning: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await Promise.allSettled([...openBrowsers].map((b) => b.close()));
    await Promise.allSettled([...openStandins].map((s) => s.close()));
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping servers and browser`);
    void cleanup().finally(() => process.exit(130));
  });
}
// Bounded time whatever happens: a hung scenario cannot keep servers or Chromium alive.
const deadlineMs = (quick ? 4 : 20) * 60_000;
const deadline = setTimeout(() => {
  console.error(`The bench exceeded ${deadlineMs / 60_000} minutes; stopping.`);
  void cleanup().finally(() => process.exit(2));
}, deadlineMs);
deadline.unref();

async function main(): Promise<void> {
  const started = new Date();
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  console.log(`Seat Review bench — ${header(settings)}${quick ? ' — quick' : ''}`);
  const rows: Row[] = [];
  const step = async <T>(name: Scenario, label: string, work: () => Promise<T>): Promise<T | null> => {
    if (!wanted(name)) return null;
    process.stdout.write(`… ${label}\n`);
    const t = performance.now();
    const value = await work();
    process.stdout.write(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    return value;
  };
  const add = (r: Row | Row[] | null): void => {
    if (r) rows.push(...(Array.isArray(r) ? r : [r]));
  };

  add(await step('roster-peer', 'roster + node-zendesk peer', () => rosterScenario(settings, 500, quick ? 5000 : 50_000, { peer: true })));
  add(await step('roster-10k', 'roster, 10,000 seats', () => rosterScenario(settings, quick ? 2000 : 10_000, 5000)));
  add(await step('roster-50k', 'roster, 50,000 seats', () => rosterScenario(settings, quick ? 5000 : 50_000, 5000, { memory: true })));
  add(
    await step('interactions', 'interactions, both strategies', () =>
      interactionsScenario(settings, 240, quick ? 10_000 : 100_000, ['ticket-events', 'search-counts']),
    ),
  );
  add(await step('review', 'whole review + repeat review', () => reviewScenario(settings, quick ? 2000 : 10_000, undefined)));
  add(await step('release', 'release 1,000 seats, job limit 30', () => releaseScenario(settings, quick ? 300 : 1000, 30)));
  add(await step('release', 'release 1,000 seats, job limit 3', () => releaseScenario(settings, quick ? 300 : 1000, 3).then((r) => r.slice(1))));
  add(await step('unattended', 'unattended daily review, 10,000 seats', () => unattendedScenario(settings, quick ? 2000 : 10_000)));

  const ui: UiResult[] = [];
  let uiNote = '';
  if (wanted('ui')) {
    process.stdout.write('… UI: building the app (vite build)\n');
    const buildError = buildApp();
    if (buildError) uiNote = `The app did not build (${buildError}); the UI was measured on the assets/ already built.`;
    const sizes = quick ? [2000, 5000] : [10_000, 50_000];
    for (const seats of sizes) {
      const r = await step('ui', `UI in Chromium, ${seats.toLocaleString('en')} seats`, () =>
        uiScenario(seats, quick ? 3 : 15, quick ? 90_000 : 240_000),
      );
      if (r) ui.push(r);
    }
  }

  const finished = new Date();
  const output = [
    `Seat Review bench, ${started.toISOString()} — ${header(settings)}`,
    '',
    tableOf(rows, settings),
    '',
    notesOf(rows),
    ...(ui.length ? ['', `UI in Chromium (latency 0; median of ${ui[0]?.repetitions} repetitions; heap: ${ui[0]?.heapHow})`, '', uiTableOf(ui)] : []),
    ...(uiNote ? ['', uiNote] : []),
  ].join('\n');
  console.log(`\n${output}\n`);
  const v = verdicts(rows, ui, settings);
  for (const line of v) console.log(`${line.target}: ${line.result}`);
  if (!quick && only.length === 0) {
    const path = resolve(import.meta.dirname, '..', 'docs', 'benchmarks.md');
    writeFileSync(path, writeDocs({ command, started, finished, machine: machine(), output, verdicts: v, settings }));
    console.log(`\nWrote ${path}`);
  }
}

main()
  .then(() => cleanup())
  .then(() => {
    clearTimeout(deadline);
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    console.error(error);
    await cleanup();
    process.exit(1);
  });
