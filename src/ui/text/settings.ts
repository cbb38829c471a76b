/** The words of setting problems (codes from src/settings/settings.ts), in the admin's language. */
import { DEFAULT_SEAT_CURRENCY, MAX_SEATS_PURCHASED, type SettingProblem } from '../../settings/settings';
import english from '../i18n/en/settings';
import { list } from '../i18n/format';
import { messages } from '../i18n/messages';

const m = () => messages('settings', english);

/** The alert's title. */
export function settingProblemTitle(problem: SettingProblem): string {
  return m().settingProblemTitle(problem.setting);
}

/** What is wrong and what was done instead. */
export function settingProblemText(problem: SettingProblem): string {
  const t = m();
  switch (problem.code) {
    case 'days-out-of-range': {
      const said = problem.setting === 'idle_days' ? t.idleDaysOutOfRange : t.graceDaysOutOfRange;
      return said(problem.max, problem.value, problem.fallback);
    }
    case 'price-not-a-number':
      return t.priceNotANumber(problem.value);
    case 'currency-unknown':
      return t.currencyUnknown(problem.value, DEFAULT_SEAT_CURRENCY);
    case 'seats-not-a-number':
      return t.seatsNotANumber(MAX_SEATS_PURCHASED, problem.value);
    case 'exempt-entries-ignored': {
      const { count, examples } = problem;
      const quoted = examples.map(t.quotedEntry);
      const more = count - examples.length;
      return t.exemptEntriesIgnored(count, list(more > 0 ? [...quoted, t.moreEntries(more)] : quoted));
    }
  }
}
