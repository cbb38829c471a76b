/**
 * The words of the snapshot panel's codes, in the admin's language: endpoint refusals, why a
 * push stopped, retries, restarts, storage notices, send refusals and the history's changes
 * and statuses (codes from src/snapshot/). The panel's own labels are read through `snapshotWords`.
 */
import type { DestinationName } from '../../destinations/names';
import { SNAPSHOT_SCHEMA } from '../../snapshot/build';
import type { ChangeSummary } from '../../snapshot/diff';
import { DESTINATION_ID_SETTING, ENDPOINT_SETTING, TOKEN_SETTING, type EndpointProblem } from '../../snapshot/endpoint';
import type { HistoryStatus, Restart } from '../../snapshot/outbox';
import type { PushProblem } from '../../snapshot/pushProblem';
import type { SendReadiness } from '../../snapshot/readiness';
import type { StorageNotice } from '../../snapshot/storageNotice';
import type { RetryNotice } from '../../review';
import english from '../i18n/en/snapshot';
import { formatLocale } from '../i18n/format';
import { messages } from '../i18n/messages';
import type { FileNotice } from '../snapshot/files';
import { failureText } from './errors';
import { choicesText, destinationIdMissingText, PLATFORM_NAMES, settingWords } from './settings';

export const snapshotWords = () => messages('snapshot', english);

/** Items side by side ("a, b, c"), as the locale separates them without "and". */
const sideBySide = (items: readonly string[]): string => new Intl.ListFormat(formatLocale(), { type: 'unit', style: 'short' }).format(items);

/** Where snapshots go, as the configured destination has it: its id on the platform, or the endpoint's web address. */
export interface DestinationTarget {
  name: DestinationName;
  /** `saas_destination_id`, where the platform needs one. */
  id: string | null;
  /** The checked endpoint. */
  url: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** "Usage snapshots go to Zluri (instance X) through Zendesk's secure proxy." */
export function destinationText({ name, id, url }: DestinationTarget): string {
  const t = snapshotWords();
  const platform = PLATFORM_NAMES[name];
  switch (name) {
    case 'seat-review':
      return t.sendsTo(SNAPSHOT_SCHEMA, hostOf(url));
    case 'okta-workflows':
      return t.sendsToPlatform(platform, hostOf(url));
    case 'zluri':
      return t.sendsToPlatform(platform, t.zluriInstance(id ?? ''));
    case 'torii':
      return t.sendsToPlatform(platform, t.toriiAppAccount(id ?? ''));
    case 'lumos':
      return t.sendsToPlatform(platform, t.lumosApp(id ?? ''));
  }
}

/** The Send button: "Send snapshot" in Seat Review's own format, "Send to Zluri" to a platform. */
export function sendLabel(name: DestinationName, whenFinished: boolean): string {
  const t = snapshotWords();
  if (name === 'seat-review') return whenFinished ? t.sendWhenFinished : t.send;
  return whenFinished ? t.sendToWhenFinished(PLATFORM_NAMES[name]) : t.sendTo(PLATFORM_NAMES[name]);
}

/** A file size in (decimal) megabytes, as the admin's language writes the unit: "3.4 MB". */
export function megabytes(bytes: number): string {
  return new Intl.NumberFormat(formatLocale(), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
}

/** What the admin should know about a file just downloaded for a platform. */
export function fileNoticeText(notice: FileNotice): string {
  const t = snapshotWords();
  if (notice.code === 'flexera-not-gzipped') return t.flexeraNotGzipped;
  return t.flexeraTooLarge(megabytes(notice.bytes), megabytes(notice.limit));
}

/** Why snapshots cannot go to the endpoint setting, and what to do. */
export function endpointProblemText(problem: EndpointProblem): string {
  const t = snapshotWords();
  switch (problem.code) {
    case 'missing':
      return t.endpointMissing(ENDPOINT_SETTING);
    case 'placeholder':
      return t.endpointPlaceholder(ENDPOINT_SETTING, problem.value);
    case 'not-a-url':
      return t.endpointNotUrl(ENDPOINT_SETTING, problem.value);
    case 'credentials-in-url':
      return t.endpointCredentials(ENDPOINT_SETTING, TOKEN_SETTING);
    case 'not-https':
      return t.endpointNotHttps(ENDPOINT_SETTING, `${problem.protocol}//${problem.host}`);
    case 'host-not-whitelisted':
      return problem.whitelist.length === 0
        ? t.endpointNotWhitelistedEmpty(ENDPOINT_SETTING, problem.host)
        : t.endpointNotWhitelisted(ENDPOINT_SETTING, problem.host, sideBySide(problem.whitelist));
    case 'destination-unknown':
      return settingWords().destinationUnknown(problem.value, choicesText(problem.valid));
    case 'destination-id-missing':
      return destinationIdMissingText(problem.destination, problem.names);
    case 'destination-not-whitelisted':
      return t.destinationNotWhitelisted(PLATFORM_NAMES[problem.destination], problem.host, problem.destination);
  }
}

/** Why a push stopped. */
export function pushProblemText(problem: PushProblem): string {
  const t = snapshotWords();
  switch (problem.code) {
    case 'endpoint':
      return endpointProblemText(problem.endpoint);
    case 'too-large':
      return t.tooLarge(problem.users, problem.minUsers);
    case 'token-refused':
      return problem.detail ? t.tokenRefusedSaying(problem.detail, TOKEN_SETTING) : t.tokenRefused(TOKEN_SETTING);
    case 'refused':
    case 'unreachable':
      return failureText(problem.failure);
    case 'file-too-large':
      return t.toriiFileTooLarge(megabytes(problem.bytes), megabytes(problem.limit));
    case 'sync-busy':
      return t.syncBusy(PLATFORM_NAMES[problem.destination], problem.tries);
    case 'unexpected-answer':
      return problem.step === 'create-sync'
        ? t.noSyncId(PLATFORM_NAMES[problem.destination], DESTINATION_ID_SETTING)
        : t.noFileId(PLATFORM_NAMES[problem.destination]);
    case 'sync-failed':
      return t.syncFailed(PLATFORM_NAMES[problem.destination]);
    case 'stored-text':
      return problem.text;
  }
}

/** What a send waits for before its next attempt. */
export function waitText(notice: RetryNotice): string {
  const t = snapshotWords();
  const seconds = Math.max(1, Math.round(notice.delayMs / 1000));
  if (notice.reason === 'rate-limited') return t.waitRateLimited(seconds);
  if (notice.reason === 'server-error') return t.waitServerError(notice.status, seconds);
  return t.waitNoAnswer(seconds);
}

/** What a send to a platform waits for while the platform runs another sync (409). */
export function syncBusyWaitText(destination: DestinationName, busy: { delayMs: number }): string {
  return snapshotWords().waitSyncBusy(PLATFORM_NAMES[destination], Math.max(1, Math.round(busy.delayMs / 1000)));
}

/** Why a pending snapshot started again from part 1. */
export function restartText(restart: Restart): string {
  const t = snapshotWords();
  if (restart.code === 'endpoint-changed') {
    return restart.accepted_before > 0 ? t.restartEndpointChangedAfter(restart.accepted_before) : t.restartEndpointChanged;
  }
  if (restart.code === 'sync-gone') return t.restartSyncGone(restart.accepted_before);
  return t.restartSplit(restart.per_part);
}

/** What the browser could not keep. */
export function storageText(notice: StorageNotice): string {
  const t = snapshotWords();
  switch (notice.code) {
    case 'snapshot-not-kept-sent':
      return t.notKeptSent;
    case 'snapshot-not-kept-pending':
      return t.notKeptPending;
    case 'history-not-kept':
      return t.historyNotKept;
  }
}

/** Why Send is not available, or null when it is (or only waits for the review). */
export function refusalText(readiness: SendReadiness): string | null {
  const t = snapshotWords();
  if (readiness.code === 'roster-loading') return t.refusedRosterLoading;
  if (readiness.code === 'roster-incomplete') return readiness.phase === 'failed' ? t.refusedRosterFailed : t.refusedRosterIncomplete;
  return null;
}

/** "2 new idle seats, 1 seat gone, 1 newly suspended" — or "No change". */
export function changeText({ counts }: ChangeSummary): string {
  const t = snapshotWords();
  const parts = [
    counts.newIdle > 0 && t.changeNewIdle(counts.newIdle),
    counts.noLongerIdle > 0 && t.changeNoLongerIdle(counts.noLongerIdle),
    counts.added > 0 && t.changeAdded(counts.added),
    counts.gone > 0 && t.changeGone(counts.gone),
    counts.suspended > 0 && t.changeSuspended(counts.suspended),
    counts.unsuspended > 0 && t.changeUnsuspended(counts.unsuspended),
  ].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? sideBySide(parts) : t.noChange;
}

/** A kept snapshot's status as the history shows it. */
export function historyStatusText(status: HistoryStatus): string {
  const t = snapshotWords();
  switch (status) {
    case 'sending':
      return t.statusInterrupted;
    case 'sent':
      return t.statusSent;
    case 'pending':
      return t.statusPending;
    case 'rejected':
      return t.statusRefused;
    case 'superseded':
      return t.statusSuperseded;
  }
}
