/**
 * The idle column's compact tag, from the verdict's codes and numbers: "Idle · 340 days"
 * (days since the last sign-in, as the reason counts them) or "Idle · never signed in", a
 * short tag for the API-only signal, a plain note for exempt and seat-less users, nothing
 * for an active seat. The full reasons stay in idleText (the cell's hidden text, the
 * shared tooltip and the seat's panel).
 */
import type { ReviewedSeat } from '../../seats/review';
import english from '../i18n/en/table';
import { messages } from '../i18n/messages';
import { idleText } from '../text/columns';

export type IdleTagTone = 'idle' | 'signal' | 'note';

export interface IdleTag {
  tone: IdleTagTone;
  text: string;
}

export function idleTag(row: ReviewedSeat): IdleTag | null {
  const t = messages('table', english);
  const { verdict } = row;
  if (verdict.idle) {
    const noSignIn = verdict.reasons.find((r) => r.code === 'no_sign_in');
    return { tone: 'idle', text: noSignIn ? t.idleForDays(noSignIn.lastSignInDaysAgo) : t.idleNeverSignedIn };
  }
  if (verdict.reasons.some((r) => r.code === 'api_only_sign_in')) return { tone: 'signal', text: t.apiOnlyTag };
  // Any other signal a later verdict may carry: its own words, until it has a tag.
  if (verdict.reasons.length > 0) return { tone: 'signal', text: idleText(row) };
  if (verdict.exempt || !verdict.paid) return { tone: 'note', text: idleText(row) };
  return null;
}
