/** A small ZAF package that is not Seat Review, written to a temporary folder, for the stand-in's tests. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { zipSync } from 'fflate';

export const OTHER_MANIFEST = {
  name: 'Ticket Buddy!',
  author: { name: 'Someone', email: 'someone@example.com' },
  defaultLocale: 'en',
  private: true,
  location: { support: { nav_bar: { url: 'assets/iframe.html' } } },
  version: '2.1.0',
  frameworkVersion: '2.0',
  domainWhitelist: ['api.buddy.example'],
  parameters: [
    { name: 'greeting', type: 'text', default: 'Hi' },
    { name: 'max_items', type: 'number', default: 5 },
    { name: 'beta', type: 'checkbox' },
    { name: 'api_key', type: 'text', secure: true, scopes: ['header'] },
  ],
};

/** Writes the package (with its icon unless `icon: false`); returns its root folder. */
export function writeOtherPackage(options: { icon?: boolean; requirements?: unknown; domainWhitelist?: string[] } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'standin-other-'));
  const manifest = options.domainWhitelist ? { ...OTHER_MANIFEST, domainWhitelist: options.domainWhitelist } : OTHER_MANIFEST;
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify(manifest),
    'assets/iframe.html': '<!doctype html><title>Ticket Buddy</title><p>buddy page</p>',
    'translations/en.json': JSON.stringify({ app: { name: 'Ticket Buddy' } }),
  };
  if (options.icon !== false) files['assets/icon_nav_bar.svg'] = '<svg xmlns="http://www.w3.org/2000/svg"><title>buddy-icon</title></svg>';
  if (options.requirements !== undefined) files['requirements.json'] = JSON.stringify(options.requirements);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Zips a folder the way Zendesk takes a package: its files at the zip's root. */
export function zipFolder(root: string, into: string): string {
  const entries: Record<string, Uint8Array> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else entries[relative(root, path).split('\\').join('/')] = readFileSync(path);
    }
  };
  walk(root);
  writeFileSync(into, zipSync(entries));
  return into;
}
