/** English: one seat's panel (its idle verdict, the facts it rests on, opening the user in Zendesk). */
import { plural } from '../format';

export default {
  // The panel's title for a user with neither name nor email.
  untitledUser: (id: number): string => `User ${id}`,
  noEmail: 'No email',
  // A tag after the email of a suspended agent.
  suspended: 'Suspended',
  verdictExempt: 'Exempt: on the exempt list, never flagged as idle',
  verdictNoPaidSeat: 'Holds no paid seat, so it is not judged',
  verdictIdle: 'Likely idle',
  // Not idle, but one of the reasons listed below it calls for a look (e.g. an API-only sign-in).
  verdictNotIdleWithSignal: 'Not idle, with a signal to check',
  verdictNotIdle: 'Not idle',
  signInOnly: 'Judged on sign-in only: ticket interactions are not known yet.',
  // The idle threshold's window, in days.
  interactionsInWindow: (idleDays: number): string =>
    plural(idleDays, { one: 'Ticket interactions (last day)', other: 'Ticket interactions (last # days)' }),
  // Engagement not loaded yet: never shown as zero.
  notKnownYet: 'Not known yet',
  openInZendesk: 'Open in Zendesk',
  // The panel's close button (read by screen readers).
  close: 'Close',
  openRefused: 'Zendesk did not open this user. Search for the email in Admin Center, under Team members.',
};
