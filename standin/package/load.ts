/**
 * The ZAF package the stand-in hosts: the repo's own (Seat Review, built into assets/) or any
 * other app's, from a folder holding manifest.json or a .zip as Zendesk takes it (files at the
 * zip's root). A zip is unpacked into a temporary folder that `dispose()` removes.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { REPO_ROOT, readManifest, readRequirements, type Manifest } from '../settings';

export interface HostedPackage {
  /** The package root: manifest.json, assets/, translations/, requirements.json. */
  root: string;
  /** The repo's own app (gets the demo install's settings and the SaaS receiver's endpoint). */
  own: boolean;
  /** Read afresh on every call: someone may be editing it. */
  manifest(): Manifest;
  /** requirements.json, or undefined when the package has none. */
  requirements(): unknown;
  /** translations/<locale>.json by locale, as parsed JSON. */
  translations: Record<string, unknown>;
  /** The page path's last segment: the manifest name as a slug. */
  slug: string;
  /** assets/icon_nav_bar.svg, which Zendesk's package rules require for a nav_bar app. */
  iconPath: string;
  iconMissing: boolean;
  dispose(): void;
}

/** "Seat Review" → "seat-review": lower case, runs of anything but letters and digits as one dash. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'app';
}

function readTranslations(root: string): Record<string, unknown> {
  const dir = join(root, 'translations');
  if (!existsSync(dir)) return {};
  const out: Record<string, unknown> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    try {
      out[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    } catch (error) {
      throw new Error(`${join(dir, file)}: ${(error as Error).message}`, { cause: error });
    }
  }
  return out;
}

/** Unpacks a zip into `dir`, refusing entries that would land outside it. */
export function unzipInto(zip: Uint8Array, dir: string): void {
  const base = resolve(dir);
  for (const [name, data] of Object.entries(unzipSync(zip))) {
    if (name.endsWith('/')) continue;
    const file = resolve(base, name);
    if (name.includes('\\') || !file.startsWith(base + sep)) throw new Error(`zip entry "${name}" points outside the package`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
}

function open(root: string, own: boolean, dispose: () => void): HostedPackage {
  const manifestPath = join(root, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${root}: no manifest.json at the package root`);
  // Fail at start, not at the first request, when manifest.json or requirements.json is broken.
  const manifest = readManifest(manifestPath);
  const requirementsPath = join(root, 'requirements.json');
  readRequirements(requirementsPath);
  const iconPath = join(root, 'assets', 'icon_nav_bar.svg');
  return {
    root,
    own,
    manifest: () => readManifest(manifestPath),
    requirements: () => readRequirements(requirementsPath),
    translations: readTranslations(root),
    slug: slugOf(manifest.name),
    iconPath,
    iconMissing: !existsSync(iconPath),
    dispose,
  };
}

/** The repo's own app. */
export function ownPackage(): HostedPackage {
  return open(REPO_ROOT, true, () => undefined);
}

/** `--package DIR|FILE.zip`. */
export function openPackage(source: string): HostedPackage {
  const path = resolve(source);
  if (!existsSync(path)) throw new Error(`--package ${source}: no such file or folder`);
  if (path === REPO_ROOT) return ownPackage();
  if (statSync(path).isDirectory()) return open(path, false, () => undefined);
  if (!path.toLowerCase().endsWith('.zip')) throw new Error(`--package ${source}: a folder holding manifest.json, or a .zip`);
  const dir = mkdtempSync(join(tmpdir(), 'standin-package-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    unzipInto(readFileSync(path), dir);
    return open(dir, false, dispose);
  } catch (error) {
    dispose();
    throw new Error(`--package ${source}: ${(error as Error).message}`, { cause: error });
  }
}
