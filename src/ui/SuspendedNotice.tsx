/** How many suspended agents are hidden, and the switch that shows them. */
import { Field, Toggle } from '@zendeskgarden/react-forms';
import { Alert } from '@zendeskgarden/react-notifications';
import styled from 'styled-components';
import english from './i18n/en/summary';
import { messages } from './i18n/messages';

const Row = styled.div`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.md};
`;

export function SuspendedNotice({ count, shown, onToggle }: { count: number; shown: boolean; onToggle: (shown: boolean) => void }) {
  if (count === 0) return null;
  const t = messages('summary', english);
  return (
    <Alert type="warning" data-notice="suspended">
      <Row>
        <span>{shown ? t.suspendedShown(count) : t.suspendedHidden(count)}</span>
        <Field>
          <Toggle checked={shown} onChange={(e) => onToggle(e.target.checked)}>
            <Field.Label>{t.showSuspended}</Field.Label>
          </Toggle>
        </Field>
      </Row>
    </Alert>
  );
}
