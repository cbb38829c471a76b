import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSettings } from '../settings/settings';
import { createReviewSession } from '../review';
import { FakeZafClient, failure, fakeGateway, json, type ScriptedAnswer } from '../test/fakeZafClient';
import type { GatewayOptions } from '../zaf/gateway';
import { DAY_MS } from '../seats/seat';
import { date, money, setFormats } from './i18n/format';
import { setCatalogue } from './i18n/messages';
import { SeatReview, type SeatReviewProps } from './SeatReview';

const NOW = Date.parse('2026-11-23T12:00:00Z');
/** How long a lazily loaded panel may take to appear the first time (its module is compiled on first import). */
const LAZY_MS = 8000;
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

function setup(
  answer: (url: string, index: number) => ScriptedAnswer,
  rawSettings: Record<string, unknown> = { seat_price: '50' },
  props: Pick<SeatReviewProps, 'onReleaseSelected'> = {},
  gateway: GatewayOptions = {},
) {
  const client = new FakeZafClient((o, i) => answer(o.url, i));
  const { settings, problems } = parseSettings(rawSettings);
  const session = createReviewSession({ gateway: fakeGateway(client, gateway), settings, now: NOW, subdomain: 'acme' });
  session.start();
  render(
    <ThemeProvider>
      <SeatReview session={session} problems={problems} {...props} />
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
    expect(summary('idle-cost')).toBe(money(100));
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
    // The panel loads when first opened (a cold chunk: slow while other suites load the machine).
    await waitFor(() => expect(document.querySelector('[data-filter="role"]')).not.toBeNull(), { timeout: LAZY_MS });
    await userEvent.selectOptions(document.querySelector('[data-filter="role"]') as HTMLSelectElement, 'admin');
    await waitFor(() => expect(rowIds()).toEqual([11]));
    await userEvent.click(screen.getByRole('button', { name: /Clear filters/ }));
    await userEvent.click(document.querySelector('[data-sort-key="lastLoginAt"]') as HTMLElement);
    await waitFor(() => expect(rowIds()).toEqual([14, 15, 13, 12, 11]));
  });

  it('names the setting an admin must fix', async () => {
    setup(allSeats, { idle_days: 'thirty' });
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    // The warnings load on request (most installs have none).
    await waitFor(() =>
      expect(document.querySelector('[data-setting-problem="idle_days"]')).toHaveTextContent('Idle threshold must be a whole number'),
    );
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

const row = (id: number) => document.querySelector<HTMLElement>(`tr[data-user-id="${id}"]`) as HTMLElement;
const panel = () => document.querySelector<HTMLElement>('[data-seat-panel]');
/** The panel loads on first use. */
const panelFor = (id: number) =>
  waitFor(
    () => {
      expect(panel()?.getAttribute('data-seat-panel')).toBe(String(id));
      return panel() as HTMLElement;
    },
    { timeout: LAZY_MS },
  );
const checkboxes = () => [...document.querySelectorAll('[data-select]')].map((c) => Number(c.getAttribute('data-select')));
const action = (name: string) => document.querySelector<HTMLButtonElement>(`[data-action="${name}"]`);

describe('SeatReview: a seat’s panel', () => {
  it('opens on a click on the row, and Esc closes it and gives focus back to the row', async () => {
    setup(allSeats);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    await userEvent.click(within(row(13)).getByText('cora@acme.test'));
    const opened = await panelFor(13);
    expect(within(opened).getByRole('heading', { name: 'Cora Quiet' })).toBeInTheDocument();
    expect(opened.querySelector('[data-field="verdict"]')).toHaveTextContent('Likely idle');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(panel()).toBeNull());
    expect(row(13)).toHaveFocus();
  });

  it('rows are reached with Tab, moved through with the arrow keys, and open with Enter or Space', async () => {
    setup(allSeats);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    // One row in the tab order: the first.
    expect([...document.querySelectorAll('tr[data-user-id][tabindex="0"]')]).toEqual([row(11)]);
    expect(row(11)).toHaveAttribute('aria-haspopup', 'dialog');
    row(11).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(row(13)).toHaveFocus();
    expect(row(13)).toHaveAttribute('tabindex', '0');
    expect(row(11)).toHaveAttribute('tabindex', '-1');
    await userEvent.keyboard('{Enter}');
    await panelFor(13);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(row(13)).toHaveFocus());
    await userEvent.keyboard('{ArrowUp} ');
    await panelFor(12);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(panel()).toBeNull());
    await userEvent.keyboard('{End}');
    expect(row(15)).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(row(11)).toHaveFocus();
  });

  it('Open in Zendesk routes the host to the user, and says so when the host refuses', async () => {
    const client = setup(allSeats);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    await userEvent.click(within(row(14)).getByText('Dan Never'));
    const opened = await panelFor(14);
    await userEvent.click(within(opened).getByRole('button', { name: 'Open in Zendesk' }));
    expect(client.invoked).toContainEqual(['routeTo', 'user', 14]);
    expect(opened.querySelector('[data-open-refused]')).toBeNull();
    client.invoke = () => Promise.reject(new Error('not allowed'));
    await userEvent.click(within(opened).getByRole('button', { name: 'Open in Zendesk' }));
    await waitFor(() => expect(opened.querySelector('[data-open-refused]')).toHaveTextContent('Zendesk did not open this user.'));
  });
});

describe('SeatReview: selecting seats for release', () => {
  it('only seats a bulk release may take have a checkbox: not admins, exempt seats or seat-less users', async () => {
    setup(allSeats, { exempt_users: 'ben@acme.test' });
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    // 11 is an admin, 12 exempt; 13–15 plain agents.
    expect(checkboxes()).toEqual([13, 14, 15]);
    expect(screen.getByRole('checkbox', { name: 'Select Cora Quiet' })).not.toBeChecked();
  });

  it('a click on a checkbox selects the seat without opening its panel; selection survives a sort and a filter', async () => {
    setup(allSeats);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Eve New' }));
    expect(screen.getByRole('checkbox', { name: 'Select Eve New' })).toBeChecked();
    expect(row(15)).toHaveAttribute('data-selected', 'true');
    expect(document.querySelector('[data-selected-count]')).toHaveAttribute('data-selected-count', '1');
    // Its panel would have loaded by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(panel()).toBeNull();
    await userEvent.click(document.querySelector('[data-sort-key="name"]') as HTMLElement);
    await userEvent.type(screen.getByPlaceholderText('Name or email'), 'eve@');
    await waitFor(() => expect(rowIds()).toEqual([15]));
    expect(screen.getByRole('checkbox', { name: 'Select Eve New' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Eve New' }));
    expect(screen.getByRole('checkbox', { name: 'Select Eve New' })).not.toBeChecked();
  });

  it('"Select all likely idle" picks the likely-idle seats shown; Release selected hands over their ids', async () => {
    const onReleaseSelected = vi.fn();
    setup(allSeats, { seat_price: '50' }, { onReleaseSelected });
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(action('release-selected')).toBeDisabled();
    expect(action('release-selected')).toHaveTextContent('Release selected (0)');
    await userEvent.click(action('select-idle') as HTMLElement);
    expect(action('release-selected')).toHaveTextContent('Release selected (2)');
    expect(screen.getByRole('checkbox', { name: 'Select Cora Quiet' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select Dan Never' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select Eve New' })).not.toBeChecked();
    await userEvent.click(action('release-selected') as HTMLElement);
    expect(onReleaseSelected).toHaveBeenCalledWith([13, 14]);
    await userEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(action('release-selected')).toHaveTextContent('Release selected (0)');
  });

  it('"Select all likely idle" adds only the idle seats shown', async () => {
    setup(allSeats, { seat_price: '50' }, { onReleaseSelected: () => undefined });
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    await userEvent.type(screen.getByPlaceholderText('Name or email'), 'dan');
    await waitFor(() => expect(rowIds()).toEqual([14]));
    await userEvent.click(action('select-idle') as HTMLElement);
    expect(action('release-selected')).toHaveTextContent('Release selected (1)');
  });

  it("by default, Release selected opens the session's release preview (which writes nothing)", async () => {
    const client = setup(allSeats);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    await userEvent.click(action('select-idle') as HTMLElement);
    await userEvent.click(action('release-selected') as HTMLElement);
    await waitFor(() => expect(client.requests.some((r) => r.url.startsWith('/api/v2/search/count'))).toBe(true));
    expect(client.requests.every((r) => (r.type ?? 'GET') === 'GET')).toBe(true);
  });

  it('a selected seat that leaves the roster drops out of the selection', async () => {
    let roster = users;
    setup(
      (url) =>
        url.startsWith('/api/v2/users?') ? json({ users: roster, next_page: null, previous_page: null, count: roster.length }) : failure(404),
      {
        seat_price: '50',
      },
    );
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    await userEvent.click(action('select-idle') as HTMLElement);
    expect(document.querySelector('[data-selected-count]')).toHaveAttribute('data-selected-count', '2');
    roster = users.filter((u) => u.id !== 13);
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(rowIds()).toEqual([11, 12, 14, 15]));
    expect(document.querySelector('[data-selected-count]')).toHaveAttribute('data-selected-count', '1');
  });
});

describe('SeatReview: in the admin’s language', () => {
  afterEach(() => {
    setFormats('en');
    setCatalogue({});
  });

  it('words the screen and the table from the catalogue chosen after load, English where it has none; dates in the locale', async () => {
    setFormats('de');
    setCatalogue({
      table: {
        heading: 'Plätze prüfen',
        showingSeats: (shown: number, total: number) => `${shown} von ${total} Plätzen angezeigt`,
        selectSeat: (who: string) => `${who} auswählen`,
      },
      columns: { columnLastSignIn: 'Letzte Anmeldung' },
    });
    setup(allSeats);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Plätze prüfen');
    expect(document.querySelector('[data-shown-count]')).toHaveTextContent('5 von 5 Plätzen angezeigt');
    expect(screen.getByRole('checkbox', { name: 'Cora Quiet auswählen' })).toBeInTheDocument();
    expect(document.querySelector('[data-sort-key="lastLoginAt"]')).toHaveTextContent('Letzte Anmeldung');
    // One date format on screen, the locale's, with the calendar days since.
    const signedIn = date(NOW - 45 * DAY_MS);
    expect(signedIn).toMatch(/^\d+\. \S+ 2026$/);
    expect(within(row(13)).getByTitle(signedIn)).toHaveTextContent(`${signedIn}vor 45 Tagen`);
    expect(screen.getByRole('button', { name: 'Export CSV (5)' })).toBeInTheDocument();
  });

  it('counts in plurals: one seat, one unreadable record', async () => {
    setup((url) =>
      url.startsWith('/api/v2/users?')
        ? json({ users: [users[1], { name: 'No id' }], next_page: null, previous_page: null, count: 2 })
        : failure(404),
    );
    await waitFor(() => expect(rowIds()).toHaveLength(1));
    expect(document.querySelector('[data-shown-count]')).toHaveTextContent('Showing 1 of 1 seat');
    expect(document.querySelector('[data-unreadable]')).toHaveTextContent(
      '1 user record from Zendesk could not be read (no valid id) and is not listed.',
    );
  });
});

describe('SeatReview: seats purchased', () => {
  it('shows purchased, assigned (suspended included) and unassigned seats, their cost, and how billing works', async () => {
    setup(allSeats, { seat_price: '50', seats_purchased: '10' });
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(summary('purchased')).toBe('10');
    // 5 listed paid seats and the suspended one.
    expect(summary('assigned')).toBe('6');
    expect(summary('unassigned')).toBe('4');
    expect(summary('unassigned-cost')).toBe(money(200));
    expect(summary('unassigned-cost-yearly')).toBe(`${money(2400)} a year`);
    expect(summary('paid')).toBe('5');
    expect(document.querySelector('[data-summary-note="billing"]')).toHaveTextContent(
      'Zendesk bills the seats purchased; freeing a seat lowers the bill only when the account owner lowers the seat count in Admin Center.',
    );
  });

  it('more seats assigned than purchased: a negative unassigned count and no unassigned cost', async () => {
    setup(allSeats, { seat_price: '50', seats_purchased: '4' });
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(summary('unassigned')).toBe('-2');
    expect(screen.getByText('2 more assigned than purchased')).toBeInTheDocument();
    expect(summary('unassigned-cost')).toBeUndefined();
  });

  it('without the setting, no purchase figures', async () => {
    setup(allSeats);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(summary('purchased')).toBeUndefined();
    expect(summary('unassigned')).toBeUndefined();
  });
});

const card = (name: string) => document.querySelector(`button[data-summary-card="${name}"]`) as HTMLButtonElement;
const pressed = () =>
  [...document.querySelectorAll('button[data-summary-card][aria-pressed="true"]')].map((b) => b.getAttribute('data-summary-card'));
const switchOn = () => screen.getByLabelText<HTMLInputElement>('Show suspended agents').checked;

describe('SeatReview: figures that filter, and counts that agree', () => {
  it('each figure lists the seats it counts when clicked; clicked again, or Seats, lists every seat', async () => {
    // Ada is an admin, Ben a light agent (no paid seat): 4 paid, 2 of them idle.
    setup((url) => {
      if (!url.startsWith('/api/v2/users?')) return failure(404);
      const mixed = users.map((u) => (u.id === 12 ? { ...u, role_type: 1 } : u));
      return json({ users: mixed, next_page: null, previous_page: null, count: mixed.length });
    });
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(pressed()).toEqual(['seats']);
    expect(summary('paid')).toBe('4');

    await userEvent.click(card('paid'));
    await waitFor(() => expect(rowIds()).toEqual([11, 13, 14, 15]));
    expect(pressed()).toEqual(['paid']);
    expect(document.querySelector('[data-shown-count]')).toHaveAttribute('data-shown-count', summary('paid'));
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();

    await userEvent.click(card('idle'));
    await waitFor(() => expect(rowIds()).toEqual([13, 14]));
    expect(rowIds()).toHaveLength(Number(summary('idle')));
    expect(pressed()).toEqual(['idle']);

    // A second click lets go: every seat again.
    await userEvent.click(card('idle'));
    await waitFor(() => expect(rowIds()).toEqual([11, 12, 13, 14, 15]));
    expect(pressed()).toEqual(['seats']);
  });

  it('the Suspended figure shows suspended agents, and only them; Seats hides them again (the switch follows)', async () => {
    setup(allSeats);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    expect(switchOn()).toBe(false);
    card('suspended').focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(rowIds()).toEqual([16]));
    expect(rowIds()).toHaveLength(Number(summary('suspended')));
    expect(card('suspended')).toHaveAttribute('aria-pressed', 'true');
    expect(switchOn()).toBe(true);
    expect(screen.getByText(/1 suspended agent shown/)).toBeInTheDocument();
    // The card says how many of them still hold a paid seat: the number the composition bar shows.
    expect(document.querySelector('[data-summary-note="suspended"]')).toHaveTextContent('1 of them holds a paid seat');
    expect(document.querySelector('[data-composition-part="suspended"]')).toHaveTextContent('Suspended, holding a paid seat 1');
    expect(document.querySelector('[data-summary-note="seats"]')).toHaveTextContent('not counting 1 suspended agent');

    await userEvent.click(card('seats'));
    await waitFor(() => expect(rowIds()).toEqual([11, 12, 13, 14, 15]));
    expect(switchOn()).toBe(false);
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });

  it('"Only suspended" in the filters turns the switch on; switching it off hides them and the filter says so', async () => {
    setup(allSeats);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const suspended = await waitFor(() => document.querySelector('[data-filter="suspended"]') as HTMLSelectElement, { timeout: LAZY_MS });
    expect(suspended).toBeInstanceOf(HTMLSelectElement);
    expect(suspended.value).toBe('hide');
    await userEvent.selectOptions(suspended, 'only');
    await waitFor(() => expect(rowIds()).toEqual([16]));
    expect(switchOn()).toBe(true);
    await userEvent.click(screen.getByLabelText('Show suspended agents'));
    await waitFor(() => expect(rowIds()).toEqual([11, 12, 13, 14, 15]));
    expect(suspended.value).toBe('hide');
    await userEvent.click(screen.getByLabelText('Show suspended agents'));
    await waitFor(() => expect(rowIds()).toEqual([11, 12, 13, 14, 15, 16]));
    expect(suspended.value).toBe('any');
  });

  it('filters by last seen, ticket interactions and the API-only signal (unknown while not counted)', async () => {
    setup(allSeats);
    await waitFor(() => expect(rowIds()).toHaveLength(5));
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    await waitFor(() => expect(document.querySelector('[data-filter="interactions"]')).not.toBeNull(), { timeout: LAZY_MS });
    const choose = (name: string, value: string) =>
      userEvent.selectOptions(document.querySelector(`[data-filter="${name}"]`) as HTMLSelectElement, value);
    // Sessions and ticket events are not answered here: every seat's are unknown, none is "none".
    await choose('interactions', 'none');
    await waitFor(() => expect(rowIds()).toEqual([]));
    await choose('interactions', 'unknown');
    await waitFor(() => expect(rowIds()).toEqual([11, 12, 13, 14, 15]));
    await choose('lastSeen', 'never');
    await waitFor(() => expect(rowIds()).toEqual([]));
    await choose('lastSeen', 'unknown');
    await choose('apiOnly', 'has_not');
    await waitFor(() => expect(rowIds()).toEqual([11, 12, 13, 14, 15]));
    await choose('apiOnly', 'has');
    await waitFor(() => expect(rowIds()).toEqual([]));
  });
});

describe('SeatReview: while the roster loads', () => {
  it('shows "—" (read as "Loading") for the figures, not the seats counted so far', async () => {
    const first = users.map((u) => ({ ...u }));
    setup((url) => {
      if (!url.startsWith('/api/v2/users?')) return failure(404);
      // The first page is in; the second never answers.
      if (url.includes('page=2')) return { hang: true };
      return json({ users: first, next_page: '/api/v2/users?page=2', previous_page: null, count: 300 });
    });
    await waitFor(() => expect(document.querySelector('[data-progress="loaded"]')).toHaveTextContent('6 seats loaded of about 300…'));
    expect(summary('seats')).toBe('—');
    expect(document.querySelector('[data-summary="seats"]')).not.toHaveAttribute('data-count');
    expect(summary('idle-cost')).toBe('—');
    expect(screen.getByRole('button', { name: /^Likely idle paid seats\s*Loading$/ })).toBeInTheDocument();
  });

  it('says how long Zendesk asked to wait, and counts it down', async () => {
    setup(
      (url) => (url.startsWith('/api/v2/users?') ? failure(429, { 'Retry-After': '20' }) : failure(404)),
      { seat_price: '50' },
      {},
      // The wait itself never ends here: the screen is looked at while it lasts.
      { sleep: () => new Promise(() => undefined) },
    );
    const line = await waitFor(() => {
      const found = document.querySelector('[data-progress="loaded"]');
      expect(found).toHaveTextContent(/Zendesk asked us to wait 20 s, its rate limit reached: resuming in \d+ s\.$/);
      return found as HTMLElement;
    });
    // Announced once, politely: the reason, not the ticking seconds.
    expect(screen.getByRole('status')).toHaveTextContent(/^Zendesk asked us to wait 20 s, its rate limit reached$/);
    // A busy machine may have let a second pass already: the count goes down from wherever it is.
    const left = () => Number(line.querySelector('[data-progress-countdown]')?.getAttribute('data-progress-countdown'));
    const first = left();
    expect(first).toBeGreaterThanOrEqual(18);
    await waitFor(() => expect(line).toHaveTextContent(`resuming in ${first - 1} s.`), { timeout: 3000 });
    expect(summary('seats')).toBe('—');
  });
});
