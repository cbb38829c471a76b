/**
 * The seats table. Only the rows in view are in the DOM (10,000+ seats stay smooth);
 * spacer rows above and below keep the scroll height and the native table layout.
 */
import { memo, useRef } from 'react';
import styled from 'styled-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Table } from '@zendeskgarden/react-tables';
import { getColor } from '@zendeskgarden/react-theming';
import type { Column, ColumnKey } from '../seats/columns';
import type { ReviewedSeat } from '../seats/review';
import type { SeatSort } from '../seats/sort';
import { cellText, COLUMN_LABELS, daysAgoText } from './text/columns';
import { seatClassRuleText, uncertaintyText } from './text/seats';

// Garden's small row: 32px plus its 1px bottom border.
const ROW_HEIGHT = 33;

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
  }
  tr[data-user-id]:hover {
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
      <span className="seat-subtle" aria-label="not set">
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
  return (
    <Table.SortableCell
      width={WIDTHS[column.key] ?? headerWidth(COLUMN_LABELS[column.key])}
      sort={direction}
      onClick={() => onSort(column.key)}
      data-sort-key={column.key}
    >
      {COLUMN_LABELS[column.key]}
    </Table.SortableCell>
  );
});

export interface SeatTableProps {
  rows: readonly ReviewedSeat[];
  columns: readonly Column[];
  sort: SeatSort | null;
  onSort: (key: ColumnKey) => void;
  now: number;
}

/** Memoised: typing in the search box re-renders the page at once, the table only when its rows change. */
export const SeatTable = memo(function SeatTable({ rows, columns, sort, onSort, now }: SeatTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // jsdom and first paint have no layout yet: render a first screenful anyway.
    initialRect: { width: 1200, height: 640 },
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <Scroller ref={scroller} data-table-scroller>
      <Table size="small" aria-rowcount={rows.length + 1} style={{ tableLayout: 'fixed', width: 'max-content' }}>
        <SeatTableHead columns={columns} sort={sort} onSort={onSort} />
        <Table.Body>
          {before > 0 && <tr aria-hidden style={{ height: before }} />}
          {items.map((item) => {
            const row = rows[item.index] as ReviewedSeat;
            return (
              <tr
                // Keyed by slot, not by seat: after a filter or sort React rewrites the text
                // of the rows in view instead of removing them and building new ones.
                key={item.index - (items[0]?.index ?? 0)}
                style={{ height: ROW_HEIGHT }}
                aria-rowindex={item.index + 2}
                data-user-id={row.seat.id}
                data-idle={row.verdict.idle ? 'true' : undefined}
                data-suspended={row.seat.suspended ? 'true' : undefined}
              >
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
