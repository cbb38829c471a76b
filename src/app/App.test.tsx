import { render, screen } from '@testing-library/react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '../review';
import { App } from './App';
import { resetConnectionForTests } from './useConnection';

/** What joining the Zendesk page gives this test (the SDK's handshake is connect.test.ts's business). */
const joined = vi.hoisted((): { outcome: unknown } => ({ outcome: null }));
vi.mock('../zaf/connect', () => ({
  connect: () => (joined.outcome instanceof Error ? Promise.reject(joined.outcome) : Promise.resolve(joined.outcome)),
}));

function renderWith(connection: Connection | Error) {
  joined.outcome = connection;
  render(
    <ThemeProvider>
      <App />
    </ThemeProvider>,
  );
}

describe('App states', () => {
  beforeEach(resetConnectionForTests);

  it('refuses a non-admin by name and role', async () => {
    renderWith({ kind: 'refused', user: { id: 7, name: 'Sam Agent', email: 's@x', role: 'agent' } });
    expect(await screen.findByText('Only admins can review seats')).toBeInTheDocument();
    expect(screen.getByText(/signed in as Sam Agent \(agent\)/)).toBeInTheDocument();
  });

  it('explains a page opened outside Zendesk', async () => {
    renderWith({ kind: 'outside-zendesk' });
    expect(await screen.findByText('Open Seat Review from Zendesk')).toBeInTheDocument();
  });

  it('explains a host that never registered the app', async () => {
    renderWith({ kind: 'host-silent', waitedMs: 10_000 });
    expect(await screen.findByText(/waited 10 seconds for Zendesk/)).toBeInTheDocument();
  });

  it('shows a start-up failure', async () => {
    renderWith(new Error('Timeout when invoking "get"'));
    expect(await screen.findByText('Seat Review could not start')).toBeInTheDocument();
    expect(screen.getByText('Timeout when invoking "get"')).toBeInTheDocument();
  });
});
