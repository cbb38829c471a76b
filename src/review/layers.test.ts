/**
 * The rules a reader can check, checked by reading the source: the screen (ui/, app/)
 * talks to the review session and makes no value import from zendesk/ or zaf/ (types are
 * fine); nothing below the screen imports React; the benchmark drives the review session
 * and does not wire the roster into engagement itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

const isTest = (file: string): boolean => /\.test\.tsx?$/.test(file);

interface Import {
  from: string;
  /** `import type`, `export type`, or braces holding only `type` names. */
  typeOnly: boolean;
}

/** Static imports and re-exports, and dynamic `import('…')`. */
export function importsOf(source: string): Import[] {
  const found: Import[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*['"]([^'"]+)['"]/gms;
  for (const match of source.matchAll(statement)) {
    const [, , typeKeyword, clause = '', from = ''] = match;
    const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
    const allTypes =
      names !== undefined &&
      names
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .every((n) => n.startsWith('type '));
    found.push({ from, typeOnly: typeKeyword !== undefined || allTypes });
  }
  for (const match of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ from: match[1] ?? '', typeOnly: false });
  for (const match of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push({ from: match[1] ?? '', typeOnly: false });
  return found;
}

/** The repository path an import names, or the package name. */
function target(file: string, from: string): string {
  return from.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), from)) : from;
}

function valueImports(files: string[], into: (path: string) => boolean): string[] {
  return files.flatMap((file) =>
    importsOf(readFileSync(join(ROOT, file), 'utf8'))
      .filter((i) => !i.typeOnly && into(target(file, i.from)))
      .map((i) => `${file} → ${i.from}`),
  );
}

describe('rules a reader can check', () => {
  it('reads imports as the rules need them', () => {
    const found = importsOf(
      "import { a, type B } from '../zaf/x';\nimport type { C } from '../zaf/y';\nexport { type D } from '../zaf/z';\nconst m = await import('../zendesk/w');",
    );
    expect(found).toEqual([
      { from: '../zaf/x', typeOnly: false },
      { from: '../zaf/y', typeOnly: true },
      { from: '../zaf/z', typeOnly: true },
      { from: '../zendesk/w', typeOnly: false },
    ]);
  });

  it('the screen (ui/, app/) makes no value import from zendesk/ or zaf/: it talks to the review session', () => {
    // Tests may build their fakes from below (src/test/ has helpers for it); the rule is for what ships.
    const screen = [...filesUnder('src/ui'), ...filesUnder('src/app')].filter((f) => !isTest(f));
    expect(screen.length).toBeGreaterThan(10);
    expect(valueImports(screen, (path) => /^src\/(zendesk|zaf)(\/|$)/.test(path))).toEqual([]);
  });

  it('nothing below the screen imports React or the DOM testing kit', () => {
    const below = ['src/review', 'src/zendesk', 'src/zaf', 'src/seats', 'src/settings', 'src/snapshot', 'src/storage'].flatMap(filesUnder);
    expect(valueImports(below, (path) => /^(react|react-dom|@testing-library\/|@zendeskgarden\/)/.test(path))).toEqual([]);
  });

  it('the benchmark drives the review session and does not wire the roster into engagement itself', () => {
    const bench = filesUnder('bench');
    const sessionUsers = bench.filter((f) =>
      importsOf(readFileSync(join(ROOT, f), 'utf8')).some((i) => !i.typeOnly && target(f, i.from) === 'src/review'),
    );
    expect(sessionUsers).toContain('bench/app.ts');
    // A roster still loading handed to engagement (RosterSource) is the session's wiring, nobody else's.
    expect(bench.filter((f) => readFileSync(join(ROOT, f), 'utf8').includes('RosterSource'))).toEqual([]);
  });
});
