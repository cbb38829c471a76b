/**
 * The words for what went wrong in a review (review/ hands over codes and parameters), in
 * the admin's language: gateway failures, broken paging, answers Seat Review cannot read,
 * and sends that stopped.
 */
import type { EndedRosterStream, EngagementPhase, Failure, FailureKind, MalformedWhat, PagingErrorCode, SendProblem } from '../../review';
import type { Catalogue } from '../i18n/catalogue';
import english from '../i18n/en/errors';
import { messages } from '../i18n/messages';

type Words = Catalogue['errors'];

const m = (): Words => messages('errors', english);

/** A wait in plain units, rounded: "about 24 hours", "about 10 minutes". */
export function aboutDuration(ms: number): string {
  const t = m();
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return t.aboutSeconds(Math.max(1, seconds));
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return t.aboutMinutes(minutes);
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return t.aboutHours(hours);
  return t.aboutDays(Math.round(ms / 86_400_000));
}

type GatewayFailure = Extract<Failure, { code: 'gateway' }>;

function gatewayText(f: GatewayFailure): string {
  const t = m();
  const { service, status, attempts } = f;
  const detail = f.detail ?? '';
  const words: Record<FailureKind, () => string> = {
    network: () => t.networkFailed(service, attempts),
    unauthenticated: () => (service === 'Zendesk' ? t.zendeskUnauthenticated : t.credentialsRefused(service, detail)),
    forbidden: () => t.accessRefused(service, detail),
    'not-found': () => t.notFound(service, f.url, detail),
    invalid: () => t.requestRejected(service, status, detail),
    'rate-limited': () => t.rateLimitStillExceeded(service, attempts),
    'wait-too-long': () => (f.waitMs === null ? t.waitRequested(service) : t.waitTooLong(service, aboutDuration(f.waitMs))),
    server: () => t.serverError(service, status, attempts, detail),
    other: () => t.otherAnswer(service, status, detail),
  };
  return words[f.kind]();
}

/** What an admin would call each list Seat Review pages through; other paths are named as they are. */
const LIST_NAMES: readonly [prefix: string, name: (t: Words) => string][] = [
  ['/api/v2/incremental/ticket_events', (t) => t.listTicketEvents],
  ['/api/v2/sessions', (t) => t.listSessions],
  ['/api/v2/users', (t) => t.listSeats],
];

const PAGING: Readonly<Record<PagingErrorCode, (t: Words) => (list: string, url: string) => string>> = {
  'repeated-page': (t) => t.pagingRepeatedPage,
  'off-host-link': (t) => t.pagingOffHostLink,
  'ended-early': (t) => t.pagingEndedEarly,
  'stalled-export': (t) => t.pagingStalledExport,
};

export function pagingText({ paging, stream, url }: { paging: PagingErrorCode; stream: string; url: string }): string {
  const t = m();
  const name = LIST_NAMES.find(([prefix]) => stream.startsWith(prefix))?.[1](t) ?? stream;
  return PAGING[paging](t)(name, url);
}

const UNREADABLE: Readonly<Record<MalformedWhat, (t: Words) => (url: string) => string>> = {
  'users-page': (t) => t.unreadableUsersPage,
  'sessions-page': (t) => t.unreadableSessionsPage,
  'ticket-event-page': (t) => t.unreadableTicketEventPage,
  'search-count': (t) => t.unreadableSearchCount,
  'custom-roles': (t) => t.unreadableCustomRoles,
  'job-status': (t) => t.unreadableJobStatus,
  user: (t) => t.unreadableUser,
};

export function failureText(f: Failure): string {
  switch (f.code) {
    case 'gateway':
      return gatewayText(f);
    case 'paging':
      return pagingText(f);
    case 'malformed':
      return UNREADABLE[f.what](m())(f.url);
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
  const t = m();
  return problem.code === 'not-kept' ? t.snapshotNotKept : t.sendingStopped(problem.detail);
}
