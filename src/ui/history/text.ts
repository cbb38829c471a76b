/**
 * The words of the history's codes and figures (src/history/), in the admin's language:
 * where the history is kept, the last snapshot's line, the change since the previous
 * review, a snapshot's status in the table.
 */
import type { DaySnapshotResult } from '../../history/record';
import type { HistoryFallback } from '../../history/state';
import type { LastSnapshot, TrendChange } from '../../history/trend';
import english from '../i18n/en/history';
import { date, formatLocale, money } from '../i18n/format';
import { dateTimeUtc, moneyIn, signed, timeUtc } from '../i18n/formatHistory';
import { messages } from '../i18n/messages';

export const historyWords = () => messages('history', english);

type Words = ReturnType<typeof historyWords>;

/** Items side by side ("a, b, c"), as the locale separates them without "and". */
const sideBySide = (items: readonly string[]): string => new Intl.ListFormat(formatLocale(), { type: 'unit', style: 'short' }).format(items);

/** A UTC day (YYYY-MM-DD) as the screen writes every date. */
export const dayText = (day: string): string => date(Date.parse(`${day}T00:00:00Z`));

const FALLBACK: Readonly<Record<HistoryFallback, (t: Words) => string>> = {
  plan: (t) => t.fallbackPlan,
  'not-installed': (t) => t.fallbackNotInstalled,
  unreadable: (t) => t.fallbackUnreadable,
};

export const fallbackText = (code: HistoryFallback): string => FALLBACK[code](historyWords());

const STATUS: Readonly<Record<DaySnapshotResult, (t: Words) => string>> = {
  sent: (t) => t.statusSent,
  partial: (t) => t.statusPartial,
  failed: (t) => t.statusFailed,
  rejected: (t) => t.statusRejected,
  'not-configured': (t) => t.statusNotConfigured,
};

export const snapshotStatusText = (result: DaySnapshotResult): string => STATUS[result](historyWords());

/** "Sent 06:10 AM UTC, unattended, 3 of 3 parts accepted": the time alone when it was today (UTC), else with its date. */
export function lastSnapshotText({ snapshot, run }: LastSnapshot, today: string): string {
  const t = historyWords();
  const ms = Date.parse(snapshot.at);
  const when = Number.isNaN(ms) ? snapshot.at : snapshot.at.startsWith(today) ? timeUtc(ms) : dateTimeUtc(ms);
  const kind = run === null ? t.runUnknown : run.kind === 'unattended' ? t.runUnattended : t.runManual;
  const { accepted, parts } = snapshot;
  switch (snapshot.result) {
    case 'sent':
      return t.snapshotSent(when, kind, accepted, parts);
    case 'partial':
      return t.snapshotPartial(when, kind, accepted, parts);
    case 'failed':
      return t.snapshotFailed(when, kind, accepted, parts);
    case 'rejected':
      return t.snapshotRejected(when, kind, accepted, parts);
    case 'not-configured':
      return t.snapshotNotConfigured(when, kind);
  }
}

/** "Since the previous review (Nov 27, 2026): +2 paid seats, -1 likely idle, 0 suspended, -50 USD a month". */
export function changeText(change: TrendChange): string {
  const t = historyWords();
  const parts = [
    t.changePaid(Math.abs(change.paid), signed(change.paid)),
    t.changeIdle(Math.abs(change.idle), signed(change.idle)),
    t.changeSuspended(Math.abs(change.suspended), signed(change.suspended)),
  ];
  if (change.cost !== null && change.currency !== null) parts.push(t.changeCost(`${signed(change.cost)}\u00a0${change.currency}`));
  return t.changeSince(dayText(change.previousDay), sideBySide(parts));
}

/** A cost in its own currency, or the setting's when the day did not say. */
export const costText = (amount: number, currency: string | null): string => (currency === null ? money(amount) : moneyIn(amount, currency));
