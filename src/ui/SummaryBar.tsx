/** The review's figures at a glance: seats, paid, idle, suspended, seats purchased against assigned, and their cost. */
import { memo } from 'react';
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { Tooltip } from '@zendeskgarden/react-tooltips';
import type { SeatSummary } from '../seats/review';
import { CompositionBar } from './CompositionBar';
import english from './i18n/en/summary';
import { money, num } from './i18n/format';
import { messages } from './i18n/messages';

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

/** A figure's second line: a `dd` of its own, so the list stays a list of term and description groups. */
const Sub = styled.dd`
  && {
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
    font-size: ${(p) => p.theme.fontSizes.sm};
    font-weight: ${(p) => p.theme.fontWeights.regular};
    line-height: ${(p) => p.theme.lineHeights.sm};
  }
`;

const Note = styled.p`
  margin: 0 0 ${(p) => p.theme.space.xs};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

/** A count in the admin's locale; `data-count` keeps the plain number for tests and tools (as `data-amount` does for money). */
function Count({ name, value }: { name: string; value: number }) {
  return (
    <dd data-summary={name} data-count={value}>
      {num(value)}
    </dd>
  );
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
        {money(monthly)}
      </dd>
      <Sub data-summary={`${name}-yearly`} data-amount={yearly}>
        {messages('summary', english).costYearly(money(yearly))}
      </Sub>
    </Figure>
  );
}

export const SummaryBar = memo(function SummaryBar({ summary, idleDays }: { summary: SeatSummary; idleDays: number }) {
  const { costs, purchase } = summary;
  const t = messages('summary', english);
  return (
    <section aria-label={t.summaryLabel} style={{ marginBottom: 16 }}>
      <Bar>
        <Figure>
          <dt>{t.seats}</dt>
          <Count name="seats" value={summary.seats} />
        </Figure>
        <Tooltip content={t.paidSeatsHint}>
          <Figure tabIndex={0}>
            <dt>{t.paidSeats}</dt>
            <Count name="paid" value={summary.paid} />
          </Figure>
        </Tooltip>
        <Tooltip content={t.idleSeatsHint(idleDays)}>
          <Figure $tone="danger" tabIndex={0}>
            <dt>{t.idleSeats}</dt>
            <Count name="idle" value={summary.idle} />
            {summary.signInOnly && <Sub data-summary-basis="sign-in">{t.judgedOnSignInOnly}</Sub>}
          </Figure>
        </Tooltip>
        <Tooltip content={t.suspendedAgentsHint}>
          <Figure $tone="warning" tabIndex={0}>
            <dt>{t.suspendedAgents}</dt>
            <Count name="suspended" value={summary.suspended} />
          </Figure>
        </Tooltip>
        {costs !== null && (
          <CostFigure tone="danger" label={t.idleCostMonthly} name="idle-cost" monthly={costs.idleMonthly} yearly={costs.idleYearly} />
        )}
        {costs !== null && summary.suspendedPaid > 0 && (
          <CostFigure
            tone="warning"
            label={t.suspendedCostMonthly}
            name="suspended-cost"
            monthly={costs.suspendedMonthly}
            yearly={costs.suspendedYearly}
          />
        )}
        {purchase !== null && (
          <>
            <Figure>
              <dt>{t.seatsPurchased}</dt>
              <Count name="purchased" value={purchase.purchased} />
            </Figure>
            <Figure>
              <dt>{t.paidSeatsAssigned}</dt>
              <Count name="assigned" value={purchase.assigned} />
              {summary.suspendedPaid > 0 && <Sub>{t.assignedSuspended(summary.suspendedPaid)}</Sub>}
            </Figure>
            <Figure $tone={purchase.unassigned === 0 ? undefined : 'warning'}>
              <dt>{t.unassignedSeats}</dt>
              <Count name="unassigned" value={purchase.unassigned} />
              <Sub>
                {purchase.unassigned < 0
                  ? t.moreAssignedThanPurchased(-purchase.unassigned)
                  : purchase.unassigned === 0
                    ? t.everySeatAssigned
                    : t.unassignedHeldByNobody}
              </Sub>
            </Figure>
          </>
        )}
        {costs !== null && purchase !== null && purchase.unassigned > 0 && (
          <CostFigure
            tone="warning"
            label={t.unassignedCostMonthly}
            name="unassigned-cost"
            monthly={costs.unassignedMonthly}
            yearly={costs.unassignedYearly}
          />
        )}
      </Bar>
      {(costs !== null || purchase !== null) && <Note data-summary-note="billing">{t.billingNote}</Note>}
      <CompositionBar composition={summary.composition} />
    </section>
  );
});
