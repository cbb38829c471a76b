import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REVIEW_FILTERS, type RoleTypeChoice } from '../seats/filters';
import { setFormats } from './i18n/format';
import { setCatalogue } from './i18n/messages';
import { FiltersPanel } from './FiltersPanel';

const ROLE_TYPES: RoleTypeChoice[] = [
  { key: 'agent', role: 'agent', roleType: null },
  { key: 'light', role: 'agent', roleType: 1 },
  { key: 'custom', role: 'agent', roleType: 0 },
  { key: 'unknown_9', role: 'agent', roleType: 9 },
];

function show(onChange = vi.fn()) {
  render(
    <ThemeProvider>
      <FiltersPanel filters={REVIEW_FILTERS} onChange={onChange} roleTypes={ROLE_TYPES} />
    </ThemeProvider>,
  );
  const select = (name: string) => document.querySelector(`[data-filter="${name}"]`) as HTMLSelectElement;
  const options = (name: string) => [...select(name).options].map((o) => [o.value, o.textContent]);
  return { select, options, onChange };
}

afterEach(() => {
  setFormats('en');
  setCatalogue({});
});

describe('FiltersPanel', () => {
  it('is a group of filters, each labelled by its column', () => {
    const { select } = show();
    const group = screen.getByRole('group', { name: 'Filters' });
    expect(within(group).getByLabelText('Last sign-in')).toBe(select('lastSignIn'));
    expect(within(group).getByLabelText('Two-factor auth')).toBe(select('twoFactorAuth'));
    expect([...group.querySelectorAll('label')].map((l) => l.textContent)).toEqual([
      'Name',
      'Email',
      'Created',
      'Last sign-in',
      'Last seen (session)',
      'Ticket interactions',
      'Idle',
      'API-only sign-in signal',
      'Seat class',
      'Role',
      'Role type',
      'Ticket restriction',
      'Chat only',
      'Moderator',
      'Restricted agent',
      'Shared',
      'Shared agent',
      'Two-factor auth',
      'Verified',
      'Can report CSV',
      'Suspended',
    ]);
    expect(screen.getAllByPlaceholderText('contains…')).toHaveLength(2);
  });

  it('words each date range from what its key means', () => {
    const { options } = show();
    expect(options('created')).toEqual([
      ['any', 'Any time'],
      ['within_30', 'In the last 30 days'],
      ['within_90', 'In the last 90 days'],
      ['within_365', 'In the last year'],
      ['older_365', 'More than a year ago'],
    ]);
    expect(options('lastSignIn')).toEqual([
      ['any', 'Any'],
      ['never', 'Never'],
      ['within_7', 'In the last 7 days'],
      ['within_30', 'In the last 30 days'],
      ['within_90', 'In the last 90 days'],
      ['older_30', 'More than 30 days ago'],
      ['older_90', 'More than 90 days ago'],
      ['older_365', 'More than a year ago'],
    ]);
  });

  it('offers keys as values and words as labels for the worded columns', () => {
    const { options } = show();
    expect(options('idle')).toEqual([
      ['any', 'Any'],
      ['idle', 'Idle'],
      ['not_idle', 'Not idle'],
      ['exempt', 'Exempt'],
    ]);
    expect(options('role')).toEqual([
      ['any', 'Any'],
      ['admin', 'Admin'],
      ['agent', 'Agent'],
    ]);
    expect(options('seatClass').map(([value]) => value)).toEqual(['any', 'all_paid', 'paid', 'light', 'contributor', 'chat_only', 'shared']);
    expect(options('seatClass')[1]).toEqual(['all_paid', 'Every paid seat']);
    expect(options('ticketRestriction')).toEqual([
      ['any', 'Any'],
      ['none', 'None'],
      ['organization', "Requester's organization"],
      ['groups', "Agent's groups"],
      ['assigned', 'Assigned to agent'],
      ['requested', 'Requested by agent'],
    ]);
    expect(options('verified')).toEqual([
      ['any', 'Any'],
      ['yes', 'Yes'],
      ['no', 'No'],
      ['unset', 'Not set'],
    ]);
  });

  it('filters last seen like the other dates, with no session and unknown sessions apart', () => {
    const { options } = show();
    expect(options('lastSeen')).toEqual([
      ['any', 'Any'],
      ['never', 'No session'],
      ['unknown', 'Unknown'],
      ['within_7', 'In the last 7 days'],
      ['within_30', 'In the last 30 days'],
      ['within_90', 'In the last 90 days'],
      ['older_30', 'More than 30 days ago'],
      ['older_90', 'More than 90 days ago'],
      ['older_365', 'More than a year ago'],
    ]);
  });

  it('filters ticket interactions, the API-only signal and suspended agents', () => {
    const { options, select } = show();
    expect(options('interactions')).toEqual([
      ['any', 'Any'],
      ['none', 'None'],
      ['some', 'Some'],
      ['unknown', 'Unknown'],
    ]);
    expect(options('apiOnly')).toEqual([
      ['any', 'Any'],
      ['has', 'Has the signal'],
      ['has_not', 'Has not'],
    ]);
    expect(options('suspended')).toEqual([
      ['hide', 'Hide suspended'],
      ['any', 'Show all'],
      ['only', 'Only suspended'],
    ]);
    // The review starts with suspended agents hidden, as the switch does.
    expect(select('suspended').value).toBe('hide');
  });

  it('orders the roster’s role types by their words, an unknown one included', () => {
    const { options } = show();
    expect(options('roleType')).toEqual([
      ['any', 'Any'],
      ['agent', 'Agent'],
      ['custom', 'Custom role agent'],
      ['light', 'Light agent'],
      ['unknown_9', 'Unknown role type (9)'],
    ]);
  });

  it('hands over the chosen key', async () => {
    const { select, onChange } = show();
    await userEvent.selectOptions(select('lastSignIn'), 'older_90');
    expect(onChange).toHaveBeenCalledWith({ lastSignIn: 'older_90' });
    await userEvent.selectOptions(select('suspended'), 'only');
    expect(onChange).toHaveBeenCalledWith({ suspended: 'only' });
    await userEvent.selectOptions(select('interactions'), 'none');
    expect(onChange).toHaveBeenCalledWith({ interactions: 'none' });
  });

  it('speaks the admin’s language: the catalogue chosen after load, its plurals and numbers in the locale', () => {
    setFormats('de');
    setCatalogue({
      filters: { any: 'Alle', withinDays: (days: number) => `In den letzten ${days} Tagen`, withinYear: 'Im letzten Jahr' },
      columns: { columnCreated: 'Erstellt', roleTypeLight: 'Light-Agent' },
    });
    const { options } = show();
    expect(screen.getByText('Erstellt')).toBeInTheDocument();
    expect(options('lastSignIn').slice(0, 3)).toEqual([
      ['any', 'Alle'],
      ['never', 'Never'],
      ['within_7', 'In den letzten 7 Tagen'],
    ]);
    expect(options('created')[3]).toEqual(['within_365', 'Im letzten Jahr']);
    expect(options('roleType').map(([, words]) => words)).toContain('Light-Agent');
  });
});
