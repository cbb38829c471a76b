import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCountdown } from './useCountdown';

function Left({ seconds, since }: { seconds: number; since: unknown }) {
  return <output>{useCountdown(seconds, since)}</output>;
}

const shown = () => document.querySelector('output')?.textContent;
const tick = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useCountdown', () => {
  it('counts down once a second and stops at zero', () => {
    render(<Left seconds={3} since="wait" />);
    expect(shown()).toBe('3');
    tick(999);
    expect(shown()).toBe('3');
    tick(1);
    expect(shown()).toBe('2');
    tick(2000);
    expect(shown()).toBe('0');
    expect(vi.getTimerCount()).toBe(0);
    tick(5000);
    expect(shown()).toBe('0');
  });

  it('starts again, full, when a new wait begins', () => {
    const { rerender } = render(<Left seconds={20} since={{ n: 1 }} />);
    tick(5000);
    expect(shown()).toBe('15');
    rerender(<Left seconds={20} since={{ n: 2 }} />);
    expect(shown()).toBe('20');
    tick(1000);
    expect(shown()).toBe('19');
    expect(vi.getTimerCount()).toBe(1);
  });

  it('reads the clock, so late ticks do not slow it down', () => {
    render(<Left seconds={10} since="wait" />);
    // The clock jumps 4 s without the timer firing in between (a throttled tab).
    act(() => {
      vi.setSystemTime(Date.now() + 4000);
    });
    tick(1000);
    expect(shown()).toBe('5');
  });

  it('clears its timer on unmount', () => {
    const { unmount } = render(<Left seconds={60} since="wait" />);
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs no timer for a wait already over', () => {
    render(<Left seconds={0} since="wait" />);
    expect(shown()).toBe('0');
    expect(vi.getTimerCount()).toBe(0);
  });
});
