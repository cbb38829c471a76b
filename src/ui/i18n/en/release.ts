/**
 * English: releasing seats — the preview and its confirmations, the run's progress and waits,
 * the report's outcomes, refusals and restores, the money, the history and the report's CSV.
 */
import { money, num, plural } from '../format';

export default {
  // ---- the preview ----
  /** A seat with neither name nor email, by its Zendesk user id. */
  userById: (id: number): string => `User ${id}`,
  previewTitleNamed: (name: string): string => `Release ${name}`,
  previewTitle: (count: number): string => plural(count, { one: 'Release # seat', other: 'Release # seats' }),
  // The button that confirms the release.
  confirm: (count: number): string => plural(count, { one: 'Release # seat', other: 'Release # seats' }),
  // The admin types the number as shown, digits only: keep `count` as is.
  typeToConfirm: (count: number): string => `Type ${count} to confirm`,
  targetLegend: 'Release to',
  targetEndUser: 'End user',
  targetLightAgent: 'Light agent',
  /** `role` is the account's own name for its light agent role. */
  targetLightAgentNamed: (role: string): string => `Light agent (${role})`,
  endUserHint: 'Frees the agent seat. The user keeps their profile and tickets they requested.',
  lightAgentHint: 'Frees the agent seat; the user can still see tickets and add private comments.',
  lightAgentChecking: 'Checking whether the account has a Light agent role…',
  lightAgentRolesFailed: 'Light agent is not offered: the account’s custom roles could not be read.',
  lightAgentNone: 'Light agent is not offered: the account has no Light agent role.',
  ticketFateEndUser:
    'Zendesk reassigns each seat’s tickets that are not closed to you, the admin making the change (or to another agent of the ticket’s group if you are not in it). Closed tickets keep their assignee. The user leaves their groups.',
  ticketFateLightAgent: 'Zendesk reassigns each seat’s solved tickets and unassigns its other tickets that are not solved.',
  // A seat's open ticket count while it is counted, or when it could not be.
  openTicketsCounting: 'counting…',
  openTicketsUnknown: 'unknown',
  // Beside a seat's open ticket count: what Zendesk does with them.
  seatTicketsNone: 'none to move',
  seatTicketsAnyReassigned: 'any open ones reassigned to you',
  seatTicketsAnyUnassigned: 'any open ones unassigned',
  seatTicketsReassigned: (count: number): string => plural(count, { one: 'it is reassigned to you', other: 'all reassigned to you' }),
  seatTicketsUnassigned: (count: number): string => plural(count, { one: 'it is unassigned', other: 'all unassigned' }),
  previewSeat: 'Seat',
  previewWhy: 'Why it looks idle',
  previewTickets: 'Open assigned tickets',
  previewFate: 'What Zendesk does',
  // An admin or exempt seat opened from its own panel.
  noIdleReason: 'Not flagged as idle',
  warningIntegrations: 'Integrations the user authorised (OAuth grants, API tokens) may stop working.',
  warningMacros: 'What happens to the user’s personal macros and views is not documented by Zendesk.',
  warningBill: 'The bill does not drop until the account owner lowers the seat count in Admin Center.',
  /** `problem` is a sentence saying what went wrong. */
  countingFailed: (problem: string): string => `Counting open tickets stopped: ${problem}`,
  rolesFailed: (problem: string): string => `The account’s custom roles could not be read: ${problem}`,
  flaggedAdmin: (name: string): string => `${name} is an admin. Release ${name} anyway?`,
  flaggedExempt: (name: string): string => `${name} is on the exempt list. Release ${name} anyway?`,
  anywayNamed: (name: string): string => `Release ${name} anyway`,
  anyway: (count: number): string => plural(count, { one: 'Release # seat anyway', other: 'Release # seats anyway' }),
  cancel: 'Cancel',
  back: 'Back',
  // The dialog's close button, for screen readers.
  closeDialog: 'Close',

  // ---- progress ----
  releasing: (done: number, total: number): string =>
    plural(total, { one: `Releasing ${num(done)} of # seat`, other: `Releasing ${num(done)} of # seats` }),
  restoring: (done: number, total: number): string =>
    plural(total, { one: `Restoring ${num(done)} of # seat`, other: `Restoring ${num(done)} of # seats` }),
  etaEstimating: 'Estimating time left…',
  etaAlmostDone: 'Almost done',
  etaSeconds: (n: number): string => plural(n, { one: 'About # second left', other: 'About # seconds left' }),
  etaMinutes: (n: number): string => plural(n, { one: 'About # minute left', other: 'About # minutes left' }),
  etaHours: (n: number): string => plural(n, { one: 'About # hour left', other: 'About # hours left' }),
  etaDays: (n: number): string => plural(n, { one: 'About # day left', other: 'About # days left' }),
  waitJobSlot: 'Waiting for one of its jobs to finish (Zendesk runs at most 30 at a time).',
  waitTooManyJobs: 'Zendesk’s job limit is reached; waiting for jobs to finish.',
  waitRateLimited: 'Zendesk asked to slow down (rate limit); waiting before the next request.',
  waitServerError: 'Zendesk had a server error; trying again shortly.',
  waitNetworkError: 'No answer from Zendesk; trying again shortly.',
  // Zendesk background jobs sent and not yet finished.
  jobsInFlight: (n: number): string => plural(n, { one: '# job in flight', other: '# jobs in flight' }),
  cancelRun: 'Cancel',
  cancelling: 'Cancelling: no new jobs are sent; jobs already sent finish.',

  // ---- the report ----
  outcomeReleased: 'Released',
  outcomeRefused: 'Refused',
  outcomeUnknown: 'Unknown',
  outcomeNotAttempted: 'Not attempted',
  outcomePending: 'Pending',
  // Refusals; `detail` is Zendesk's own message (in English, as Zendesk sends it).
  refusedOwner: 'The account owner cannot be downgraded',
  refusedOwnerSaying: (detail: string): string => `The account owner cannot be downgraded (Zendesk: ${detail})`,
  refusedChange: 'Zendesk refused the change',
  refusedChangeSaying: (detail: string): string => `Zendesk refused the change: ${detail}`,
  refusedForbidden: 'Zendesk did not allow the change (only admins can change roles)',
  refusedForbiddenSaying: (detail: string): string => `Zendesk did not allow the change (only admins can change roles): ${detail}`,
  refusedNotFound: 'Zendesk has no such user any more',
  refusedNotFoundSaying: (detail: string): string => `Zendesk has no such user any more: ${detail}`,
  refusedJobFailed: 'Zendesk’s background job failed',
  refusedJobFailedSaying: (detail: string): string => `Zendesk’s background job failed: ${detail}`,
  closedBeforeAnswer: 'Unknown: the app closed before Zendesk’s answer',
  /** `problem` is a sentence saying what went wrong. */
  answerUnreadable: (problem: string): string => `Zendesk’s answer could not be read: ${problem}`,
  cancelledBeforeSent: 'Cancelled before it was sent',
  restored: 'Restored',
  // `reason` is a refusal above; `problem` a sentence saying what went wrong.
  restoreRefused: (reason: string): string => `Restore refused: ${reason}`,
  restoreUnknown: (problem: string): string => `Restore unknown: ${problem}`,
  restoreNotSent: (problem: string): string => `Restore not sent: ${problem}`,
  restoreCancelled: 'Restore cancelled before it was sent',
  // The report's counts, shown side by side ("2 released · 1 refused").
  countReleased: (n: number): string => plural(n, { other: '# released' }),
  countRefused: (n: number): string => plural(n, { other: '# refused' }),
  countUnknown: (n: number): string => plural(n, { other: '# unknown' }),
  countNotAttempted: (n: number): string => plural(n, { other: '# not attempted' }),
  countPending: (n: number): string => plural(n, { other: '# pending' }),
  countRestored: (n: number): string => plural(n, { other: '# restored' }),
  // A report in the history: `when` is a date and time.
  reportToEndUser: (when: string, count: number): string =>
    plural(count, { one: `${when}: # seat to end user`, other: `${when}: # seats to end user` }),
  reportToLightAgent: (when: string, count: number): string =>
    plural(count, { one: `${when}: # seat to light agent`, other: `${when}: # seats to light agent` }),
  reportToEndUserCancelled: (when: string, count: number): string =>
    plural(count, { one: `${when}: # seat to end user (cancelled)`, other: `${when}: # seats to end user (cancelled)` }),
  reportToLightAgentCancelled: (when: string, count: number): string =>
    plural(count, { one: `${when}: # seat to light agent (cancelled)`, other: `${when}: # seats to light agent (cancelled)` }),
  reportHeading: 'Release report',
  historyHeading: 'Release history',
  historyToggle: (count: number): string => `Release history (${num(count)})`,
  reportSeat: 'Seat',
  reportOutcome: 'Outcome',
  reportTickets: 'Open tickets',
  reportBefore: 'Previous role',
  reportRestore: 'Restore',
  restore: 'Restore',
  restoreAll: (count: number): string => `Restore all released (${num(count)})`,
  download: 'Download CSV',
  closeReport: 'Close',
  // The seat panel's button.
  releaseThisSeat: 'Release this seat',
  notRestored:
    'Restore puts back the seat’s role and custom role. Zendesk does not restore ticket assignments or group memberships: reassign tickets and add the agent back to groups by hand.',
  notKept: 'This report could not be kept in this browser: download it now, or it is lost when Seat Review closes.',

  // ---- money ----
  bill: (released: number): string =>
    plural(released, {
      one: 'Zendesk still bills this seat until the account owner lowers the subscription’s seat count in Admin Center (usually from the next billing cycle). Lower it by up to #.',
      other:
        'Zendesk still bills these # seats until the account owner lowers the subscription’s seat count in Admin Center (usually from the next billing cycle). Lower it by up to #.',
    }),
  // `seatPrice` is a month's price of one seat.
  saving: (released: number, seatPrice: number): string =>
    `At ${money(seatPrice)} a seat, lowering it by ${num(released)} saves ${money(released * seatPrice)} a month.`,

  // ---- idle reasons as a report keeps them (only the day threshold is kept) ----
  keptNeverSignedIn: 'Never signed in',
  keptApiOnlySignIn: 'API-only sign-in?',
  keptNoSignIn: (days: number): string => plural(days, { one: 'No sign-in for #+ days', other: 'No sign-in for #+ days' }),
  keptNoInteractions: (days: number): string => plural(days, { one: 'No ticket interaction in # day', other: 'No ticket interaction in # days' }),

  // ---- the report's CSV: column headers ----
  csvUserId: 'User ID',
  csvName: 'Name',
  csvEmail: 'Email',
  csvOutcome: 'Outcome',
  csvReason: 'Reason',
  csvIdleReasons: 'Why it looked idle',
  csvOpenTickets: 'Open tickets',
  csvPreviousRole: 'Previous role',
  csvRestore: 'Restore',
};
