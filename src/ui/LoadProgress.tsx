/** The roster's progress while it loads, and why it pauses (Zendesk's rate limit, a retry). */
import styled from 'styled-components';
import { Progress } from '@zendeskgarden/react-loaders';
import { SM } from '@zendeskgarden/react-typography';
import type { RetryNotice } from '../zaf/gateway';

const Wrap = styled.div`
  margin-bottom: ${(p) => p.theme.space.md};
`;

export function waitText(notice: RetryNotice): string {
  const seconds = Math.max(1, Math.round(notice.delayMs / 1000));
  if (notice.reason === 'rate-limited') return `Zendesk's rate limit reached: resuming in ${seconds} s as Zendesk asked.`;
  if (notice.reason === 'server-error') return `Zendesk had a server error (${notice.status}): retrying in ${seconds} s.`;
  return `No answer from Zendesk: retrying in ${seconds} s.`;
}

export function LoadProgress({ loaded, expected, waiting }: { loaded: number; expected: number | null; waiting: RetryNotice | null }) {
  // Zendesk's count is approximate: never show more than 99% until the last page is in.
  const percent = expected ? Math.min(99, Math.round((loaded / Math.max(expected, 1)) * 100)) : undefined;
  return (
    <Wrap role="status" aria-live="polite">
      <Progress value={percent ?? 50} aria-label="Loading seats" size="small" />
      <SM data-progress="loaded">
        {loaded} seats loaded{expected !== null ? ` of about ${expected}` : ''}…{waiting ? ` ${waitText(waiting)}` : ''}
      </SM>
    </Wrap>
  );
}
