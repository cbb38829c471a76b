/** The framed sections under the summary (snapshot, history) and their heading row: one look for both. */
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

export const PanelSection = styled.section`
  margin: 0 0 ${(p) => p.theme.space.md};
  padding: ${(p) => `${p.theme.space.sm} ${p.theme.space.md}`};
  border: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
`;

/** A title on one side, actions on the other, wrapping on narrow screens. */
export const PanelRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.sm};
`;
