/** How the snapshot panel writes a moment: one format for the last push and the history's dates. */

/** `iso` as a medium date and short time, in US English like the rest of the panel; as given if unreadable. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}
