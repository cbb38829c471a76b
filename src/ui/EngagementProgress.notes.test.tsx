import { act, render, screen } from '@testing-library/react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngagementProgress } from './EngagementProgress';
import { setFormats } from './i18n/format';

const noop = (): void => undefined;

describe('EngagementProgress notes', () => {
  it('tells the admin when the browser could not keep the counts for the next review', () => {
    render(
      <ThemeProvider>
        <EngagementProgress
          phase={{ kind: 'done', plan: null }}
          idleDays={30}
          sessionsError={null}
          cacheKept={false}
          onCancel={noop}
          onRestart={noop}
        />
      </ThemeProvider>,
    );
    expect(screen.getByText(/could not keep the ticket interaction counts/)).toBeInTheDocument();
  });

  it('says nothing when the counts were kept and sessions were read', () => {
    const { container } = render(
      <ThemeProvider>
        <EngagementProgress phase={{ kind: 'done', plan: null }} idleDays={30} sessionsError={null} cacheKept onCancel={noop} onRestart={noop} />
      </ThemeProvider>,
    );
    expect(container.textContent).toBe('');
  });
});

describe('EngagementProgress while counting', () => {
  const plan = { strategy: 'ticket-events' as const, requests: 1200, alternativeRequests: 3000, etaSeconds: 90, perMinute: 10 };

  afterEach(() => setFormats('en'));

  it('counts requests and time left, and words the export resumed from a date', () => {
    render(
      <ThemeProvider>
        <EngagementProgress
          phase={{ kind: 'loading', plan, done: 1, total: 1200, etaSeconds: 150, resumedFrom: Date.UTC(2026, 2, 1, 9, 30) / 1000 }}
          idleDays={30}
          sessionsError="Zendesk refused access (403)."
          onCancel={noop}
          onRestart={noop}
        />
      </ThemeProvider>,
    );
    expect(document.querySelector('[data-activity-progress]')).toHaveTextContent('1 of 1,200 requests · about 2 min 30 s left');
    expect(screen.getByText(/resuming Zendesk's ticket event export from Mar 1, 2026/)).toBeInTheDocument();
    expect(screen.getByText('Last seen is unknown: sessions could not be read (Zendesk refused access (403).).')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  it('numbers in the admin’s locale', () => {
    setFormats('de');
    render(
      <ThemeProvider>
        <EngagementProgress
          phase={{ kind: 'loading', plan, done: 1000, total: 1200, etaSeconds: 30, resumedFrom: null }}
          idleDays={30}
          sessionsError={null}
          onCancel={noop}
          onRestart={noop}
        />
      </ThemeProvider>,
    );
    expect(document.querySelector('[data-activity-progress]')).toHaveTextContent('1.000 of 1.200 requests · about 30 s left');
  });

  it('counts the time left down each second, from each new estimate; only what it counts is announced', () => {
    vi.useFakeTimers();
    const phase = (done: number, etaSeconds: number) => ({ kind: 'loading' as const, plan, done, total: 1200, etaSeconds, resumedFrom: null });
    const show = (p: ReturnType<typeof phase>) => (
      <ThemeProvider>
        <EngagementProgress phase={p} idleDays={30} sessionsError={null} onCancel={noop} onRestart={noop} />
      </ThemeProvider>
    );
    const progress = () => document.querySelector('[data-activity-progress]')?.textContent;
    try {
      const view = render(show(phase(10, 120)));
      expect(progress()).toBe('10 of 1,200 requests · about 2 min 0 s left');
      act(() => {
        vi.advanceTimersByTime(3000);
      });
      expect(progress()).toBe('10 of 1,200 requests · about 1 min 57 s left');
      // Another request done with the same estimate: the countdown goes on.
      view.rerender(show(phase(11, 120)));
      expect(progress()).toBe('11 of 1,200 requests · about 1 min 57 s left');
      // A new estimate: counted down from there.
      view.rerender(show(phase(20, 60)));
      expect(progress()).toBe('20 of 1,200 requests · about 1 min 0 s left');
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(progress()).toBe('20 of 1,200 requests · about 59 s left');
      // The polite region holds what the counting does, not the ticking figures.
      const live = document.querySelector('[data-activity="loading"] [aria-live="polite"]');
      expect(live).toHaveTextContent(/^Counting ticket updates and comments of the last 30 days/);
      expect(live?.textContent).not.toContain('left');
      expect(document.querySelector('[data-activity="loading"]')).not.toHaveAttribute('aria-live');
      view.unmount();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
