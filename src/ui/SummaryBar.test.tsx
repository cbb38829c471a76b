import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SummaryCard } from '../seats/filters';
import type { SeatSummary } from '../seats/review';
import { setFormats } from './i18n/format';
import { setCatalogue } from './i18n/messages';
import { SummaryBar } from './SummaryBar';
import { SuspendedNotice } from './SuspendedNotice';

const SUMMARY: SeatSummary = {
  seats: 1250,
  paid: 1100,
  idle: 31,
  suspended: 3,
  suspendedPaid: 2,
  light: 100,
  contributors: 40,
  shared: 10,
  chatOnly: 0,
  apiOnly: 0,
  signInOnly: true,
  composition: { activePaid: 1069, idlePaid: 31, suspended: 2, lightOrContributor: 140, shared: 10 },
  purchase: { purchased: 1000, assigned: 1102, unassigned: -102 },
  costs: { idleMonthly: 1705, idleYearly: 20460, suspendedMonthly: 110.5, suspendedYearly: 1326, unassignedMonthly: 0, unassignedYearly: 0 },
};

const figure = (name: string) => document.querySelector(`[data-summary="${name}"]`)?.textContent;

function renderBar(summary: SeatSummary = SUMMARY, { loading = false, pressed = null as SummaryCard | null, onPick = vi.fn() } = {}) {
  render(
    <ThemeProvider>
      <SummaryBar summary={summary} idleDays={30} loading={loading} pressed={pressed} onPick={onPick} />
    </ThemeProvider>,
  );
  return onPick;
}

const card = (name: SummaryCard) => document.querySelector<HTMLButtonElement>(`button[data-summary-card="${name}"]`) as HTMLButtonElement;

afterEach(() => {
  setCatalogue({});
  setFormats('en');
});

describe('SummaryBar', () => {
  it('shows counts in the locale’s numbers (the plain number beside, for tools) and costs in the chosen currency', () => {
    renderBar();
    expect(figure('seats')).toBe('1,250');
    expect(document.querySelector('[data-summary="seats"]')).toHaveAttribute('data-count', '1250');
    expect(figure('idle-cost')).toBe('1,705\u00a0USD');
    expect(figure('idle-cost-yearly')).toBe('20,460\u00a0USD a year');
    expect(figure('suspended-cost')).toBe('110.5\u00a0USD');
    expect(figure('unassigned')).toBe('-102');
    expect(screen.getByText('102 more assigned than purchased')).toBeInTheDocument();
    expect(screen.getByText('2 of them suspended')).toBeInTheDocument();
    expect(screen.getByText('judged on sign-in only')).toBeInTheDocument();
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Active paid: 1,069, Idle paid: 31, Suspended, holding a paid seat: 2, Light agents and contributors: 140, and Shared: 10',
    );
  });

  it('says what each count counts, so the suspended card and the composition bar agree', () => {
    renderBar();
    // Every suspended agent on the card, and how many of them hold a paid seat: the bar's "Suspended" part.
    expect(figure('suspended')).toBe('3');
    expect(card('suspended')).toHaveTextContent('Suspended agents 3 2 of them hold a paid seat');
    expect(card('suspended')).toHaveAccessibleName('Suspended agents 3 2 of them hold a paid seat');
    expect(document.querySelector('[data-composition-part="suspended"]')).toHaveTextContent('Suspended, holding a paid seat 2');
    // The seats figure leaves the suspended agents out, and says so.
    expect(document.querySelector('[data-summary-note="seats"]')).toHaveTextContent('not counting 3 suspended agents');
  });

  it('the seats, paid, idle and suspended figures are toggle buttons that hand over which figure was picked', async () => {
    const onPick = renderBar(SUMMARY, { pressed: 'idle' });
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-summary-card'))).toEqual(['seats', 'paid', 'idle', 'suspended']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true', 'false']);
    expect(screen.getByRole('button', { name: /^Paid seats/ })).toBe(card('paid'));
    // The hint describes the button (and shows on focus, keyboard included).
    expect(card('paid')).toHaveAttribute('aria-describedby');
    await userEvent.click(card('paid'));
    expect(onPick).toHaveBeenLastCalledWith('paid');
    card('suspended').focus();
    await userEvent.keyboard('{Enter}');
    expect(onPick).toHaveBeenLastCalledWith('suspended');
    card('seats').focus();
    await userEvent.keyboard(' ');
    expect(onPick).toHaveBeenLastCalledWith('seats');
    // Costs and purchase figures only inform.
    expect(document.querySelector('[data-summary="idle-cost"]')?.closest('button')).toBeNull();
  });

  it('shows "—", read as "Loading", until the roster is in: no zeros, no plain numbers, no composition', () => {
    renderBar(SUMMARY, { loading: true });
    for (const name of ['seats', 'paid', 'idle', 'suspended', 'idle-cost', 'assigned', 'unassigned']) {
      const shown = document.querySelector(`[data-summary="${name}"]`);
      expect(shown?.textContent, name).toBe('—');
      expect(shown, name).not.toHaveAttribute('data-count');
      expect(shown?.querySelector('[role="img"]'), name).toHaveAccessibleName('Loading');
    }
    expect(screen.getByRole('button', { name: /^Paid seats\s*Loading$/ })).toBeInTheDocument();
    // The purchased count is a setting: known before any seat loads.
    expect(figure('purchased')).toBe('1,000');
    expect(document.querySelector('[data-summary="idle-cost-yearly"]')).toBeNull();
    expect(document.querySelector('[data-composition]')).toBeNull();
    expect(screen.queryByText('judged on sign-in only')).toBeNull();
    expect(screen.queryByText(/not counting/)).toBeNull();
  });

  it('in German with euros: the locale’s numbers and currency, words from the catalogue, English where it has none', () => {
    setCatalogue({ summary: { paidSeats: 'Bezahlte Plätze', costYearly: (amount: string) => `${amount} im Jahr` } });
    setFormats('de', 'EUR');
    renderBar();
    expect(screen.getByText('Bezahlte Plätze')).toBeInTheDocument();
    expect(figure('paid')).toBe('1.100');
    expect(figure('idle-cost')).toBe('1.705\u00a0EUR');
    expect(figure('idle-cost-yearly')).toBe('20.460\u00a0EUR im Jahr');
    expect(screen.getByText('Seats (agents and admins)')).toBeInTheDocument();
  });
});

describe('SuspendedNotice', () => {
  it('counts suspended agents with the right plural, and switches them on', async () => {
    const onToggle = vi.fn();
    render(
      <ThemeProvider>
        <SuspendedNotice count={1} shown={false} onToggle={onToggle} />
        <SuspendedNotice count={1200} shown onToggle={onToggle} />
      </ThemeProvider>,
    );
    expect(screen.getByText('1 suspended agent hidden — each still holds a paid seat until downgraded to an end user.')).toBeInTheDocument();
    expect(screen.getByText('1,200 suspended agents shown — each still holds a paid seat until downgraded to an end user.')).toBeInTheDocument();
    await userEvent.click(screen.getAllByLabelText('Show suspended agents')[0]!);
    expect(onToggle).toHaveBeenCalledWith(true);
  });
});
