import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { columnByKey } from '../seats/columns';
import type { ReviewedSeat } from '../seats/review';
import { daysAgo, makeEngagement, makeRules, NOW, row } from '../test/seats';
import { setFormats } from './i18n/format';
import { setCatalogue } from './i18n/messages';
import { SeatTable } from './SeatTable';
import { COLUMNS_STORAGE_KEY } from './table/columnChoice';

/** The order the review screen gives: name, email, seat class, idle first. */
const COLUMNS = (['name', 'email', 'seatClass', 'idle', 'lastLoginAt', 'createdAt', 'suspended'] as const).map(columnByKey);

const noWork = makeEngagement({ interactions: 0, lastSeenAt: null });
const ROWS: ReviewedSeat[] = [
  row({ id: 1, name: 'Ivy Idle', email: 'ivy@acme.test', lastLoginAt: daysAgo(340) }, makeRules(), noWork),
  row({ id: 2, name: 'Abe Api', email: 'abe@acme.test', lastLoginAt: daysAgo(2) }, makeRules(), noWork),
  row({ id: 3, name: 'Sue Suspended', email: 'sue@acme.test', suspended: true, lastLoginAt: daysAgo(5) }),
  row({ id: 4, name: 'Andy Active', email: 'andy@acme.test', lastLoginAt: daysAgo(1) }),
];

function show(rows: readonly ReviewedSeat[] = ROWS) {
  return render(
    <ThemeProvider>
      <SeatTable
        rows={rows}
        columns={COLUMNS}
        sort={null}
        onSort={vi.fn()}
        now={NOW}
        selected={new Set()}
        onToggleSelect={vi.fn()}
        onOpenSeat={vi.fn()}
      />
    </ThemeProvider>,
  );
}

const headers = () => [...document.querySelectorAll('thead th')].map((th) => th.textContent);
const rowOf = (id: number) => document.querySelector(`tr[data-user-id="${id}"]`) as HTMLElement;
/** A row's cell under a header, by the header's text. */
function cell(id: number, header: string): HTMLElement {
  const index = headers().indexOf(header);
  expect(index, header).toBeGreaterThan(0);
  return rowOf(id).querySelectorAll('td')[index] as HTMLElement;
}

afterEach(() => {
  localStorage.clear();
  setFormats('en');
  setCatalogue({});
});

describe('SeatTable', () => {
  it('pins the checkbox, name and seat class ahead of the other columns, with an edge after the last', () => {
    show();
    expect(headers()).toEqual(['', 'Name', 'Seat class', 'Email', 'Idle', 'Last sign-in', 'Created', 'Suspended']);
    const pins = (cells: NodeListOf<Element>) => [...cells].map((c) => ['seat-pin', 'pin-edge'].filter((k) => c.classList.contains(k)).join(' '));
    const pinned = ['seat-pin', 'seat-pin', 'seat-pin pin-edge', '', '', '', '', ''];
    expect(pins(document.querySelectorAll('thead th'))).toEqual(pinned);
    expect(pins(rowOf(1).querySelectorAll('td'))).toEqual(pinned);
  });

  it('tags a suspended agent beside the name', () => {
    show();
    expect(rowOf(3)).toHaveAttribute('data-suspended', 'true');
    expect(within(cell(3, 'Name')).getByText('Suspended')).toHaveClass('seat-tag');
    expect(cell(3, 'Name')).toHaveAttribute('title', 'Sue Suspended');
    expect(within(cell(1, 'Name')).queryByText('Suspended')).toBeNull();
  });

  it('shows idle as a compact tag and keeps the full reasons in the cell’s text', () => {
    show();
    const idle = cell(1, 'Idle');
    expect(within(idle).getByText('Idle · 340 days')).toHaveClass('seat-tag-idle');
    expect(idle.querySelector('[data-idle-reason]')?.textContent).toMatch(
      /No sign-in for 340 days \(threshold 30\); No ticket interaction in 30 days/,
    );
    expect(idle).not.toHaveAttribute('title');
    const apiOnly = cell(2, 'Idle');
    expect(within(apiOnly).getByText('API-only?')).toHaveClass('seat-tag-signal');
    expect(apiOnly.querySelector('[data-signal]')?.textContent).toContain('API-only sign-in?');
    expect(cell(4, 'Idle')).toBeEmptyDOMElement();
  });

  it('explains an idle tag in one shared tooltip, under the pointer', async () => {
    show();
    fireEvent.mouseOver(within(cell(1, 'Idle')).getByText('Idle · 340 days'));
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('No sign-in for 340 days (threshold 30)');
    expect(tip).toHaveTextContent('No ticket interaction in 30 days');
    fireEvent.mouseOver(cell(2, 'Seat class'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/^Paid agent seat/);
    expect(screen.getAllByRole('tooltip', { hidden: true })).toHaveLength(1);
  });

  it('shows the columns chosen, and remembers the choice in this browser', async () => {
    const { unmount } = show();
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    await userEvent.click(screen.getByLabelText('Email'));
    await userEvent.click(screen.getByLabelText('Seat class'));
    expect(headers()).toEqual(['', 'Name', 'Idle', 'Last sign-in', 'Created', 'Suspended']);
    // Without the seat class, the name carries the pinned columns' edge.
    expect(document.querySelector('thead th.pin-edge')?.textContent).toBe('Name');
    expect(JSON.parse(localStorage.getItem(COLUMNS_STORAGE_KEY) ?? '')).toEqual({ hidden: ['email', 'seatClass'] });
    unmount();

    show();
    expect(headers()).toEqual(['', 'Name', 'Idle', 'Last sign-in', 'Created', 'Suspended']);
  });

  it('shows every column when the browser refuses storage', () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    try {
      show();
      expect(headers()).toHaveLength(COLUMNS.length + 1);
    } finally {
      getItem.mockRestore();
    }
  });
});
