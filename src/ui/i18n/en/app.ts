/** English: the app's screens before the review: connecting, opened outside Zendesk, no answer, failed start, not an admin. */
import { plural } from '../format';

export default {
  /** Accessible name of the spinner while the app joins the Zendesk page. */
  connecting: 'Connecting to Zendesk',
  outsideZendeskTitle: 'Open Seat Review from Zendesk',
  outsideZendesk: "This page is a Zendesk app. Open it from the Seat Review icon in Zendesk Support's left navigation.",
  hostSilentTitle: 'Zendesk did not answer',
  hostSilent: (seconds: number): string =>
    plural(seconds, {
      one: 'The app waited # second for Zendesk to register it. Reload the page; if this keeps happening, reinstall the app.',
      other: 'The app waited # seconds for Zendesk to register it. Reload the page; if this keeps happening, reinstall the app.',
    }),
  /** Above the error's own text (which is not translated). */
  startFailedTitle: 'Seat Review could not start',
  refusedTitle: 'Only admins can review seats',
  /** `name` is the signed-in user's name, `role` their Zendesk role as Zendesk names it (e.g. agent). */
  refused: (name: string, role: string): string =>
    "Seat Review shows every agent's seat and sign-in history, so it is limited to Zendesk admins. " +
    `You are signed in as ${name} (${role}). Ask an admin of this account if you need a seat review.`,
  /** Stand-ins in the sentence above when Zendesk gave no name or no role. */
  someUser: 'a user',
  noRole: 'no role',
};
