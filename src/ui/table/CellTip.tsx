/**
 * One Garden tooltip the whole table shares, anchored to the cell whose explanation it
 * shows: the idle reasons or the seat class's rule under the pointer, the idle reasons of
 * the row focused by keyboard. One tooltip per visible row made each keystroke and sort
 * measurably slower on 10,000 seats; this one has its own state, so showing it never
 * re-renders the rows. The table drives it through a handle.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type ReactNode } from 'react';
import { Tooltip } from '@zendeskgarden/react-tooltips';

/** Hover shows and hides with the pointer; focus with the keyboard. The pointer wins. */
export type TipSource = 'hover' | 'focus';

export interface CellTipHandle {
  show: (cell: HTMLElement, content: ReactNode, source: TipSource) => void;
  /** Hides a tip shown by `source` (any when omitted); a hover tip waits a moment, so the pointer can reach it. */
  hide: (source?: TipSource) => void;
  /** After a scroll: a hover tip goes, a focus tip stays while its cell still shows the same seat. */
  scrolled: () => void;
}

interface Tip {
  cell: HTMLElement;
  /** The seat the cell showed when the tip opened (rows are reused for other seats as the table scrolls). */
  seat: string | undefined;
  content: ReactNode;
  source: TipSource;
  key: number;
  /** False for the first render: Garden positions the tooltip once its anchor is known, on the next one. */
  shown: boolean;
}

/** Hands Garden's tooltip the table's own cell as its anchor, instead of an element of its own. */
const Anchor = forwardRef<HTMLElement, { cell: HTMLElement }>(function Anchor({ cell }, ref) {
  useImperativeHandle(ref, () => cell, [cell]);
  return null;
});

const seatOf = (cell: HTMLElement): string | undefined => cell.closest<HTMLElement>('tr[data-user-id]')?.dataset.userId;

const HOVER_GRACE_MS = 150;

export const CellTip = forwardRef<CellTipHandle>(function CellTip(_props, ref) {
  const [tip, setTip] = useState<Tip | null>(null);
  const count = useRef(0);
  const leaving = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stay = (): void => clearTimeout(leaving.current);

  useImperativeHandle(ref, () => {
    const drop = (source?: TipSource): void => setTip((t) => (t && (source === undefined || t.source === source) ? null : t));
    return {
      show: (cell, content, source) => {
        stay();
        setTip((t) => {
          if (t?.cell === cell && t.source === source) return t;
          if (t?.source === 'hover' && source === 'focus') return t;
          count.current += 1;
          return { cell, seat: seatOf(cell), content, source, key: count.current, shown: false };
        });
      },
      hide: (source) => {
        stay();
        if (source === 'hover') leaving.current = setTimeout(() => drop('hover'), HOVER_GRACE_MS);
        else drop(source);
      },
      scrolled: () => setTip((t) => (t && t.source === 'focus' && t.cell.isConnected && seatOf(t.cell) === t.seat ? t : null)),
    };
  }, []);

  useEffect(() => {
    if (tip && !tip.shown) setTip({ ...tip, shown: true });
  }, [tip]);
  useEffect(() => stay, []);

  if (!tip) return null;
  return (
    <Tooltip
      key={tip.key}
      content={tip.content}
      isVisible={tip.shown}
      placement="bottom-start"
      size="large"
      type="light"
      appendToNode={document.body}
      // Above the table's sticky header and pinned columns, below Garden's modals.
      zIndex={20}
      onMouseEnter={stay}
      onMouseLeave={() => {
        if (tip.source === 'hover') leaving.current = setTimeout(() => setTip(null), HOVER_GRACE_MS);
      }}
      data-cell-tip
    >
      <Anchor cell={tip.cell} />
    </Tooltip>
  );
});
