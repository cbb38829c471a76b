import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

// The stand-in's "Zendesk page": bundled locally (nothing from a CDN) and served by the
// stand-in server under /__standin/host/.
export default defineConfig({
  root: here,
  base: '/__standin/host/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '../.build/host'),
    emptyOutDir: true,
    assetsDir: '',
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: {
      input: resolve(here, 'index.html'),
      output: {
        entryFileNames: 'host-[hash].js',
        chunkFileNames: 'host-[name]-[hash].js',
        assetFileNames: 'host-[name]-[hash][extname]',
      },
    },
  },
});
