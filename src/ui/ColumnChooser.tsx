/**
 * The column chooser above the seats table: a button that opens a small panel of
 * checkboxes, one per column the admin may hide (all but the name). Escape, a click
 * elsewhere or Tab out of it closes the panel; Escape gives focus back to the button.
 * What is chosen is kept by the table (see table/columnChoice.ts).
 */
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field, Fieldset } from '@zendeskgarden/react-forms';
import { getColor } from '@zendeskgarden/react-theming';
import type { Column, ColumnKey } from '../seats/columns';
import english from './i18n/en/table';
import { messages } from './i18n/messages';
import { columnLabel } from './text/columns';
import { canHide } from './table/columnChoice';

const Wrapper = styled.div`
  position: relative;
`;

/** Drops down from the button's inline end, over the table (and its sticky header). */
const Panel = styled.div`
  position: absolute;
  top: calc(100% + ${(p) => p.theme.space.xxs});
  inset-inline-end: 0;
  z-index: 10;
  box-sizing: border-box;
  max-width: min(480px, calc(100vw - ${(p) => p.theme.space.lg}));
  max-height: 60vh;
  overflow: auto;
  padding: ${(p) => `${p.theme.space.sm} ${p.theme.space.md}`};
  border: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
  background-color: ${(p) => getColor({ theme: p.theme, variable: 'background.raised' })};
  box-shadow: ${(p) => p.theme.shadows.lg(`${p.theme.space.base * 4}px`, `${p.theme.space.base * 6}px`, getColor({ theme: p.theme, variable: 'shadow.large' }))};
`;

/** Two columns of checkboxes: 18 in one column would be taller than the table's view. */
const Choices = styled.div`
  display: grid;
  grid-template-columns: repeat(2, max-content);
  gap: ${(p) => `${p.theme.space.xxs} ${p.theme.space.lg}`};
  margin: ${(p) => `${p.theme.space.xs} 0 ${p.theme.space.sm}`};
`;

export interface ColumnChooserProps {
  /** The columns the table can show (the name among them, which is never hidden). */
  columns: readonly Column[];
  hidden: ReadonlySet<ColumnKey>;
  onChange: (hidden: ReadonlySet<ColumnKey>) => void;
}

export function ColumnChooser({ columns, hidden, onChange }: ColumnChooserProps) {
  const t = messages('table', english);
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const choosable = columns.filter((c) => canHide(c.key));
  const anyHidden = choosable.some((c) => hidden.has(c.key));

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: MouseEvent): void => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  const onBlur = (e: FocusEvent): void => {
    // Focus gone elsewhere on the page (Tab out of the panel); null when the window itself lost it.
    if (e.relatedTarget instanceof Node && !wrapper.current?.contains(e.relatedTarget)) setOpen(false);
  };
  const toggle = (key: ColumnKey, shown: boolean): void => {
    const next = new Set(hidden);
    if (shown) next.delete(key);
    else next.add(key);
    onChange(next);
  };

  return (
    <Wrapper ref={wrapper} onKeyDown={onKeyDown} onBlur={onBlur}>
      <Button ref={button} size="small" isBasic aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen((o) => !o)}>
        {t.columnsButton}
      </Button>
      {open && (
        <Panel id={panelId} data-column-chooser>
          <Fieldset>
            <Fieldset.Legend>{t.columnsShown}</Fieldset.Legend>
            <Choices>
              {choosable.map((column) => (
                <Field key={column.key}>
                  <Checkbox checked={!hidden.has(column.key)} onChange={(e) => toggle(column.key, e.target.checked)} data-column={column.key}>
                    <Field.Label isRegular>{columnLabel(column.key)}</Field.Label>
                  </Checkbox>
                </Field>
              ))}
            </Choices>
          </Fieldset>
          <Button size="small" isLink disabled={!anyHidden} onClick={() => onChange(new Set())}>
            {t.showAllColumns}
          </Button>
        </Panel>
      )}
    </Wrapper>
  );
}
