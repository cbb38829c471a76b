/**
 * What the admin must be told when the browser could not keep what the outbox wrote:
 * a send never fails silently, and a snapshot that cannot outlive the page says so.
 */
import type { OutboxKeeping, OutboxState } from './outbox';

export type StorageNotice =
  /** The snapshot could not be kept, but every part was accepted. */
  | { code: 'snapshot-not-kept-sent' }
  /** The pending snapshot lives only in this page: it will not survive a reload. */
  | { code: 'snapshot-not-kept-pending' }
  /** History and progress could not be written: they last only while the app is open. */
  | { code: 'history-not-kept' };

export function storageNotice(state: OutboxState, keeping: OutboxKeeping): StorageNotice | null {
  const { pending, lastPush } = state;
  if (pending && keeping.notKept === pending.snapshot_id) return { code: 'snapshot-not-kept-pending' };
  if (!pending && keeping.notKept !== null && lastPush?.snapshot_id === keeping.notKept && lastPush.result === 'sent') {
    return { code: 'snapshot-not-kept-sent' };
  }
  return keeping.state ? null : { code: 'history-not-kept' };
}
