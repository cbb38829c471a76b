// Builds the app into a temporary copy of the repository and runs the whole packaging
// pipeline on it: vite build with the repository's vite.config.ts, the checks, the zip.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCli } from './args';
import { packageApp, report, type PackageResult } from './run';
import { readZip } from './zip';

const repo = resolve(__dirname, '../..');

/** The repository's app, or a stub page when the app's source has no entry page yet. */
const realSource = existsSync(join(repo, 'src/index.html'));

/** The pages manifest.json's locations load (assets/index.html, assets/background.html...). */
function locationPages(): string[] {
  const manifest = JSON.parse(readFileSync(join(repo, 'manifest.json'), 'utf8')) as { location?: Record<string, Record<string, unknown>> };
  const urls = Object.values(manifest.location ?? {}).flatMap((locations) =>
    Object.values(locations).map((options) => (typeof options === 'string' ? options : (options as { url?: unknown }).url)),
  );
  return [...new Set(urls.filter((url): url is string => typeof url === 'string' && url.startsWith('assets/')))];
}

let copy = '';
let result: PackageResult;
let entries: Record<string, Uint8Array>;

function makeCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seat-review-package-'));
  for (const file of ['manifest.json', 'requirements.json', '.zcliignore', 'vite.config.ts', 'package.json', 'tsconfig.json']) {
    cpSync(join(repo, file), join(dir, file));
  }
  cpSync(join(repo, 'translations'), join(dir, 'translations'), { recursive: true });
  mkdirSync(join(dir, 'assets'));
  for (const file of ['logo.png', 'logo-small.png', 'logo.svg', 'icon_nav_bar.svg']) {
    cpSync(join(repo, 'assets', file), join(dir, 'assets', file));
  }
  if (realSource) {
    cpSync(join(repo, 'src'), join(dir, 'src'), { recursive: true });
  } else {
    mkdirSync(join(dir, 'src'));
    writeFileSync(
      join(dir, 'src/index.html'),
      '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div><script type="module" src="./main.ts"></script></body></html>',
    );
    writeFileSync(join(dir, 'src/main.ts'), "import './style.css';\ndocument.getElementById('root')!.textContent = 'Seat Review';\n");
    writeFileSync(join(dir, 'src/style.css'), 'body { margin: 0; }\n');
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Things that must stay out of the package.
  writeFileSync(join(dir, 'README.md'), '# Seat Review\n');
  writeFileSync(join(dir, 'zcli.apps.config.json'), '{"parameters": {"saas_token": "secret"}}');
  writeFileSync(join(dir, 'assets/notes.test.ts'), 'export {};\n');
  writeFileSync(join(dir, 'assets/.DS_Store'), '');
  writeFileSync(join(dir, 'translations/README.md'), 'Translations\n');
  return dir;
}

/** The main build: a host of the admin's own plus a platform's fixed host, as `npm run package` takes them. */
const MAIN_CLI = parseCli(['--saas-domain', 'saas.example.com', '--destination', 'zluri'], {});

beforeAll(async () => {
  copy = makeCopy();
  result = await packageApp({ root: copy, domains: MAIN_CLI.domains, outDir: join(copy, 'dist') });
  entries = result.zipPath ? readZip(new Uint8Array(readFileSync(result.zipPath))) : {};
}, 60_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe(`npm run package on the repository (${realSource ? 'real app build' : 'stub page build'})`, () => {
  it('finds no error and writes dist/seat-review-<version>.zip', () => {
    expect(
      result.findings.filter((f) => f.level === 'error'),
      report(result, copy).join('\n'),
    ).toEqual([]);
    const version = (JSON.parse(readFileSync(join(repo, 'manifest.json'), 'utf8')) as { version: string }).version;
    expect(result.zipPath).toBe(join(copy, 'dist', `seat-review-${version}.zip`));
    expect(report(result, copy).at(-1)).toMatch(new RegExp(`^Packaged dist/seat-review-${version.replace(/\./g, '\\.')}\\.zip: \\d+ files, `));
  });

  it('zips exactly manifest.json, requirements.json, translations/en.json and assets/* (logos, icon, pages, built js/css)', () => {
    const names = Object.keys(entries).sort();
    const fixed = [
      ...new Set([
        'assets/icon_nav_bar.svg',
        'assets/index.html',
        ...locationPages(),
        'assets/logo-small.png',
        'assets/logo.png',
        'assets/logo.svg',
        'manifest.json',
        'requirements.json',
        'translations/en.json',
      ]),
    ];
    const built = names.filter((name) => !fixed.includes(name));
    expect(names).toEqual(expect.arrayContaining(fixed));
    expect(built.length).toBeGreaterThan(0);
    for (const name of built) expect(name).toMatch(/^assets\/seat-review-[\w-]+\.(js|css)$/);
    expect(built.some((name) => name.endsWith('.js'))).toBe(true);
    expect(result.files.sort()).toEqual(names);
  });

  it('leaves out everything else', () => {
    for (const name of Object.keys(entries)) {
      expect(name).toMatch(/^(manifest\.json|requirements\.json|translations\/en\.json|assets\/[^/]+)$/);
      expect(name).not.toMatch(/\.(map|ts|tsx|md)$|\.DS_Store|zcli\.apps\.config/);
    }
  });

  it('zips a page whose scripts and styles are all in the package', () => {
    const html = new TextDecoder().decode(entries['assets/index.html']);
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      expect(reference, 'relative URLs: Zendesk serves the package from its own path').toMatch(/^\.\//);
      expect(Object.keys(entries)).toContain(`assets/${reference.slice(2)}`);
    }
  });

  it('puts the whitelisted domains (--saas-domain, then the --destination host) into the zipped manifest only', () => {
    const zipped = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Record<string, unknown>;
    const original = JSON.parse(readFileSync(join(repo, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(MAIN_CLI.errors).toEqual([]);
    expect(zipped.domainWhitelist).toEqual([...((original.domainWhitelist as string[] | undefined) ?? []), 'saas.example.com', 'api-ext.zluri.com']);
    expect({ ...zipped, domainWhitelist: original.domainWhitelist }).toEqual(original);
    expect(readFileSync(join(copy, 'manifest.json'), 'utf8')).toBe(readFileSync(join(repo, 'manifest.json'), 'utf8'));
    expect(result.findings.map((f) => f.message).join('\n')).not.toContain('can be sent to no endpoint');
  });

  it('compiles the whitelist into the app, so it can tell an admin a host is not whitelisted', () => {
    const scripts = Object.entries(entries).filter(([name]) => name.endsWith('.js'));
    for (const host of ['saas\\.example\\.com', 'api-ext\\.zluri\\.com']) {
      expect(
        scripts.some(([, bytes]) => new RegExp(`[\`"']${host}[\`"']`).test(new TextDecoder().decode(bytes))),
        host,
      ).toBe(true);
    }
  });

  it('zips the requirements, translations and logos byte for byte', () => {
    expect(entries['requirements.json']).toEqual(new Uint8Array(readFileSync(join(repo, 'requirements.json'))));
    expect(entries['translations/en.json']).toEqual(new Uint8Array(readFileSync(join(repo, 'translations/en.json'))));
    expect(entries['assets/logo.png']).toEqual(new Uint8Array(readFileSync(join(repo, 'assets/logo.png'))));
  });
});

describe('npm run package for each SaaS Management platform', () => {
  it.each([
    [['--destination', 'zluri'], ['api-ext.zluri.com']],
    [['--destination', 'torii'], ['api.toriihq.com']],
    [['--destination', 'lumos'], ['api.lumos.com']],
    [['--destination', 'okta-workflows', '--saas-domain', 'acme.workflows.okta.com'], ['acme.workflows.okta.com']],
    [['--destination', 'seat-review', '--saas-domain', 'saas.example.com'], ['saas.example.com']],
  ])('%j passes the package check and zips a manifest whitelisting %j', async (argv, hosts) => {
    const cli = parseCli(argv, {});
    expect(cli.errors).toEqual([]);
    const outDir = join(copy, 'variants', cli.destinations.join('-'));
    const variant = await packageApp({ root: copy, domains: cli.domains, build: false, outDir });
    expect(
      variant.findings.filter((f) => f.level === 'error'),
      report(variant, copy).join('\n'),
    ).toEqual([]);
    expect(variant.findings.map((f) => f.message).join('\n')).not.toContain('can be sent to no endpoint');
    const zipped = readZip(new Uint8Array(readFileSync(variant.zipPath ?? '')));
    const manifest = JSON.parse(new TextDecoder().decode(zipped['manifest.json'])) as { domainWhitelist: string[] };
    const original = JSON.parse(readFileSync(join(repo, 'manifest.json'), 'utf8')) as { domainWhitelist?: string[] };
    expect(manifest.domainWhitelist).toEqual([...(original.domainWhitelist ?? []), ...hosts]);
  });
});

describe('npm run package without a domain', () => {
  it('warns that the secure token can be sent nowhere, and still packages', async () => {
    const checked = await packageApp({ root: copy, build: false, zip: false });
    expect(checked.findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(checked.findings).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        file: 'manifest.json',
        message: expect.stringContaining('"saas_token" can be sent to no endpoint'),
      }),
    );
    expect(checked.zipPath).toBeNull();
  });
});
