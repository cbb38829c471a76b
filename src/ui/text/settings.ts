/** The words of setting problems (codes from src/settings/settings.ts). */
import { MAX_SEATS_PURCHASED, type SettingProblem } from '../../settings/settings';

const DAY_SETTING_WORDS = { idle_days: 'Idle threshold', grace_days: 'Grace period for new seats' } as const;

/** The alert's title. */
export function settingProblemTitle(problem: SettingProblem): string {
  return `Check the app setting "${problem.setting}"`;
}

/** What is wrong and what was done instead. */
export function settingProblemText(problem: SettingProblem): string {
  switch (problem.code) {
    case 'days-out-of-range':
      return `${DAY_SETTING_WORDS[problem.setting]} must be a whole number of days between 0 and ${problem.max}; "${problem.value}" was ignored and ${problem.fallback} used.`;
    case 'price-not-a-number':
      return `Monthly price per paid seat must be a plain number such as 55 or 55.50; "${problem.value}" was ignored, so costs are not shown.`;
    case 'seats-not-a-number':
      return `Seats purchased must be a whole number between 0 and ${MAX_SEATS_PURCHASED.toLocaleString('en-US')}; "${problem.value}" was ignored, so purchased and unassigned seats are not shown.`;
    case 'exempt-entries-ignored': {
      const { count, examples } = problem;
      const listed = examples.map((e) => `"${e}"`).join(', ');
      const more = count > examples.length ? `, and ${count - examples.length} more` : '';
      return (
        `Exempt users: ${count} ${count === 1 ? 'entry is' : 'entries are'} neither an email nor a user id and ` +
        `${count === 1 ? 'was' : 'were'} ignored: ${listed}${more}.`
      );
    }
  }
}
