/**
 * The words of one seat's panel (codes and numbers from src/seats/). Only the panel, which
 * loads on request, imports this file: the first screen's words stay in its components.
 */
import type { IdleVerdict } from '../../seats/idle';

/** The panel's headline for the idle verdict; the reasons follow it one by one (idleReasonText). */
export function verdictText(verdict: IdleVerdict): string {
  if (verdict.exempt) return 'Exempt: on the exempt list, never flagged as idle';
  if (!verdict.paid) return 'Holds no paid seat, so it is not judged';
  if (verdict.idle) return 'Likely idle';
  return verdict.reasons.length > 0 ? 'Not idle, with a signal to check' : 'Not idle';
}

/** Said under the verdict while ticket interactions are not known. */
export const SIGN_IN_ONLY_TEXT = 'Judged on sign-in only: ticket interactions are not known yet.';

export function interactionsLabel(idleDays: number): string {
  return `Ticket interactions (last ${idleDays === 1 ? 'day' : `${idleDays} days`})`;
}

/** Engagement not loaded (yet): never shown as zero. */
export const NOT_KNOWN_TEXT = 'Not known yet';

export const OPEN_IN_ZENDESK_TEXT = 'Open in Zendesk';
export const OPEN_REFUSED_TEXT = 'Zendesk did not open this user. Search for the email in Admin Center, under Team members.';
