import { Table } from '@zendeskgarden/react-tables';
import { describeChange } from '../../snapshot/diff';
import type { HistoryEntry, HistoryStatus } from '../../snapshot/outbox';

const STATUS_WORDS: Record<HistoryStatus, string> = {
  sending: 'Interrupted',
  sent: 'Sent',
  pending: 'Pending',
  rejected: 'Refused',
  superseded: 'Not sent (replaced)',
};

export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

export function statusText(entry: HistoryEntry, pendingId: string | null, sending = false): string {
  if (entry.snapshot_id === pendingId && sending) return 'Sending';
  return entry.snapshot_id === pendingId && entry.status !== 'rejected' ? 'Pending' : STATUS_WORDS[entry.status];
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
            <Table.Cell data-snapshot-change>{entry.change ? describeChange(entry.change) : 'First snapshot'}</Table.Cell>
            <Table.Cell>{statusText(entry, pendingId, sending)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
