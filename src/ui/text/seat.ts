/**
 * The words of one seat's panel (codes and numbers from src/seats/), in the admin's
 * language. Only the panel, which loads on request, imports this file.
 */
import type { IdleVerdict } from '../../seats/idle';
import english from '../i18n/en/panel';
import { messages } from '../i18n/messages';

/** The panel's messages; read on each render, never at load (the language is chosen after). */
export const panelWords = () => messages('panel', english);

/** The panel's headline for the idle verdict; the reasons follow it one by one (idleReasonText). */
export function verdictText(verdict: IdleVerdict): string {
  const t = panelWords();
  if (verdict.exempt) return t.verdictExempt;
  if (!verdict.paid) return t.verdictNoPaidSeat;
  if (verdict.idle) return t.verdictIdle;
  return verdict.reasons.length > 0 ? t.verdictNotIdleWithSignal : t.verdictNotIdle;
}

/** The label of the interactions counted in the idle window. */
export function interactionsLabel(idleDays: number): string {
  return panelWords().interactionsInWindow(idleDays);
}
