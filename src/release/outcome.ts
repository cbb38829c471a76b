/**
 * What became of each seat in a release or a restore, as data the report keeps and the
 * screen words: done, refused by Zendesk (with its reason), unknown (the write went out but
 * its result could not be read) or not attempted (cancelled, or stopped by a failure first).
 */
import type { Failure } from '../zendesk/failure';

/** Why Zendesk refused one seat: the account owner, a validation error, no permission, no such user, or the job failed. */
export type RefusalReason = 'owner' | 'invalid' | 'forbidden' | 'not-found' | 'job-failed' | 'other';

export interface Refusal {
  reason: RefusalReason;
  /** Zendesk's error code (`RecordInvalid`) and words, as sent. */
  code: string | null;
  detail: string | null;
}

export type ChangeOutcome =
  | { code: 'done' }
  | { code: 'refused'; refusal: Refusal }
  | { code: 'unknown'; failure: Failure }
  | { code: 'not-attempted'; failure: Failure | null };

/**
 * Zendesk documents no field naming the account owner: its refusal is recognised by its own
 * words ("account owner"), and shown with them either way.
 */
export function refusalOf(code: string | null, detail: string | null, status: number | null): Refusal {
  const words = `${code ?? ''} ${detail ?? ''}`;
  let reason: RefusalReason = 'other';
  if (/\bowner\b/i.test(words)) reason = 'owner';
  else if (status === 403 || /PermissionDenied|Forbidden/i.test(words)) reason = 'forbidden';
  else if (status === 404 || /RecordNotFound/i.test(words)) reason = 'not-found';
  else if (status === 400 || status === 422 || /RecordInvalid|InvalidValue/i.test(words)) reason = 'invalid';
  return { reason, code, detail };
}
