/** The roster's progress while it loads, and why it pauses (Zendesk's rate limit, a retry). */
import styled from 'styled-components';
import { Progress } from '@zendeskgarden/react-loaders';
import { SM } from '@zendeskgarden/react-typography';
import type { RetryNotice } from '../zaf/gateway';
import english from './i18n/en/progress';
import { messages } from './i18n/messages';

const Wrap = styled.div`
  margin-bottom: ${(p) => p.theme.space.md};
`;

export function waitText(notice: RetryNotice): string {
  const t = messages('progress', english);
  const seconds = Math.max(1, Math.round(notice.delayMs / 1000));
  if (notice.reason === 'rate-limited') return t.rateLimitedResuming(seconds);
  if (notice.reason === 'server-error') return t.serverErrorRetrying(notice.status, seconds);
  return t.noAnswerRetrying(seconds);
}

export function LoadProgress({ loaded, expected, waiting }: { loaded: number; expected: number | null; waiting: RetryNotice | null }) {
  // Zendesk's count is approximate: never show more than 99% until the last page is in.
  const percent = expected ? Math.min(99, Math.round((loaded / Math.max(expected, 1)) * 100)) : undefined;
  const t = messages('progress', english);
  return (
    <Wrap role="status" aria-live="polite">
      <Progress value={percent ?? 50} aria-label={t.loadingSeats} size="small" />
      <SM data-progress="loaded">
        {expected !== null ? t.seatsLoadedOfAbout(loaded, expected) : t.seatsLoaded(loaded)}
        {waiting ? ` ${waitText(waiting)}` : ''}
      </SM>
    </Wrap>
  );
}
