import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { columnByKey, type ColumnKey } from '../seats/columns';
import { ColumnChooser } from './ColumnChooser';
import { setFormats } from './i18n/format';
import fr from './i18n/locales/fr';
import { setCatalogue } from './i18n/messages';

const COLUMNS = (['name', 'email', 'seatClass', 'idle'] as const).map(columnByKey);

/** The chooser as the table holds it: the hidden set in state, every change reported too. */
function Harness({ onChange, initial = [] }: { onChange: (hidden: ColumnKey[]) => void; initial?: ColumnKey[] }) {
  const [hidden, setHidden] = useState<ReadonlySet<ColumnKey>>(new Set(initial));
  return (
    <ThemeProvider>
      <button type="button">elsewhere</button>
      <ColumnChooser
        columns={COLUMNS}
        hidden={hidden}
        onChange={(next) => {
          setHidden(next);
          onChange([...next].sort());
        }}
      />
    </ThemeProvider>
  );
}

const columnsButton = () => screen.getByRole('button', { name: 'Columns' });

afterEach(() => {
  setFormats('en');
  setCatalogue({});
});

describe('ColumnChooser', () => {
  it('opens a group of checkboxes, one per column but the name, all ticked when none is hidden', async () => {
    render(<Harness onChange={vi.fn()} />);
    expect(columnsButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group')).toBeNull();
    await userEvent.click(columnsButton());
    expect(columnsButton()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: 'Columns shown' })).toBeInTheDocument();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((b) => b.getAttribute('data-column'))).toEqual(['email', 'seatClass', 'idle']);
    expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true);
    expect(screen.getByRole('button', { name: 'Show all columns' })).toBeDisabled();
  });

  it('hides and shows columns, and shows them all again', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.click(columnsButton());
    await userEvent.click(screen.getByLabelText('Email'));
    expect(onChange).toHaveBeenLastCalledWith(['email']);
    expect(screen.getByLabelText('Email')).not.toBeChecked();
    await userEvent.click(screen.getByLabelText('Idle'));
    expect(onChange).toHaveBeenLastCalledWith(['email', 'idle']);
    await userEvent.click(screen.getByLabelText('Email'));
    expect(onChange).toHaveBeenLastCalledWith(['idle']);
    await userEvent.click(screen.getByRole('button', { name: 'Show all columns' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(screen.getByLabelText('Idle')).toBeChecked();
  });

  it('closes on Escape with focus back on its button, and on a click elsewhere', async () => {
    render(<Harness onChange={vi.fn()} initial={['idle']} />);
    await userEvent.click(columnsButton());
    expect(screen.getByLabelText('Idle')).not.toBeChecked();
    screen.getByLabelText('Email').focus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(columnsButton()).toHaveFocus();

    await userEvent.click(columnsButton());
    await userEvent.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('speaks the admin’s language', async () => {
    setCatalogue(fr);
    setFormats('fr');
    render(<Harness onChange={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Colonnes' }));
    expect(screen.getByRole('group', { name: 'Colonnes affichées' })).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail')).toBeChecked();
  });
});
