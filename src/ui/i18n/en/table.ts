/** English: the review screen around the table (heading, alerts, search, toolbar, counts) and the table's own controls. */
import { num, plural } from '../format';

export default {
  heading: 'Seat review',
  // Under the heading: the account's host name, then the idle rules in force (from the app's settings).
  reviewScope: (host: string, idleDays: number, graceDays: number): string =>
    `${host} · ${plural(idleDays, { one: 'idle after # day without sign-in', other: 'idle after # days without sign-in' })} · ${plural(graceDays, {
      one: "# day's grace for new seats",
      other: "# days' grace for new seats",
    })}`,
  // Loads the seats from Zendesk again.
  reload: 'Reload',
  loadingStopped: (loaded: number): string =>
    plural(loaded, { one: 'Loading stopped: # seat loaded so far is shown', other: 'Loading stopped: # seats loaded so far are shown' }),
  resumeLoading: 'Resume loading',
  unreadableRecords: (count: number): string =>
    plural(count, {
      one: '# user record from Zendesk could not be read (no valid id) and is not listed.',
      other: '# user records from Zendesk could not be read (no valid id) and are not listed.',
    }),
  searchLabel: 'Search seats',
  searchPlaceholder: 'Name or email',
  // Opens the filters panel.
  filters: 'Filters',
  filtersActive: (active: number): string => `Filters (${num(active)})`,
  clearFilters: 'Clear filters',
  // Downloads the seats shown as a CSV file.
  exportCsv: (shown: number): string => `Export CSV (${num(shown)})`,
  showingSeats: (shown: number, total: number): string =>
    plural(total, { one: `Showing ${num(shown)} of # seat`, other: `Showing ${num(shown)} of # seats` }),
  // How many seats are selected for release.
  selectedCount: (selected: number): string => `${num(selected)} selected`,
  selectLikelyIdle: 'Select all likely idle',
  clearSelection: 'Clear selection',
  releaseSelected: (selected: number): string => `Release selected (${num(selected)})`,
  // Header of the checkbox column (read by screen readers).
  selectColumn: 'Select',
  // A row's checkbox, by the seat's name or email.
  selectSeat: (who: string): string => `Select ${who}`,
  // Opens the list of columns the table shows (the choice is remembered in this browser).
  columnsButton: 'Columns',
  // The list of columns: a group of checkboxes, one per column that can be hidden.
  columnsShown: 'Columns shown',
  // Shows every column again.
  showAllColumns: 'Show all columns',
  // Tag beside a suspended agent's name.
  suspendedTag: 'Suspended',
  // Idle column: a likely-idle seat, by the days since it last signed in ("Idle · 340 days").
  idleForDays: (days: number): string => plural(days, { one: 'Idle · # day', other: 'Idle · # days' }),
  // Idle column: a likely-idle seat that never signed in.
  idleNeverSignedIn: 'Idle · never signed in',
  // Idle column: the API-only sign-in signal (not idle, worth a look); the full reason is in the tooltip and the seat's panel.
  apiOnlyTag: 'API-only?',
};
