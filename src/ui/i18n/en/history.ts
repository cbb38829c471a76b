/** English: the seat history (the trend of paid, idle and suspended seats by day), the last snapshot's status and where the history is kept. */
import { num, plural } from '../format';

export default {
  title: 'Seat history',
  keptInZendesk: 'Kept in Zendesk: every admin sees the same history.',
  loading: 'Loading the seat history…',
  empty: 'No review recorded yet: this one will be the first day of the history.',

  // Why the history is kept in this browser only (HistoryFallback codes).
  fallbackTitle: 'History kept in this browser only',
  fallbackPlan:
    "This Zendesk plan has no room for the app's custom object, so other admins and other browsers do not see this history. Plans with custom objects keep it in Zendesk.",
  fallbackNotInstalled:
    'Seat Review was installed without its custom object (Seat Review day), so other admins and other browsers do not see this history. Reinstall the app to keep it in Zendesk.',
  fallbackUnreadable: "Zendesk's history could not be read just now: this is this browser's copy. It is read again when Seat Review next opens.",
  /** `reason` is a sentence from the errors area. */
  writeProblem: (reason: string): string => `Today's review could not be added to the history: ${reason}`,

  // The last snapshot: `when` is a time ("06:10 AM UTC") or a date and time; `kind` is runManual or runUnattended.
  lastSnapshotLabel: 'Last snapshot:',
  snapshotSent: (when: string, kind: string, accepted: number, parts: number): string =>
    plural(parts, {
      one: `Sent ${when}, ${kind}, ${num(accepted)} of # part accepted`,
      other: `Sent ${when}, ${kind}, ${num(accepted)} of # parts accepted`,
    }),
  snapshotPartial: (when: string, kind: string, accepted: number, parts: number): string =>
    plural(parts, {
      one: `Partly sent ${when}, ${kind}, ${num(accepted)} of # part accepted`,
      other: `Partly sent ${when}, ${kind}, ${num(accepted)} of # parts accepted`,
    }),
  snapshotFailed: (when: string, kind: string, accepted: number, parts: number): string =>
    plural(parts, {
      one: `Sending stopped ${when}, ${kind}, ${num(accepted)} of # part accepted`,
      other: `Sending stopped ${when}, ${kind}, ${num(accepted)} of # parts accepted`,
    }),
  snapshotRejected: (when: string, kind: string, accepted: number, parts: number): string =>
    plural(parts, {
      one: `Refused by SaaS Management ${when}, ${kind}, ${num(accepted)} of # part accepted`,
      other: `Refused by SaaS Management ${when}, ${kind}, ${num(accepted)} of # parts accepted`,
    }),
  snapshotNotConfigured: (when: string, kind: string): string => `Reviewed ${when}, ${kind}: not sent, no SaaS Management endpoint is set`,
  runManual: 'manual',
  runUnattended: 'unattended',
  runUnknown: 'run not recorded',
  /** Who ran the review the snapshot came from. */
  ranBy: (name: string): string => `Run by ${name}`,
  noSnapshot: 'No snapshot recorded yet.',

  // The change since the previous review: "Since the previous review (Nov 27, 2026): +2 paid seats, -1 likely idle, 0 suspended".
  // `n` is the size of the change (it picks the plural form), `change` the change as shown, signed ("+2", "-1", "0").
  changeSince: (day: string, changes: string): string => `Since the previous review (${day}): ${changes}`,
  changePaid: (n: number, change: string): string => plural(n, { one: `${change} paid seat`, other: `${change} paid seats` }),
  changeIdle: (n: number, change: string): string => plural(n, { one: `${change} likely idle`, other: `${change} likely idle` }),
  changeSuspended: (n: number, change: string): string => plural(n, { one: `${change} suspended`, other: `${change} suspended` }),
  /** `amount` is a signed amount with its currency ("-50 USD"). */
  changeCost: (amount: string): string => `${amount} a month`,

  // The chart and its legend.
  seriesPaid: 'Paid seats',
  seriesIdle: 'Likely idle',
  seriesSuspended: 'Suspended',
  seriesCost: 'Idle and suspended seats cost a month',
  noReviewThatDay: 'No review that day',
  /** The chart's accessible summary: `from` and `to` are dates. */
  chartRange: (days: number, from: string, to: string, reviewed: number): string =>
    plural(days, {
      one: `Seats on # day, ${from}: ${num(reviewed)} reviewed.`,
      other: `Seats over # days, ${from} to ${to}: ${num(reviewed)} reviewed, ${num(days - reviewed)} without a review.`,
    }),
  chartLatest: (day: string, paid: number, idle: number, suspended: number): string =>
    `Latest, ${day}: ${num(paid)} paid, ${num(idle)} likely idle, ${num(suspended)} suspended.`,
  /** `amount` is already formatted with its currency. */
  costLatest: (day: string, amount: string): string => `Idle and suspended seats cost ${amount} a month on ${day}.`,

  // The table view.
  showTable: 'Show as table',
  tableLabel: 'Seat history by day',
  reviewedDays: (reviewed: number, days: number): string =>
    plural(days, { one: `${num(reviewed)} of # day reviewed`, other: `${num(reviewed)} of the last # days reviewed` }),
  columnDay: 'Day',
  columnPaid: 'Paid',
  columnIdle: 'Likely idle',
  columnSuspended: 'Suspended',
  columnCost: 'Cost a month',
  columnSnapshot: 'Snapshot',
  columnRun: 'Run by',
  statusSent: 'Sent',
  statusPartial: 'Partly sent',
  statusFailed: 'Sending stopped',
  statusRejected: 'Refused',
  statusNotConfigured: 'Not sent (no endpoint)',
  /** A table cell with nothing to show. */
  none: '—',
};
