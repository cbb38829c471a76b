/**
 * The words of the snapshot panel's codes, in the admin's language: endpoint refusals, why a
 * push stopped, retries, restarts, storage notices, send refusals and the history's changes
 * and statuses (codes from src/snapshot/). The panel's own labels are read through `snapshotWords`.
 */
import type { ChangeSummary } from '../../snapshot/diff';
import { ENDPOINT_SETTING, TOKEN_SETTING, type EndpointProblem } from '../../snapshot/endpoint';
import type { HistoryStatus, Restart } from '../../snapshot/outbox';
import type { PushProblem } from '../../snapshot/pushProblem';
import type { SendReadiness } from '../../snapshot/readiness';
import type { StorageNotice } from '../../snapshot/storageNotice';
import type { RetryNotice } from '../../review';
import english from '../i18n/en/snapshot';
import { formatLocale } from '../i18n/format';
import { messages } from '../i18n/messages';
import { failureText } from './errors';

export const snapshotWords = () => messages('snapshot', english);

/** Items side by side ("a, b, c"), as the locale separates them without "and". */
const sideBySide = (items: readonly string[]): string => new Intl.ListFormat(formatLocale(), { type: 'unit', style: 'short' }).format(items);

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

/** Why a pending snapshot started again from part 1. */
export function restartText(restart: Restart): string {
  const t = snapshotWords();
  if (restart.code === 'endpoint-changed') {
    return restart.accepted_before > 0 ? t.restartEndpointChangedAfter(restart.accepted_before) : t.restartEndpointChanged;
  }
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
