/**
 * The seats table. Only the rows in view are in the DOM (10,000+ seats stay smooth);
 * spacer rows above and below keep the scroll height and the native table layout.
 * A row opens the seat's panel (click, Enter or Space); a seat a bulk release may take
 * has a checkbox. One focusable row at a time (roving tabindex), Up/Down/Home/End move it.
 * The body's handlers serve every row: the rows carry only `data-user-id`. Rows and cells
 * are plain elements styled once (table/Scroller.ts): no styled component and no Garden
 * Tooltip per row or cell, which made each keystroke and sort measurably slower on 10,000
 * seats; explanations show in one shared tooltip (table/CellTip.tsx). The checkbox, name
 * and seat class stay in view sideways. Above the table, the column chooser: which
 * columns show is a choice kept per browser (table/columnChoice.ts).
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import styled from 'styled-components';
import { Table } from '@zendeskgarden/react-tables';
import type { Column, ColumnKey } from '../seats/columns';
import type { ReviewedSeat } from '../seats/review';
import type { SeatSort } from '../seats/sort';
import { releasability } from '../release/eligibility';
import { ColumnChooser } from './ColumnChooser';
import english from './i18n/en/table';
import { messages } from './i18n/messages';
import { CellTip, type CellTipHandle } from './table/CellTip';
import { readHidden, shownColumns, writeHidden } from './table/columnChoice';
import { idleTag } from './table/idleTag';
import { NAME_WIDTH, SEAT_CLASS_WIDTH, Scroller, SELECT_WIDTH } from './table/Scroller';
import { hasTip, tipContent } from './table/tips';
import { cellText, columnLabel, daysAgoText, notSetText } from './text/columns';
import { useRowWindow } from './useRowWindow';

// Garden's small row: 32px plus its 1px bottom border.
const ROW_HEIGHT = 33;
/** The sticky header's height: a row scrolled to must not hide under it. */
const HEAD_HEIGHT = 41;

/** The checkbox is controlled by `selected`; the body's click handler toggles it. */
const toggledByBody = (): void => undefined;

/** The slim bar above the table that holds the column chooser, at the inline end. */
const Bar = styled.div`
  display: flex;
  justify-content: flex-end;
  margin-bottom: ${(p) => p.theme.space.xxs};
`;

const WIDTHS: Partial<Record<ColumnKey, number>> = {
  name: NAME_WIDTH,
  email: 280,
  createdAt: 110,
  lastLoginAt: 240,
  idle: 210,
  seatClass: SEAT_CLASS_WIDTH,
  interactions: 170,
  lastSeenAt: 170,
  roleType: 170,
  ticketRestriction: 190,
};

/** Pinned columns sit at fixed offsets (table/Scroller.ts): their widths do not follow the label. */
const FIXED: ReadonlySet<ColumnKey> = new Set(['name', 'seatClass']);

/** The set width, widened to hold the label and the sort arrow on one line (a wrapped header doubles the row). */
function widthOf(key: ColumnKey): number {
  const set = WIDTHS[key] ?? 110;
  return FIXED.has(key) ? set : Math.max(set, columnLabel(key).length * 8 + 52);
}

/** The pinned columns' classes (their offset, and the edge after the last one); '' for the others. */
const PIN_CLASS: Partial<Record<ColumnKey, string>> = { name: 'pin-name', seatClass: 'pin-class' };

function pinClasses(shown: readonly Column[]): string[] {
  const lastPinned = shown.reduce((last, c, i) => (PIN_CLASS[c.key] ? i : last), -1);
  return shown.map((c, i) => {
    const pin = PIN_CLASS[c.key];
    return pin ? `seat-pin ${pin}${i === lastPinned ? ' pin-edge' : ''}` : '';
  });
}

/** Cells whose text is not what they show (a tag, a tooltip): no native title repeating it. */
const UNTITLED: ReadonlySet<ColumnKey> = new Set(['idle', 'seatClass']);

function CellContent({ column, row, text, now }: { column: Column; row: ReviewedSeat; text: string; now: number }) {
  if (column.key === 'name' && row.seat.suspended) {
    return (
      <span className="seat-line">
        <span>{text}</span>
        <span className="seat-tag seat-tag-suspended" data-suspended-tag>
          {messages('table', english).suspendedTag}
        </span>
      </span>
    );
  }
  if (column.key === 'lastLoginAt' && row.seat.lastLoginAt !== null) {
    return (
      <>
        {text}
        <span className="seat-subtle">{daysAgoText(row.seat.lastLoginAt, now)}</span>
      </>
    );
  }
  if (column.key === 'idle') {
    const tag = idleTag(row);
    if (tag === null) return null;
    if (tag.tone === 'note') return <>{tag.text}</>;
    // The tag is short; the full reasons stay in the cell's text, for screen readers and the page's own checks.
    return (
      <span data-idle-reason={tag.tone === 'idle' ? true : undefined} data-signal={tag.tone === 'signal' ? true : undefined}>
        <span className={`seat-tag seat-tag-${tag.tone}`}>{tag.text}</span>
        <span className="seat-hidden"> {text}</span>
      </span>
    );
  }
  if (column.key === 'seatClass') {
    // Explained by the shared tooltip (hover) and the seat's panel.
    const { uncertainty } = row.seatClass;
    return (
      <span className="seat-explained" data-seat-class={row.seatClass.seatClass} data-uncertain={uncertainty ? 'true' : undefined}>
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
const SeatTableHead = memo(function SeatTableHead({
  columns,
  pins,
  sort,
  onSort,
}: Pick<SeatTableProps, 'columns' | 'sort' | 'onSort'> & { pins: readonly string[] }) {
  return (
    <Table.Head isSticky>
      <Table.HeaderRow>
        <Table.HeaderCell width={SELECT_WIDTH} className="seat-pin pin-select" aria-label={messages('table', english).selectColumn} />
        {columns.map((column, i) => (
          <HeaderCell
            key={column.key}
            column={column}
            className={pins[i] ?? ''}
            direction={sort?.key === column.key ? sort.direction : undefined}
            onSort={onSort}
          />
        ))}
      </Table.HeaderRow>
    </Table.Head>
  );
});

const HeaderCell = memo(function HeaderCell({
  column,
  className,
  direction,
  onSort,
}: {
  column: Column;
  className: string;
  direction: SeatSort['direction'] | undefined;
  onSort: (key: ColumnKey) => void;
}) {
  return (
    <Table.SortableCell
      width={widthOf(column.key)}
      cellProps={{ className: className || undefined }}
      sort={direction}
      onClick={() => onSort(column.key)}
      data-sort-key={column.key}
    >
      {columnLabel(column.key)}
    </Table.SortableCell>
  );
});

export interface SeatTableProps {
  rows: readonly ReviewedSeat[];
  /** The columns the table can show; the admin's column choice picks which do. */
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

/** Focus that should show its ring (and the row's tip): from the keyboard, not a click. */
function keyboardFocused(element: HTMLElement): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return false;
  }
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
  const [hidden, setHidden] = useState(() => readHidden());
  const chooseHidden = useCallback((next: ReadonlySet<ColumnKey>) => {
    setHidden(next);
    writeHidden(next);
  }, []);
  const shown = useMemo(() => shownColumns(columns, hidden), [columns, hidden]);
  const pins = useMemo(() => pinClasses(shown), [shown]);
  // A width in pixels keeps the layout fixed (a max-content table is laid out by its content):
  // columns keep their widths as rows scroll by, and the pinned ones sit at known offsets.
  const tableWidth = useMemo(() => shown.reduce((sum, c) => sum + widthOf(c.key), SELECT_WIDTH), [shown]);
  const tip = useRef<CellTipHandle>(null);
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
  // Rows are reused by slot: after a sort, a filter or a column change a cell shows another seat.
  useEffect(() => tip.current?.hide(), [rows, shown]);

  const onClick = (e: MouseEvent<HTMLTableSectionElement>): void => {
    const row = rowOf(e.target);
    if (!row) return;
    if (e.target instanceof HTMLInputElement) {
      onToggleSelect(row.id);
      return;
    }
    // The label passes the click on to its checkbox; text being selected is not a click on the row.
    if ((e.target as HTMLElement).closest('label') || (window.getSelection()?.toString() ?? '') !== '') return;
    tip.current?.hide();
    onOpenSeat(row.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>): void => {
    const row = rowOf(e.target);
    if (!row) return;
    if (e.key === 'Escape') {
      tip.current?.hide();
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && e.target === row.tr) {
      e.preventDefault();
      tip.current?.hide();
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

  /** The tip of a cell with `data-tip`, for the seat its row shows. */
  const showTip = (cell: HTMLElement | null, source: 'hover' | 'focus'): void => {
    const row = cell && rowOf(cell);
    const seat = row && rows[row.index];
    const key = cell?.dataset.tip as ColumnKey | undefined;
    if (!cell || !seat || !key) tip.current?.hide(source);
    else tip.current?.show(cell, tipContent(key, seat), source);
  };

  const onFocus = (e: FocusEvent<HTMLTableSectionElement>): void => {
    const row = rowOf(e.target);
    if (!row) return;
    setActive(row.index);
    if (e.target === row.tr && keyboardFocused(row.tr)) showTip(row.tr.querySelector<HTMLElement>('td[data-tip="idle"]'), 'focus');
  };

  return (
    <>
      <Bar>
        <ColumnChooser columns={columns} hidden={hidden} onChange={chooseHidden} />
      </Bar>
      <Scroller ref={scroller} data-table-scroller onScroll={() => tip.current?.scrolled()}>
        <Table size="small" aria-rowcount={rows.length + 1} style={{ tableLayout: 'fixed', width: tableWidth }}>
          <SeatTableHead columns={shown} pins={pins} sort={sort} onSort={onSort} />
          <Table.Body
            onClick={onClick}
            onKeyDown={onKeyDown}
            onFocus={onFocus}
            onBlur={() => tip.current?.hide('focus')}
            onMouseOver={(e) => showTip((e.target as HTMLElement).closest<HTMLElement>('td[data-tip]'), 'hover')}
            onMouseLeave={() => tip.current?.hide('hover')}
          >
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
                  <td className="seat-select seat-pin pin-select">
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
                  {shown.map((column, i) => {
                    // Once per cell: the title and the content show the same text.
                    const text = cellText(column.key, row);
                    return (
                      <td
                        key={column.key}
                        className={pins[i] ? `seat-cell ${pins[i]}` : 'seat-cell'}
                        title={text === '' || UNTITLED.has(column.key) ? undefined : text}
                        data-tip={hasTip(column.key, row) ? column.key : undefined}
                      >
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
      <CellTip ref={tip} />
    </>
  );
});
