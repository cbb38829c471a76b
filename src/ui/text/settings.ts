/** The words of setting problems (codes from src/settings/settings.ts), in the admin's language. */
import type { DestinationName } from '../../destinations/names';
import { DEFAULT_SEAT_CURRENCY, MAX_SEATS_PURCHASED, type DestinationIdKind, type SettingProblem } from '../../settings/settings';
import english from '../i18n/en/settings';
import { formatLocale, list } from '../i18n/format';
import { messages } from '../i18n/messages';

const m = () => messages('settings', english);

/** The settings area's messages (the snapshot panel words destination problems with them too). */
export const settingWords = m;

/** The platforms' product names: never translated (the snapshot panel says them too). */
export const PLATFORM_NAMES: Readonly<Record<DestinationName, string>> = {
  'seat-review': 'Seat Review',
  zluri: 'Zluri',
  torii: 'Torii',
  lumos: 'Lumos',
  'okta-workflows': 'Okta Workflows',
};

/** The names a setting takes, each quoted, as "a, b or c" in the admin's language. */
export function choicesText(valid: readonly string[]): string {
  const t = m();
  return new Intl.ListFormat(formatLocale(), { style: 'long', type: 'disjunction' }).format(valid.map(t.quotedEntry));
}

/** What a platform needs in `saas_destination_id` and lacks. */
export function destinationIdMissingText(destination: DestinationName, names: DestinationIdKind): string {
  const t = m();
  const said = names === 'instance' ? t.destinationIdInstance : names === 'app-account' ? t.destinationIdAppAccount : t.destinationIdApp;
  return said(PLATFORM_NAMES[destination]);
}

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
    case 'destination-unknown':
      return t.destinationUnknown(problem.value, choicesText(problem.valid));
    case 'destination-id-missing':
      return destinationIdMissingText(problem.destination, problem.names);
  }
}
