/**
 * The seat history panel: the last snapshot's status and who ran it, the change since the
 * previous review, and the trend of paid, likely idle and suspended seats (and their cost
 * when priced) over the last 60 days, as a chart or a table; says when the history is kept
 * in this browser only, and why. Reads the review session's history keeper (review/history.ts).
 * Loaded beside the first screen, not in it.
 */
import { memo, useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Alert, Notification } from '@zendeskgarden/react-notifications';
import { getColor } from '@zendeskgarden/react-theming';
import { MD, SM } from '@zendeskgarden/react-typography';
import { dayOf } from '../../history/record';
import type { HistoryKeeper } from '../../review/history';
import { changeSincePrevious, lastSnapshot, trendSeries, type TrendSeries } from '../../history/trend';
import { num } from '../i18n/format';
import { failureText } from '../text/errors';
import { LineChart, seriesMax, type LineSeries } from './LineChart';
import { changeText, costText, dayText, fallbackText, historyWords, lastSnapshotText } from './text';
import { TrendTable } from './TrendTable';
import { PanelRow, PanelSection } from '../panel';

/** What the panel reads of the history keeper: its state and when it changes. */
export type HistoryFeed = Pick<HistoryKeeper, 'getState' | 'subscribe'>;

export interface TrendPanelProps {
  history: HistoryFeed;
  /** The clock "today" (a UTC day) is read from; fixed in tests. */
  clock?: () => number;
}

const Section = styled(PanelSection)`
  display: grid;
  gap: ${(p) => p.theme.space.sm};
`;

const Row = PanelRow;

const Muted = styled(SM)`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

/** Where the chart will be while the history loads (a plain box: Garden's Skeleton would join the first screen's JavaScript). */
const Placeholder = styled.div`
  height: 120px;
  margin-top: ${(p) => p.theme.space.xs};
  border-radius: ${(p) => p.theme.borderRadii.md};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.subtle' })};
`;

const Legend = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => `${p.theme.space.xxs} ${p.theme.space.md}`};
  margin: 0;
  padding: 0;
  list-style: none;
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

const Swatch = styled.span<{ $hue: string; $shade: number; $dotted?: boolean }>`
  display: inline-block;
  width: 14px;
  vertical-align: middle;
  margin-inline-end: ${(p) => p.theme.space.xxs};
  border-top: 3px ${(p) => (p.$dotted ? 'dotted' : 'solid')} ${(p) => getColor({ theme: p.theme, hue: p.$hue, shade: p.$shade })};
`;

/** The seat lines in the summary's colours: idle red and suspended yellow, as in the composition bar. */
const SEAT_LINES = [
  { key: 'paid', hue: 'blue', shade: 600 },
  { key: 'idle', hue: 'red', shade: 600 },
  { key: 'suspended', hue: 'yellow', shade: 500 },
] as const;
const COST_LINE = { key: 'cost', hue: 'purple', shade: 600 } as const;

function Charts({ series }: { series: TrendSeries }) {
  const t = historyWords();
  const { points } = series;
  const days = points.map((p) => p.day);
  const first = dayText(days[0] ?? '');
  const last = dayText(days.at(-1) ?? '');
  const reviewed = points.filter((p) => p.figures !== null);
  const latest = reviewed.at(-1);
  const seatLines: LineSeries[] = SEAT_LINES.map((l) => ({ ...l, values: points.map((p) => p.figures?.[l.key] ?? null) }));
  const names = { paid: t.seriesPaid, idle: t.seriesIdle, suspended: t.seriesSuspended };
  const latestCost = points.filter((p) => p.figures?.cost != null).at(-1);
  const costLines: LineSeries[] = [{ ...COST_LINE, values: points.map((p) => p.figures?.cost ?? null) }];
  const costMaxText = (n: number): string => costText(n, series.currency);
  // One axis width for both charts, so a day sits at the same place in each.
  const axisWidth = `${Math.max(num(seriesMax(seatLines)).length, series.priced ? costMaxText(seriesMax(costLines)).length : 0)}ch`;
  const label = [
    t.chartRange(points.length, first, last, reviewed.length),
    latest?.figures ? t.chartLatest(dayText(latest.day), latest.figures.paid, latest.figures.idle, latest.figures.suspended) : '',
  ].join(' ');
  return (
    <>
      <LineChart
        name="seats"
        days={days}
        series={seatLines}
        label={label.trim()}
        maxText={num}
        firstText={first}
        lastText={last}
        height={120}
        markDays
        axisWidth={axisWidth}
      />
      {series.priced && latestCost?.figures?.cost != null && (
        <LineChart
          name="cost"
          days={days}
          series={costLines}
          label={t.costLatest(dayText(latestCost.day), costText(latestCost.figures.cost, series.currency))}
          maxText={costMaxText}
          firstText={first}
          lastText={last}
          height={56}
          axisWidth={axisWidth}
        />
      )}
      <Legend>
        {SEAT_LINES.map((l) => (
          <li key={l.key}>
            <Swatch $hue={l.hue} $shade={l.shade} />
            {names[l.key]}
          </li>
        ))}
        {series.priced && (
          <li>
            <Swatch $hue={COST_LINE.hue} $shade={COST_LINE.shade} />
            {t.seriesCost}
          </li>
        )}
        <li>
          <Swatch $hue="grey" $shade={500} $dotted />
          {t.noReviewThatDay}
        </li>
      </Legend>
    </>
  );
}

/** Memoised: typing in the seat search re-renders the review, not this panel. */
export const TrendPanel = memo(function TrendPanel({ history, clock = Date.now }: TrendPanelProps) {
  const subscribe = useCallback((listener: () => void) => history.subscribe(listener), [history]);
  const read = useCallback(() => history.getState(), [history]);
  const state = useSyncExternalStore(subscribe, read, read);
  const [asTable, setAsTable] = useState(false);
  const today = dayOf(clock());
  const { days } = state;
  const series = useMemo(() => trendSeries(days, { today }), [days, today]);
  const records = useMemo(() => new Map(days.map((r) => [r.day, r])), [days]);
  const change = useMemo(() => changeSincePrevious(days), [days]);
  const snapshot = useMemo(() => lastSnapshot(days), [days]);
  const t = historyWords();
  const loading = state.phase === 'loading';
  const anyReview = series.points.some((p) => p.figures !== null);

  return (
    <Section
      aria-labelledby="history-title"
      aria-busy={loading}
      data-history=""
      data-history-phase={state.phase}
      data-history-source={state.source}
      {...(state.fallback ? { 'data-history-fallback': state.fallback } : {})}
    >
      <Row>
        <div>
          <MD isBold tag="h2" id="history-title">
            {t.title}
          </MD>
          {!loading && state.source === 'zendesk' && <Muted>{t.keptInZendesk}</Muted>}
        </div>
        {!loading && anyReview && (
          <Button size="small" isBasic aria-pressed={asTable} data-action="history-table" onClick={() => setAsTable((shown) => !shown)}>
            {t.showTable}
          </Button>
        )}
      </Row>
      {state.fallback && (
        <Notification type={state.fallback === 'unreadable' ? 'warning' : 'info'} data-history-notice={state.fallback}>
          <Notification.Title>{t.fallbackTitle}</Notification.Title>
          <MD>{fallbackText(state.fallback)}</MD>
        </Notification>
      )}
      {state.writeProblem && (
        <Alert type="warning" data-history-write-problem>
          {t.writeProblem(failureText(state.writeProblem))}
        </Alert>
      )}
      {loading ? (
        <div data-history-loading>
          <Muted>{t.loading}</Muted>
          <Placeholder />
        </div>
      ) : (
        <>
          <div>
            <SM data-history-last-snapshot={snapshot?.snapshot.result ?? 'none'}>
              <strong>{t.lastSnapshotLabel}</strong> {snapshot ? lastSnapshotText(snapshot, today) : t.noSnapshot}
              {snapshot?.run && <> · {t.ranBy(snapshot.run.byName)}</>}
            </SM>
            {change && <SM data-history-change>{changeText(change)}</SM>}
          </div>
          {!anyReview ? (
            <Muted>{t.empty}</Muted>
          ) : asTable ? (
            <>
              <Muted>{t.reviewedDays(series.points.filter((p) => p.figures !== null).length, series.points.length)}</Muted>
              <TrendTable series={series} records={records} />
            </>
          ) : (
            <Charts series={series} />
          )}
        </>
      )}
    </Section>
  );
});
