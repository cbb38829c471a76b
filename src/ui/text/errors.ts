/**
 * The words for what went wrong in a review (review/ hands over codes and parameters):
 * gateway failures, broken paging, answers Seat Review cannot read, and sends that stopped.
 */
import type { EndedRosterStream, EngagementPhase, Failure, FailureKind, MalformedWhat, PagingErrorCode, SendProblem } from '../../review';

/** A wait in plain units, rounded: "about 24 hours", "about 10 minutes". */
export function aboutDuration(ms: number): string {
  const unit = (n: number, word: string): string => `about ${n} ${word}${n === 1 ? '' : 's'}`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return unit(Math.max(1, seconds), 'second');
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return unit(hours, 'hour');
  return unit(Math.round(ms / 86_400_000), 'day');
}

type GatewayFailure = Extract<Failure, { code: 'gateway' }>;

function gatewayText(f: GatewayFailure): string {
  const { service, detail, status, attempts } = f;
  const tries = attempts === 1 ? '' : ` after ${attempts} attempts`;
  const said = detail ? `: ${detail}` : '.';
  const messages: Record<FailureKind, () => string> = {
    network: () => `Could not reach ${service}${tries} (network error or no answer).`,
    unauthenticated: () =>
      service === 'Zendesk'
        ? `Zendesk could not authenticate this session. Sign in again and reopen Seat Review.`
        : `${service} refused the credentials (401)${said}`,
    forbidden: () => `${service} refused access (403)${said}`,
    'not-found': () => `${service} did not find ${f.url} (404)${said}`,
    invalid: () => `${service} rejected the request (${status})${said}`,
    'rate-limited': () => `${service}'s rate limit was still exceeded${tries}. Try again in a few minutes.`,
    'wait-too-long': () =>
      f.waitMs === null
        ? `${service} asked Seat Review to wait before its next request.`
        : `${service} asked Seat Review to wait ${aboutDuration(f.waitMs)} before sending more requests (its rate limit), ` +
          `longer than Seat Review holds a review. What was loaded is kept; resume loading later.`,
    server: () => `${service} had a server error (${status})${tries}${said}`,
    other: () => `${service} answered ${status}${said}`,
  };
  return messages[f.kind]();
}

/** What an admin would call each list Seat Review pages through; other paths are named as they are. */
const STREAM_NAMES: [prefix: string, name: string][] = [
  ['/api/v2/incremental/ticket_events', 'the ticket event export'],
  ['/api/v2/sessions', 'the list of sign-in sessions'],
  ['/api/v2/users', 'the list of seats'],
];

const WHAT_WENT_WRONG: Record<PagingErrorCode, string> = {
  'repeated-page': 'pointed back to a page already read',
  'off-host-link': 'pointed to another website',
  'ended-early': 'said more pages follow but gave no link to them',
  'stalled-export': 'stopped moving forward in time',
};

const WHAT_SEAT_REVIEW_DID: Record<PagingErrorCode, string> = {
  'repeated-page': 'stopped there instead of reading the same pages forever',
  'off-host-link': 'did not follow it',
  'ended-early': 'cannot tell where to continue',
  'stalled-export': 'stopped there instead of reading the same time span forever',
};

export function pagingText({ paging, stream, url }: { paging: PagingErrorCode; stream: string; url: string }): string {
  const name = STREAM_NAMES.find(([prefix]) => stream.startsWith(prefix))?.[1] ?? stream;
  return `Zendesk's paging of ${name} ${WHAT_WENT_WRONG[paging]} (${url}). Seat Review ${WHAT_SEAT_REVIEW_DID[paging]}: ${name} was not read to its end.`;
}

const UNREADABLE: Record<Exclude<MalformedWhat, 'users-page'>, string> = {
  'sessions-page': 'a sessions page',
  'ticket-event-page': 'a ticket event page',
  'search-count': 'a search count',
  'custom-roles': 'the list of custom roles',
  'job-status': "a background job's status",
  user: 'an updated user',
};

export function failureText(f: Failure): string {
  switch (f.code) {
    case 'gateway':
      return gatewayText(f);
    case 'paging':
      return pagingText(f);
    case 'malformed':
      return f.what === 'users-page'
        ? `Zendesk sent a page Seat Review cannot read (no "users" list) for ${f.url}.`
        : `Zendesk sent ${UNREADABLE[f.what]} Seat Review cannot read (${f.url}).`;
    case 'unexpected':
      return f.detail;
  }
}

/** A roster stream that ended early, in the words RosterIncomplete shows. */
export function endedStreamText(e: EndedRosterStream): { query: string; code: PagingErrorCode; url: string; message: string } {
  return { query: e.query, code: e.paging, url: e.url, message: pagingText(e) };
}

/** The engagement phase with its failure worded, as EngagementProgress shows it. */
export type EngagementPhaseText =
  Exclude<EngagementPhase, { kind: 'failed' }> | (Omit<Extract<EngagementPhase, { kind: 'failed' }>, 'error'> & { error: string });

export function engagementPhaseText(phase: EngagementPhase): EngagementPhaseText {
  return phase.kind === 'failed' ? { ...phase, error: failureText(phase.error) } : phase;
}

export function sendProblemText(problem: SendProblem): string {
  if (problem.code === 'not-kept') return 'This snapshot was too large to keep in the browser, so it cannot be re-sent: send a new snapshot.';
  return `Sending stopped unexpectedly: ${problem.detail}`;
}
