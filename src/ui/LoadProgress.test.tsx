import { render, screen } from '@testing-library/react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, describe, expect, it } from 'vitest';
import { setFormats } from './i18n/format';
import { setCatalogue } from './i18n/messages';
import { LoadProgress, waitText } from './LoadProgress';

const loaded = () => document.querySelector('[data-progress="loaded"]')?.textContent;

function renderProgress(props: Parameters<typeof LoadProgress>[0]) {
  render(
    <ThemeProvider>
      <LoadProgress {...props} />
    </ThemeProvider>,
  );
}

afterEach(() => {
  setCatalogue({});
  setFormats('en');
});

describe('LoadProgress', () => {
  it('counts the seats loaded against Zendesk’s approximate count, in the locale’s numbers', () => {
    renderProgress({ loaded: 1200, expected: 10300, waiting: null });
    expect(loaded()).toBe('1,200 seats loaded of about 10,300…');
    expect(screen.getByRole('progressbar', { name: 'Loading seats' })).toBeInTheDocument();
  });

  it('says one seat, and why it pauses', () => {
    renderProgress({ loaded: 1, expected: null, waiting: { reason: 'rate-limited', delayMs: 1400, status: 429, url: '/u' } });
    expect(loaded()).toBe("1 seat loaded… Zendesk's rate limit reached: resuming in 1 s as Zendesk asked.");
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
