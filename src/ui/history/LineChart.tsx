/**
 * A small line chart of values by day, as inline SVG: one line per series, broken where a
 * day has no value (a gap, drawn as a dotted stretch of the baseline), the max and the
 * first and last day as HTML around it (so they read at any width and follow the page's
 * direction; in right-to-left the days run from the right, as the text does).
 */
import styled, { useTheme } from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

export interface LineSeries {
  key: string;
  hue: string;
  shade: number;
  /** One value per day; null for a gap. */
  values: readonly (number | null)[];
}

export interface LineChartProps {
  /** One UTC day (YYYY-MM-DD) per point. */
  days: readonly string[];
  series: readonly LineSeries[];
  /** The accessible summary of the whole chart. */
  label: string;
  /** The axis' words: the max value, and the first and last day. */
  maxText: (max: number) => string;
  firstText: string;
  lastText: string;
  height: number;
  /** `data-day`/`data-gap` on each day's marks: on the seats chart only, so a page counts each day once. */
  markDays?: boolean;
  name: string;
  /** The axis column's width, the same for charts drawn one above the other so their days line up. */
  axisWidth?: string;
}

/** Each day is STEP units wide; the height is 100 units, stretched to `height` pixels. */
const STEP = 10;
const PAD = 6;

const Frame = styled.div`
  display: grid;
  grid-template-columns: auto 1fr;
  column-gap: ${(p) => p.theme.space.xs};
  font-size: ${(p) => p.theme.fontSizes.xs};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

const YAxis = styled.div`
  display: flex;
  flex-direction: column;
  justify-content: space-between;
  text-align: end;
`;

const XAxis = styled.div`
  grid-column: 2;
  display: flex;
  justify-content: space-between;
`;

const Plot = styled.svg<{ $rtl: boolean }>`
  display: block;
  width: 100%;
  overflow: visible;
  border-block-end: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  transform: ${(p) => (p.$rtl ? 'scaleX(-1)' : 'none')};
`;

/** The top of the axis: the largest value drawn, at least 1. */
export const seriesMax = (series: readonly LineSeries[]): number =>
  Math.max(1, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));

const y = (value: number, max: number): number => 100 - PAD - (value / max) * (100 - 2 * PAD);
const x = (index: number): number => index * STEP + STEP / 2;

/** The path through consecutive days with a value; a gap starts a new stretch. */
function linePath(values: readonly (number | null)[], max: number): string {
  let path = '';
  let drawing = false;
  values.forEach((value, i) => {
    if (value === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(i)} ${y(value, max)}`;
    drawing = true;
  });
  return path;
}

export function LineChart({ days, series, label, maxText, firstText, lastText, height, markDays = false, name, axisWidth }: LineChartProps) {
  const theme = useTheme();
  const max = seriesMax(series);
  const colour = (s: LineSeries): string => getColor({ theme, hue: s.hue, shade: s.shade });
  const gapColour = getColor({ theme, variable: 'border.emphasis' });
  const width = days.length * STEP;
  // Strokes keep their width however far the chart is stretched.
  const stroke = { vectorEffect: 'non-scaling-stroke', fill: 'none' } as const;
  return (
    <Frame data-chart={name} style={axisWidth ? { gridTemplateColumns: `${axisWidth} 1fr` } : undefined}>
      <YAxis style={{ height }} aria-hidden="true">
        <span data-axis-max={max}>{maxText(max)}</span>
        <span>{maxText(0)}</span>
      </YAxis>
      <Plot $rtl={theme.rtl} role="img" aria-label={label} viewBox={`0 0 ${width} 100`} preserveAspectRatio="none" style={{ height }}>
        {series.map((s) => (
          <path key={s.key} d={linePath(s.values, max)} stroke={colour(s)} strokeWidth={2} strokeLinejoin="round" {...stroke} data-series={s.key} />
        ))}
        {days.map((day, i) => {
          const gap = series.every((s) => s.values[i] === null || s.values[i] === undefined);
          const marks = markDays ? { 'data-day': day, ...(gap ? { 'data-gap': 'true' } : {}) } : {};
          return gap ? (
            <path key={day} {...marks} d={`M${i * STEP} ${100 - 1}h${STEP}`} stroke={gapColour} strokeWidth={2} strokeDasharray="2 3" {...stroke} />
          ) : (
            <g key={day} {...marks}>
              {series.map((s) => {
                const value = s.values[i];
                // A dot at each reviewed day: a lone day between gaps still shows.
                return value === null || value === undefined ? null : (
                  <path key={s.key} d={`M${x(i)} ${y(value, max)}h0`} stroke={colour(s)} strokeWidth={6} strokeLinecap="round" {...stroke} />
                );
              })}
            </g>
          );
        })}
      </Plot>
      <XAxis aria-hidden="true">
        <span>{firstText}</span>
        <span>{lastText}</span>
      </XAxis>
    </Frame>
  );
}
