/**
 * One release report: the counts, one row per seat with its outcome in words, Restore (one
 * seat or every released one) and what Zendesk does not restore, the money told truly, and
 * the CSV download. Rows are plain elements: a report may hold a thousand seats.
 */
import { memo, useMemo } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { releasedCount } from '../../release/report';
import type { ReleaseReport, ReportSeat } from '../../review';
import { saveFile } from '../download';
import { num } from '../i18n/format';
import {
  billText,
  outcomeKey,
  outcomeReasonText,
  outcomeText,
  releaseCsvWords,
  releaseWords,
  reportCounts,
  reportCountsText,
  reportTitle,
  restoreKey,
  restoreText,
  savingText,
  seatName,
} from '../text/release';
import { roleTypeText } from '../text/roles';
import { Box, Line, SeatList, Subtle } from './styles';

interface ReportRowProps {
  seat: ReportSeat;
  reportId: string;
  finished: boolean;
  busy: boolean;
  onRestore: ReleaseReportViewProps['onRestore'];
}

/** One seat's result; memoised: a job's answer re-renders only the seats it settled. */
const ReportRow = memo(function ReportRow({ seat: s, reportId, finished, busy, onRestore }: ReportRowProps) {
  const key = outcomeKey(s.outcome, finished);
  const reason = outcomeReasonText(s.outcome, finished);
  const canRestore = s.outcome?.code === 'done' && s.restore?.code !== 'done';
  return (
    <tr data-release-result={s.id} data-outcome={key} data-restore={s.restore ? restoreKey(s.restore) : undefined}>
      <td>
        {seatName(s.before)}
        <small>{s.before.email}</small>
      </td>
      <td>
        <b>{outcomeText(key)}</b>
        {reason && <small data-release-reason>{reason}</small>}
      </td>
      <td>{s.openTickets === null ? '—' : num(s.openTickets)}</td>
      <td>{roleTypeText(s.before)}</td>
      <td>
        {s.restore && <small data-restore-result>{restoreText(s.restore)}</small>}
        {canRestore && (
          <Button size="small" isBasic data-action="restore" disabled={busy} onClick={() => onRestore(reportId, [s.id])}>
            {releaseWords().restore}
          </Button>
        )}
      </td>
    </tr>
  );
});

export interface ReleaseReportViewProps {
  report: ReleaseReport;
  /** The run under way for this report, if any: its seats without an answer are pending. */
  running: 'release' | 'restore' | null;
  /** Another run is under way: no restore starts. */
  busy: boolean;
  kept: boolean;
  seatPrice: number | null;
  subdomain: string;
  onRestore: (reportId: string, ids: readonly number[]) => void;
  onClose: () => void;
}

export function ReleaseReportView({ report, running, busy, kept, seatPrice, subdomain, onRestore, onClose }: ReleaseReportViewProps) {
  // A report without its end (the app closed during the run) has no more answers coming.
  const finished = report.finishedAt !== null || running !== 'release';
  const counts = useMemo(() => reportCounts(report.seats, finished), [report.seats, finished]);
  const released = releasedCount(report);
  const restorable = useMemo(
    () => report.seats.filter((s) => s.outcome?.code === 'done' && s.restore?.code !== 'done').map((s) => s.id),
    [report.seats],
  );

  const download = async (): Promise<void> => {
    const { reportToCsv, reportFileName } = await import('../../release/csv');
    // The byte-order mark makes spreadsheet programs read names as UTF-8.
    saveFile(reportFileName(subdomain, report), 'text/csv;charset=utf-8', `\uFEFF${reportToCsv(report, releaseCsvWords(), finished)}`);
  };

  const t = releaseWords();
  return (
    <Box aria-labelledby="release-report-title" data-release-report={report.id}>
      <Line>
        <div>
          <h2 id="release-report-title">{t.reportHeading}</h2>
          <Subtle>{reportTitle(report)}</Subtle>
        </div>
        <Line>
          {restorable.length > 0 && (
            <Button size="small" data-action="restore-all" disabled={busy} onClick={() => onRestore(report.id, restorable)}>
              {t.restoreAll(restorable.length)}
            </Button>
          )}
          <Button size="small" data-action="download-release-report" onClick={() => void download()}>
            {t.download}
          </Button>
          <Button size="small" isBasic data-action="close-release-report" onClick={onClose}>
            {t.closeReport}
          </Button>
        </Line>
      </Line>
      <p data-release-counts>{reportCountsText(counts)}</p>
      {!kept && (
        <Alert type="warning" data-release-not-kept>
          {t.notKept}
        </Alert>
      )}
      {finished && released > 0 && (
        <Alert type="info" data-release-money={released}>
          {billText(released)}
          {seatPrice !== null && ` ${savingText(released, seatPrice)}`}
        </Alert>
      )}
      {(released > 0 || counts.restored > 0) && <Subtle data-release-not-restored>{t.notRestored}</Subtle>}
      <SeatList $maxHeight="50vh" tabIndex={0} role="region" aria-label={reportTitle(report)}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.reportSeat}</th>
              <th scope="col">{t.reportOutcome}</th>
              <th scope="col">{t.reportTickets}</th>
              <th scope="col">{t.reportBefore}</th>
              <th scope="col">{t.reportRestore}</th>
            </tr>
          </thead>
          <tbody>
            {report.seats.map((s) => (
              <ReportRow key={s.id} seat={s} reportId={report.id} finished={finished} busy={busy} onRestore={onRestore} />
            ))}
          </tbody>
        </table>
      </SeatList>
    </Box>
  );
}
