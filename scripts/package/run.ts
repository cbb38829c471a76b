// The packaging pipeline: build, select the package files, check them, write the zip.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { withWhitelistedDomains } from './domains';
import { selectPackageFiles } from './files';
import { readPngSize } from './png';
import { REQUIREMENTS_FILE } from './requirements';
import { checkPackage, errorsIn, formatBytes, isObject, MANIFEST_FILE, parseJsonDoc, type Finding, type JsonDoc, type PackageFile } from './rules';
import { writeZip, type ZipEntry } from './zip';

export interface PackageOptions {
  /** The app folder (the one holding manifest.json and vite.config.ts). */
  root: string;
  /** Host names added to the packaged manifest's domainWhitelist. */
  domains?: readonly string[];
  /** Run vite build with root/vite.config.ts first (default true). */
  build?: boolean;
  /** Write the zip when there is no error (default true). */
  zip?: boolean;
  /** Where the zip goes (default root/dist). */
  outDir?: string;
}

export interface PackageResult {
  findings: Finding[];
  /** The package's file paths, as zipped (or as they would be). */
  files: string[];
  /** The manifest as packaged (with the whitelisted domains), null when it is unusable. */
  manifest: Record<string, unknown> | null;
  zipPath: string | null;
  zipSize: number;
}

/** Builds the app page into assets/ with the app's own vite.config.ts. */
/**
 * Builds the app; `whitelist` (the packaged manifest's domainWhitelist) is compiled in so
 * the app can tell an admin that a SaaS endpoint's host was not whitelisted.
 */
export async function buildApp(root: string, whitelist: readonly string[] | null = null): Promise<void> {
  const { build } = await import('vite');
  const previous = process.env.SEAT_REVIEW_PACKAGED_DOMAINS;
  if (whitelist) process.env.SEAT_REVIEW_PACKAGED_DOMAINS = JSON.stringify(whitelist);
  try {
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (previous === undefined) delete process.env.SEAT_REVIEW_PACKAGED_DOMAINS;
    else process.env.SEAT_REVIEW_PACKAGED_DOMAINS = previous;
  }
}

/** The domainWhitelist the zipped manifest will carry, if the repository's manifest reads. */
function packagedWhitelist(root: string, domains: readonly string[]): string[] | null {
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(root, MANIFEST_FILE), 'utf8'));
    if (!isObject(manifest)) return null;
    const list = withWhitelistedDomains(manifest, [...domains]).domainWhitelist;
    return Array.isArray(list) ? list.filter((d): d is string => typeof d === 'string').map((d) => d.toLowerCase()) : null;
  } catch {
    return null;
  }
}

/** dist/seat-review-<version>.zip (the version made safe for a file name). */
export function zipFileName(manifest: Record<string, unknown> | null): string {
  const version = manifest && typeof manifest.version === 'string' ? manifest.version.trim() : '';
  const safe = version.replace(/[^0-9A-Za-z._-]+/g, '-');
  return safe ? `seat-review-${safe}.zip` : 'seat-review.zip';
}

/** Renders the packaged manifest: the original bytes when nothing changed. */
function manifestBytes(original: string, patched: Record<string, unknown>, changed: boolean): Uint8Array {
  return new TextEncoder().encode(changed ? `${JSON.stringify(patched, null, 2)}\n` : original);
}

export async function packageApp(options: PackageOptions): Promise<PackageResult> {
  const { root } = options;
  if (options.build !== false) await buildApp(root, packagedWhitelist(root, options.domains ?? []));

  const selection = selectPackageFiles(root);
  const sources = new Map(selection.files.map((file) => [file.path, file.source]));

  // The manifest as it will be zipped: the repository's, plus the whitelisted domains.
  const manifestSource = sources.get(MANIFEST_FILE);
  const manifestText = manifestSource ? readFileSync(manifestSource, 'utf8') : undefined;
  let manifestDoc: JsonDoc = parseJsonDoc(manifestText);
  let manifest: Record<string, unknown> | null = null;
  let patchedBytes: Uint8Array | null = null;
  if (manifestDoc.kind === 'ok' && isObject(manifestDoc.value)) {
    manifest = withWhitelistedDomains(manifestDoc.value, options.domains ?? []);
    patchedBytes = manifestBytes(manifestText ?? '', manifest, manifest !== manifestDoc.value);
    manifestDoc = { ...manifestDoc, value: manifest };
  }

  const readBytes = (path: string): Uint8Array | null => {
    if (path === MANIFEST_FILE && patchedBytes) return patchedBytes;
    const source = sources.get(path);
    return source ? new Uint8Array(readFileSync(source)) : null;
  };

  const translations: Record<string, JsonDoc> = {};
  for (const file of selection.files) {
    const locale = /^translations\/([^/]+)\.json$/.exec(file.path)?.[1];
    if (locale !== undefined) translations[locale] = parseJsonDoc(readFileSync(file.source, 'utf8'));
  }

  const requirementsSource = sources.get(REQUIREMENTS_FILE);
  const requirements = parseJsonDoc(requirementsSource ? readFileSync(requirementsSource, 'utf8') : undefined);

  const files: PackageFile[] = selection.files.map((file) => ({
    path: file.path,
    size: file.path === MANIFEST_FILE && patchedBytes ? patchedBytes.length : file.size,
  }));

  const findings = checkPackage({
    manifest: manifestDoc,
    translations,
    files,
    pngSize: (path) => {
      const bytes = readBytes(path);
      return bytes ? readPngSize(bytes) : null;
    },
    readBytes,
    requirements,
  });

  const result: PackageResult = { findings, files: files.map((f) => f.path), manifest, zipPath: null, zipSize: 0 };
  if (options.zip === false || errorsIn(findings).length > 0) return result;

  const entries: ZipEntry[] = files.map((file) => {
    const data = readBytes(file.path);
    // Every file was just selected from disk: one missing now was removed while packaging.
    if (data === null) throw new Error(`${file.path} disappeared while packaging`);
    return { path: file.path, data };
  });
  const zipPath = join(options.outDir ?? join(root, 'dist'), zipFileName(manifest));
  result.zipSize = writeZip(zipPath, entries);
  result.zipPath = zipPath;
  return result;
}

/** One finding as a line of the report. */
export function formatFinding(finding: Finding): string {
  return `${finding.level === 'error' ? 'error  ' : 'warning'}  ${finding.file}: ${finding.message}`;
}

/** The report lines: errors first, then warnings, then a summary or the success line. */
export function report(result: PackageResult, root: string): string[] {
  const errors = errorsIn(result.findings);
  const warnings = result.findings.filter((f) => f.level === 'warning');
  const lines = [...errors, ...warnings].map(formatFinding);
  if (errors.length > 0) {
    lines.push(`${errors.length} error(s), ${warnings.length} warning(s): no package written.`);
  } else if (result.zipPath) {
    const where = relative(root, result.zipPath) || result.zipPath;
    lines.push(
      `Packaged ${where}: ${result.files.length} files, ${formatBytes(result.zipSize)}` +
        (warnings.length > 0 ? ` (${warnings.length} warning(s))` : ''),
    );
  } else {
    lines.push(`Package checked: ${result.files.length} files, ${warnings.length} warning(s), no errors.`);
  }
  return lines;
}
