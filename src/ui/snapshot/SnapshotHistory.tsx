/** The snapshot history table, and how its dates and statuses read. */
import { Table } from '@zendeskgarden/react-tables';
import type { HistoryEntry } from '../../snapshot/outbox';
import { changeText, HISTORY_STATUS_WORDS } from '../text/snapshot';
import { formatWhen } from './when';

export function statusText(entry: HistoryEntry, pendingId: string | null, sending = false): string {
  if (entry.snapshot_id === pendingId && sending) return 'Sending';
  return entry.snapshot_id === pendingId && entry.status !== 'rejected' ? 'Pending' : HISTORY_STATUS_WORDS[entry.status];
}

/** The last 10 snapshots kept in this browser, newest first, with the change since the one before. */
export function SnapshotHistory({ history, pendingId, sending }: { history: readonly HistoryEntry[]; pendingId: string | null; sending: boolean }) {
  return (
    <Table size="small" aria-label="Snapshot history" data-snapshot-history>
      <Table.Head>
        <Table.HeaderRow>
          <Table.HeaderCell width="17%">Generated</Table.HeaderCell>
          <Table.HeaderCell width="8%">Seats</Table.HeaderCell>
          <Table.HeaderCell width="8%">Idle paid</Table.HeaderCell>
          <Table.HeaderCell width="9%">Suspended</Table.HeaderCell>
          <Table.HeaderCell width="7%">Parts</Table.HeaderCell>
          <Table.HeaderCell>Change since the previous snapshot</Table.HeaderCell>
          <Table.HeaderCell width="13%">Status</Table.HeaderCell>
        </Table.HeaderRow>
      </Table.Head>
      <Table.Body>
        {history.map((entry) => (
          <Table.Row key={entry.snapshot_id} data-snapshot-id={entry.snapshot_id} data-status={entry.status}>
            <Table.Cell title={entry.snapshot_id}>{formatWhen(entry.generated_at)}</Table.Cell>
            <Table.Cell>{entry.summary.seats}</Table.Cell>
            <Table.Cell>{entry.summary.idle_paid_seats}</Table.Cell>
            <Table.Cell>{entry.summary.suspended_seats}</Table.Cell>
            <Table.Cell>{entry.parts}</Table.Cell>
            <Table.Cell data-snapshot-change>{entry.change ? changeText(entry.change) : 'First snapshot'}</Table.Cell>
            <Table.Cell>{statusText(entry, pendingId, sending)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
