/**
 * The words of the snapshot panel's codes: endpoint refusals, why a push stopped, restarts,
 * storage notices, send refusals and the history's changes (codes from src/snapshot/).
 */
import type { ChangeSummary } from '../../snapshot/diff';
import { ENDPOINT_SETTING, TOKEN_SETTING, type EndpointProblem } from '../../snapshot/endpoint';
import type { HistoryStatus, Restart } from '../../snapshot/outbox';
import type { PushProblem } from '../../snapshot/pushProblem';
import type { SendReadiness } from '../../snapshot/readiness';
import { failureText } from './errors';
import type { StorageNotice } from '../../snapshot/storageNotice';

const NAMED = `the app setting "${ENDPOINT_SETTING}" (SaaS Management endpoint URL)`;
const NAMED_FIRST = NAMED.charAt(0).toUpperCase() + NAMED.slice(1);

/** Why snapshots cannot go to the endpoint setting, and what to do. */
export function endpointProblemText(problem: EndpointProblem): string {
  switch (problem.code) {
    case 'missing':
      return `Set ${NAMED} to send snapshots.`;
    case 'placeholder':
      return `${NAMED_FIRST} may not contain placeholders: "${problem.value}".`;
    case 'not-a-url':
      return `${NAMED_FIRST} is not a valid absolute URL: "${problem.value}".`;
    case 'credentials-in-url':
      return `${NAMED_FIRST} may not hold a user name or password; the token is sent from the "${TOKEN_SETTING}" setting.`;
    case 'not-https':
      return `${NAMED_FIRST} must be an https:// address (got "${problem.protocol}//${problem.host}").`;
    case 'host-not-whitelisted': {
      const allowed = problem.whitelist.length === 0 ? 'no host' : problem.whitelist.join(', ');
      return `The host of ${NAMED}, "${problem.host}", is not in the app's domain whitelist (${allowed}): Zendesk sends the token only to whitelisted hosts. Package the app with "npm run package -- --saas-domain ${problem.host}" and update it.`;
    }
  }
}

/** Why a push stopped. */
export function pushProblemText(problem: PushProblem): string {
  switch (problem.code) {
    case 'endpoint':
      return endpointProblemText(problem.endpoint);
    case 'too-large':
      return `SaaS Management refused a part of ${problem.users} users as too large (413), even at the smallest part size (${problem.minUsers} users): raise the receiver's request size limit.`;
    case 'token-refused':
      return `SaaS Management did not accept the token (401)${problem.detail ? `: ${problem.detail}` : ''}. Check the app setting "${TOKEN_SETTING}" and that its scope allows the header.`;
    case 'refused':
    case 'unreachable':
      return failureText(problem.failure);
    case 'stored-text':
      return problem.text;
  }
}

/** Why a pending snapshot started again from part 1. */
export function restartText(restart: Restart): string {
  if (restart.code === 'endpoint-changed') {
    const before = restart.accepted_before;
    return `The SaaS Management endpoint setting changed${before > 0 ? ` after ${before} part${before === 1 ? ' was' : 's were'} accepted by the previous endpoint` : ''}: the whole snapshot was sent again from part 1 to the new endpoint.`;
  }
  return `SaaS Management refused a part as too large (413): the snapshot was cut into parts of at most ${restart.per_part} users and sent again from part 1 under a new snapshot id.`;
}

/** What the browser could not keep. */
export function storageText(notice: StorageNotice): string {
  switch (notice.code) {
    case 'snapshot-not-kept-sent':
      return 'This browser could not keep the snapshot: it was sent.';
    case 'snapshot-not-kept-pending':
      return 'This browser could not keep the snapshot: it will not survive a reload. Retry while Seat Review is open, or download it.';
    case 'history-not-kept':
      return 'This browser could not keep the snapshot history: what is shown here will not survive a reload.';
  }
}

/** Why Send is not available, or null when it is (or only waits for the review). */
export function refusalText(readiness: SendReadiness): string | null {
  if (readiness.code === 'roster-loading') return 'Sending is possible once every seat is loaded.';
  if (readiness.code === 'roster-incomplete') {
    return readiness.phase === 'failed'
      ? 'Not sent: loading stopped before every seat was loaded, so a snapshot would be missing seats. Resume loading, then send.'
      : 'Not sent: Zendesk gave fewer seats than it counted, so a snapshot would be missing seats. Reload, then send.';
  }
  return null;
}

/** "2 new idle seats, 1 seat gone, 1 newly suspended" — or "No change". */
export function changeText({ counts }: ChangeSummary): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    counts.newIdle > 0 && plural(counts.newIdle, 'new idle seat', 'new idle seats'),
    counts.noLongerIdle > 0 && `${counts.noLongerIdle} no longer idle`,
    counts.added > 0 && plural(counts.added, 'seat added', 'seats added'),
    counts.gone > 0 && plural(counts.gone, 'seat gone', 'seats gone'),
    counts.suspended > 0 && `${counts.suspended} newly suspended`,
    counts.unsuspended > 0 && `${counts.unsuspended} no longer suspended`,
  ].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? parts.join(', ') : 'No change';
}

export const HISTORY_STATUS_WORDS: Readonly<Record<HistoryStatus, string>> = {
  sending: 'Interrupted',
  sent: 'Sent',
  pending: 'Pending',
  rejected: 'Refused',
  superseded: 'Not sent (replaced)',
};
