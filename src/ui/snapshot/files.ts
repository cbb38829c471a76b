/**
 * The downloads for platforms that take a file rather than a push (Flexera One, Zylo),
 * written from a snapshot of the review on screen with its suspended seats. Loaded when
 * the admin asks for one, so neither the formatters nor this glue weigh on the first screen.
 */
import { FLEXERA_MAX_BYTES, flexeraRoster } from '../../destinations/files/flexera';
import { platformFileName, type FilePlatform } from '../../destinations/files/name';
import { zyloUsageCsv } from '../../destinations/files/zylo';
import { withRoster } from '../../destinations/roster';
import type { Snapshot } from '../../snapshot/build';
import type { ReviewedSeat } from '../../seats/review';
import { saveFile } from '../download';
import { gzipText } from './gzip';

/** What the admin should know about a file just saved. */
export type FileNotice =
  /** The browser could not gzip: saved as plain JSON Lines, to be gzipped before upload. */
  | { code: 'flexera-not-gzipped' }
  /** Gzipped, yet above Flexera's limit per file. */
  | { code: 'flexera-too-large'; bytes: number; limit: number };

/** Saves the platform's file from `built` and the suspended seats of `reviewed`; resolves with what the admin should know, or null. */
export async function saveForPlatform(platform: FilePlatform, built: Snapshot, reviewed: readonly ReviewedSeat[]): Promise<FileNotice | null> {
  const snapshot = withRoster(built, reviewed, null);
  if (platform === 'zylo') {
    // The byte-order mark makes spreadsheet programs read names as UTF-8, as for the other CSVs.
    saveFile(platformFileName('zylo', snapshot, 'csv'), 'text/csv;charset=utf-8', `\uFEFF${zyloUsageCsv(snapshot)}`);
    return null;
  }
  const lines = flexeraRoster(snapshot);
  const gzipped = await gzipText(lines).catch(() => null);
  if (!gzipped) {
    saveFile(platformFileName('flexera', snapshot, 'jsonl'), 'application/jsonl', lines);
    return { code: 'flexera-not-gzipped' };
  }
  saveFile(platformFileName('flexera', snapshot, 'jsonl.gz'), 'application/gzip', gzipped);
  return gzipped.size > FLEXERA_MAX_BYTES ? { code: 'flexera-too-large', bytes: gzipped.size, limit: FLEXERA_MAX_BYTES } : null;
}
