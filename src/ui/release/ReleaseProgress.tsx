/**
 * A release or restore under way: how many seats are done, time left, what the run waits
 * for (a job slot, Zendesk's job limit, a rate limit or a retry), jobs in flight, and Cancel,
 * which sends no new jobs and lets those sent finish.
 */
import { Button } from '@zendeskgarden/react-buttons';
import { Progress } from '@zendeskgarden/react-loaders';
import type { ReleaseRun } from '../../review';
import { Box, Line, Subtle } from './styles';
import { etaText, jobsText, progressText, releaseWords, waitText } from '../text/release';

export function ReleaseProgress({ run, onCancel }: { run: ReleaseRun; onCancel: () => void }) {
  const { progress, kind, cancelling } = run;
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const label = progressText(kind, progress.done, progress.total);
  const t = releaseWords();
  return (
    <Box $emphasis data-release-progress={kind} aria-label={label}>
      <Line>
        <p role="status" aria-live="polite" data-release-progress-text>
          {label}
        </p>
        {!cancelling && (
          <Button size="small" isDanger data-action="cancel-release" onClick={onCancel}>
            {t.cancelRun}
          </Button>
        )}
      </Line>
      <Progress size="small" value={percent} aria-label={label} />
      <Subtle>
        <span data-release-eta>{etaText(progress.etaMs)}</span>
        {/* One seat is one request, not a job. */}
        {progress.total > 1 && (
          <>
            {' · '}
            <span data-release-jobs={progress.jobsInFlight}>{jobsText(progress.jobsInFlight)}</span>
          </>
        )}
      </Subtle>
      {progress.waiting && <Subtle data-release-waiting={progress.waiting}>{waitText(progress.waiting)}</Subtle>}
      {cancelling && <Subtle data-release-cancelling>{t.cancelling}</Subtle>}
    </Box>
  );
}
