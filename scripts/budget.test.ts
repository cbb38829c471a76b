import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The first screen's JavaScript, gzipped, may not grow past its budget: set from the
 * measured size (136 KB when the budget was set) with a little headroom. Code the
 * first screen does not need (CSV export) loads on demand and is not counted.
 */
export const INITIAL_JS_BUDGET_BYTES = 140 * 1024;

const root = resolve(import.meta.dirname, '..');
let outDir = '';

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'seat-review-budget-'));
  // Vitest sets NODE_ENV=test, which would bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Scripts index.html loads at once: the entry and what it imports statically (modulepreload). */
function initialScripts(): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) => m[1] as string);
}

describe('bundle budget', () => {
  it('keeps the initial JavaScript under its gzip budget', () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file))).length, 0);
    expect(gzipped).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  });

  it('does not load the CSV library with the first screen', () => {
    const initial = initialScripts()
      .map((file) => readFileSync(join(outDir, file), 'utf8'))
      .join('\n');
    expect(initial).not.toContain('escapeFormulae');
  });
});
