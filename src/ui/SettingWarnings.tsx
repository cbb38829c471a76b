/**
 * One warning per setting the app cannot use, naming the setting and what it does instead.
 * Loaded only when there is a problem: most installs have none, and their words stay out
 * of the first screen's JavaScript.
 */
import { Alert } from '@zendeskgarden/react-notifications';
import type { SettingProblem } from '../settings/settings';
import { settingProblemText, settingProblemTitle } from './text/settings';

export function SettingWarnings({ problems }: { problems: readonly SettingProblem[] }) {
  return problems.map((p) => (
    <Alert key={p.setting + p.code} type="warning" data-setting-problem={p.setting}>
      <Alert.Title>{settingProblemTitle(p)}</Alert.Title>
      {settingProblemText(p)}
    </Alert>
  ));
}
