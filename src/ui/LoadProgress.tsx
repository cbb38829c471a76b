/**
 * The roster's progress while it loads, and why it pauses (Zendesk's rate limit, a retry):
 * the wait Zendesk asked for, announced once when it starts, and a countdown beside it.
 */
import styled from 'styled-components';
import { Progress } from '@zendeskgarden/react-loaders';
import { SM } from '@zendeskgarden/react-typography';
import type { RetryNotice } from '../zaf/gateway';
import english from './i18n/en/progress';
import { messages } from './i18n/messages';
import { useCountdown } from './useCountdown';

const Wrap = styled.div`
  margin-bottom: ${(p) => p.theme.space.md};
`;

/** The wait in whole seconds, at least one: what Zendesk asked for, as the admin reads it. */
export function waitSeconds(notice: RetryNotice): number {
  return Math.max(1, Math.round(notice.delayMs / 1000));
}

/** Why the load pauses: said once, when the wait starts. */
export function waitReasonText(notice: RetryNotice): string {
  const t = messages('progress', english);
  if (notice.reason === 'rate-limited') return t.waitRateLimited(waitSeconds(notice));
  if (notice.reason === 'server-error') return t.waitServerError(notice.status);
  return t.waitNoAnswer;
}

/** The countdown that continues the reason, `left` seconds before the next request. */
export function waitCountdownText(notice: RetryNotice, left: number): string {
  const t = messages('progress', english);
  return notice.reason === 'rate-limited' ? t.resumingIn(left) : t.retryingIn(left);
}

/** The whole sentence, as it reads when the wait starts. */
export function waitText(notice: RetryNotice): string {
  return waitReasonText(notice) + waitCountdownText(notice, waitSeconds(notice));
}

/** Ticks on its own, so a second passing redraws one line, not the progress around it. */
function Countdown({ notice }: { notice: RetryNotice }) {
  const left = useCountdown(waitSeconds(notice), notice);
  return <span data-progress-countdown={left}>{waitCountdownText(notice, left)}</span>;
}

export function LoadProgress({ loaded, expected, waiting }: { loaded: number; expected: number | null; waiting: RetryNotice | null }) {
  // Zendesk's count is approximate: never show more than 99% until the last page is in.
  const percent = expected ? Math.min(99, Math.round((loaded / Math.max(expected, 1)) * 100)) : undefined;
  const t = messages('progress', english);
  return (
    <Wrap>
      <Progress value={percent ?? 50} aria-label={t.loadingSeats} size="small" />
      <SM data-progress="loaded">
        {expected !== null ? t.seatsLoadedOfAbout(loaded, expected) : t.seatsLoaded(loaded)}
        {waiting && ' '}
        {/* Always present, so a wait's reason is announced when it appears; the countdown stays out of it (no announcement a second). */}
        <span role="status" aria-live="polite" data-progress-wait>
          {waiting && waitReasonText(waiting)}
        </span>
        {waiting && <Countdown notice={waiting} />}
      </SM>
    </Wrap>
  );
}
