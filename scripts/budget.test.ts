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

/**
 * The background page's JavaScript (no UI: the review session, the claim and the send),
 * gzipped: set from the measured size (28.9 KB when the budget was set) with a little
 * headroom. It must stay far below the first screen's: it loads for every agent.
 */
export const BACKGROUND_JS_BUDGET_BYTES = 30 * 1024;

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

/** Scripts a page loads at once: its entry and what it imports statically (modulepreload). */
function initialScripts(page = 'index.html'): string[] {
  const html = readFileSync(join(outDir, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) => m[1] as string);
}

const gzipped = (scripts: string[]): number => scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file))).length, 0);

describe('bundle budget', () => {
  it('keeps the initial JavaScript under its gzip budget', () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipped(scripts)).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  });

  it('keeps the background page under its own, much smaller budget', () => {
    const scripts = initialScripts('background.html');
    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipped(scripts)).toBeLessThanOrEqual(BACKGROUND_JS_BUDGET_BYTES);
  });

  it('does not load React, Garden or the first screen with the background page', () => {
    const scripts = initialScripts('background.html');
    expect(scripts.filter((file) => file.includes('first-screen'))).toEqual([]);
    const code = scripts.map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n');
    // React's production build carries this name; Garden's components are named after their package.
    expect(code).not.toContain('__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED');
    expect(code).not.toMatch(/zendeskgarden|styled-components/);
    // The first screen has the code the two pages share, not the background's own.
    expect(initialScripts().some((file) => scripts.includes(file) && file.includes('review-core'))).toBe(true);
  });

  it('does not load the CSV library with the first screen', () => {
    const initial = initialScripts()
      .map((file) => readFileSync(join(outDir, file), 'utf8'))
      .join('\n');
    expect(initial).not.toContain('escapeFormulae');
  });
});
