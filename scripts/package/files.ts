// Which files of the repository go into the Zendesk package: manifest.json,
// requirements.json, translations/*.json and assets/**, minus what .zcliignore lists and dot files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface IgnoreRule {
  /** The pattern as written, for messages. */
  source: string;
  negate: boolean;
  /** Matches directories only (pattern ended with `/`). */
  directoryOnly: boolean;
  /** Matched against the path from the package root (pattern contains `/`), else against each name. */
  anchored: boolean;
  regex: RegExp;
}

function globToRegex(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of directories, a trailing `**` anything below.
        if (glob[i + 2] === '/') {
          out += '(?:.*/)?';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) {
        out += '\\[';
      } else {
        const body = glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else {
      out += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${out}$`);
}

/**
 * Parses .zcliignore text: one pattern a line, `#` comments and blank lines skipped.
 * Like .gitignore: a name or glob without `/` matches a file or directory of that name
 * anywhere (`node_modules`, `*.test.ts`); a pattern with `/` is relative to the root
 * (`assets/drafts`, `/dist`); a trailing `/` matches directories only; `!` re-includes.
 */
export function parseIgnore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    let line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const source = line;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1);
    const directoryOnly = line.endsWith('/');
    line = line.replace(/\/+$/, '');
    const anchored = line.includes('/');
    line = line.replace(/^\/+/, '').replace(/^\.\//, '');
    if (line === '') continue;
    rules.push({ source, negate, directoryOnly, anchored, regex: globToRegex(line) });
  }
  return rules;
}

function ruleMatches(rule: IgnoreRule, path: string): boolean {
  const segments = path.split('/');
  const last = segments.length - 1;
  for (let i = 0; i <= last; i++) {
    if (rule.directoryOnly && i === last) break;
    const candidate = rule.anchored ? segments.slice(0, i + 1).join('/') : (segments[i] ?? '');
    if (rule.regex.test(candidate)) return true;
  }
  return false;
}

/** The rule that decides whether `path` (a file path from the root, with `/`) is ignored, or null. */
export function ignoredBy(path: string, rules: readonly IgnoreRule[]): IgnoreRule | null {
  let decided: IgnoreRule | null = null;
  for (const rule of rules) {
    if (ruleMatches(rule, path)) decided = rule.negate ? null : rule;
  }
  return decided;
}

export const isIgnored = (path: string, rules: readonly IgnoreRule[]): boolean => ignoredBy(path, rules) !== null;

/** Whether a path belongs to a Zendesk app package at all. */
export function isPackagePath(path: string): boolean {
  if (path === 'manifest.json' || path === 'requirements.json') return true;
  if (/^translations\/[^/]+\.json$/.test(path)) return true;
  return path.startsWith('assets/') && path.length > 'assets/'.length;
}

export interface SelectedFile {
  /** Path inside the package, with `/`. */
  path: string;
  /** Absolute path on disk. */
  source: string;
  size: number;
}

export interface Selection {
  files: SelectedFile[];
  /** Files under the package folders left out, with the reason. */
  excluded: { path: string; reason: string }[];
}

function walk(root: string, relative: string, out: string[]): void {
  const absolute = join(root, relative);
  for (const entry of readdirSync(absolute, { withFileTypes: true })) {
    const path = `${relative}/${entry.name}`;
    if (entry.isDirectory()) walk(root, path, out);
    else if (entry.isFile() || (entry.isSymbolicLink() && statSync(join(root, path)).isFile())) out.push(path);
  }
}

/**
 * The files of the package in `root`: manifest.json, requirements.json (what installing
 * creates in the account), translations/*.json and assets/**, leaving out dot files and
 * whatever `.zcliignore` lists. Nothing outside those places is ever looked at (src/,
 * node_modules/, scripts/ ...).
 */
export function selectPackageFiles(root: string, ignoreText?: string): Selection {
  const zcliignore = join(root, '.zcliignore');
  const rules = parseIgnore(ignoreText ?? (existsSync(zcliignore) ? readFileSync(zcliignore, 'utf8') : ''));
  const candidates: string[] = [];
  for (const file of ['manifest.json', 'requirements.json']) {
    if (existsSync(join(root, file)) && statSync(join(root, file)).isFile()) candidates.push(file);
  }
  for (const folder of ['translations', 'assets']) {
    if (existsSync(join(root, folder)) && statSync(join(root, folder)).isDirectory()) walk(root, folder, candidates);
  }
  const selection: Selection = { files: [], excluded: [] };
  for (const path of candidates.sort()) {
    const rule = ignoredBy(path, rules);
    if (!isPackagePath(path)) {
      selection.excluded.push({ path, reason: 'not part of a Zendesk package (translations/ holds <locale>.json files only)' });
    } else if (path.split('/').some((segment) => segment.startsWith('.'))) {
      selection.excluded.push({ path, reason: 'dot file' });
    } else if (rule) {
      selection.excluded.push({ path, reason: `.zcliignore: ${rule.source}` });
    } else {
      const source = join(root, path);
      selection.files.push({ path, source, size: statSync(source).size });
    }
  }
  return selection;
}
