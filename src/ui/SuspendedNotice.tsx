/** How many suspended agents are hidden, and the switch that shows them. */
import { Field, Toggle } from '@zendeskgarden/react-forms';
import { Alert } from '@zendeskgarden/react-notifications';
import styled from 'styled-components';

const Row = styled.div`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.md};
`;

export function SuspendedNotice({ count, shown, onToggle }: { count: number; shown: boolean; onToggle: (shown: boolean) => void }) {
  if (count === 0) return null;
  const noun = count === 1 ? 'suspended agent' : 'suspended agents';
  return (
    <Alert type="warning" data-notice="suspended">
      <Row>
        <span>{shown ? `${count} ${noun} shown` : `${count} ${noun} hidden`} — each still holds a paid seat until downgraded to an end user.</span>
        <Field>
          <Toggle checked={shown} onChange={(e) => onToggle(e.target.checked)}>
            <Field.Label>Show suspended agents</Field.Label>
          </Toggle>
        </Field>
      </Row>
    </Alert>
  );
}
