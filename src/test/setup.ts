/** Set up once before every unit test file: jsdom matchers, unmounting between tests, and what jsdom lacks for Garden. */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Without Vitest globals Testing Library cannot unmount by itself between tests.
afterEach(cleanup);

// Garden's theming reads matchMedia at import time; jsdom has none.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed as always there, but jsdom has none
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- MediaQueryList still declares them, and Garden may call them
      addListener: () => undefined,
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- as above
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom does no layout: give the seat table's scroll area a viewport so its rows render.
for (const [property, size] of [
  ['clientHeight', 640],
  ['clientWidth', 1200],
] as const) {
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement) {
      return this.hasAttribute('data-table-scroller') ? size : 0;
    },
  });
}

// jsdom does no layout, so it has no scrolling into view; the release screens scroll their progress into view.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed as always there, but jsdom has none
Element.prototype.scrollIntoView ??= () => undefined;
