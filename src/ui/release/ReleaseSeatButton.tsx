/**
 * "Release this seat", for the seat panel's actions: offered for a paid seat that a bulk
 * selection may hold and for an admin or exempt seat (its preview asks a second time, naming
 * it); nothing for a seat that holds no paid seat. Opens the preview; writes nothing.
 */
import { Button } from '@zendeskgarden/react-buttons';
import { releasability } from '../../release/eligibility';
import type { ReviewSession } from '../../review';
import type { ReviewedSeat } from '../../seats/review';
import { releaseWords } from '../text/release';
import { openReleasePreview, useReleases } from './useReleases';

export function ReleaseSeatButton({ session, row }: { session: ReviewSession; row: ReviewedSeat }) {
  const busy = useReleases(session, (s) => s.run !== null || s.preview !== null);
  const { code } = releasability(row);
  if (code === 'no') return null;
  return (
    <Button
      size="small"
      isDanger
      data-action="release-seat"
      data-release-why={code}
      disabled={busy}
      onClick={() => openReleasePreview(session, [row.seat.id])}
    >
      {releaseWords().releaseThisSeat}
    </Button>
  );
}
