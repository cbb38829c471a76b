/**
 * The seats table. Only the rows in view are in the DOM (10,000+ seats stay smooth);
 * spacer rows above and below keep the scroll height and the native table layout.
 * A row opens the seat's panel (click, Enter or Space); a seat a bulk release may take
 * has a checkbox. One focusable row at a time (roving tabindex), Up/Down/Home/End move it.
 * The body's handlers serve every row: the rows carry only `data-user-id`.
 */
import { memo, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import styled from 'styled-components';
import { Table } from '@zendeskgarden/react-tables';
import { getColor } from '@zendeskgarden/react-theming';
import type { Column, ColumnKey } from '../seats/columns';
import type { ReviewedSeat } from '../seats/review';
import type { SeatSort } from '../seats/sort';
import { releasability } from '../release/eligibility';
import english from './i18n/en/table';
import { messages } from './i18n/messages';
import { cellText, columnLabel, daysAgoText, notSetText } from './text/columns';
import { seatClassRuleText, uncertaintyText } from './text/seats';
import { useRowWindow } from './useRowWindow';

// Garden's small row: 32px plus its 1px bottom border.
const ROW_HEIGHT = 33;
/** The sticky header's height: a row scrolled to must not hide under it. */
const HEAD_HEIGHT = 41;
const SELECT_WIDTH = 44;

/** The checkbox is controlled by `selected`; the body's click handler toggles it. */
const toggledByBody = (): void => undefined;

/**
 * The body rows and cells are plain elements styled here once, like Garden's small table
 * rows and cells (32px row: (32 − 20) / 2 vertical padding, 3 × base horizontal,
 * truncated; the subtle border, the primary hover). A styled component per row or cell
 * (Garden's Row and Cell among them) recomputes its styles on every render: with 800
 * visible cells, most of the time a keystroke or a sort took.
 */
const Scroller = styled.div`
  overflow: auto;
  height: calc(100vh - 300px);
  min-height: 320px;
  border: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};

  tr[data-user-id] {
    box-sizing: border-box;
    vertical-align: top;
    border-bottom: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.subtle' })};
    transition: background-color 0.1s ease-in-out;
    cursor: pointer;
  }
  tr[data-user-id]:focus-visible {
    outline: 2px solid ${(p) => getColor({ theme: p.theme, variable: 'border.primaryEmphasis' })};
    outline-offset: -2px;
  }
  /* A selected row looks like a hovered one until it is unselected. */
  tr[data-user-id]:hover,
  tr[data-selected] {
    border-bottom-color: ${(p) => getColor({ theme: p.theme, variable: 'border.primaryEmphasis', transparency: p.theme.opacity[200], dark: { offset: -100 } })};
    background-color: ${(p) => getColor({ theme: p.theme, variable: 'background.primaryEmphasis', transparency: p.theme.opacity[100], dark: { offset: -100 } })};
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
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
    margin-left: ${(p) => p.theme.space.xs};
  }
  .seat-idle {
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.danger' })};
  }
  .seat-signal {
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.warning' })};
  }
  /* Underlined with dots: hover or focus shows the rule behind the value. */
  .seat-explained {
    border-bottom: 1px dotted currentColor;
    cursor: help;
  }
`;

const WIDTHS: Partial<Record<ColumnKey, number>> = {
  name: 200,
  email: 260,
  createdAt: 110,
  lastLoginAt: 220,
  idle: 470,
  seatClass: 170,
  interactions: 170,
  lastSeenAt: 170,
  roleType: 150,
  ticketRestriction: 190,
};

/** Wide enough for the label and the sort arrow on one line (a wrapped header doubles the row). */
function headerWidth(label: string): number {
  return Math.max(110, label.length * 8 + 52);
}

function CellContent({ column, row, text, now }: { column: Column; row: ReviewedSeat; text: string; now: number }) {
  if (column.key === 'lastLoginAt' && row.seat.lastLoginAt !== null) {
    return (
      <>
        {text}
        <span className="seat-subtle">{daysAgoText(row.seat.lastLoginAt, now)}</span>
      </>
    );
  }
  if (column.key === 'idle' && row.verdict.idle)
    return (
      <span className="seat-idle" data-idle-reason>
        {text}
      </span>
    );
  if (column.key === 'idle' && row.verdict.reasons.length > 0)
    return (
      <span className="seat-signal" data-signal>
        {text}
      </span>
    );
  if (column.key === 'seatClass') {
    // A native title, not a Garden Tooltip: one floating tooltip per visible row made each
    // keystroke and sort re-render measurably slower on 10,000 seats.
    const rule = seatClassRuleText(row.seatClass);
    const { uncertainty } = row.seatClass;
    return (
      <span
        className="seat-explained"
        title={uncertainty ? `${rule} ${uncertaintyText(uncertainty)}` : rule}
        data-seat-class={row.seatClass.seatClass}
        data-uncertain={uncertainty ? 'true' : undefined}
      >
        {text}
        {uncertainty ? ' ?' : ''}
      </span>
    );
  }
  if (text === '')
    return (
      <span className="seat-subtle" aria-label={notSetText()}>
        —
      </span>
    );
  return <>{text}</>;
}

/**
 * Memoised apart, and each header cell too: Garden's cells are costly to render, rows
 * change far more often than the header, and a sort changes only the cells it moves from
 * and to.
 */
const SeatTableHead = memo(function SeatTableHead({ columns, sort, onSort }: Pick<SeatTableProps, 'columns' | 'sort' | 'onSort'>) {
  return (
    <Table.Head isSticky>
      <Table.HeaderRow>
        <Table.HeaderCell width={SELECT_WIDTH} aria-label={messages('table', english).selectColumn} />
        {columns.map((column) => (
          <HeaderCell key={column.key} column={column} direction={sort?.key === column.key ? sort.direction : undefined} onSort={onSort} />
        ))}
      </Table.HeaderRow>
    </Table.Head>
  );
});

const HeaderCell = memo(function HeaderCell({
  column,
  direction,
  onSort,
}: {
  column: Column;
  direction: SeatSort['direction'] | undefined;
  onSort: (key: ColumnKey) => void;
}) {
  const label = columnLabel(column.key);
  return (
    <Table.SortableCell
      width={WIDTHS[column.key] ?? headerWidth(label)}
      sort={direction}
      onClick={() => onSort(column.key)}
      data-sort-key={column.key}
    >
      {label}
    </Table.SortableCell>
  );
});

export interface SeatTableProps {
  rows: readonly ReviewedSeat[];
  columns: readonly Column[];
  sort: SeatSort | null;
  onSort: (key: ColumnKey) => void;
  now: number;
  /** Seats selected for release, by user id. */
  selected: ReadonlySet<number>;
  onToggleSelect: (id: number) => void;
  /** A row clicked, or Enter or Space on a focused row. */
  onOpenSeat: (id: number) => void;
}

/** The row an event happened in, and its index among `rows` (aria-rowindex counts the header as 1). */
function rowOf(target: EventTarget): { tr: HTMLElement; id: number; index: number } | null {
  const tr = (target as HTMLElement).closest<HTMLElement>('tr[data-user-id]');
  if (!tr) return null;
  return { tr, id: Number(tr.dataset.userId), index: Number(tr.getAttribute('aria-rowindex')) - 2 };
}

const MOVES: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
};

/** Memoised: typing in the search box re-renders the page at once, the table only when its rows change. */
export const SeatTable = memo(function SeatTable({ rows, columns, sort, onSort, now, selected, onToggleSelect, onOpenSeat }: SeatTableProps) {
  const t = messages('table', english);
  const scroller = useRef<HTMLDivElement>(null);
  const { first, last, before, after, scrollToIndex } = useRowWindow(rows.length, ROW_HEIGHT, scroller, { headHeight: HEAD_HEIGHT });
  const items: number[] = [];
  for (let i = first; i <= last; i++) items.push(i);
  // The row Tab lands on; kept in range when filtering shortens the list.
  const [active, setActive] = useState(0);
  // Scrolled out of view, it hands Tab to the first row in view.
  const tabbable = active >= first && active <= last ? active : first;
  // A row moved to that was not rendered yet: focused once it is.
  const pendingFocus = useRef<number | null>(null);
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const tr = scroller.current?.querySelector<HTMLElement>(`tr[aria-rowindex="${index + 2}"]`);
    if (tr) {
      pendingFocus.current = null;
      tr.focus({ preventScroll: true });
    }
  });

  const onClick = (e: MouseEvent<HTMLTableSectionElement>): void => {
    const row = rowOf(e.target);
    if (!row) return;
    if (e.target instanceof HTMLInputElement) {
      onToggleSelect(row.id);
      return;
    }
    // The label passes the click on to its checkbox; text being selected is not a click on the row.
    if ((e.target as HTMLElement).closest('label') || (window.getSelection()?.toString() ?? '') !== '') return;
    onOpenSeat(row.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>): void => {
    const row = rowOf(e.target);
    if (!row) return;
    if ((e.key === 'Enter' || e.key === ' ') && e.target === row.tr) {
      e.preventDefault();
      onOpenSeat(row.id);
      return;
    }
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    const next = move(row.index, rows.length - 1);
    setActive(next);
    scrollToIndex(next);
    pendingFocus.current = next;
    const tr = scroller.current?.querySelector<HTMLElement>(`tr[aria-rowindex="${next + 2}"]`);
    if (tr) {
      pendingFocus.current = null;
      tr.focus({ preventScroll: true });
    }
  };

  const onFocus = (e: FocusEvent<HTMLTableSectionElement>): void => {
    const row = rowOf(e.target);
    if (row) setActive(row.index);
  };

  return (
    <Scroller ref={scroller} data-table-scroller>
      <Table size="small" aria-rowcount={rows.length + 1} style={{ tableLayout: 'fixed', width: 'max-content' }}>
        <SeatTableHead columns={columns} sort={sort} onSort={onSort} />
        <Table.Body onClick={onClick} onKeyDown={onKeyDown} onFocus={onFocus}>
          {before > 0 && <tr aria-hidden style={{ height: before }} />}
          {items.map((index) => {
            const row = rows[index] as ReviewedSeat;
            const { id } = row.seat;
            const tabIndex = index === tabbable ? 0 : -1;
            const checked = selected.has(id);
            return (
              <tr
                // Keyed by slot, not by seat: after a filter or sort React rewrites the text
                // of the rows in view instead of removing them and building new ones.
                key={index - first}
                style={{ height: ROW_HEIGHT }}
                aria-rowindex={index + 2}
                aria-haspopup="dialog"
                tabIndex={tabIndex}
                data-user-id={id}
                data-idle={row.verdict.idle ? 'true' : undefined}
                data-suspended={row.seat.suspended ? 'true' : undefined}
                data-selected={checked ? 'true' : undefined}
              >
                <td className="seat-select">
                  {releasability(row).code === 'bulk' && (
                    <label className="seat-check">
                      <input
                        type="checkbox"
                        data-select={id}
                        aria-label={t.selectSeat(row.seat.name || row.seat.email)}
                        checked={checked}
                        onChange={toggledByBody}
                        tabIndex={tabIndex}
                      />
                    </label>
                  )}
                </td>
                {columns.map((column) => {
                  // Once per cell: the title and the content show the same text.
                  const text = cellText(column.key, row);
                  return (
                    <td key={column.key} className="seat-cell" title={text}>
                      <CellContent column={column} row={row} text={text} now={now} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden style={{ height: after }} />}
        </Table.Body>
      </Table>
    </Scroller>
  );
});
