/** The snapshot history table, and how its dates and statuses read. */
import { Table } from '@zendeskgarden/react-tables';
import type { HistoryEntry } from '../../snapshot/outbox';
import { num } from '../i18n/format';
import { changeText, historyStatusText, snapshotWords } from '../text/snapshot';
import { formatWhen } from './when';

export function statusText(entry: HistoryEntry, pendingId: string | null, sending = false): string {
  if (entry.snapshot_id === pendingId && sending) return snapshotWords().statusSending;
  return historyStatusText(entry.snapshot_id === pendingId && entry.status !== 'rejected' ? 'pending' : entry.status);
}

/** The last 10 snapshots kept in this browser, newest first, with the change since the one before. */
export function SnapshotHistory({ history, pendingId, sending }: { history: readonly HistoryEntry[]; pendingId: string | null; sending: boolean }) {
  const t = snapshotWords();
  return (
    <Table size="small" aria-label={t.historyLabel} data-snapshot-history>
      <Table.Head>
        <Table.HeaderRow>
          <Table.HeaderCell width="17%">{t.historyGenerated}</Table.HeaderCell>
          <Table.HeaderCell width="8%">{t.historySeats}</Table.HeaderCell>
          <Table.HeaderCell width="8%">{t.historyIdlePaid}</Table.HeaderCell>
          <Table.HeaderCell width="9%">{t.historySuspended}</Table.HeaderCell>
          <Table.HeaderCell width="7%">{t.historyParts}</Table.HeaderCell>
          <Table.HeaderCell>{t.historyChange}</Table.HeaderCell>
          <Table.HeaderCell width="13%">{t.historyStatus}</Table.HeaderCell>
        </Table.HeaderRow>
      </Table.Head>
      <Table.Body>
        {history.map((entry) => (
          <Table.Row key={entry.snapshot_id} data-snapshot-id={entry.snapshot_id} data-status={entry.status}>
            <Table.Cell title={entry.snapshot_id}>{formatWhen(entry.generated_at)}</Table.Cell>
            <Table.Cell>{num(entry.summary.seats)}</Table.Cell>
            <Table.Cell>{num(entry.summary.idle_paid_seats)}</Table.Cell>
            <Table.Cell>{num(entry.summary.suspended_seats)}</Table.Cell>
            <Table.Cell>{num(entry.parts)}</Table.Cell>
            <Table.Cell data-snapshot-change>{entry.change ? changeText(entry.change) : t.firstSnapshot}</Table.Cell>
            <Table.Cell>{statusText(entry, pendingId, sending)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
