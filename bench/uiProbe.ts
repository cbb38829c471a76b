/**
 * What the UI benchmark runs inside the app's frame. The functions are serialised by
 * playwright into the frame, so each one is self-contained.
 *
 * - First render: from the moment the last roster page reaches the frame (the latest
 *   SDK `zaf.request:N.done` message holding a users page: pages arrive side by side, so
 *   the last one to come is the last; this listener runs before the SDK's) until the
 *   table shows every listed seat
 *   (`[data-shown-count]` = the account's listed seats), plus two animation frames.
 * - Filter / sort: from the dispatched input event (or header click) until
 *   `[data-shown-count]` (or the first row) changed, then two animation frames, so the
 *   change was painted. The time of the DOM change alone is kept too.
 */
import type { BrowserContext, Frame } from 'playwright-core';

export const FIRST_RENDER_PROBE = `(() => {
  if (!location.pathname.endsWith('/assets/index.html')) return;
  const expected = '__EXPECTED__';
  const bench = (window.__bench = {});
  window.addEventListener('message', (event) => {
    const d = event.data;
    if (typeof d === 'string' && d.includes('"users":[') && !bench.settling) bench.rosterDoneAt = performance.now();
  }, true);
  const check = () => {
    if (bench.rosterDoneAt === undefined || bench.settling) return;
    const el = document.querySelector('[data-shown-count]');
    if (!el || el.getAttribute('data-shown-count') !== expected || !document.querySelector('[data-user-id]')) return;
    bench.settling = true;
    bench.domAt = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => { bench.renderedAt = performance.now(); }));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

export interface Timing {
  /** Until the DOM changed. */
  dom: number;
  /** Until two animation frames after that: painted. */
  painted: number;
}

/**
 * Kept as source text: tsx names functions with a helper (`__name`) that does not exist
 * in the frame, so these are sent as strings. Each resolves a Timing, or null after 10 s.
 */
const WAIT_FOR_CHANGE = `(read, act) => new Promise((resolve) => {
  const before = read();
  let t0 = 0;
  const observer = new MutationObserver(() => {
    if (read() === before) return;
    const dom = performance.now() - t0;
    observer.disconnect();
    clearTimeout(timer);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve({ dom, painted: performance.now() - t0 })));
  });
  const timer = setTimeout(() => { observer.disconnect(); resolve(null); }, 10000);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  t0 = performance.now();
  act();
})`;

/** Sets the search box to `value` as a keystroke would (native setter + input event, which React listens to). */
export function filterScript(value: string): string {
  return `(${WAIT_FOR_CHANGE})(
    () => document.querySelector('[data-shown-count]')?.textContent ?? '',
    () => {
      const input = document.querySelector('[data-filter="search"]');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(value)});
      input.dispatchEvent(new Event('input', { bubbles: true }));
    })`;
}

/** Clicks a sortable header; done when the first row changed. */
export function sortScript(key: string): string {
  return `(${WAIT_FOR_CHANGE})(
    () => document.querySelector('[data-user-id]')?.getAttribute('data-user-id') ?? null,
    () => document.querySelector('[data-sort-key=${JSON.stringify(key)}]').click())`;
}

/** The app frame's JS heap after a full GC: CDP on the frame's own target, else performance.memory after gc(). */
export async function heapInFrame(context: BrowserContext, frame: Frame): Promise<{ bytes: number | null; how: string }> {
  try {
    const cdp = await context.newCDPSession(frame);
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return { bytes: usage.usedSize, how: "CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage on the app frame's target" };
  } catch {
    const bytes = await frame.evaluate<number | null>('(globalThis.gc?.(), performance.memory?.usedJSHeapSize ?? null)');
    return { bytes, how: 'performance.memory.usedJSHeapSize after gc() (--js-flags=--expose-gc)' };
  }
}
