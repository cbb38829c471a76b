import { render, screen } from '@testing-library/react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { describe, expect, it } from 'vitest';
import { EngagementProgress } from './EngagementProgress';

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
