import { render, waitFor, within } from '@testing-library/react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../history/record';
import { createReviewSession } from '../review';
import { parseSettings } from '../settings/settings';
import { memoryStore } from '../storage/store';
import { FakeZafClient, failure, fakeGateway, json } from '../test/fakeZafClient';
import { FakeRecords } from '../test/historyStore';
import { SeatReview } from './SeatReview';

const NOW = Date.now();
/** How long a lazily loaded panel may take to appear the first time (its module is compiled on first import). */
const LAZY_MS = 8000;

const users = [
  {
    id: 11,
    name: 'Ada Admin',
    email: 'ada@acme.test',
    role: 'admin',
    role_type: 4,
    created_at: '2024-01-01T00:00:00Z',
    last_login_at: new Date(NOW).toISOString(),
  },
  { id: 13, name: 'Cora Quiet', email: 'cora@acme.test', role: 'agent', created_at: '2024-01-01T00:00:00Z', last_login_at: '2024-02-01T00:00:00Z' },
];

function setup(records: FakeRecords, history = true) {
  const client = new FakeZafClient((o) => {
    const recordAnswer = records.answer(o);
    if (recordAnswer) return recordAnswer;
    if (o.url.startsWith('/api/v2/users?')) return json({ users, next_page: null, previous_page: null, count: users.length });
    return failure(404);
  });
  const { settings, problems } = parseSettings({ seat_price: '50' });
  const session = createReviewSession({
    gateway: fakeGateway(client),
    settings,
    now: NOW,
    subdomain: 'acme',
    store: memoryStore(),
    ...(history ? { history: { user: { id: 11, name: 'Ada Admin' }, kind: 'manual' as const } } : {}),
  });
  session.start();
  render(
    <ThemeProvider>
      <SeatReview session={session} problems={problems} />
    </ThemeProvider>,
  );
  return session;
}

const panel = () => document.querySelector<HTMLElement>('[data-history]');

describe('SeatReview: the seat history', () => {
  it('shows the trend below the snapshot panel, with today reviewed once the review settles', async () => {
    const records = new FakeRecords();
    const session = setup(records);
    await waitFor(() => expect(panel()).toHaveAttribute('data-history-source', 'zendesk'), { timeout: LAZY_MS });
    await session.settled();
    const today = dayOf(Date.now());
    await waitFor(() => expect(document.querySelector(`[data-day="${today}"]`)).not.toHaveAttribute('data-gap'));
    expect(document.querySelectorAll('[data-day]')).toHaveLength(60);
    expect(document.querySelectorAll('[data-gap]')).toHaveLength(59);
    // After the snapshot panel, before the seat table.
    const snapshot = await waitFor(() => document.querySelector('[data-snapshot-panel]') ?? Promise.reject(new Error('no snapshot panel')), {
      timeout: LAZY_MS,
    });
    const row = document.querySelector('[data-user-id]');
    expect(snapshot.compareDocumentPosition(panel()!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(row && row.compareDocumentPosition(panel()!) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    expect(records.records.map((r) => r.name)).toEqual([today]);
  });

  it('says the history stays in this browser when the app was installed without its custom object', async () => {
    const records = new FakeRecords();
    records.mode = 'missing';
    setup(records);
    const notice = await waitFor(
      () => {
        const found = document.querySelector<HTMLElement>('[data-history-notice="not-installed"]');
        expect(found).not.toBeNull();
        return found!;
      },
      { timeout: LAZY_MS },
    );
    expect(within(notice).getByText(/installed without its custom object/)).toBeInTheDocument();
  });

  it('has no history panel, and asks nothing of custom objects, for a session opened without history', async () => {
    const records = new FakeRecords();
    const session = setup(records, false);
    await session.settled();
    await waitFor(() => expect(document.querySelector('[data-snapshot-panel]')).not.toBeNull(), { timeout: LAZY_MS });
    expect(panel()).toBeNull();
    expect(records.calls).toEqual([]);
  });
});
