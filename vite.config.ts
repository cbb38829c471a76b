import { readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const packageAssets = resolve(import.meta.dirname, 'assets');

/** Generated files in assets/ (the logos there are committed and must survive a build). */
export const isBuiltAsset = (file: string): boolean => /\.(html|js|css|map)$/.test(file);

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

// The app page is built from src/ straight into the ZAF package's assets/ folder,
// with relative URLs because Zendesk serves the package from its own path.
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
    rolldownOptions: {
      output: {
        entryFileNames: 'seat-review-[hash].js',
        // Chunk names can hold dots (`index.esm`): the package's file rules want [\w-] only.
        chunkFileNames: (chunk) => `seat-review-${chunk.name.replace(/[^\w-]/g, '-')}-[hash].js`,
        assetFileNames: 'seat-review-[name]-[hash][extname]',
        // Everything the first screen loads goes in one file: the code shared with the panels
        // loaded on request would otherwise be split into small chunks, each gzipped (and
        // requested) on its own.
        codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] },
      },
    },
  },
});
