/**
 * The words of releasing seats: the preview (targets, open tickets and what Zendesk does with
 * them, warnings), the confirmations, the run's progress and waits, the report's outcomes and
 * refusals, restore, the money, and the report's CSV (codes and numbers from src/release/).
 */
import type { ChangeOutcome, Refusal, ReleaseReport, ReleaseTarget, ReportSeat, RunWait } from '../../review';
import type { ReleaseCsvWords } from '../../release/csv';
import type { IdleReasonWire } from '../../seats/idle';
import { aboutDuration, failureText } from './errors';
import { roleTypeText } from './roles';

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function seatsText(n: number): string {
  return plural(n, 'seat');
}

/** A seat as the admin knows it: its name, else its email, else its id. */
export function seatName(seat: { id: number; name: string; email: string }): string {
  return seat.name || seat.email || `User ${seat.id}`;
}

/** The preview's title: one seat by name, several by count. */
export function previewTitle(count: number, onlyName: string | null): string {
  return count === 1 && onlyName !== null ? `Release ${onlyName}` : `Release ${seatsText(count)}`;
}

/** The confirm button names the count. */
export function confirmText(count: number): string {
  return `Release ${seatsText(count)}`;
}

/** More seats than this: the admin types the count to confirm. */
export const TYPED_CONFIRM_OVER = 25;

export function typeToConfirmLabel(count: number): string {
  return `Type ${count} to confirm`;
}

export const TARGET_LEGEND = 'Release to';

export function targetText(target: ReleaseTarget): string {
  if (target.kind === 'end-user') return 'End user';
  // The account's own name for the role, when it is not simply "Light agent".
  const name = target.roleName.trim();
  return name === '' || name.toLowerCase() === 'light agent' ? 'Light agent' : `Light agent (${name})`;
}

/** What each target does, in a line under its radio. */
export const END_USER_HINT = 'Frees the agent seat. The user keeps their profile and tickets they requested.';
export const LIGHT_AGENT_HINT = 'Frees the agent seat; the user can still see tickets and add private comments.';

/** Why the light agent target is not offered. */
export function lightAgentMissingText(roles: 'loading' | 'read' | 'failed'): string {
  if (roles === 'loading') return 'Checking whether the account has a Light agent role…';
  if (roles === 'failed') return 'Light agent is not offered: the account’s custom roles could not be read.';
  return 'Light agent is not offered: the account has no Light agent role.';
}

/** What Zendesk does with the seat's tickets for this target, said once above the list. */
export function ticketFateText(kind: ReleaseTarget['kind']): string {
  return kind === 'end-user'
    ? 'Zendesk reassigns each seat’s tickets that are not closed to you, the admin making the change (or to another agent of the ticket’s group if you are not in it). Closed tickets keep their assignee. The user leaves their groups.'
    : 'Zendesk reassigns each seat’s solved tickets and unassigns its other tickets that are not solved.';
}

/** A seat's open assigned tickets (new, open, pending, on hold): counted, still counting, or not known. */
export function openTicketsText(count: number | undefined, counting: 'loading' | 'done' | 'failed' | 'stopped'): string {
  if (count !== undefined) return count.toLocaleString('en-US');
  return counting === 'loading' ? 'counting…' : 'unknown';
}

/** What happens to one seat's open tickets, beside its count. */
export function seatTicketFateText(kind: ReleaseTarget['kind'], count: number | undefined): string {
  if (count === 0) return 'none to move';
  if (count === undefined) return kind === 'end-user' ? 'any open ones reassigned to you' : 'any open ones unassigned';
  return kind === 'end-user' ? `${count === 1 ? 'it is' : 'all'} reassigned to you` : `${count === 1 ? 'it is' : 'all'} unassigned`;
}

export const PREVIEW_COLUMNS = { seat: 'Seat', why: 'Why it looks idle', tickets: 'Open assigned tickets', fate: 'What Zendesk does' } as const;

/** Said when the seat has no idle reason (an admin or exempt seat opened from its panel). */
export const NO_IDLE_REASON_TEXT = 'Not flagged as idle';

export const WARNINGS: readonly string[] = [
  'Integrations the user authorised (OAuth grants, API tokens) may stop working.',
  'What happens to the user’s personal macros and views is not documented by Zendesk.',
  'The bill does not drop until the account owner lowers the seat count in Admin Center.',
];

export const COUNTING_FAILED_TEXT = 'Counting open tickets stopped:';
export const ROLES_FAILED_TEXT = 'The account’s custom roles could not be read:';

/** The second confirmation, for an admin or a seat on the exempt list. */
export function flaggedText(name: string, why: 'admin' | 'exempt'): string {
  return why === 'admin' ? `${name} is an admin. Release ${name} anyway?` : `${name} is on the exempt list. Release ${name} anyway?`;
}

export function anywayText(names: readonly string[]): string {
  return names.length === 1 ? `Release ${names[0] ?? ''} anyway` : `Release ${seatsText(names.length)} anyway`;
}

export const CANCEL_TEXT = 'Cancel';
export const BACK_TEXT = 'Back';

// ---- progress ----

export function progressText(kind: 'release' | 'restore', done: number, total: number): string {
  return `${kind === 'release' ? 'Releasing' : 'Restoring'} ${done.toLocaleString('en-US')} of ${seatsText(total)}`;
}

export function etaText(etaMs: number | null): string {
  if (etaMs === null) return 'Estimating time left…';
  if (etaMs < 1000) return 'Almost done';
  return `${aboutDuration(etaMs).replace(/^about/, 'About')} left`;
}

const WAITS: Readonly<Record<RunWait, string>> = {
  'job-slot': 'Waiting for one of its jobs to finish (Zendesk runs at most 30 at a time).',
  'too-many-jobs': 'Zendesk’s job limit is reached; waiting for jobs to finish.',
  'rate-limited': 'Zendesk asked to slow down (rate limit); waiting before the next request.',
  'server-error': 'Zendesk had a server error; trying again shortly.',
  'network-error': 'No answer from Zendesk; trying again shortly.',
};

export function waitText(wait: RunWait): string {
  return WAITS[wait];
}

export function jobsText(n: number): string {
  return `${plural(n, 'job')} in flight`;
}

export const CANCEL_RUN_TEXT = 'Cancel';
export const CANCELLING_TEXT = 'Cancelling: no new jobs are sent; jobs already sent finish.';

// ---- report ----

/** An outcome as the report's rows mark it; `pending` while Zendesk's answer is awaited. */
export type OutcomeKey = 'released' | 'refused' | 'unknown' | 'not-attempted' | 'pending';

export function outcomeKey(outcome: ChangeOutcome | null, finished: boolean): OutcomeKey {
  if (outcome === null) return finished ? 'unknown' : 'pending';
  return outcome.code === 'done' ? 'released' : outcome.code;
}

const OUTCOME_WORDS: Readonly<Record<OutcomeKey, string>> = {
  released: 'Released',
  refused: 'Refused',
  unknown: 'Unknown',
  'not-attempted': 'Not attempted',
  pending: 'Pending',
};

export function outcomeText(key: OutcomeKey): string {
  return OUTCOME_WORDS[key];
}

/** Zendesk's own words, when it sent any. */
const said = (refusal: Refusal): string => refusal.detail ?? refusal.code ?? '';

export function refusalText(refusal: Refusal): string {
  const detail = said(refusal);
  const tail = detail ? `: ${detail}` : '';
  switch (refusal.reason) {
    case 'owner':
      return `The account owner cannot be downgraded${detail ? ` (Zendesk: ${detail})` : ''}`;
    case 'invalid':
      return `Zendesk refused the change${tail}`;
    case 'forbidden':
      return `Zendesk did not allow the change (only admins can change roles)${tail}`;
    case 'not-found':
      return `Zendesk has no such user any more${tail}`;
    case 'job-failed':
      return `Zendesk’s background job failed${tail}`;
    case 'other':
      return `Zendesk refused the change${tail}`;
  }
}

/** Why a seat ended as it did; empty when released (or pending). */
export function outcomeReasonText(outcome: ChangeOutcome | null, finished: boolean): string {
  if (outcome === null) return finished ? 'Unknown: the app closed before Zendesk’s answer' : '';
  switch (outcome.code) {
    case 'done':
      return '';
    case 'refused':
      return refusalText(outcome.refusal);
    case 'unknown':
      return `Zendesk’s answer could not be read: ${failureText(outcome.failure)}`;
    case 'not-attempted':
      return outcome.failure ? failureText(outcome.failure) : 'Cancelled before it was sent';
  }
}

/** A seat's restore: nothing yet, or its result. */
export function restoreText(restore: ChangeOutcome | null): string {
  if (restore === null) return '';
  switch (restore.code) {
    case 'done':
      return 'Restored';
    case 'refused':
      return `Restore refused: ${refusalText(restore.refusal)}`;
    case 'unknown':
      return `Restore unknown: ${failureText(restore.failure)}`;
    case 'not-attempted':
      return restore.failure ? `Restore not sent: ${failureText(restore.failure)}` : 'Restore cancelled before it was sent';
  }
}

export type RestoreKey = 'restored' | 'refused' | 'unknown' | 'not-attempted';

export function restoreKey(restore: ChangeOutcome): RestoreKey {
  return restore.code === 'done' ? 'restored' : restore.code;
}

export interface ReportCounts {
  released: number;
  refused: number;
  unknown: number;
  notAttempted: number;
  pending: number;
  restored: number;
}

export function reportCounts(seats: readonly Pick<ReportSeat, 'outcome' | 'restore'>[], finished: boolean): ReportCounts {
  const c: ReportCounts = { released: 0, refused: 0, unknown: 0, notAttempted: 0, pending: 0, restored: 0 };
  for (const seat of seats) {
    const key = outcomeKey(seat.outcome, finished);
    if (key === 'not-attempted') c.notAttempted += 1;
    else c[key] += 1;
    if (seat.restore?.code === 'done') c.restored += 1;
  }
  return c;
}

export function reportCountsText(c: ReportCounts): string {
  const parts = [`${c.released.toLocaleString('en-US')} released`, `${c.refused.toLocaleString('en-US')} refused`];
  parts.push(`${c.unknown.toLocaleString('en-US')} unknown`, `${c.notAttempted.toLocaleString('en-US')} not attempted`);
  if (c.pending > 0) parts.push(`${c.pending.toLocaleString('en-US')} pending`);
  if (c.restored > 0) parts.push(`${c.restored.toLocaleString('en-US')} restored`);
  return parts.join(' · ');
}

/** A moment as the history lists it: medium date, short time, US English like the snapshot panel. */
export function whenText(at: number): string {
  return new Date(at).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

/** A report in the history: when, how many, to what. */
export function reportTitle(report: Pick<ReleaseReport, 'startedAt' | 'target' | 'seats' | 'cancelled'>): string {
  const to = report.target.kind === 'end-user' ? 'end user' : 'light agent';
  return `${whenText(report.startedAt)}: ${seatsText(report.seats.length)} to ${to}${report.cancelled ? ' (cancelled)' : ''}`;
}

export const REPORT_HEADING = 'Release report';
export const HISTORY_HEADING = 'Release history';
export const REPORT_COLUMNS = { seat: 'Seat', outcome: 'Outcome', tickets: 'Open tickets', before: 'Previous role', restore: 'Restore' } as const;
export const RESTORE_TEXT = 'Restore';
export const RESTORE_ALL_TEXT = 'Restore all released';
export const DOWNLOAD_TEXT = 'Download CSV';
export const CLOSE_REPORT_TEXT = 'Close';

export function historyToggleText(count: number): string {
  return `${HISTORY_HEADING} (${count})`;
}

/** The seat panel's button. */
export const RELEASE_THIS_SEAT_TEXT = 'Release this seat';
export const NOT_RESTORED_TEXT =
  'Restore puts back the seat’s role and custom role. Zendesk does not restore ticket assignments or group memberships: reassign tickets and add the agent back to groups by hand.';
export const NOT_KEPT_TEXT = 'This report could not be kept in this browser: download it now, or it is lost when Seat Review closes.';

// ---- money ----

export function formatAmount(amount: number): string {
  return amount.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
}

/** After a release: the bill drops only when the account owner lowers the seat count. */
export function billText(released: number): string {
  const these = released === 1 ? 'this seat' : `these ${released.toLocaleString('en-US')} seats`;
  return `Zendesk still bills ${these} until the account owner lowers the subscription’s seat count in Admin Center (usually from the next billing cycle). Lower it by up to ${released.toLocaleString('en-US')}.`;
}

export function savingText(released: number, seatPrice: number): string {
  return `At ${formatAmount(seatPrice)} a seat, lowering it by ${released.toLocaleString('en-US')} saves ${formatAmount(released * seatPrice)} a month.`;
}

// ---- idle reasons as a report keeps them ----

/** A kept reason code (`no_sign_in_30d`) in words; the report keeps codes, not the day counts behind them. */
export function wireReasonText(code: IdleReasonWire): string {
  const days = /_(\d+)d$/.exec(code)?.[1];
  if (code === 'never_signed_in') return 'Never signed in';
  if (code === 'api_only_sign_in') return 'API-only sign-in?';
  if (code.startsWith('no_sign_in_')) return `No sign-in for ${days ?? '?'}+ days`;
  return `No ticket interaction in ${days ?? '?'} days`;
}

// ---- CSV ----

export const RELEASE_CSV_WORDS: ReleaseCsvWords = {
  header: {
    id: 'User ID',
    name: 'Name',
    email: 'Email',
    outcome: 'Outcome',
    reason: 'Reason',
    idleReasons: 'Why it looked idle',
    openTickets: 'Open tickets',
    previousRole: 'Previous role',
    restore: 'Restore',
  },
  outcome: (seat: ReportSeat, finished: boolean) => outcomeText(outcomeKey(seat.outcome, finished)),
  reason: (seat: ReportSeat, finished: boolean) => outcomeReasonText(seat.outcome, finished),
  idleReason: wireReasonText,
  previousRole: (seat: ReportSeat) => roleTypeText(seat.before),
  restore: (seat: ReportSeat) => restoreText(seat.restore),
};
