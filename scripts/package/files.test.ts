import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ignoredBy, isIgnored, isPackagePath, parseIgnore, selectPackageFiles } from './files';

const repoIgnore = readFileSync(resolve(__dirname, '../../.zcliignore'), 'utf8');

describe('parseIgnore / isIgnored', () => {
  it('skips comments and blank lines', () => {
    expect(parseIgnore('# comment\n\n  \nsrc\n').map((rule) => rule.source)).toEqual(['src']);
  });

  it('matches a name anywhere, as a file or as a directory', () => {
    const rules = parseIgnore('node_modules\nREADME.md');
    expect(isIgnored('node_modules/react/index.js', rules)).toBe(true);
    expect(isIgnored('assets/node_modules/x.js', rules)).toBe(true);
    expect(isIgnored('assets/README.md', rules)).toBe(true);
    expect(isIgnored('assets/node_modules_note.txt', rules)).toBe(false);
  });

  it('matches *.ext globs by name at any depth', () => {
    const rules = parseIgnore('*.test.ts\n*.map');
    expect(isIgnored('assets/app.test.ts', rules)).toBe(true);
    expect(isIgnored('assets/deep/app.js.map', rules)).toBe(true);
    expect(isIgnored('assets/app.ts', rules)).toBe(false);
    expect(isIgnored('assets/app.js', rules)).toBe(false);
  });

  it('anchors patterns with a slash to the root and matches what is below them', () => {
    const rules = parseIgnore('assets/drafts\n/dist');
    expect(isIgnored('assets/drafts/a.png', rules)).toBe(true);
    expect(isIgnored('assets/x/drafts/a.png', rules)).toBe(false);
    expect(isIgnored('dist/app.zip', rules)).toBe(true);
    expect(isIgnored('assets/dist/app.js', rules)).toBe(false);
  });

  it('supports ** and ?', () => {
    const rules = parseIgnore('assets/**/*.psd\nlogo-v?.png');
    expect(isIgnored('assets/a/b/c.psd', rules)).toBe(true);
    expect(isIgnored('assets/c.psd', rules)).toBe(true);
    expect(isIgnored('assets/logo-v2.png', rules)).toBe(true);
    expect(isIgnored('assets/logo-v10.png', rules)).toBe(false);
  });

  it('matches a trailing-slash pattern against directories only', () => {
    const rules = parseIgnore('tmp/');
    expect(isIgnored('assets/tmp/a.js', rules)).toBe(true);
    expect(isIgnored('assets/tmp', rules)).toBe(false);
  });

  it('re-includes with ! (the last matching pattern decides)', () => {
    const rules = parseIgnore('*.svg\n!icon_nav_bar.svg');
    expect(isIgnored('assets/logo.svg', rules)).toBe(true);
    expect(isIgnored('assets/icon_nav_bar.svg', rules)).toBe(false);
    expect(ignoredBy('assets/logo.svg', rules)?.source).toBe('*.svg');
  });

  it("the repository's .zcliignore leaves the package files in and the rest out", () => {
    const rules = parseIgnore(repoIgnore);
    for (const path of [
      'manifest.json',
      'requirements.json',
      'translations/en.json',
      'assets/index.html',
      'assets/logo.png',
      'assets/seat-review-abc.js',
    ]) {
      expect(isIgnored(path, rules), path).toBe(false);
    }
    for (const path of [
      'src/main.tsx',
      'node_modules/react/index.js',
      'scripts/package.ts',
      'dist/seat-review-0.1.0.zip',
      'package.json',
      'zcli.apps.config.json',
      'assets/x.test.ts',
    ]) {
      expect(isIgnored(path, rules), path).toBe(true);
    }
  });
});

describe('isPackagePath', () => {
  it('accepts manifest.json, requirements.json, translations/*.json and assets/**', () => {
    expect(isPackagePath('manifest.json')).toBe(true);
    expect(isPackagePath('requirements.json')).toBe(true);
    expect(isPackagePath('assets/requirements.json')).toBe(true);
    expect(isPackagePath('config/requirements.json')).toBe(false);
    expect(isPackagePath('translations/en.json')).toBe(true);
    expect(isPackagePath('assets/a/b.png')).toBe(true);
    expect(isPackagePath('translations/README.md')).toBe(false);
    expect(isPackagePath('translations/old/en.json')).toBe(false);
    expect(isPackagePath('src/main.tsx')).toBe(false);
    expect(isPackagePath('package.json')).toBe(false);
  });
});

describe('selectPackageFiles', () => {
  let root = '';
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  function tree(files: Record<string, string>): string {
    root = mkdtempSync(join(tmpdir(), 'seat-review-files-'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    return root;
  }

  it('takes only manifest.json, requirements.json, translations/*.json and assets/**, honouring .zcliignore', () => {
    const dir = tree({
      '.zcliignore': repoIgnore + '\nassets/drafts\n*.psd\n',
      'manifest.json': '{}',
      'requirements.json': '{}',
      'docs/requirements.json': '{}',
      'package.json': '{}',
      'README.md': '# x',
      'vite.config.ts': '',
      'src/main.tsx': '',
      'src/index.html': '',
      'node_modules/react/index.js': '',
      'scripts/package.ts': '',
      'standin/start.ts': '',
      'dist/old.zip': '',
      'zcli.apps.config.json': '{}',
      'translations/en.json': '{}',
      'translations/de.json': '{}',
      'translations/notes.md': '',
      'assets/index.html': '<html>',
      'assets/app.js': 'x',
      'assets/fonts/a.woff2': 'x',
      'assets/app.test.ts': '',
      'assets/drafts/logo.png': '',
      'assets/source.psd': '',
      'assets/.DS_Store': '',
    });
    const selection = selectPackageFiles(dir);
    expect(selection.files.map((file) => file.path)).toEqual([
      'assets/app.js',
      'assets/fonts/a.woff2',
      'assets/index.html',
      'manifest.json',
      'requirements.json',
      'translations/de.json',
      'translations/en.json',
    ]);
    expect(selection.files.find((file) => file.path === 'assets/index.html')).toMatchObject({
      size: 6,
      source: join(dir, 'assets/index.html'),
    });
    expect(Object.fromEntries(selection.excluded.map(({ path, reason }) => [path, reason]))).toEqual({
      'assets/.DS_Store': 'dot file',
      'assets/app.test.ts': '.zcliignore: **/*.test.ts',
      'assets/drafts/logo.png': '.zcliignore: assets/drafts',
      'assets/source.psd': '.zcliignore: *.psd',
      'translations/notes.md': expect.stringContaining('not part of a Zendesk package'),
    });
  });

  it('uses the ignore text given instead of the file', () => {
    const dir = tree({ '.zcliignore': '*.js', 'manifest.json': '{}', 'assets/app.js': '' });
    expect(selectPackageFiles(dir).files.map((file) => file.path)).toEqual(['manifest.json']);
    expect(selectPackageFiles(dir, '').files.map((file) => file.path)).toEqual(['assets/app.js', 'manifest.json']);
  });

  it('copes with a folder that has no package at all', () => {
    const dir = tree({ 'README.md': '' });
    expect(selectPackageFiles(dir)).toEqual({ files: [], excluded: [] });
  });
});
