import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../settings';
import { openPackage, ownPackage, slugOf, unzipInto } from './load';
import { OTHER_MANIFEST, writeOtherPackage, zipFolder } from './testPackage';

const made: string[] = [];
const temp = (path: string): string => {
  made.push(path);
  return path;
};
afterEach(() => {
  for (const path of made.splice(0)) rmSync(path, { recursive: true, force: true });
});

describe('slugOf', () => {
  it('makes the page path segment from the manifest name', () => {
    expect(slugOf('Seat Review')).toBe('seat-review');
    expect(slugOf('Ticket Buddy!')).toBe('ticket-buddy');
    expect(slugOf('  Café — Über App 2 ')).toBe('cafe-uber-app-2');
    expect(slugOf('!!!')).toBe('app');
  });
});

describe('openPackage', () => {
  it("opens the repo's own app", () => {
    const own = ownPackage();
    expect(own).toMatchObject({ root: REPO_ROOT, own: true, slug: 'seat-review', iconMissing: false });
    expect(own.requirements()).toBeDefined();
    expect(openPackage(REPO_ROOT).own).toBe(true);
  });

  it('opens a folder holding manifest.json: manifest, translations, requirements, icon', () => {
    const root = temp(writeOtherPackage({ requirements: { objects: {} } }));
    const pkg = openPackage(root);
    expect(pkg).toMatchObject({ root, own: false, slug: 'ticket-buddy', iconMissing: false });
    expect(pkg.manifest().name).toBe(OTHER_MANIFEST.name);
    expect(pkg.translations).toEqual({ en: { app: { name: 'Ticket Buddy' } } });
    expect(pkg.requirements()).toEqual({ objects: {} });
  });

  it('says when the nav icon is missing, and when there is no requirements.json', () => {
    const pkg = openPackage(temp(writeOtherPackage({ icon: false })));
    expect(pkg.iconMissing).toBe(true);
    expect(pkg.requirements()).toBeUndefined();
  });

  it('unpacks a zip into a temporary folder that dispose() removes', () => {
    const zip = zipFolder(temp(writeOtherPackage()), join(temp(mkdtempSync(join(tmpdir(), 'standin-zip-'))), 'buddy.zip'));
    const pkg = openPackage(zip);
    expect(pkg.root).not.toBe(zip);
    expect(existsSync(join(pkg.root, 'assets', 'iframe.html'))).toBe(true);
    expect(pkg.manifest().version).toBe('2.1.0');
    pkg.dispose();
    expect(existsSync(pkg.root)).toBe(false);
  });

  it('refuses what is not a package', () => {
    const dir = temp(mkdtempSync(join(tmpdir(), 'standin-bad-')));
    expect(() => openPackage(dir)).toThrow(/no manifest.json/);
    expect(() => openPackage(join(dir, 'missing'))).toThrow(/no such file or folder/);
    writeFileSync(join(dir, 'x.txt'), 'x');
    expect(() => openPackage(join(dir, 'x.txt'))).toThrow(/a folder holding manifest.json, or a .zip/);
    writeFileSync(join(dir, 'nested.zip'), zipSync({ 'app/manifest.json': new TextEncoder().encode('{}') }));
    expect(() => openPackage(join(dir, 'nested.zip'))).toThrow(/no manifest.json at the package root/);
  });

  it('refuses a zip entry that would land outside the folder', () => {
    const dir = temp(mkdtempSync(join(tmpdir(), 'standin-slip-')));
    const evil = zipSync({ '../evil.txt': new TextEncoder().encode('x') });
    expect(() => unzipInto(evil, join(dir, 'inner'))).toThrow(/outside the package/);
    expect(existsSync(join(dir, 'evil.txt'))).toBe(false);
  });
});
