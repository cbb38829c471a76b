/**
 * The rows of a long table that are in view (plus a few either side), for rows of one fixed
 * height: a range from the scroll position, updated only when the range itself changes, and
 * spacer heights above and below. Twenty lines instead of a virtualisation library: with
 * fixed heights nothing needs measuring, and the first screen's JavaScript stays smaller.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface RowWindowOptions {
  /** Rows rendered beyond each edge of the view. */
  overscan?: number;
  /** Height of a sticky header inside the scroller, which hides the rows under it. */
  headHeight?: number;
  /** Used before layout (first paint, jsdom): a first screenful is rendered anyway. */
  initialHeight?: number;
}

export interface RowWindow {
  first: number;
  /** Inclusive; -1 when there are no rows. */
  last: number;
  before: number;
  after: number;
  /** Scrolls the least needed to bring row `index` fully into view. */
  scrollToIndex: (index: number) => void;
}

export function useRowWindow(count: number, rowHeight: number, scroller: RefObject<HTMLElement | null>, options: RowWindowOptions = {}): RowWindow {
  const { overscan = 6, headHeight = 0, initialHeight = 640 } = options;
  const rangeOf = useCallback(
    (top: number, height: number): [number, number] => [
      Math.max(0, Math.floor(Math.max(0, top - headHeight) / rowHeight) - overscan),
      Math.ceil((top + height) / rowHeight) + overscan,
    ],
    [headHeight, rowHeight, overscan],
  );
  const [range, setRange] = useState<[number, number]>(() => rangeOf(0, initialHeight));
  const latest = useRef(range);
  latest.current = range;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = (): void => {
      const next = rangeOf(el.scrollTop, el.clientHeight || initialHeight);
      if (next[0] !== latest.current[0] || next[1] !== latest.current[1]) setRange(next);
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [scroller, rangeOf, initialHeight]);

  const first = Math.min(range[0], Math.max(0, count - 1));
  const last = Math.min(range[1], count - 1);
  const scrollToIndex = useCallback(
    (index: number): void => {
      const el = scroller.current;
      if (!el) return;
      // Row offsets are below the sticky header, which covers the top of the view.
      const top = headHeight + index * rowHeight;
      const view = el.clientHeight || initialHeight;
      if (top - headHeight < el.scrollTop) el.scrollTop = top - headHeight;
      else if (top + rowHeight > el.scrollTop + view) el.scrollTop = top + rowHeight - view;
    },
    [scroller, headHeight, rowHeight, initialHeight],
  );
  return {
    first,
    last,
    before: first * rowHeight,
    after: Math.max(0, (count - last - 1) * rowHeight),
    scrollToIndex,
  };
}
