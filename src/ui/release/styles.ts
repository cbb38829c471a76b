/** The release screens' shared pieces of style: their box, a line of text and actions, subtle text, a scrolling seat table. */
import styled from 'styled-components';
import { PanelRow } from '../panel';
import { getColor } from '@zendeskgarden/react-theming';

/** The progress (emphasised while it runs) and the report. */
export const Box = styled.section<{ $emphasis?: boolean }>`
  display: grid;
  gap: ${(p) => p.theme.space.xs};
  margin: 0 0 ${(p) => p.theme.space.md};
  padding: ${(p) => `${p.theme.space.sm} ${p.theme.space.md}`};
  border: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: p.$emphasis ? 'border.primaryEmphasis' : 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};

  h2,
  p {
    margin: 0;
  }
`;

/** A title on one side, actions on the other (the panels' heading row). */
export const Line = PanelRow;

export const Subtle = styled.p`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

/** One row a seat as plain elements styled here once (a styled component per row would slow 1,000 rows down). */
export const SeatList = styled.div<{ $maxHeight: string; $framed?: boolean }>`
  max-height: ${(p) => p.$maxHeight};
  overflow: auto;
  ${(p) =>
    p.$framed
      ? `margin: ${p.theme.space.sm} 0;
  border: ${p.theme.borders.sm} ${getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${p.theme.borderRadii.md};`
      : ''}

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: ${(p) => p.theme.fontSizes.sm};
  }
  th,
  td {
    padding: ${(p) => `${p.theme.space.xxs} ${p.theme.space.xs}`};
    text-align: left;
    vertical-align: top;
    border-bottom: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.subtle' })};
  }
  th {
    position: sticky;
    top: 0;
    background: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
  }
  small {
    display: block;
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
    overflow-wrap: anywhere;
  }
  [data-outcome='released'] td:nth-child(2) > b {
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.success' })};
  }
  [data-outcome='refused'] td:nth-child(2) > b,
  [data-outcome='unknown'] td:nth-child(2) > b {
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.danger' })};
  }
`;
