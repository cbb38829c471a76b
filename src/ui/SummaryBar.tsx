/**
 * The review's figures at a glance: seats, paid, idle, suspended, seats purchased against
 * assigned, and their cost. The first four are buttons that filter the table to the seats
 * they count (pressed while it is); every figure shows "—" until the roster is in.
 */
import { memo, type ReactNode } from 'react';
import styled, { css } from 'styled-components';
import { focusStyles, getColor } from '@zendeskgarden/react-theming';
import { Tooltip } from '@zendeskgarden/react-tooltips';
import type { SummaryCard } from '../seats/filters';
import type { SeatSummary } from '../seats/review';
import { CompositionBar } from './CompositionBar';
import english from './i18n/en/summary';
import { money, num } from './i18n/format';
import { messages } from './i18n/messages';

type Tone = 'danger' | 'warning';

const Bar = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.md};
  margin: 0 0 ${(p) => p.theme.space.sm};
`;

const figureStyles = css<{ $tone?: Tone }>`
  box-sizing: border-box;
  min-width: 150px;
  margin: 0;
  padding: ${(p) => `${p.theme.space.sm} ${p.theme.space.md}`};
  border: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
  border-top: 3px solid
    ${(p) =>
      getColor({
        theme: p.theme,
        variable: p.$tone === 'danger' ? 'border.dangerEmphasis' : p.$tone === 'warning' ? 'border.warningEmphasis' : 'border.primaryEmphasis',
      })};
`;

/** A figure that only informs: a term and its description(s). */
const Figure = styled.dl<{ $tone?: Tone }>`
  ${figureStyles}
`;

/**
 * A figure that filters the table: a toggle button, its label, count and note stacked.
 * Hovered, its sides show it can be pressed; pressed, it is tinted too (the top keeps its tone).
 */
const FilterFigure = styled.button<{ $tone?: Tone }>`
  ${figureStyles}
  display: flex;
  flex-direction: column;
  background: none;
  color: inherit;
  font: inherit;
  text-align: start;
  cursor: pointer;

  &:hover,
  &[aria-pressed='true'] {
    border-inline-color: ${(p) => getColor({ theme: p.theme, variable: 'border.primaryEmphasis' })};
    border-bottom-color: ${(p) => getColor({ theme: p.theme, variable: 'border.primaryEmphasis' })};
  }

  &[aria-pressed='true'] {
    background: ${(p) => getColor({ theme: p.theme, variable: 'background.primaryEmphasis', transparency: p.theme.opacity[100] })};
  }

  ${(p) => focusStyles({ theme: p.theme })}
`;

/** A figure's label, and its second line (a `dt` and `dd`s in a list, spans in a button). */
const Sub = styled.span`
  margin: 0;
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

/** The figure itself: large. */
const Value = styled.span`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.xxl};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  line-height: ${(p) => p.theme.lineHeights.xxl};
`;

const Note = styled.p`
  margin: 0 0 ${(p) => p.theme.space.xs};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

/** "—" on screen, "Loading" to a screen reader: a figure not known yet is not zero. */
function Pending() {
  return (
    <span role="img" aria-label={messages('summary', english).figureLoading}>
      —
    </span>
  );
}

/**
 * A count in the admin's locale; `data-count` keeps the plain number for tests and tools (as
 * `data-amount` does for money), and is absent while the figure is not known.
 */
function Count({ name, value, loading, inList = false }: { name: string; value: number; loading: boolean; inList?: boolean }) {
  return (
    <Value as={inList ? 'dd' : undefined} data-summary={name} data-count={loading ? undefined : value}>
      {loading ? <Pending /> : num(value)}
    </Value>
  );
}

interface FilterProps {
  card: SummaryCard;
  label: string;
  value: number;
  tone?: Tone;
  hint?: string;
  sub?: ReactNode;
  loading: boolean;
  pressed: SummaryCard | null;
  onPick: (card: SummaryCard) => void;
}

function FilterCard({ card, label, value, tone, hint, sub, loading, pressed, onPick }: FilterProps) {
  const button = (
    <FilterFigure type="button" $tone={tone} aria-pressed={pressed === card} data-summary-card={card} onClick={() => onPick(card)}>
      {/* The spaces keep the button's name readable ("Paid seats 1,100"); a flex box does not draw them. */}
      <Sub>{label}</Sub> <Count name={card} value={value} loading={loading} /> {!loading && sub}
    </FilterFigure>
  );
  return hint === undefined ? button : <Tooltip content={hint}>{button}</Tooltip>;
}

function CostFigure({
  tone,
  label,
  name,
  monthly,
  yearly,
  loading,
}: {
  tone: Tone;
  label: string;
  name: string;
  monthly: number;
  yearly: number;
  loading: boolean;
}) {
  return (
    <Figure $tone={tone}>
      <Sub as="dt">{label}</Sub>
      <Value as="dd" data-summary={name} data-amount={loading ? undefined : monthly}>
        {loading ? <Pending /> : money(monthly)}
      </Value>
      {!loading && (
        <Sub as="dd" data-summary={`${name}-yearly`} data-amount={yearly}>
          {messages('summary', english).costYearly(money(yearly))}
        </Sub>
      )}
    </Figure>
  );
}

export interface SummaryBarProps {
  summary: SeatSummary;
  idleDays: number;
  /** True until the roster is in: the figures would only count the seats loaded so far. */
  loading: boolean;
  /** The figure whose filters the table is under, if any. */
  pressed: SummaryCard | null;
  /** A figure clicked: the table is to list what it counts (or, pressed already, every seat). */
  onPick: (card: SummaryCard) => void;
}

export const SummaryBar = memo(function SummaryBar({ summary, idleDays, loading, pressed, onPick }: SummaryBarProps) {
  const { costs, purchase } = summary;
  const t = messages('summary', english);
  const cards = { loading, pressed, onPick };
  return (
    <section aria-label={t.summaryLabel} style={{ marginBottom: 16 }}>
      <Bar>
        <FilterCard
          card="seats"
          label={t.seats}
          value={summary.seats}
          sub={summary.suspended > 0 && <Sub data-summary-note="seats">{t.seatsWithoutSuspended(summary.suspended)}</Sub>}
          {...cards}
        />
        <FilterCard card="paid" label={t.paidSeats} value={summary.paid} hint={t.paidSeatsHint} {...cards} />
        <FilterCard
          card="idle"
          tone="danger"
          label={t.idleSeats}
          value={summary.idle}
          hint={t.idleSeatsHint(idleDays)}
          sub={summary.signInOnly && <Sub data-summary-basis="sign-in">{t.judgedOnSignInOnly}</Sub>}
          {...cards}
        />
        <FilterCard
          card="suspended"
          tone="warning"
          label={t.suspendedAgents}
          value={summary.suspended}
          hint={t.suspendedAgentsHint}
          // The composition bar's "Suspended" part counts only these: said here so the two figures agree.
          sub={summary.suspended > 0 && <Sub data-summary-note="suspended">{t.suspendedHoldingPaid(summary.suspendedPaid)}</Sub>}
          {...cards}
        />
        {costs !== null && (
          <CostFigure
            tone="danger"
            label={t.idleCostMonthly}
            name="idle-cost"
            monthly={costs.idleMonthly}
            yearly={costs.idleYearly}
            loading={loading}
          />
        )}
        {costs !== null && summary.suspendedPaid > 0 && (
          <CostFigure
            tone="warning"
            label={t.suspendedCostMonthly}
            name="suspended-cost"
            monthly={costs.suspendedMonthly}
            yearly={costs.suspendedYearly}
            loading={loading}
          />
        )}
        {purchase !== null && (
          <>
            <Figure>
              <Sub as="dt">{t.seatsPurchased}</Sub>
              {/* A setting, known before any seat loads. */}
              <Count name="purchased" value={purchase.purchased} loading={false} inList />
            </Figure>
            <Figure>
              <Sub as="dt">{t.paidSeatsAssigned}</Sub>
              <Count name="assigned" value={purchase.assigned} loading={loading} inList />
              {!loading && summary.suspendedPaid > 0 && <Sub as="dd">{t.assignedSuspended(summary.suspendedPaid)}</Sub>}
            </Figure>
            <Figure $tone={loading || purchase.unassigned === 0 ? undefined : 'warning'}>
              <Sub as="dt">{t.unassignedSeats}</Sub>
              <Count name="unassigned" value={purchase.unassigned} loading={loading} inList />
              {!loading && (
                <Sub as="dd">
                  {purchase.unassigned < 0
                    ? t.moreAssignedThanPurchased(-purchase.unassigned)
                    : purchase.unassigned === 0
                      ? t.everySeatAssigned
                      : t.unassignedHeldByNobody}
                </Sub>
              )}
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
            loading={loading}
          />
        )}
      </Bar>
      {(costs !== null || purchase !== null) && <Note data-summary-note="billing">{t.billingNote}</Note>}
      {/* Drawn from the whole roster only: a bar of the seats loaded so far would mislead. */}
      {!loading && <CompositionBar composition={summary.composition} />}
    </section>
  );
});
