/**
 * The release screens, from the session's release desk: the preview dialog while one is open,
 * the progress of a release or restore, the report of a release made here (or one opened from
 * the history), and the compact history of kept reports. The review screen opens a preview
 * with `openReleasePreview(session, ids)` (./useReleases.ts) and loads this lazily.
 */
import { useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { getColor } from '@zendeskgarden/react-theming';
import type { ReviewSession } from '../../review';
import { historyToggleText, releaseWords, reportCounts, reportCountsText, reportTitle } from '../text/release';
import { PreviewDialog } from './PreviewDialog';
import { ReleaseProgress } from './ReleaseProgress';
import { ReleaseReportView } from './ReleaseReportView';
import { useReleases } from './useReleases';

const History = styled.nav`
  margin: 0 0 ${(p) => p.theme.space.md};
  font-size: ${(p) => p.theme.fontSizes.sm};

  ul {
    margin: ${(p) => p.theme.space.xxs} 0 0;
    padding-left: ${(p) => p.theme.space.md};
  }
  li small {
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  }
`;

/** Which report shows: the newest made here unless the admin opened another or closed it (both until a newer one starts). */
type View = { kind: 'auto' } | { kind: 'chosen'; id: string; newest: string | undefined } | { kind: 'closed'; newest: string | undefined };

export function ReleaseFlow({ session }: { session: ReviewSession }) {
  const desk = session.releases;
  const preview = useReleases(session, (s) => s.preview);
  const run = useReleases(session, (s) => s.run);
  const reports = useReleases(session, (s) => s.reports);
  const kept = useReleases(session, (s) => s.kept);
  // Reports kept from earlier visits stay in the history until opened.
  const [keptBefore] = useState(() => desk.getState().reports[0]?.id);
  const [view, setView] = useState<View>({ kind: 'auto' });
  const [historyOpen, setHistoryOpen] = useState(false);

  // A confirmed release moves the admin to its progress (the dialog gave focus back to the table's toolbar).
  const region = useRef<HTMLDivElement>(null);
  const running = run !== null;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => {
      region.current?.focus({ preventScroll: true });
      region.current?.scrollIntoView({ block: 'start' });
    }, 0);
    return () => clearTimeout(timer);
  }, [running]);

  const newest = reports[0]?.id;
  const current = view.kind !== 'auto' && view.newest === newest ? view : null;
  const shownId = current ? (current.kind === 'chosen' ? current.id : null) : newest !== keptBefore ? newest : null;
  const shown = reports.find((r) => r.id === shownId) ?? null;

  return (
    <>
      {preview && <PreviewDialog session={session} preview={preview} />}
      <div ref={region} tabIndex={-1} style={{ outline: 'none' }}>
        {run && <ReleaseProgress run={run} onCancel={desk.cancel} />}
        {shown && (
          <ReleaseReportView
            report={shown}
            running={run?.reportId === shown.id ? run.kind : null}
            busy={run !== null}
            kept={kept}
            seatPrice={session.settings.seatPrice}
            subdomain={session.subdomain}
            onRestore={desk.restore}
            onClose={() => setView({ kind: 'closed', newest })}
          />
        )}
      </div>
      {reports.length > 0 && (
        <History aria-label={releaseWords().historyHeading} data-release-history>
          <Button size="small" isBasic aria-expanded={historyOpen} onClick={() => setHistoryOpen((o) => !o)}>
            {historyToggleText(reports.length)}
          </Button>
          {historyOpen && (
            <ul>
              {reports.map((r) => (
                <li key={r.id}>
                  <Button
                    isLink
                    data-release-history-item={r.id}
                    aria-current={r.id === shownId ? 'true' : undefined}
                    onClick={() => setView({ kind: 'chosen', id: r.id, newest })}
                  >
                    {reportTitle(r)}
                  </Button>{' '}
                  <small>{reportCountsText(reportCounts(r.seats, r.finishedAt !== null || run?.reportId !== r.id))}</small>
                </li>
              ))}
            </ul>
          )}
        </History>
      )}
    </>
  );
}
