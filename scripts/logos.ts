// Renders assets/logo.svg into the two PNG logos Zendesk requires:
// assets/logo.png (320x320) and assets/logo-small.png (128x128).
// Uses playwright-core with the system Chromium; run with `npm run logos`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium';
import { readPngSize } from './package/png';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const assets = resolve(root, 'assets');

/** The PNGs to render from logo.svg, with the exact sizes Zendesk checks. */
const LOGO_TARGETS = [
  { file: 'logo.png', size: 320 },
  { file: 'logo-small.png', size: 128 },
] as const;

function pageFor(svg: string, size: number): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><head><style>
    html, body { margin: 0; padding: 0; background: transparent; }
    img { display: block; width: ${size}px; height: ${size}px; }
  </style></head><body><img id="logo" alt="" src="${src}"></body></html>`;
}

async function main(): Promise<void> {
  const svg = readFileSync(resolve(assets, 'logo.svg'), 'utf8');
  const browser = await launchChromium();
  try {
    for (const { file, size } of LOGO_TARGETS) {
      const context = await browser.newContext({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      try {
        const page = await context.newPage();
        await page.setContent(pageFor(svg, size));
        await page.waitForFunction(() => {
          const img = document.getElementById('logo') as HTMLImageElement | null;
          return img !== null && img.complete && img.naturalWidth > 0;
        });
        const png = await page.screenshot({
          type: 'png',
          omitBackground: true,
          clip: { x: 0, y: 0, width: size, height: size },
        });
        const actual = readPngSize(png);
        if (!actual || actual.width !== size || actual.height !== size) {
          throw new Error(`assets/${file}: rendered ${actual ? `${actual.width}x${actual.height}` : 'no PNG'}, expected ${size}x${size}`);
        }
        writeFileSync(resolve(assets, file), png);
        console.log(`assets/${file}: ${size}x${size}, ${png.length} bytes`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
