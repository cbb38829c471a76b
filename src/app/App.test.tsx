import { render, screen, waitFor } from '@testing-library/react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '../review';
import { FakeZafClient, failure, fakeGateway, json } from '../test/fakeZafClient';
import { FakeRecords } from '../test/historyStore';
import { chooseLanguage } from '../ui/i18n/load';
import hebrew from '../ui/i18n/locales/he';
import { App } from './App';
import { resetConnectionForTests } from './useConnection';

/** What joining the Zendesk page gives this test (the SDK's handshake is connect.test.ts's business). */
const joined = vi.hoisted((): { outcome: unknown } => ({ outcome: null }));
vi.mock('../zaf/connect', () => ({
  connect: () => (joined.outcome instanceof Error ? Promise.reject(joined.outcome) : Promise.resolve(joined.outcome)),
}));
/** A German catalogue with one of this screen's sentences, so a test can tell which language was chosen. */
vi.mock('../ui/i18n/locales/de', () => ({ default: { app: { refusedTitle: 'Nur Administratoren können Plätze prüfen' } } }));

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
  afterEach(() => chooseLanguage('en'));

  it('refuses a non-admin by name and role', async () => {
    renderWith({ kind: 'refused', user: { id: 7, name: 'Sam Agent', email: 's@x', role: 'agent', locale: '' } });
    expect(await screen.findByText('Only admins can review seats')).toBeInTheDocument();
    expect(screen.getByText(/signed in as Sam Agent \(agent\)/)).toBeInTheDocument();
  });

  it('refuses in the signed-in user’s language, and sets the document’s language and direction', async () => {
    renderWith({ kind: 'refused', user: { id: 7, name: 'Sam Agent', email: 's@x', role: 'agent', locale: 'de-DE' } });
    expect(await screen.findByText('Nur Administratoren können Plätze prüfen')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    // What the German catalogue lacks is English.
    expect(screen.getByText(/signed in as Sam Agent \(agent\)/)).toBeInTheDocument();
  });

  it('turns right to left for a Hebrew user', async () => {
    renderWith({ kind: 'refused', user: { id: 7, name: '', email: 's@x', role: '', locale: 'he' } });
    expect(await screen.findByText(hebrew.app.refusedTitle)).toBeInTheDocument();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('he');
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

  it('keeps the review in the account history under the signed-in admin’s name, as a manual run', async () => {
    const records = new FakeRecords();
    const user = { id: 7, name: 'Ada Admin', email: 'ada@acme.test', role: 'admin', locale: 'en' };
    const client = new FakeZafClient((o) => {
      const recordAnswer = records.answer(o);
      if (recordAnswer) return recordAnswer;
      if (o.url.startsWith('/api/v2/users?')) return json({ users: [{ ...user, created_at: '2024-01-01T00:00:00Z' }], next_page: null, count: 1 });
      return failure(404);
    });
    renderWith({
      kind: 'admin',
      user,
      gateway: fakeGateway(client),
      context: { product: 'support', location: 'nav_bar', account: { subdomain: 'acme' } },
      settings: {},
      installationId: 1,
    });
    await waitFor(() => expect(records.records[0]?.custom_object_fields.run_kind).toBe('manual'), { timeout: 10_000 });
    expect(JSON.parse(String(records.records[0]?.custom_object_fields.details))).toMatchObject({ run: { by_id: 7, by_name: 'Ada Admin' } });
    expect(await screen.findByRole('heading', { name: 'Seat history' }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
