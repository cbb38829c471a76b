/** English: the roster's loading progress and pauses, a roster read short, and the counting of ticket interactions. */
import { num, plural } from '../format';

const days = (n: number): string => plural(n, { one: '# day', other: '# days' });
const requests = (n: number): string => plural(n, { one: '# request', other: '# requests' });

export default {
  /** Accessible name of the roster's progress bar. */
  loadingSeats: 'Loading seats',
  seatsLoaded: (loaded: number): string => plural(loaded, { one: '# seat loaded…', other: '# seats loaded…' }),
  /** Zendesk's count of seats is approximate, hence "about". */
  seatsLoadedOfAbout: (loaded: number, expected: number): string =>
    plural(loaded, { one: `# seat loaded of about ${num(expected)}…`, other: `# seats loaded of about ${num(expected)}…` }),
  /**
   * A pause while loading, in two parts shown one after the other: why (announced once, when
   * the wait starts; `seconds` is the wait Zendesk asked for) and the countdown, which
   * continues the sentence and changes every second: "Zendesk had a server error (503)" +
   * ": retrying in 4 s.". At 0 the request is on its way.
   */
  waitRateLimited: (seconds: number): string => `Zendesk asked us to wait ${num(seconds)} s, its rate limit reached`,
  waitServerError: (status: number): string => `Zendesk had a server error (${status})`,
  waitNoAnswer: 'No answer from Zendesk',
  resumingIn: (seconds: number): string => (seconds > 0 ? `: resuming in ${num(seconds)} s.` : ': resuming now…'),
  retryingIn: (seconds: number): string => (seconds > 0 ? `: retrying in ${num(seconds)} s.` : ': retrying now…'),

  rosterPartlyLoaded: (read: number, expected: number): string =>
    plural(expected, {
      one: `${num(read)} of # seat loaded; the rest could not be read`,
      other: `${num(read)} of # seats loaded; the rest could not be read`,
    }),
  rosterLoadedRestUnread: (read: number): string =>
    plural(read, { one: '# seat loaded; the rest could not be read', other: '# seats loaded; the rest could not be read' }),
  rosterCountDisagrees: (expected: number, read: number): string =>
    `Zendesk counted ${num(expected)} records, but its pages listed ${num(read)}, even when read a second time.`,
  rosterFiguresLeaveOut: 'The figures below leave those seats out; a snapshot cannot be sent as complete.',
  loadAgain: 'Load again',

  /** How Seat Review counts ticket interactions, what it costs, and what the other way would have cost. */
  countingTicketEvents: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
    `Counting ticket updates and comments of the last ${days(idleDays)} from Zendesk's ticket event export: ${requests(count)} ` +
    `(search counts would need ${requests(alternative)}), at most ${num(perMinute)} a minute.`,
  /** As countingTicketEvents, when search's cost was estimated from the seat count before the roster was in. */
  countingTicketEventsUpTo: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
    `Counting ticket updates and comments of the last ${days(idleDays)} from Zendesk's ticket event export: ${requests(count)} ` +
    `(search counts would need up to ${requests(alternative)}), at most ${num(perMinute)} a minute.`,
  countingSearch: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
    `Counting the tickets each paid seat commented on in the last ${days(idleDays)} with Zendesk search: ${requests(count)} ` +
    `(the ticket event export would need about ${requests(alternative)}), at most ${num(perMinute)} a minute.`,
  sizingActivity: 'Sizing the ticket activity to count…',
  /** `from` is a date and time. */
  resumingExport: (from: string): string => `Updating the counts kept from the last review: resuming Zendesk's ticket event export from ${from}.`,
  /** Accessible name of the counting's progress bar. */
  loadingInteractions: 'Loading ticket interactions',
  requestsDone: (done: number, total: number): string => plural(total, { one: `${num(done)} of # request`, other: `${num(done)} of # requests` }),
  /** The counting's time left, an estimate counting down every second. */
  timeLeftSeconds: (seconds: number): string => `about ${num(seconds)} s left`,
  timeLeftMinutesSeconds: (minutes: number, seconds: number): string => `about ${num(minutes)} min ${num(seconds)} s left`,
  timeLeftHoursMinutes: (hours: number, minutes: number): string => `about ${num(hours)} h ${num(minutes)} min left`,
  /** Nothing left to count down: what is left fits in the current minute's requests (or the estimate ran out). */
  timeLeftUnderAMinute: 'under a minute left',
  cancel: 'Cancel',
  /** `reason` is the failure, already worded. */
  sessionsUnread: (reason: string): string => `Last seen is unknown: sessions could not be read (${reason}).`,
  countsNotKept:
    'This browser could not keep the ticket interaction counts for the next review (its storage is full or blocked): the next review counts the whole window again.',
  interactionsCancelled: 'Ticket interactions not counted (cancelled)',
  interactionsFailed: 'Ticket interactions could not be counted',
  interactionsUnknown: 'Interaction figures show as unknown and idle verdicts rest on sign-in only.',
  countAgain: 'Count again',
};
