/** The seat composition at a glance: one stacked bar and its legend. */
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import type { SeatComposition } from '../seats/review';
import type { Catalogue } from './i18n/catalogue';
import english from './i18n/en/summary';
import { list, num } from './i18n/format';
import { messages } from './i18n/messages';

type Words = Catalogue['summary'];

/** Each part's words are looked up when drawn: the admin's language is chosen after this module loads. */
const PARTS: readonly { key: keyof SeatComposition; label: (t: Words) => string; hue: string; shade: number }[] = [
  { key: 'activePaid', label: (t) => t.compositionActivePaid, hue: 'green', shade: 600 },
  { key: 'idlePaid', label: (t) => t.compositionIdlePaid, hue: 'red', shade: 600 },
  { key: 'suspended', label: (t) => t.compositionSuspended, hue: 'yellow', shade: 500 },
  { key: 'lightOrContributor', label: (t) => t.compositionLightOrContributor, hue: 'blue', shade: 400 },
  { key: 'shared', label: (t) => t.compositionShared, hue: 'grey', shade: 400 },
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
  margin-inline-end: ${(p) => p.theme.space.xxs};
  border-radius: 2px;
  background: ${(p) => getColor({ theme: p.theme, hue: p.$hue, shade: p.$shade })};
`;

const Part = styled.div<{ $hue: string; $shade: number }>`
  background: ${(p) => getColor({ theme: p.theme, hue: p.$hue, shade: p.$shade })};
`;

export function CompositionBar({ composition }: { composition: SeatComposition }) {
  const total = PARTS.reduce((sum, p) => sum + composition[p.key], 0);
  if (total === 0) return null;
  const t = messages('summary', english);
  const parts = PARTS.map((p) => ({ ...p, words: p.label(t), count: composition[p.key] }));
  return (
    <figure style={{ margin: 0 }} aria-label={t.compositionLabel} data-composition>
      <Bar role="img" aria-label={list(parts.map((p) => t.compositionPart(p.words, p.count)))}>
        {parts.map((p) =>
          p.count > 0 ? (
            <Part
              key={p.key}
              $hue={p.hue}
              $shade={p.shade}
              style={{ width: `${(p.count / total) * 100}%` }}
              title={t.compositionPart(p.words, p.count)}
            />
          ) : null,
        )}
      </Bar>
      <Legend>
        {parts.map((p) => (
          <li key={p.key} data-composition-part={p.key}>
            <Swatch $hue={p.hue} $shade={p.shade} />
            {p.words} <strong>{num(p.count)}</strong>
          </li>
        ))}
      </Legend>
    </figure>
  );
}
