import { render, screen } from '@testing-library/react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, describe, expect, it } from 'vitest';
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
    expect(document.querySelector('[data-activity-progress]')).toHaveTextContent('1 of 1,200 requests · about 3 minutes left');
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
    expect(document.querySelector('[data-activity-progress]')).toHaveTextContent('1.000 of 1.200 requests · under a minute left');
  });
});
