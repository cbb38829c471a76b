/**
 * The seats table's scrolling box and the one stylesheet for its body: rows and cells are
 * plain elements styled here once, like Garden's small table rows and cells (32px row:
 * (32 − 20) / 2 vertical padding, 3 × base horizontal, truncated; the subtle border, the
 * primary hover). A styled component per row or cell (Garden's Row and Cell among them)
 * recomputes its styles on every render: with 800 visible cells, most of the time a
 * keystroke or a sort took. Also here: the pinned columns (checkbox, name, seat class stay
 * in view while the table scrolls sideways), the suspended rows' tint and the cells' tags.
 * Sides are logical (inline start/end), so the table reads right to left in Hebrew.
 */
import styled, { type DefaultTheme } from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

export const SELECT_WIDTH = 44;
export const NAME_WIDTH = 200;
export const SEAT_CLASS_WIDTH = 190;

type Themed = { theme: DefaultTheme };

const color =
  (variable: string) =>
  ({ theme }: Themed): string =>
    getColor({ theme, variable });

/** The primary hover tint, as Garden's rows have it (lighter in dark mode). */
const hover =
  (variable: string, opacity: 100 | 200) =>
  ({ theme }: Themed): string =>
    getColor({ theme, variable, transparency: theme.opacity[opacity], dark: { offset: -100 } });

/** A shadow cast toward the inline end (right, or left when the theme reads right to left). */
const towardEnd = ({ theme }: Themed, x: number): string => `${theme.rtl ? -x : x}px`;

/** The pinned columns' trailing edge: a line and a faint shadow over the cells scrolling under them. */
const edge = (p: Themed): string => `${towardEnd(p, 1)} 0 0 ${color('border.default')(p)}, ${towardEnd(p, 4)} 0 4px -2px ${color('shadow.small')(p)}`;

/** The focused row's ring, drawn on the pinned cells too (their opaque background would cover the row's outline). */
const ring = (p: Themed): string => {
  const c = color('border.primaryEmphasis')(p);
  return `inset 0 2px 0 ${c}, inset 0 -2px 0 ${c}`;
};

export const Scroller = styled.div`
  position: relative;
  overflow: auto;
  height: calc(100vh - 300px);
  min-height: 320px;
  border: ${(p) => p.theme.borders.sm} ${color('border.default')};
  border-radius: ${(p) => p.theme.borderRadii.md};

  /* Above the pinned body cells scrolling under it. */
  thead {
    z-index: 2;
  }

  tr[data-user-id] {
    /* The row's tint and bottom line, drawn again on the pinned cells (their opaque background covers the row's). */
    --seat-row-tint: transparent;
    --seat-row-line: ${color('border.subtle')};
    box-sizing: border-box;
    vertical-align: top;
    border-bottom: ${(p) => p.theme.borders.sm} var(--seat-row-line);
    background-color: var(--seat-row-tint);
    transition: background-color 0.1s ease-in-out;
    cursor: pointer;
  }
  /* A suspended agent's row: greyed a little (a tag beside the name says why). */
  tr[data-suspended] {
    --seat-row-tint: ${(p) => getColor({ theme: p.theme, variable: 'background.emphasis', transparency: p.theme.opacity[100] })};
  }
  tr[data-user-id]:focus-visible {
    outline: 2px solid ${color('border.primaryEmphasis')};
    outline-offset: -2px;
  }
  /* A selected row looks like a hovered one until it is unselected. */
  tr[data-user-id]:hover,
  tr[data-selected] {
    --seat-row-tint: ${hover('background.primaryEmphasis', 100)};
    --seat-row-line: ${hover('border.primaryEmphasis', 200)};
  }
  td.seat-cell {
    box-sizing: border-box;
    padding: ${(p) => `${(p.theme.space.base * 8 - p.theme.space.base * 5) / 2}px ${p.theme.space.base * 3}px`};
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  td.seat-select {
    padding: 0;
  }

  .seat-pin {
    position: sticky;
    z-index: 1;
    background-color: ${color('background.default')};
  }
  td.seat-pin {
    background-image: linear-gradient(var(--seat-row-tint), var(--seat-row-tint));
    box-shadow: inset 0 -1px 0 var(--seat-row-line);
  }
  .pin-select {
    inset-inline-start: 0;
  }
  .pin-name {
    inset-inline-start: ${SELECT_WIDTH}px;
  }
  .pin-class {
    inset-inline-start: ${SELECT_WIDTH + NAME_WIDTH}px;
  }
  td.pin-edge {
    box-shadow:
      inset 0 -1px 0 var(--seat-row-line),
      ${edge};
  }
  /* Garden underlines the header with an inset shadow: kept beside the edge. */
  thead tr:last-child th.seat-pin.pin-edge {
    box-shadow:
      inset 0 -1px 0 ${color('border.default')},
      ${edge};
  }
  tr[data-user-id]:focus-visible > td.seat-pin {
    box-shadow: ${ring};
  }
  tr[data-user-id]:focus-visible > td.pin-select {
    box-shadow:
      ${ring},
      inset ${(p) => towardEnd(p, 2)} 0 0 ${color('border.primaryEmphasis')};
  }
  tr[data-user-id]:focus-visible > td.pin-edge {
    box-shadow: ${ring}, ${edge};
  }

  /* The whole cell is the checkbox's label: a larger target, and a click on it never opens the panel. */
  .seat-check {
    display: block;
    /* A 16px box centred in the 32px row. */
    padding: 8px 12px;
    line-height: 0;
    cursor: pointer;
  }
  .seat-check input {
    width: 16px;
    height: 16px;
    margin: 0;
    cursor: pointer;
  }
  .seat-subtle {
    color: ${color('foreground.subtle')};
    margin-inline-start: ${(p) => p.theme.space.xs};
  }
  /* Underlined with dots: hover shows the rule behind the value. */
  .seat-explained {
    border-bottom: 1px dotted currentColor;
    cursor: help;
  }
  /* A name and its tag on one line: the name gives way (truncated), the tag keeps its size. */
  .seat-line {
    display: flex;
    align-items: center;
    gap: ${(p) => p.theme.space.xs};
  }
  .seat-line > :first-child {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  /* Small tags like Garden's: 20px high in the 20px line, semibold, rounded. */
  .seat-tag {
    display: inline-block;
    flex: none;
    box-sizing: border-box;
    max-width: 100%;
    padding: 0 ${(p) => p.theme.space.xs};
    border-radius: ${(p) => p.theme.borderRadii.md};
    overflow: hidden;
    vertical-align: top;
    text-overflow: ellipsis;
    line-height: ${(p) => p.theme.lineHeights.md};
    font-size: ${(p) => p.theme.fontSizes.sm};
    font-weight: ${(p) => p.theme.fontWeights.semibold};
  }
  .seat-tag-idle {
    background-color: ${color('background.danger')};
    color: ${color('foreground.dangerEmphasis')};
  }
  .seat-tag-signal {
    background-color: ${color('background.warning')};
    color: ${color('foreground.warningEmphasis')};
  }
  .seat-tag-suspended {
    border-radius: 100px;
    background-color: ${color('background.emphasis')};
    color: ${color('foreground.onEmphasis')};
  }
  /* Read by screen readers and in the cell's text, not shown: the full reasons behind a tag. */
  .seat-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
