import { readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';

const packageAssets = resolve(import.meta.dirname, 'assets');

/**
 * Files an earlier build wrote into assets/: the two pages (the inputs below) and the
 * `seat-review-*` files the output names give every chunk and asset. Anything else there
 * (logos, icons, a package's own page or script) was not written by this build and stays.
 */
export const isBuiltAsset = (file: string): boolean => /^(index|background)\.html$/.test(file) || /^seat-review-[\w-]+\.(js|css|map)$/.test(file);

/**
 * Vite may not empty assets/ (it holds the logos), so remove only what an earlier build
 * wrote — and only when building into assets/: a build elsewhere (the bundle-budget test)
 * must not pull the page from under a running stand-in.
 */
function cleanBuiltAssets(): Plugin {
  let outDir = '';
  return {
    name: 'seat-review:clean-built-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      if (outDir !== packageAssets) return;
      for (const file of readdirSync(packageAssets)) {
        if (isBuiltAsset(file)) rmSync(resolve(packageAssets, file));
      }
    },
  };
}

const src = resolve(import.meta.dirname, 'src');

const ENTRIES = { index: resolve(src, 'main.tsx'), background: resolve(src, 'background.ts') };

type ModuleGraph = Pick<Rolldown.ChunkingContext, 'getModuleInfo'>;

/** Modules an entry loads at once: its static imports, transitively (not what it imports on request). */
function staticallyReached(entry: string, graph: ModuleGraph): Set<string> {
  const reached = new Set<string>();
  const stack = [entry];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return reached;
}

/**
 * The chunk a module loaded at once joins. The nav_bar page loads its modules in one file
 * (`first-screen`): what it shares with panels loaded on request would otherwise be split
 * into small chunks, each gzipped (and requested) on its own. What the background page
 * shares with it (the review session and below) is one file more (`review-core`), so the
 * background page never loads React, Garden or the screen. Null: rolldown's own choice
 * (the background's own modules stay in its entry, panels loaded on request in theirs).
 */
const reachCache = new WeakMap<ModuleGraph, { index: Set<string>; background: Set<string> }>();

export function pageChunkOf(id: string, graph: ModuleGraph, reach = reachCache): string | null {
  let pages = reach.get(graph);
  if (!pages) {
    pages = { index: staticallyReached(ENTRIES.index, graph), background: staticallyReached(ENTRIES.background, graph) };
    reach.set(graph, pages);
  }
  const screen = pages.index.has(id);
  if (screen && pages.background.has(id)) return 'review-core';
  return screen ? 'first-screen' : null;
}

// The app's pages are built from src/ straight into the ZAF package's assets/ folder,
// with relative URLs because Zendesk serves the package from its own path: the nav_bar
// page (index.html) and the background location's page (background.html, no UI).
export default defineConfig({
  root: resolve(import.meta.dirname, 'src'),
  base: './',
  publicDir: false,
  plugins: [react(), cleanBuiltAssets()],
  // The package's domainWhitelist, when `npm run package` builds (see settings/packagedDomains.ts).
  define: { __SEAT_REVIEW_SAAS_DOMAINS__: process.env.SEAT_REVIEW_PACKAGED_DOMAINS ?? 'null' },
  build: {
    outDir: packageAssets,
    emptyOutDir: false,
    assetsDir: '',
    sourcemap: false,
    target: 'es2022',
    // Every browser Zendesk supports preloads modules itself; the polyfill would be one more file.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { index: resolve(src, 'index.html'), background: resolve(src, 'background.html') },
      output: {
        entryFileNames: 'seat-review-[hash].js',
        // Chunk names can hold dots (`index.esm`): the package's file rules want [\w-] only.
        chunkFileNames: (chunk) => `seat-review-${chunk.name.replace(/[^\w-]/g, '-')}-[hash].js`,
        assetFileNames: 'seat-review-[name]-[hash][extname]',
        // Each module is placed by pageChunkOf alone: following a first-screen module's imports
        // would pull the shared code into the first screen's file, and the background page with it.
        codeSplitting: { groups: [{ debugName: 'pages', name: pageChunkOf, tags: ['$initial'], includeDependenciesRecursively: false }] },
      },
    },
  },
});
