/**
 * English: what went wrong in a review. `service` is a name ("Zendesk", "SaaS Management"),
 * `status` an HTTP status code, `detail` what the service itself said (its language, may be
 * empty), `url` an address: all shown as given.
 */
import { plural } from '../format';

/** ": what the service said" when it said something, else the sentence's full stop. */
const said = (detail: string): string => (detail ? `: ${detail}` : '.');
/** Nothing after a single attempt, " after 6 attempts" after several. */
const after = (attempts: number): string => (attempts === 1 ? '' : plural(attempts, { one: ' after # attempt', other: ' after # attempts' }));

export default {
  /** Rounded waits, used inside other sentences ("wait about 24 hours"). */
  aboutSeconds: (n: number): string => plural(n, { one: 'about # second', other: 'about # seconds' }),
  aboutMinutes: (n: number): string => plural(n, { one: 'about # minute', other: 'about # minutes' }),
  aboutHours: (n: number): string => plural(n, { one: 'about # hour', other: 'about # hours' }),
  aboutDays: (n: number): string => plural(n, { one: 'about # day', other: 'about # days' }),

  networkFailed: (service: string, attempts: number): string => `Could not reach ${service}${after(attempts)} (network error or no answer).`,
  zendeskUnauthenticated: 'Zendesk could not authenticate this session. Sign in again and reopen Seat Review.',
  credentialsRefused: (service: string, detail: string): string => `${service} refused the credentials (401)${said(detail)}`,
  accessRefused: (service: string, detail: string): string => `${service} refused access (403)${said(detail)}`,
  notFound: (service: string, url: string, detail: string): string => `${service} did not find ${url} (404)${said(detail)}`,
  requestRejected: (service: string, status: number, detail: string): string => `${service} rejected the request (${status})${said(detail)}`,
  rateLimitStillExceeded: (service: string, attempts: number): string =>
    `${service}'s rate limit was still exceeded${after(attempts)}. Try again in a few minutes.`,
  waitRequested: (service: string): string => `${service} asked Seat Review to wait before its next request.`,
  /** `wait` is a rounded wait such as "about 24 hours" (aboutHours). */
  waitTooLong: (service: string, wait: string): string =>
    `${service} asked Seat Review to wait ${wait} before sending more requests (its rate limit), longer than Seat Review holds a review. ` +
    'What was loaded is kept; resume loading later.',
  serverError: (service: string, status: number, attempts: number, detail: string): string =>
    `${service} had a server error (${status})${after(attempts)}${said(detail)}`,
  otherAnswer: (service: string, status: number, detail: string): string => `${service} answered ${status}${said(detail)}`,

  /** The lists Seat Review pages through, named inside the paging sentences below as `list`. */
  listTicketEvents: 'the ticket event export',
  listSessions: 'the list of sign-in sessions',
  listSeats: 'the list of seats',
  pagingRepeatedPage: (list: string, url: string): string =>
    `Zendesk's paging of ${list} pointed back to a page already read (${url}). ` +
    `Seat Review stopped there instead of reading the same pages forever: ${list} was not read to its end.`,
  pagingOffHostLink: (list: string, url: string): string =>
    `Zendesk's paging of ${list} pointed to another website (${url}). Seat Review did not follow it: ${list} was not read to its end.`,
  pagingEndedEarly: (list: string, url: string): string =>
    `Zendesk's paging of ${list} said more pages follow but gave no link to them (${url}). ` +
    `Seat Review cannot tell where to continue: ${list} was not read to its end.`,
  pagingStalledExport: (list: string, url: string): string =>
    `Zendesk's paging of ${list} stopped moving forward in time (${url}). ` +
    `Seat Review stopped there instead of reading the same time span forever: ${list} was not read to its end.`,

  unreadableUsersPage: (url: string): string => `Zendesk sent a page Seat Review cannot read (no "users" list) for ${url}.`,
  unreadableSessionsPage: (url: string): string => `Zendesk sent a sessions page Seat Review cannot read (${url}).`,
  unreadableTicketEventPage: (url: string): string => `Zendesk sent a ticket event page Seat Review cannot read (${url}).`,
  unreadableSearchCount: (url: string): string => `Zendesk sent a search count Seat Review cannot read (${url}).`,
  unreadableCustomRoles: (url: string): string => `Zendesk sent the list of custom roles Seat Review cannot read (${url}).`,
  unreadableJobStatus: (url: string): string => `Zendesk sent a background job's status Seat Review cannot read (${url}).`,
  unreadableUser: (url: string): string => `Zendesk sent an updated user Seat Review cannot read (${url}).`,

  snapshotNotKept: 'This snapshot was too large to keep in the browser, so it cannot be re-sent: send a new snapshot.',
  /** `detail` is the browser's own error message. */
  sendingStopped: (detail: string): string => `Sending stopped unexpectedly: ${detail}`,
};
