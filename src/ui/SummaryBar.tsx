/** The review's figures at a glance: seats, paid, idle, suspended, seats purchased against assigned, and their cost. */
import { memo } from 'react';
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { Tooltip } from '@zendeskgarden/react-tooltips';
import type { SeatSummary } from '../seats/review';
import { CompositionBar } from './CompositionBar';

const Bar = styled.dl`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.md};
  margin: 0 0 ${(p) => p.theme.space.sm};
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

const Sub = styled.div`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

export function formatMoney(amount: number): string {
  return amount.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
}

function CostFigure({
  tone,
  label,
  name,
  monthly,
  yearly,
}: {
  tone: 'danger' | 'warning';
  label: string;
  name: string;
  monthly: number;
  yearly: number;
}) {
  return (
    <Figure $tone={tone}>
      <dt>{label}</dt>
      <dd data-summary={name} data-amount={monthly}>
        {formatMoney(monthly)}
      </dd>
      <Sub data-summary={`${name}-yearly`} data-amount={yearly}>
        {formatMoney(yearly)} a year
      </Sub>
    </Figure>
  );
}

export const SummaryBar = memo(function SummaryBar({ summary, idleDays }: { summary: SeatSummary; idleDays: number }) {
  const { costs, purchase } = summary;
  return (
    <section aria-label="Seat summary" style={{ marginBottom: 16 }}>
      <Bar>
        <Figure>
          <dt>Seats (agents and admins)</dt>
          <dd data-summary="seats">{summary.seats}</dd>
        </Figure>
        <Tooltip content="Admins, billing admins, agents, custom-role and chat-only agents; not light agents, contributors or shared agents">
          <Figure tabIndex={0}>
            <dt>Paid seats</dt>
            <dd data-summary="paid">{summary.paid}</dd>
          </Figure>
        </Tooltip>
        <Tooltip
          content={`Paid seats that never signed in after the grace period, or with neither a sign-in nor a ticket interaction in ${idleDays} days`}
        >
          <Figure $tone="danger" tabIndex={0}>
            <dt>Likely idle paid seats</dt>
            <dd data-summary="idle">{summary.idle}</dd>
            {summary.signInOnly && <Sub data-summary-basis="sign-in">judged on sign-in only</Sub>}
          </Figure>
        </Tooltip>
        <Tooltip content="Suspended agents still hold a paid seat until they are downgraded to end users">
          <Figure $tone="warning" tabIndex={0}>
            <dt>Suspended agents</dt>
            <dd data-summary="suspended">{summary.suspended}</dd>
          </Figure>
        </Tooltip>
        {costs !== null && (
          <CostFigure tone="danger" label="Idle seats cost a month" name="idle-cost" monthly={costs.idleMonthly} yearly={costs.idleYearly} />
        )}
        {costs !== null && summary.suspendedPaid > 0 && (
          <CostFigure
            tone="warning"
            label="Suspended seats cost a month"
            name="suspended-cost"
            monthly={costs.suspendedMonthly}
            yearly={costs.suspendedYearly}
          />
        )}
        {purchase !== null && (
          <>
            <Figure>
              <dt>Seats purchased</dt>
              <dd data-summary="purchased">{purchase.purchased}</dd>
            </Figure>
            <Figure>
              <dt>Paid seats assigned</dt>
              <dd data-summary="assigned">{purchase.assigned}</dd>
              {summary.suspendedPaid > 0 && <Sub>{summary.suspendedPaid} of them suspended</Sub>}
            </Figure>
            <Figure $tone={purchase.unassigned === 0 ? undefined : 'warning'}>
              <dt>Unassigned seats</dt>
              <dd data-summary="unassigned">{purchase.unassigned}</dd>
              <Sub>
                {purchase.unassigned < 0
                  ? `${-purchase.unassigned} more assigned than purchased`
                  : purchase.unassigned === 0
                    ? 'every seat purchased is assigned'
                    : 'bought, held by nobody'}
              </Sub>
            </Figure>
          </>
        )}
        {costs !== null && purchase !== null && purchase.unassigned > 0 && (
          <CostFigure
            tone="warning"
            label="Unassigned seats cost a month"
            name="unassigned-cost"
            monthly={costs.unassignedMonthly}
            yearly={costs.unassignedYearly}
          />
        )}
      </Bar>
      {(costs !== null || purchase !== null) && (
        <Sub data-summary-note="billing" style={{ marginBottom: 8 }}>
          Zendesk bills the seats purchased; freeing a seat lowers the bill only when the account owner lowers the seat count in Admin Center.
        </Sub>
      )}
      <CompositionBar composition={summary.composition} />
    </section>
  );
});
