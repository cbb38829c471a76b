import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startStandin, standinPorts, type Standin } from './server';
import { REPO_ROOT } from './settings';
import { parseStartArgs, START_FLAGS } from './start';
import { writeOtherPackage } from './package/testPackage';

describe('npm start flags', () => {
  it('defaults to ports 4400 / 4401 / 4402 and the demo account', () => {
    expect(parseStartArgs([])).toEqual({ zendeskPort: 4400, appPort: 4401, saasPort: 4402, account: {} });
  });

  it('maps every flag', () => {
    expect(
      parseStartArgs([
        '--seats',
        '600',
        '--end-users',
        '0',
        '--seed',
        '7',
        '--port',
        '5000',
        '--latency',
        '150',
        '--rate-limit',
        '100',
        '--locale',
        'de',
        '--history-days',
        '60',
        '--no-custom-objects',
        '--destination',
        'zluri',
        '--setting',
        'daily_snapshot=true',
        '--setting',
        'idle_days=45',
      ]),
    ).toEqual({
      zendeskPort: 5000,
      appPort: 5001,
      saasPort: 5002,
      account: { seats: 600, endUsers: 0, seed: 7 },
      latencyMs: 150,
      rateLimitPerMinute: 100,
      locale: 'de',
      historyDays: 60,
      customObjects: false,
      destination: 'zluri',
      settings: { daily_snapshot: true, idle_days: 45 },
    });
    expect(parseStartArgs(['--locale', 'pt-BR'])).toMatchObject({ locale: 'pt-BR' });
    for (const destination of ['seat-review', 'torii', 'lumos', 'okta-workflows']) {
      expect(parseStartArgs(['--destination', destination])).toMatchObject({ destination });
    }
    expect(parseStartArgs(['--port', '5000', '--app-port', '6000'])).toMatchObject({ zendeskPort: 5000, appPort: 6000, saasPort: 5002 });
    expect(parseStartArgs(['--port', '5000', '--saas-port', '7000'])).toMatchObject({ zendeskPort: 5000, appPort: 5001, saasPort: 7000 });
    expect(parseStartArgs(['--saas-port', '7000'])).toMatchObject({ zendeskPort: 4400, appPort: 4401, saasPort: 7000 });
  });

  it('are all documented in standin/README.md', () => {
    const readme = readFileSync(resolve(REPO_ROOT, 'standin/README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => line.startsWith('| `--') || line.startsWith('| `-h`'));
    const documented = rows.map((line) => /`--([a-z-]+)/.exec(line)?.[1]);
    expect(documented.sort()).toEqual(Object.keys(START_FLAGS).sort());
  });

  it('rejects bad values and unknown flags', () => {
    expect(() => parseStartArgs(['--seats', '1'])).toThrow(/--seats/);
    expect(() => parseStartArgs(['--latency', 'fast'])).toThrow(/--latency/);
    expect(() => parseStartArgs(['--saas-port', '0'])).toThrow(/--saas-port/);
    expect(() => parseStartArgs(['--locale', 'not a tag'])).toThrow(/--locale/);
    expect(() => parseStartArgs(['--locale', ''])).toThrow(/--locale/);
    expect(() => parseStartArgs(['--nope'])).toThrow();
    expect(() => parseStartArgs(['--history-days', '-1'])).toThrow(/--history-days/);
    expect(() => parseStartArgs(['--destination', 'flexera'])).toThrow(
      /--destination must be one of seat-review, zluri, torii, lumos, okta-workflows/,
    );
    expect(() => parseStartArgs(['--setting', 'daily_snapshot=maybe'])).toThrow(/daily_snapshot/);
    expect(() => parseStartArgs(['--setting', 'unknown_thing=1'])).toThrow(/no such parameter/);
    expect(() => parseStartArgs(['--setting', 'saas_token=stolen'])).toThrow(/secure/);
  });
});

describe('--package and --settings', () => {
  it('check settings against the hosted package: the file first, then each --setting', () => {
    const root = writeOtherPackage();
    try {
      const file = resolve(root, 'install.json');
      writeFileSync(file, JSON.stringify({ max_items: 9, beta: true, api_key: 'from-file' }));
      expect(parseStartArgs(['--package', root, '--settings', file, '--setting', 'max_items=3'])).toMatchObject({
        packageDir: root,
        settings: { max_items: 3, beta: true, api_key: 'from-file' },
      });
      // Seat Review's parameters are not the package's.
      expect(() => parseStartArgs(['--package', root, '--setting', 'idle_days=3'])).toThrow(/idle_days: the manifest has no such parameter/);
      expect(() => parseStartArgs(['--package', root, '--setting', 'beta=yes'])).toThrow('--setting beta is a checkbox: true or false (got "yes")');
      expect(() => parseStartArgs(['--package', root, '--setting', 'api_key=x'])).toThrow(/secure/);
      expect(() => parseStartArgs(['--package', root, '--destination', 'zluri'])).toThrow(/Seat Review only/);
      expect(() => parseStartArgs(['--package', resolve(root, 'nowhere')])).not.toThrow();
      expect(() => parseStartArgs(['--package', resolve(root, 'nowhere'), '--setting', 'beta=true'])).toThrow(/no such file or folder/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("--settings alone applies to Seat Review's parameters", () => {
    const root = writeOtherPackage();
    try {
      const file = resolve(root, 'install.json');
      writeFileSync(file, JSON.stringify({ idle_days: 60, daily_snapshot: 'true' }));
      expect(parseStartArgs(['--settings', file]).settings).toEqual({ idle_days: 60, daily_snapshot: true });
      writeFileSync(file, JSON.stringify({ max_items: 1 }));
      expect(() => parseStartArgs(['--settings', file])).toThrow(/max_items: the manifest has no such parameter/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('startStandin ports', () => {
  it('follow the Zendesk port unless named; port 0 picks free ones for all three', () => {
    expect(standinPorts({})).toEqual({ zendeskPort: 4400, appPort: 4401, saasPort: 4402 });
    expect(standinPorts({ zendeskPort: 5000 })).toEqual({ zendeskPort: 5000, appPort: 5001, saasPort: 5002 });
    expect(standinPorts({ zendeskPort: 0 })).toEqual({ zendeskPort: 0, appPort: 0, saasPort: 0 });
    expect(standinPorts({ zendeskPort: 5000, appPort: 0, saasPort: 9000 })).toEqual({ zendeskPort: 5000, appPort: 0, saasPort: 9000 });
  });
});

/** Whether nothing listens on the port of 127.0.0.1 right now. */
function isFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

/** A base port N such that N .. N+span-1 are all free. */
async function freeRange(span: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    const checks = await Promise.all(Array.from({ length: span }, (_, i) => isFree(base + i)));
    if (checks.every(Boolean)) return base;
  }
  throw new Error('no free port range');
}

describe('two stand-ins with different --port values', () => {
  it('run side by side: every port moves, the SaaS receiver at N+2', async () => {
    const base = await freeRange(6);
    const running: Standin[] = [];
    try {
      for (const port of [base, base + 3]) {
        const options = parseStartArgs(['--port', String(port), '--seats', '2', '--end-users', '0']);
        running.push(await startStandin(options));
      }
      const ports = running.map((s) => [s.zendeskUrl, s.appUrl, s.saas.url].map((u) => Number(new URL(u).port)));
      expect(ports).toEqual([
        [base, base + 1, base + 2],
        [base + 3, base + 4, base + 5],
      ]);
      for (const s of running) {
        expect((await fetch(`${s.zendeskUrl}/api/v2/users/me`)).status).toBe(200);
        expect((await fetch(`${s.saas.url}/__saas/faults`)).status).toBe(200);
        // The demo installation sends snapshots to its own receiver, not the other's.
        const config = (await (await fetch(`${s.zendeskUrl}/__standin/host-config`)).json()) as { settings: Record<string, unknown> };
        expect(config.settings.saas_endpoint).toBe(s.saas.ingestUrl);
      }
    } finally {
      await Promise.all(running.map((s) => s.close()));
    }
  }, 60_000);
});
