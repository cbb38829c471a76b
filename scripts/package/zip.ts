// Writes the Zendesk package zip with fflate: sorted entries and fixed timestamps, so the
// same package gives the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { blockedExtension } from './rules';

export interface ZipEntry {
  /** Path inside the zip, with `/`. */
  path: string;
  data: Uint8Array;
}

/** Timestamp of every entry (zip dates start in 1980). */
const ENTRY_TIME = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** Zips the entries; refuses unsafe paths and blocked file types. */
export function createZip(entries: readonly ZipEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const entry of [...entries].sort((a, b) => a.path.localeCompare(b.path))) {
    const { path } = entry;
    if (path === '' || path.startsWith('/') || path.split('/').some((part) => part === '..' || part === '')) {
      throw new Error(`zip: unsafe entry path "${path}"`);
    }
    const blocked = blockedExtension(path);
    if (blocked) throw new Error(`zip: ${path} is a blocked file type (.${blocked})`);
    if (path in files) throw new Error(`zip: duplicate entry "${path}"`);
    // PNGs are already compressed.
    files[path] = [entry.data, { mtime: ENTRY_TIME, level: /\.png$/i.test(path) ? 0 : 9 }];
  }
  return zipSync(files);
}

/** Writes the zip to `file` (creating its folder) and returns its size in bytes. */
export function writeZip(file: string, entries: readonly ZipEntry[]): number {
  const bytes = createZip(entries);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return bytes.length;
}

/** The entries of a zip, by path. */
export function readZip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}
