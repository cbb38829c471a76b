/**
 * What the table's shared tooltip says for a cell: every idle reason of the seat (the
 * idle column's tag is short), or its seat class with the billing rule and what the API
 * cannot tell (the class cell shows only the class). Null: the cell has nothing to explain.
 */
import type { ReactNode } from 'react';
import { Tooltip } from '@zendeskgarden/react-tooltips';
import type { ColumnKey } from '../../seats/columns';
import type { ReviewedSeat } from '../../seats/review';
import { idleReasonText, seatClassRuleText, seatClassWords, uncertaintyText } from '../text/seats';

/** The columns whose cells have a tip (their cells carry `data-tip`). */
export function hasTip(key: ColumnKey, row: ReviewedSeat): boolean {
  return key === 'seatClass' || (key === 'idle' && row.verdict.reasons.length > 0);
}

export function tipContent(key: ColumnKey, row: ReviewedSeat): ReactNode {
  if (!hasTip(key, row)) return null;
  if (key === 'idle') return row.verdict.reasons.map((reason) => <Tooltip.Paragraph key={reason.code}>{idleReasonText(reason)}</Tooltip.Paragraph>);
  const { uncertainty } = row.seatClass;
  return (
    <>
      <Tooltip.Title>{seatClassWords(row.seatClass.seatClass)}</Tooltip.Title>
      <Tooltip.Paragraph>{seatClassRuleText(row.seatClass)}</Tooltip.Paragraph>
      {uncertainty && <Tooltip.Paragraph>{uncertaintyText(uncertainty)}</Tooltip.Paragraph>}
    </>
  );
}
