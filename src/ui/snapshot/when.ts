/** How the snapshot panel writes a moment: one format for the last push and the history's dates. */
import { dateTime } from '../i18n/format';

/** `iso` as the screen writes a date and time, in the admin's locale; as given if unreadable. */
export function formatWhen(iso: string): string {
  const ms = new Date(iso).getTime();
  return Number.isNaN(ms) ? iso : dateTime(ms);
}
