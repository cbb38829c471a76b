/** The seat composition at a glance: one stacked bar and its legend. */
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import type { SeatComposition } from '../seats/review';

const PARTS: readonly { key: keyof SeatComposition; label: string; hue: string; shade: number }[] = [
  { key: 'activePaid', label: 'Active paid', hue: 'green', shade: 600 },
  { key: 'idlePaid', label: 'Idle paid', hue: 'red', shade: 600 },
  { key: 'suspended', label: 'Suspended (still paid)', hue: 'yellow', shade: 500 },
  { key: 'lightOrContributor', label: 'Light agents and contributors', hue: 'blue', shade: 400 },
  { key: 'shared', label: 'Shared', hue: 'grey', shade: 400 },
];

const Bar = styled.div`
  display: flex;
  height: 12px;
  border-radius: ${(p) => p.theme.borderRadii.md};
  overflow: hidden;
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.subtle' })};
`;

const Legend = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => `${p.theme.space.xxs} ${p.theme.space.md}`};
  margin: ${(p) => p.theme.space.xs} 0 0;
  padding: 0;
  list-style: none;
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

const Swatch = styled.span<{ $hue: string; $shade: number }>`
  display: inline-block;
  width: 10px;
  height: 10px;
  margin-right: ${(p) => p.theme.space.xxs};
  border-radius: 2px;
  background: ${(p) => getColor({ theme: p.theme, hue: p.$hue, shade: p.$shade })};
`;

const Part = styled.div<{ $hue: string; $shade: number }>`
  background: ${(p) => getColor({ theme: p.theme, hue: p.$hue, shade: p.$shade })};
`;

export function CompositionBar({ composition }: { composition: SeatComposition }) {
  const total = PARTS.reduce((sum, p) => sum + composition[p.key], 0);
  if (total === 0) return null;
  return (
    <figure style={{ margin: 0 }} aria-label="Seat composition" data-composition>
      <Bar role="img" aria-label={PARTS.map((p) => `${p.label}: ${composition[p.key]}`).join(', ')}>
        {PARTS.map((p) =>
          composition[p.key] > 0 ? (
            <Part
              key={p.key}
              $hue={p.hue}
              $shade={p.shade}
              style={{ width: `${(composition[p.key] / total) * 100}%` }}
              title={`${p.label}: ${composition[p.key]}`}
            />
          ) : null,
        )}
      </Bar>
      <Legend>
        {PARTS.map((p) => (
          <li key={p.key} data-composition-part={p.key}>
            <Swatch $hue={p.hue} $shade={p.shade} />
            {p.label} <strong>{composition[p.key]}</strong>
          </li>
        ))}
      </Legend>
    </figure>
  );
}
