/**
 * The words of releasing seats, in the admin's language: the preview (targets, open tickets and
 * what Zendesk does with them, warnings), the confirmations, the run's progress and waits, the
 * report's outcomes and refusals, restore, the money, and the report's CSV (codes and numbers
 * from src/release/). Plain labels are read through `releaseWords`.
 */
import type { ChangeOutcome, Refusal, ReleaseReport, ReleaseTarget, ReportSeat, RunWait } from '../../review';
import type { ReleaseCsvWords } from '../../release/csv';
import type { IdleReasonWire } from '../../seats/idle';
import english from '../i18n/en/release';
import { dateTime, num } from '../i18n/format';
import { messages } from '../i18n/messages';
import { failureText } from './errors';
import { roleTypeText } from './roles';

export const releaseWords = () => messages('release', english);

/** A seat as the admin knows it: its name, else its email, else its id. */
export function seatName(seat: { id: number; name: string; email: string }): string {
  return seat.name || seat.email || releaseWords().userById(seat.id);
}

/** The preview's title: one seat by name, several by count. */
export function previewTitle(count: number, onlyName: string | null): string {
  const t = releaseWords();
  return count === 1 && onlyName !== null ? t.previewTitleNamed(onlyName) : t.previewTitle(count);
}

/** The confirm button names the count. */
export function confirmText(count: number): string {
  return releaseWords().confirm(count);
}

/** More seats than this: the admin types the count to confirm. */
export const TYPED_CONFIRM_OVER = 25;

export function typeToConfirmLabel(count: number): string {
  return releaseWords().typeToConfirm(count);
}

export function targetText(target: ReleaseTarget): string {
  const t = releaseWords();
  if (target.kind === 'end-user') return t.targetEndUser;
  // The account's own name for the role, unless it is Zendesk's default name for it.
  const name = target.roleName.trim();
  return name === '' || name.toLowerCase() === 'light agent' ? t.targetLightAgent : t.targetLightAgentNamed(name);
}

/** Why the light agent target is not offered. */
export function lightAgentMissingText(roles: 'loading' | 'read' | 'failed'): string {
  const t = releaseWords();
  if (roles === 'loading') return t.lightAgentChecking;
  if (roles === 'failed') return t.lightAgentRolesFailed;
  return t.lightAgentNone;
}

/** What Zendesk does with the seat's tickets for this target, said once above the list. */
export function ticketFateText(kind: ReleaseTarget['kind']): string {
  const t = releaseWords();
  return kind === 'end-user' ? t.ticketFateEndUser : t.ticketFateLightAgent;
}

/** A seat's open assigned tickets (new, open, pending, on hold): counted, still counting, or not known. */
export function openTicketsText(count: number | undefined, counting: 'loading' | 'done' | 'failed' | 'stopped'): string {
  const t = releaseWords();
  if (count !== undefined) return num(count);
  return counting === 'loading' ? t.openTicketsCounting : t.openTicketsUnknown;
}

/** What happens to one seat's open tickets, beside its count. */
export function seatTicketFateText(kind: ReleaseTarget['kind'], count: number | undefined): string {
  const t = releaseWords();
  if (count === 0) return t.seatTicketsNone;
  if (count === undefined) return kind === 'end-user' ? t.seatTicketsAnyReassigned : t.seatTicketsAnyUnassigned;
  return kind === 'end-user' ? t.seatTicketsReassigned(count) : t.seatTicketsUnassigned(count);
}

/** What a release may break or leave undone, said under the list; the last one is emphasised. */
export function warningsText(): readonly string[] {
  const t = releaseWords();
  return [t.warningIntegrations, t.warningMacros, t.warningBill];
}

/** The second confirmation, for an admin or a seat on the exempt list. */
export function flaggedText(name: string, why: 'admin' | 'exempt'): string {
  const t = releaseWords();
  return why === 'admin' ? t.flaggedAdmin(name) : t.flaggedExempt(name);
}

export function anywayText(names: readonly string[]): string {
  const t = releaseWords();
  return names.length === 1 ? t.anywayNamed(names[0] ?? '') : t.anyway(names.length);
}

// ---- progress ----

export function progressText(kind: 'release' | 'restore', done: number, total: number): string {
  const t = releaseWords();
  return kind === 'release' ? t.releasing(done, total) : t.restoring(done, total);
}

/** Time left, rounded to the unit that reads best. */
export function etaText(etaMs: number | null): string {
  const t = releaseWords();
  if (etaMs === null) return t.etaEstimating;
  if (etaMs < 1000) return t.etaAlmostDone;
  const seconds = Math.round(etaMs / 1000);
  if (seconds < 60) return t.etaSeconds(seconds);
  const minutes = Math.round(etaMs / 60_000);
  if (minutes < 60) return t.etaMinutes(minutes);
  const hours = Math.round(etaMs / 3_600_000);
  if (hours < 48) return t.etaHours(hours);
  return t.etaDays(Math.round(etaMs / 86_400_000));
}

export function waitText(wait: RunWait): string {
  const t = releaseWords();
  switch (wait) {
    case 'job-slot':
      return t.waitJobSlot;
    case 'too-many-jobs':
      return t.waitTooManyJobs;
    case 'rate-limited':
      return t.waitRateLimited;
    case 'server-error':
      return t.waitServerError;
    case 'network-error':
      return t.waitNetworkError;
  }
}

export function jobsText(n: number): string {
  return releaseWords().jobsInFlight(n);
}

// ---- report ----

/** An outcome as the report's rows mark it; `pending` while Zendesk's answer is awaited. */
export type OutcomeKey = 'released' | 'refused' | 'unknown' | 'not-attempted' | 'pending';

export function outcomeKey(outcome: ChangeOutcome | null, finished: boolean): OutcomeKey {
  if (outcome === null) return finished ? 'unknown' : 'pending';
  return outcome.code === 'done' ? 'released' : outcome.code;
}

export function outcomeText(key: OutcomeKey): string {
  const t = releaseWords();
  switch (key) {
    case 'released':
      return t.outcomeReleased;
    case 'refused':
      return t.outcomeRefused;
    case 'unknown':
      return t.outcomeUnknown;
    case 'not-attempted':
      return t.outcomeNotAttempted;
    case 'pending':
      return t.outcomePending;
  }
}

export function refusalText(refusal: Refusal): string {
  const t = releaseWords();
  // Zendesk's own words, when it sent any.
  const detail = refusal.detail ?? refusal.code ?? '';
  switch (refusal.reason) {
    case 'owner':
      return detail ? t.refusedOwnerSaying(detail) : t.refusedOwner;
    case 'invalid':
    case 'other':
      return detail ? t.refusedChangeSaying(detail) : t.refusedChange;
    case 'forbidden':
      return detail ? t.refusedForbiddenSaying(detail) : t.refusedForbidden;
    case 'not-found':
      return detail ? t.refusedNotFoundSaying(detail) : t.refusedNotFound;
    case 'job-failed':
      return detail ? t.refusedJobFailedSaying(detail) : t.refusedJobFailed;
  }
}

/** Why a seat ended as it did; empty when released (or pending). */
export function outcomeReasonText(outcome: ChangeOutcome | null, finished: boolean): string {
  const t = releaseWords();
  if (outcome === null) return finished ? t.closedBeforeAnswer : '';
  switch (outcome.code) {
    case 'done':
      return '';
    case 'refused':
      return refusalText(outcome.refusal);
    case 'unknown':
      return t.answerUnreadable(failureText(outcome.failure));
    case 'not-attempted':
      return outcome.failure ? failureText(outcome.failure) : t.cancelledBeforeSent;
  }
}

/** A seat's restore: nothing yet, or its result. */
export function restoreText(restore: ChangeOutcome | null): string {
  const t = releaseWords();
  if (restore === null) return '';
  switch (restore.code) {
    case 'done':
      return t.restored;
    case 'refused':
      return t.restoreRefused(refusalText(restore.refusal));
    case 'unknown':
      return t.restoreUnknown(failureText(restore.failure));
    case 'not-attempted':
      return restore.failure ? t.restoreNotSent(failureText(restore.failure)) : t.restoreCancelled;
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
  const t = releaseWords();
  const parts = [t.countReleased(c.released), t.countRefused(c.refused), t.countUnknown(c.unknown), t.countNotAttempted(c.notAttempted)];
  if (c.pending > 0) parts.push(t.countPending(c.pending));
  if (c.restored > 0) parts.push(t.countRestored(c.restored));
  return parts.join(' · ');
}

/** A moment as the history lists it: the screen's date and time format, like the snapshot panel. */
export function whenText(at: number): string {
  return dateTime(at);
}

/** A report in the history: when, how many, to what. */
export function reportTitle(report: Pick<ReleaseReport, 'startedAt' | 'target' | 'seats' | 'cancelled'>): string {
  const t = releaseWords();
  const when = whenText(report.startedAt);
  const count = report.seats.length;
  if (report.target.kind === 'end-user') return report.cancelled ? t.reportToEndUserCancelled(when, count) : t.reportToEndUser(when, count);
  return report.cancelled ? t.reportToLightAgentCancelled(when, count) : t.reportToLightAgent(when, count);
}

export function historyToggleText(count: number): string {
  return releaseWords().historyToggle(count);
}

// ---- money ----

/** After a release: the bill drops only when the account owner lowers the seat count. */
export function billText(released: number): string {
  return releaseWords().bill(released);
}

export function savingText(released: number, seatPrice: number): string {
  return releaseWords().saving(released, seatPrice);
}

// ---- idle reasons as a report keeps them ----

/** A kept reason code (`no_sign_in_30d`) in words; the report keeps codes, not the day counts behind them. */
export function wireReasonText(code: IdleReasonWire): string {
  const t = releaseWords();
  if (code === 'never_signed_in') return t.keptNeverSignedIn;
  if (code === 'api_only_sign_in') return t.keptApiOnlySignIn;
  const days = Number(/_(\d+)d$/.exec(code)?.[1] ?? 0);
  return code.startsWith('no_sign_in_') ? t.keptNoSignIn(days) : t.keptNoInteractions(days);
}

// ---- CSV ----

/** The report's CSV: headers and worded cells in the admin's language (ids, names, emails and counts stay as they are). */
export function releaseCsvWords(): ReleaseCsvWords {
  const t = releaseWords();
  return {
    header: {
      id: t.csvUserId,
      name: t.csvName,
      email: t.csvEmail,
      outcome: t.csvOutcome,
      reason: t.csvReason,
      idleReasons: t.csvIdleReasons,
      openTickets: t.csvOpenTickets,
      previousRole: t.csvPreviousRole,
      restore: t.csvRestore,
    },
    outcome: (seat: ReportSeat, finished: boolean) => outcomeText(outcomeKey(seat.outcome, finished)),
    reason: (seat: ReportSeat, finished: boolean) => outcomeReasonText(seat.outcome, finished),
    idleReason: wireReasonText,
    previousRole: (seat: ReportSeat) => roleTypeText(seat.before),
    restore: (seat: ReportSeat) => restoreText(seat.restore),
  };
}
