/** The build's clean-up of assets/ (vite.config.ts) removes only files a build writes there. */
import { describe, expect, it } from 'vitest';
import { isBuiltAsset } from '../vite.config';

describe('isBuiltAsset', () => {
  it('matches the pages and the seat-review-* files the build writes', () => {
    for (const file of ['index.html', 'background.html', 'seat-review-CepRRhow.js', 'seat-review-pt-BR-BJdPFcRL.js', 'seat-review-index-x1.css']) {
      expect(isBuiltAsset(file), file).toBe(true);
    }
  });

  it('leaves every other file alone, html/js/css included', () => {
    for (const file of [
      'logo.png',
      'logo.svg',
      'icon_nav_bar.svg',
      'iframe.html',
      'main.js',
      'vendor.css',
      'my-seat-review-x.js',
      'seat-review-x.png',
      'index.html.bak',
    ]) {
      expect(isBuiltAsset(file), file).toBe(false);
    }
  });
});
