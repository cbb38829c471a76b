import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../settings/settings';
import { FakeZafClient, failure, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { DAY_MS } from '../seats/seat';
import { ZendeskGateway } from '../zaf/gateway';
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
  const gateway = new ZendeskGateway(client, { sleep: async () => undefined, random: () => 0 });
  const { settings, problems } = parseSettings(rawSettings);
  render(
    <ThemeProvider>
      <SeatReview gateway={gateway} subdomain="acme" settings={settings} problems={problems} now={NOW} />
    </ThemeProvider>,
  );
  return client;
}

const twoPages = (url: string) => {
  if (url.includes('/count')) return json({ count: { value: 6 } });
  if (url.includes('page%5Bafter%5D=p2')) return page(users.slice(3), null);
  return page(users.slice(0, 3), 'https://acme.zendesk.com/api/v2/users?page%5Bafter%5D=p2&page%5Bsize%5D=100');
};

const summary = (name: string) => document.querySelector(`[data-summary="${name}"]`)?.textContent;
const rowIds = () => [...document.querySelectorAll('[data-user-id]')].map((r) => Number(r.getAttribute('data-user-id')));

describe('SeatReview', () => {
  it('lists every seat across pages, hides suspended agents and counts them', async () => {
    setup(twoPages);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(rowIds()).toEqual([11, 12, 13, 14, 15]);
    expect(summary('seats')).toBe('5');
    expect(summary('suspended')).toBe('1');
    expect(screen.getByText(/1 suspended agent hidden — each still holds a paid seat/)).toBeInTheDocument();
  });

  it('shows suspended agents on request', async () => {
    setup(twoPages);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    await userEvent.click(screen.getByLabelText('Show suspended agents'));
    expect(rowIds()).toContain(16);
    expect(screen.getByText(/1 suspended agent shown/)).toBeInTheDocument();
  });

  it('flags idle seats with their reason, spares new hires, and prices idle seats', async () => {
    setup(twoPages);
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
    setup(twoPages, { exempt_users: 'cora@acme.test\n14' });
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(document.querySelectorAll('[data-idle="true"]')).toHaveLength(0);
    expect(summary('idle')).toBe('0');
  });

  it('keeps the seats loaded so far when a page fails, and resumes from that page', { timeout: 20_000 }, async () => {
    let failSecondPage = true;
    const client = setup((url) => {
      if (url.includes('page%5Bafter%5D=p2') && failSecondPage) return failure(403, {}, { error: 'Forbidden', description: 'No access' });
      return twoPages(url);
    });
    await waitFor(() => expect(screen.getByText(/Loading stopped: 3 seats loaded so far are shown/)).toBeInTheDocument());
    expect(screen.getByText(/No access/)).toBeInTheDocument();
    expect(rowIds()).toEqual([11, 12, 13]);
    failSecondPage = false;
    await userEvent.click(screen.getByRole('button', { name: 'Resume loading' }));
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    const pageUrls = client.requests.map((r) => r.url).filter((u) => u.startsWith('/api/v2/users?'));
    // The first page is not fetched again: resuming starts at the page that failed.
    expect(pageUrls.filter((u) => !u.includes('page%5Bafter%5D'))).toHaveLength(1);
  });

  it('filters by search text and by a column filter, and sorts by a column', async () => {
    setup(twoPages);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    await userEvent.type(screen.getByPlaceholderText('Name or email'), 'NEVER');
    await waitFor(() => expect(rowIds()).toEqual([14]));
    await userEvent.clear(screen.getByPlaceholderText('Name or email'));
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    await userEvent.selectOptions(document.querySelector('[data-filter="role"]') as HTMLSelectElement, 'admin');
    await waitFor(() => expect(rowIds()).toEqual([11]));
    await userEvent.click(screen.getByRole('button', { name: /Clear filters/ }));
    await userEvent.click(document.querySelector('[data-sort-key="lastLoginAt"]') as HTMLElement);
    await waitFor(() => expect(rowIds()).toEqual([14, 15, 13, 12, 11]));
  });

  it('names the setting an admin must fix', async () => {
    setup(twoPages, { idle_days: 'thirty' });
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(document.querySelector('[data-setting-problem="idle_days"]')).toHaveTextContent('Idle threshold must be a whole number');
  });
});
