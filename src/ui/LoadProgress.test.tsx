import { act, render, screen } from '@testing-library/react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RetryNotice } from '../zaf/gateway';
import { setFormats } from './i18n/format';
import { setCatalogue } from './i18n/messages';
import { LoadProgress, waitText } from './LoadProgress';

const loaded = () => document.querySelector('[data-progress="loaded"]')?.textContent;
const announced = () => document.querySelector('[data-progress-wait]');

function renderProgress(props: Parameters<typeof LoadProgress>[0]) {
  return render(
    <ThemeProvider>
      <LoadProgress {...props} />
    </ThemeProvider>,
  );
}

const rateLimited = (delayMs: number): RetryNotice => ({ reason: 'rate-limited', delayMs, status: 429, url: '/u' });

afterEach(() => {
  vi.useRealTimers();
  setCatalogue({});
  setFormats('en');
});

describe('LoadProgress', () => {
  it('counts the seats loaded against Zendesk’s approximate count, in the locale’s numbers', () => {
    renderProgress({ loaded: 1200, expected: 10300, waiting: null });
    expect(loaded()).toBe('1,200 seats loaded of about 10,300…');
    expect(screen.getByRole('progressbar', { name: 'Loading seats' })).toBeInTheDocument();
  });

  it('says one seat, and how long Zendesk asked to wait', () => {
    renderProgress({ loaded: 1, expected: null, waiting: rateLimited(1400) });
    expect(loaded()).toBe('1 seat loaded… Zendesk asked us to wait 1 s, its rate limit reached: resuming in 1 s.');
  });

  it('counts the wait down each second, announcing only its start', () => {
    vi.useFakeTimers();
    const first = rateLimited(20_000);
    const view = renderProgress({ loaded: 300, expected: null, waiting: null });
    // The polite region is there before the wait, so the wait's start is announced when it appears.
    expect(announced()).toHaveAttribute('aria-live', 'polite');
    expect(announced()).toHaveTextContent('');
    view.rerender(
      <ThemeProvider>
        <LoadProgress loaded={300} expected={null} waiting={first} />
      </ThemeProvider>,
    );
    expect(announced()).toHaveTextContent('Zendesk asked us to wait 20 s, its rate limit reached');
    expect(loaded()).toContain('resuming in 20 s.');
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(loaded()).toContain('Zendesk asked us to wait 20 s, its rate limit reached: resuming in 17 s.');
    // The ticking part is outside the live region: nothing there changed.
    expect(announced()).toHaveTextContent(/^Zendesk asked us to wait 20 s, its rate limit reached$/);
    act(() => {
      vi.advanceTimersByTime(17_000);
    });
    expect(loaded()).toContain(': resuming now…');
    // The next wait counts from its own start.
    view.rerender(
      <ThemeProvider>
        <LoadProgress loaded={400} expected={null} waiting={rateLimited(5000)} />
      </ThemeProvider>,
    );
    expect(loaded()).toContain('wait 5 s, its rate limit reached: resuming in 5 s.');
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('words each pause', () => {
    expect(waitText({ reason: 'server-error', delayMs: 5000, status: 503, url: '/u' })).toBe('Zendesk had a server error (503): retrying in 5 s.');
    expect(waitText({ reason: 'network-error', delayMs: 200, status: 0, url: '/u' })).toBe('No answer from Zendesk: retrying in 1 s.');
  });

  it('speaks the admin’s catalogue and locale', () => {
    setCatalogue({ progress: { seatsLoaded: (n: number) => `${n} Plätze geladen…` } });
    setFormats('de');
    renderProgress({ loaded: 7, expected: null, waiting: null });
    expect(loaded()).toBe('7 Plätze geladen…');
    renderProgress({ loaded: 1200, expected: 10300, waiting: null });
    expect(screen.getByText('1.200 seats loaded of about 10.300…')).toBeInTheDocument();
  });
});
