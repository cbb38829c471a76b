/**
 * A snapshot user's reason codes in the admin's words, for the snapshot CSV's
 * `idle_reasons_text` (the snapshot keeps codes, not the day counts behind them). Apart
 * from the table's words so that the release words it shares stay out of the first screen.
 */
import type { IdleReasonWire } from '../../seats/idle';
import type { SnapshotUser } from '../../snapshot/build';
import english from '../i18n/en/columns';
import { messages } from '../i18n/messages';
import { wireReasonText } from './release';

const REASON_CODE = /^(never_signed_in|api_only_sign_in|no_sign_in_\d+d|no_interactions_\d+d)$/;
const isReasonCode = (code: string): code is IdleReasonWire => REASON_CODE.test(code);

/** A snapshot user's reasons in words, for the snapshot CSV's `idle_reasons_text` (it keeps codes, not day counts); a code unknown here stays as is. */
export function snapshotReasonsText(user: Pick<SnapshotUser, 'idle_reasons'>): string {
  return user.idle_reasons.map((code) => (isReasonCode(code) ? wireReasonText(code) : code)).join(messages('columns', english).reasonSeparator);
}
