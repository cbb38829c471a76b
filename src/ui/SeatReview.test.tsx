import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../settings/settings';
import { createReviewSession } from '../review';
import { FakeZafClient, failure, fakeGateway, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { DAY_MS } from '../seats/seat';
import { SeatReview } from './SeatReview';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW - d * DAY_MS).toISOString();

const users = [
  { id: 11, name: 'Ada Admin', email: 'ada@acme.test', role: 'admin', role_type: 4, created_at: daysAgo(900), last_login_at: daysAgo(1) },
  { id: 12, name: 'Ben Busy', email: 'ben@acme.test', role: 'agent', role_type: null, created_at: daysAgo(400), last_login_at: daysAgo(3) },
  { id: 13, name: 'Cora Quiet', email: 'cora@acme.test', role: 'agent', created_at: daysAgo(400), last_login_at: daysAgo(45) },
  { id: 14, name: 'Dan Never', email: 'dan@acme.test', role: 'agent', created_at: daysAgo(60), last_login_at: null },
  { id: 15, name: 'Eve New', email: 'eve@acme.test', role: 'agent', created_at: daysAgo(3), last_login_at: null },
  { id: 16, name: 'Sus Pended', email: 'sus@acme.test', role: 'agent', suspended: true, created_at: daysAgo(500), last_login_at: daysAgo(200) },
];

const page = (list: unknown[], next: string | null) =>
  json({ users: list, meta: { has_more: next !== null, after_cursor: null, before_cursor: null }, links: { next, prev: null } });

function setup(answer: (url: string, index: number) => ScriptedAnswer, rawSettings: Record<string, unknown> = { seat_price: '50' }) {
  const client = new FakeZafClient((o, i) => answer(o.url, i));
  const { settings, problems } = parseSettings(rawSettings);
  const session = createReviewSession({ gateway: fakeGateway(client), settings, now: NOW, subdomain: 'acme' });
  session.start();
  render(
    <ThemeProvider>
      <SeatReview session={session} problems={problems} />
    </ThemeProvider>,
  );
  return client;
}

/** Every seat in the one offset page the app asks for first (it carries the count). */
const allSeats = (url: string) => {
  if (!url.startsWith('/api/v2/users?')) return failure(404);
  return json({ users, next_page: null, previous_page: null, count: users.length });
};

const summary = (name: string) => document.querySelector(`[data-summary="${name}"]`)?.textContent;
const rowIds = () => [...document.querySelectorAll('[data-user-id]')].map((r) => Number(r.getAttribute('data-user-id')));

describe('SeatReview', () => {
  it('lists every seat across pages, hides suspended agents and counts them', async () => {
    setup(allSeats);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(rowIds()).toEqual([11, 12, 13, 14, 15]);
    expect(summary('seats')).toBe('5');
    expect(summary('suspended')).toBe('1');
    expect(screen.getByText(/1 suspended agent hidden — each still holds a paid seat/)).toBeInTheDocument();
  });

  it('shows suspended agents on request', async () => {
    setup(allSeats);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    await userEvent.click(screen.getByLabelText('Show suspended agents'));
    expect(rowIds()).toContain(16);
    expect(screen.getByText(/1 suspended agent shown/)).toBeInTheDocument();
  });

  it('flags idle seats with their reason, spares new hires, and prices idle seats', async () => {
    setup(allSeats);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    const idle = [...document.querySelectorAll('[data-idle="true"]')].map((r) => Number(r.getAttribute('data-user-id')));
    expect(idle).toEqual([13, 14]);
    const cora = document.querySelector('[data-user-id="13"]') as HTMLElement;
    expect(within(cora).getByText('No sign-in for 45 days (threshold 30)')).toBeInTheDocument();
    const dan = document.querySelector('[data-user-id="14"]') as HTMLElement;
    expect(within(dan).getByText('Never signed in; seat created 60 days ago')).toBeInTheDocument();
    expect(summary('idle')).toBe('2');
    expect(summary('idle-cost')).toBe('100');
  });

  it('never flags exempt users', async () => {
    setup(allSeats, { exempt_users: 'cora@acme.test\n14' });
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(document.querySelectorAll('[data-idle="true"]')).toHaveLength(0);
    expect(summary('idle')).toBe('0');
  });

  it('keeps the seats loaded so far when a page fails, and resumes from that page', { timeout: 20_000 }, async () => {
    const fillers = Array.from({ length: 100 }, (_, i) => ({
      id: 100 + i,
      name: `Filler ${i}`,
      email: `f${i}@acme.test`,
      role: 'agent',
      created_at: daysAgo(300),
      last_login_at: daysAgo(2),
    }));
    const everyone = [...users, ...fillers];
    let failSecondPage = true;
    const client = setup((url) => {
      const n = Number(new URL(url, 'https://acme.zendesk.com').searchParams.get('page') ?? 1);
      if (n === 2 && failSecondPage) return failure(403, {}, { error: 'Forbidden', description: 'No access' });
      return json({ users: everyone.slice((n - 1) * 100, n * 100), next_page: null, previous_page: null, count: everyone.length });
    });
    await waitFor(() => expect(screen.getByText(/Loading stopped: 100 seats loaded so far are shown/)).toBeInTheDocument());
    expect(screen.getByText(/No access/)).toBeInTheDocument();
    failSecondPage = false;
    await userEvent.click(screen.getByRole('button', { name: 'Resume loading' }));
    await waitFor(() => expect(summary('seats')).toBe('105'));
    // The first page is not fetched again: resuming asks only for the page that failed.
    expect(client.requests.map((r) => r.url).filter((u) => u.startsWith('/api/v2/users?'))).toEqual([
      '/api/v2/users?role[]=agent&role[]=admin&per_page=100',
      '/api/v2/users?role[]=agent&role[]=admin&per_page=100&page=2',
      '/api/v2/users?role[]=agent&role[]=admin&per_page=100&page=2',
    ]);
  });

  it('filters by search text and by a column filter, and sorts by a column', async () => {
    setup(allSeats);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    await userEvent.type(screen.getByPlaceholderText('Name or email'), 'NEVER');
    await waitFor(() => expect(rowIds()).toEqual([14]));
    await userEvent.clear(screen.getByPlaceholderText('Name or email'));
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    // The panel loads when first opened.
    await waitFor(() => expect(document.querySelector('[data-filter="role"]')).not.toBeNull());
    await userEvent.selectOptions(document.querySelector('[data-filter="role"]') as HTMLSelectElement, 'admin');
    await waitFor(() => expect(rowIds()).toEqual([11]));
    await userEvent.click(screen.getByRole('button', { name: /Clear filters/ }));
    await userEvent.click(document.querySelector('[data-sort-key="lastLoginAt"]') as HTMLElement);
    await waitFor(() => expect(rowIds()).toEqual([14, 15, 13, 12, 11]));
  });

  it('names the setting an admin must fix', async () => {
    setup(allSeats, { idle_days: 'thirty' });
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(document.querySelector('[data-setting-problem="idle_days"]')).toHaveTextContent('Idle threshold must be a whole number');
  });

  it('says "N of M seats loaded" when the pages hold fewer seats than Zendesk counted, and loads again on request', async () => {
    let counted = users.length + 1;
    const client = setup((url) => {
      if (!url.startsWith('/api/v2/users?')) return failure(404);
      // Offset pages carry the count; the cursor pass (the check-up) lists the same six.
      if (url.includes('per_page')) return json({ users, next_page: null, previous_page: null, count: counted });
      return page(users, null);
    });
    const notice = await waitFor(() => {
      const found = document.querySelector('[data-roster-incomplete]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(notice).toHaveTextContent('6 of 7 seats loaded; the rest could not be read');
    expect(notice).toHaveTextContent('Zendesk counted 7 records, but its pages listed 6');
    expect(client.requests.map((r) => r.url)).toContain('/api/v2/users?role[]=agent&role[]=admin&page[size]=100');
    // The seats read are still reviewed.
    expect(rowIds()).toEqual([11, 12, 13, 14, 15]);
    counted = users.length;
    await userEvent.click(within(notice).getByRole('button', { name: 'Load again' }));
    await waitFor(() => expect(client.requests.filter((r) => r.url.includes('per_page'))).toHaveLength(2));
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(document.querySelector('[data-roster-incomplete]')).toBeNull();
  });

  it('says which stream broke off when Zendesk’s paging cannot be followed to the end', async () => {
    setup((url) => {
      if (!url.startsWith('/api/v2/users?')) return failure(404);
      if (url.includes('per_page')) return json({ users: users.slice(0, 5), next_page: null, previous_page: null, count: users.length });
      // More follow, Zendesk says, but neither a link nor a cursor tells where.
      return json({ users: [], meta: { has_more: true, after_cursor: null, before_cursor: null }, links: { next: null, prev: null } });
    });
    const notice = await waitFor(() => {
      const found = document.querySelector('[data-roster-incomplete]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(notice).toHaveTextContent('5 of 6 seats loaded; the rest could not be read');
    expect(notice).toHaveTextContent(/gave no link to them/);
  });
});
