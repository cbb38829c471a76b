import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { Tooltip } from '@zendeskgarden/react-tooltips';
import type { SeatSummary } from '../seats/review';

const Bar = styled.dl`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.md};
  margin: 0 0 ${(p) => p.theme.space.md};
`;

const Figure = styled.div<{ $tone?: 'danger' | 'warning' }>`
  min-width: 150px;
  padding: ${(p) => `${p.theme.space.sm} ${p.theme.space.md}`};
  border: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
  border-top: 3px solid
    ${(p) =>
      getColor({
        theme: p.theme,
        variable: p.$tone === 'danger' ? 'border.dangerEmphasis' : p.$tone === 'warning' ? 'border.warningEmphasis' : 'border.primaryEmphasis',
      })};

  dt {
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
    font-size: ${(p) => p.theme.fontSizes.sm};
  }

  dd {
    margin: 0;
    font-size: ${(p) => p.theme.fontSizes.xxl};
    font-weight: ${(p) => p.theme.fontWeights.semibold};
    line-height: ${(p) => p.theme.lineHeights.xxl};
  }
`;

export function formatMoney(amount: number): string {
  return amount.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
}

export function SummaryBar({ summary, idleDays }: { summary: SeatSummary; idleDays: number }) {
  return (
    <Bar aria-label="Seat summary">
      <Figure>
        <dt>Seats (agents and admins)</dt>
        <dd data-summary="seats">{summary.seats}</dd>
      </Figure>
      <Tooltip content={`Never signed in after the grace period, or no sign-in for more than ${idleDays} days`}>
        <Figure $tone="danger" tabIndex={0}>
          <dt>Idle seats</dt>
          <dd data-summary="idle">{summary.idle}</dd>
        </Figure>
      </Tooltip>
      <Tooltip content="Suspended agents still hold a paid seat until they are downgraded to end users">
        <Figure $tone="warning" tabIndex={0}>
          <dt>Suspended agents</dt>
          <dd data-summary="suspended">{summary.suspended}</dd>
        </Figure>
      </Tooltip>
      {summary.idleMonthlyCost !== null && (
        <Figure $tone="danger">
          <dt>Idle seats cost a month</dt>
          <dd data-summary="idle-cost" data-amount={summary.idleMonthlyCost}>
            {formatMoney(summary.idleMonthlyCost)}
          </dd>
        </Figure>
      )}
    </Bar>
  );
}
