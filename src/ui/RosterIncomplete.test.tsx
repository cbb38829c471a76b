import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { describe, expect, it, vi } from 'vitest';
import { RosterIncomplete } from './RosterIncomplete';

function renderNotice(props: Omit<Parameters<typeof RosterIncomplete>[0], 'onReload'>, onReload = vi.fn()) {
  render(
    <ThemeProvider>
      <RosterIncomplete {...props} onReload={onReload} />
    </ThemeProvider>,
  );
  return onReload;
}

describe('RosterIncomplete', () => {
  it('says how many of Zendesk’s count were read, why the rest were not, and loads again', async () => {
    const onReload = renderNotice({ read: 9800, expected: 10300, ended: [{ message: 'Paging stopped.' }, { message: 'Paging stopped.' }] });
    expect(screen.getByRole('alert')).toHaveTextContent('9,800 of 10,300 seats loaded; the rest could not be read');
    expect(screen.getAllByText('Paging stopped.')).toHaveLength(1);
    expect(screen.getByText('The figures below leave those seats out; a snapshot cannot be sent as complete.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load again' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('without a broken stream, says Zendesk’s count and its pages disagree', () => {
    renderNotice({ read: 6, expected: 7, ended: [] });
    expect(screen.getByText('Zendesk counted 7 records, but its pages listed 6, even when read a second time.')).toBeInTheDocument();
  });

  it('one seat, no count', () => {
    renderNotice({ read: 1, expected: null, ended: [{ message: 'x' }] });
    expect(screen.getByRole('alert')).toHaveTextContent('1 seat loaded; the rest could not be read');
  });
});
