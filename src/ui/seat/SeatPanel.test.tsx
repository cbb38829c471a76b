import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { daysAgo, makeEngagement, makeRules, makeSeat, NOW, reviewed } from '../../test/seats';
import type { ReviewedSeat } from '../../seats/review';
import { date, setFormats } from '../i18n/format';
import { setCatalogue } from '../i18n/messages';
import { SeatPanel } from './SeatPanel';

const DAY = 86_400_000;

/** Cora: a plain agent, last signed in 45 days ago, last seen 40 days ago (the verdict counts from the later), no ticket interaction in 30 days. */
const cora = reviewed(
  makeSeat({ id: 13, name: 'Cora Quiet', email: 'cora@acme.test', createdAt: daysAgo(400), lastLoginAt: daysAgo(45) }),
  makeRules(),
  makeEngagement({ interactions: 0, lastSeenAt: daysAgo(40) }),
);

function open(row: ReviewedSeat, openUser: (id: number) => Promise<boolean> = () => Promise.resolve(true), actions?: React.ReactNode) {
  const onClose = vi.fn();
  const opened = vi.fn(openUser);
  render(
    <ThemeProvider>
      <SeatPanel row={row} now={NOW} idleDays={30} onClose={onClose} openUser={opened} actions={actions} />
    </ThemeProvider>,
  );
  const panel = document.querySelector(`[data-seat-panel="${row.seat.id}"]`) as HTMLElement;
  const field = (name: string) => panel.querySelector(`[data-field="${name}"]`)?.textContent;
  return { panel, field, onClose, opened };
}

afterEach(() => {
  setFormats('en');
  setCatalogue({});
});

describe('SeatPanel', () => {
  it('is a dialog titled with the seat’s name, with its email', () => {
    const { panel, field } = open(cora);
    expect(screen.getByRole('dialog', { name: 'Cora Quiet' })).toBe(panel);
    expect(field('email')).toBe('cora@acme.test');
  });

  it('shows the seat class and the rule behind it', () => {
    const { field } = open(cora);
    expect(field('seatClass')).toBe('Paid agent seat');
    expect(field('seatClassRule')).toBe('Admins, billing admins, agents and custom-role agents each take a paid agent seat.');
    expect(field('uncertainty')).toBeUndefined();
  });

  it('says what the API cannot tell about the class', () => {
    const { field } = open(reviewed(makeSeat({ id: 5, roleType: 1 })));
    expect(field('seatClass')).toBe('Light agent');
    expect(field('uncertainty')).toMatch(/^A light agent who is also a Chat agent/);
  });

  it('shows the idle verdict and each reason', () => {
    const { panel, field } = open(cora);
    expect(field('verdict')).toBe('Likely idle');
    const reasons = within(panel.querySelector('[data-field="reasons"]') as HTMLElement).getAllByRole('listitem');
    expect(reasons.map((r) => r.textContent)).toEqual(['No sign-in for 40 days (threshold 30)', 'No ticket interaction in 30 days']);
    expect(field('basis')).toBeUndefined();
  });

  it('shows sign-in, last seen, interactions in the window, created, role and role type', () => {
    const { field } = open(cora);
    const day = (d: number) => date(NOW - d * DAY);
    expect(day(45)).toBe('May 1, 2025');
    expect(field('lastLoginAt')).toBe(`${day(45)} · 45 days ago`);
    expect(field('lastSeenAt')).toBe(`${day(40)} · 40 days ago`);
    expect(field('interactions')).toBe('0');
    expect(screen.getByText('Ticket interactions (last 30 days)')).toBeInTheDocument();
    expect(field('createdAt')).toBe(`${day(400)} · 400 days ago`);
    expect(field('role')).toBe('Agent');
    expect(field('roleType')).toBe('Agent');
  });

  it('engagement not loaded yet is "Not known yet", never zero, and the verdict says it rests on sign-in', () => {
    const { field } = open(reviewed(makeSeat({ id: 14, lastLoginAt: daysAgo(45) })));
    expect(field('interactions')).toBe('Not known yet');
    expect(field('lastSeenAt')).toBe('Not known yet');
    expect(field('basis')).toBe('Judged on sign-in only: ticket interactions are not known yet.');
  });

  it('an admin’s role and role type; a never-signed-in seat says Never', () => {
    const { field } = open(reviewed(makeSeat({ id: 11, role: 'admin', roleType: 5, lastLoginAt: null })));
    expect(field('role')).toBe('Admin');
    expect(field('roleType')).toBe('Billing admin');
    expect(field('lastLoginAt')).toBe('Never');
  });

  it('Open in Zendesk asks the host to open the user', async () => {
    const { opened } = open(cora);
    await userEvent.click(screen.getByRole('button', { name: 'Open in Zendesk' }));
    expect(opened).toHaveBeenCalledWith(13);
    expect(document.querySelector('[data-open-refused]')).toBeNull();
  });

  it('says so when the host refused to open the user', async () => {
    open(cora, () => Promise.resolve(false));
    await userEvent.click(screen.getByRole('button', { name: 'Open in Zendesk' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Zendesk did not open this user.');
  });

  it('Esc and the close button close it', async () => {
    const { onClose } = open(cora);
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: /close/i }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('takes focus when it opens', async () => {
    const { panel } = open(cora);
    await waitFor(() => expect(panel).toHaveFocus());
  });

  it('a seat with neither name nor email is titled by its id; a suspended one says so', () => {
    const { field } = open(reviewed(makeSeat({ id: 77, name: '', email: '', suspended: true })));
    expect(screen.getByRole('dialog', { name: 'User 77' })).toBeInTheDocument();
    expect(field('email')).toBe('No email · Suspended');
  });

  it('speaks the admin’s language: words from the catalogue chosen after load, dates and days in the locale', () => {
    setFormats('de');
    setCatalogue({
      panel: { verdictIdle: 'Wahrscheinlich ungenutzt', openInZendesk: 'In Zendesk öffnen' },
      columns: { columnLastSignIn: 'Letzte Anmeldung' },
    });
    const { field } = open(cora);
    expect(field('verdict')).toBe('Wahrscheinlich ungenutzt');
    expect(screen.getByRole('button', { name: 'In Zendesk öffnen' })).toBeInTheDocument();
    expect(screen.getByText('Letzte Anmeldung')).toBeInTheDocument();
    expect(field('lastLoginAt')).toBe('1. Mai 2025 · vor 45 Tagen');
  });

  it('shows the actions it is given in its footer', () => {
    const { panel } = open(cora, undefined, <button type="button">Release this seat</button>);
    expect(within(panel).getByRole('button', { name: 'Release this seat' })).toBeInTheDocument();
  });
});
