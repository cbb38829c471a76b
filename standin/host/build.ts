/**
 * Builds the host page with Vite into standin/.build/host/ and loads it for serving.
 * A build is reused while a hash of standin/host/ (tests excluded) is unchanged; builds
 * go to a temporary folder and are swapped in, so parallel test processes do not trip
 * over each other.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypeFor } from './static';

export const HOST_SOURCE_DIR = dirname(fileURLToPath(import.meta.url));
export const HOST_CONFIG_FILE = resolve(HOST_SOURCE_DIR, 'vite.config.ts');
export const BUILD_ROOT = resolve(HOST_SOURCE_DIR, '../.build');
export const HOST_BUILD_DIR = resolve(BUILD_ROOT, 'host');
const STAMP = '.source-hash';

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (!/\.test\.ts$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** Hash of everything the host bundle is made from. */
export function hostSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(HOST_SOURCE_DIR)) {
    hash.update(relative(HOST_SOURCE_DIR, file).split(sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function isHostBuildFresh(dir: string = HOST_BUILD_DIR): boolean {
  const stamp = join(dir, STAMP);
  return existsSync(join(dir, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hostSourceHash();
}

/** Runs Vite's build() with standin/host/vite.config.ts and installs the result. */
export async function buildHost(): Promise<string> {
  const { build } = await import('vite');
  const hash = hostSourceHash();
  await mkdir(BUILD_ROOT, { recursive: true });
  const tmp = resolve(BUILD_ROOT, `host.tmp-${process.pid}-${randomUUID().slice(0, 8)}`);
  try {
    await build({ configFile: HOST_CONFIG_FILE, logLevel: 'warn', build: { outDir: tmp, emptyOutDir: true } });
    await writeFile(join(tmp, STAMP), `${hash}\n`);
    await swapIn(tmp);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return HOST_BUILD_DIR;
}

async function swapIn(tmp: string): Promise<void> {
  try {
    await rename(tmp, HOST_BUILD_DIR);
    return;
  } catch {
    // An older (or a concurrent) build is in the way.
  }
  const old = resolve(BUILD_ROOT, `host.old-${process.pid}-${randomUUID().slice(0, 8)}`);
  try {
    await rename(HOST_BUILD_DIR, old);
  } catch {
    // Someone else moved it first.
  }
  try {
    await rename(tmp, HOST_BUILD_DIR);
  } catch (error) {
    // A concurrent build installed itself in between: fine if it is the same source.
    if (!isHostBuildFresh()) throw error;
  } finally {
    await rm(old, { recursive: true, force: true });
  }
}

let pending: Promise<string> | null = null;

/** Builds the host page when it is missing or older than its sources (once per process at a time). */
export async function ensureHostBuilt(): Promise<string> {
  if (isHostBuildFresh()) return HOST_BUILD_DIR;
  pending ??= buildHost().finally(() => {
    pending = null;
  });
  return pending;
}

export interface BuiltFile {
  contentType: string;
  body: Buffer;
}

/** Reads the built host page into memory (it is a few files), keyed by path inside the build. */
export async function loadHostBuild(dir: string = HOST_BUILD_DIR): Promise<Map<string, BuiltFile>> {
  for (let attempt = 0; ; attempt++) {
    try {
      const files = new Map<string, BuiltFile>();
      const walk = async (current: string) => {
        for (const entry of await readdir(current, { withFileTypes: true })) {
          const path = join(current, entry.name);
          if (entry.isDirectory()) await walk(path);
          else if (entry.name !== STAMP) {
            files.set(relative(dir, path).split(sep).join('/'), { contentType: contentTypeFor(path), body: await readFile(path) });
          }
        }
      };
      await walk(dir);
      if (!files.has('index.html')) throw new Error(`${dir} has no index.html`);
      return files;
    } catch (error) {
      // A concurrent build may be swapping the folder right now.
      if (attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
    }
  }
}
