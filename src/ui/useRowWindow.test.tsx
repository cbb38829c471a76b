import { renderHook, act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRowWindow } from './useRowWindow';

/** A scroller with a layout jsdom does not have: a height, and a scrollTop that fires scroll. */
function scroller(height: number): HTMLDivElement {
  const el = document.createElement('div');
  Object.defineProperty(el, 'clientHeight', { value: height });
  return el;
}

function scrollTo(el: HTMLElement, top: number): void {
  act(() => {
    el.scrollTop = top;
    el.dispatchEvent(new Event('scroll'));
  });
}

describe('useRowWindow', () => {
  it('renders the rows in view plus the overscan, with spacers for the rest', () => {
    const el = scroller(330);
    const { result } = renderHook(() => useRowWindow(10_000, 33, { current: el }, { overscan: 2 }));
    expect(result.current).toMatchObject({ first: 0, last: 12, before: 0, after: (10_000 - 13) * 33 });
    scrollTo(el, 3300);
    expect(result.current).toMatchObject({ first: 98, last: 112, before: 98 * 33 });
  });

  it('re-renders only when the range changes, not on every scrolled pixel', () => {
    const el = scroller(330);
    let renders = 0;
    renderHook(() => {
      renders += 1;
      return useRowWindow(1000, 33, { current: el }, { overscan: 2 });
    });
    scrollTo(el, 5);
    const before = renders;
    scrollTo(el, 6);
    scrollTo(el, 7);
    expect(renders).toBe(before);
    scrollTo(el, 400);
    expect(renders).toBe(before + 1);
  });

  it('keeps the range within the rows when a filter shortens the list', () => {
    const el = scroller(330);
    const { result, rerender } = renderHook(({ count }) => useRowWindow(count, 33, { current: el }), { initialProps: { count: 500 } });
    scrollTo(el, 9000);
    rerender({ count: 3 });
    expect(result.current).toMatchObject({ first: 2, last: 2, after: 0 });
    rerender({ count: 0 });
    expect(result.current).toMatchObject({ first: 0, last: -1, after: 0 });
  });

  it('scrolls the least needed to show a row, below the sticky header', () => {
    const el = scroller(330);
    const { result } = renderHook(() => useRowWindow(1000, 33, { current: el }, { headHeight: 41 }));
    result.current.scrollToIndex(20);
    expect(el.scrollTop).toBe(41 + 21 * 33 - 330);
    result.current.scrollToIndex(2);
    expect(el.scrollTop).toBe(66);
  });
});
