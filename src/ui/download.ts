/** Downloads from inside the app's iframe: any file, and the seats shown as CSV. */
import type { ReviewedSeat } from '../seats/review';
import { CSV_WORDS } from './text/columns';

/** Saves text (or bytes already in a Blob) as a file from inside the app's iframe (Zendesk allows downloads there). */
export function saveFile(name: string, type: string, text: string | Blob): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV of exactly the rows shown; the CSV code loads only when asked for. */
export async function exportRowsAsCsv(rows: readonly ReviewedSeat[], subdomain: string, now: Date): Promise<void> {
  const { seatsToCsv, csvFileName } = await import('../seats/csv');
  // The byte-order mark makes spreadsheet programs read names as UTF-8.
  saveFile(csvFileName(subdomain, now), 'text/csv;charset=utf-8', `\uFEFF${seatsToCsv(rows, CSV_WORDS)}`);
}
