/** English: the filters panel (one filter a column; its field labels are the columns' headers). */
import { plural } from '../format';

export default {
  // The filters panel as a whole (read by screen readers).
  panelLabel: 'Filters',
  // The choice that filters nothing.
  any: 'Any',
  // The choice that filters nothing, for a date.
  anyTime: 'Any time',
  // A date column's choice: seats that never signed in.
  never: 'Never',
  // A date within the last days.
  withinDays: (days: number): string => plural(days, { one: 'In the last day', other: 'In the last # days' }),
  withinYear: 'In the last year',
  // A date older than that many days.
  olderThanDays: (days: number): string => plural(days, { one: 'More than a day ago', other: 'More than # days ago' }),
  olderThanYear: 'More than a year ago',
  yes: 'Yes',
  no: 'No',
  // A yes/no field Zendesk left empty.
  notSet: 'Not set',
  idle: 'Idle',
  notIdle: 'Not idle',
  exempt: 'Exempt',
  // In an empty name or email filter: it matches any part of the text.
  textContains: 'contains…',
  // Seat class: every seat that holds a paid seat, chat-only agents included (the "Paid seats" figure).
  allPaid: 'Every paid seat',
  // Last seen: the seat has no sign-in session at all.
  noSession: 'No session',
  // Last seen or ticket interactions not read (yet) from Zendesk.
  unknown: 'Unknown',
  // Ticket interactions: none in the idle window, or at least one.
  interactionsNone: 'None',
  interactionsSome: 'Some',
  // The filter on the "API-only sign-in?" signal (shown in the Idle column), and its two choices.
  apiOnlyLabel: 'API-only sign-in signal',
  hasSignal: 'Has the signal',
  lacksSignal: 'Has not',
  // The Suspended filter; "Hide suspended" is the same as the "Show suspended agents" switch off.
  suspendedHide: 'Hide suspended',
  suspendedAll: 'Show all',
  suspendedOnly: 'Only suspended',
};
