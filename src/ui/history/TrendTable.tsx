/** The seat history as a table: the reviewed days of the trend, newest first, for reading figure by figure. */
import { Table } from '@zendeskgarden/react-tables';
import type { DayRecord } from '../../history/record';
import type { TrendSeries } from '../../history/trend';
import { num } from '../i18n/format';
import { costText, dayText, historyWords, snapshotStatusText } from './text';

export function TrendTable({ series, records }: { series: TrendSeries; records: ReadonlyMap<string, DayRecord> }) {
  const t = historyWords();
  const reviewed = series.points.filter((p) => p.figures !== null).reverse();
  return (
    <Table size="small" aria-label={t.tableLabel} data-history-table>
      <Table.Head>
        <Table.HeaderRow>
          <Table.HeaderCell>{t.columnDay}</Table.HeaderCell>
          <Table.HeaderCell>{t.columnPaid}</Table.HeaderCell>
          <Table.HeaderCell>{t.columnIdle}</Table.HeaderCell>
          <Table.HeaderCell>{t.columnSuspended}</Table.HeaderCell>
          {series.priced && <Table.HeaderCell>{t.columnCost}</Table.HeaderCell>}
          <Table.HeaderCell>{t.columnSnapshot}</Table.HeaderCell>
          <Table.HeaderCell>{t.columnRun}</Table.HeaderCell>
        </Table.HeaderRow>
      </Table.Head>
      <Table.Body>
        {reviewed.map(({ day, figures }) => {
          const record = records.get(day);
          if (!figures) return null;
          return (
            <Table.Row key={day} data-history-row={day}>
              <Table.Cell>{dayText(day)}</Table.Cell>
              <Table.Cell>{num(figures.paid)}</Table.Cell>
              <Table.Cell>{num(figures.idle)}</Table.Cell>
              <Table.Cell>{num(figures.suspended)}</Table.Cell>
              {series.priced && <Table.Cell>{figures.cost === null ? t.none : costText(figures.cost, series.currency)}</Table.Cell>}
              <Table.Cell>{record?.snapshot ? snapshotStatusText(record.snapshot.result) : t.none}</Table.Cell>
              <Table.Cell>{record?.run?.byName ?? t.none}</Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
}
