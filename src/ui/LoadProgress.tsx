import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Progress } from '@zendeskgarden/react-loaders';
import { Notification } from '@zendeskgarden/react-notifications';
import { MD, SM } from '@zendeskgarden/react-typography';
import type { RetryNotice } from '../zaf/gateway';
import type { EndedStream } from '../zendesk/loadRoster';

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

/** A roster read to its end that still holds fewer records than Zendesk counted: said plainly, with a way to load again. */
export function RosterIncomplete({ read, expected, ended, onReload }: { read: number; expected: number | null; ended: readonly EndedStream[]; onReload: () => void }) {
  const why = [...new Set(ended.map((e) => e.message))];
  return (
    <Notification type="warning" role="alert" data-roster-incomplete={`${read}/${expected ?? ''}`}>
      <Notification.Title>
        {expected !== null && read < expected ? `${read} of ${expected} seats loaded` : `${read} seats loaded`}; the rest could not be read
      </Notification.Title>
      {why.length > 0 ? (
        why.map((message) => <MD key={message}>{message}</MD>)
      ) : (
        <MD>Zendesk counted {expected} records, but its pages listed {read}, even when read a second time.</MD>
      )}
      <MD>The figures below leave those seats out; a snapshot cannot be sent as complete.</MD>
      <Button size="small" onClick={onReload} style={{ marginTop: 8 }}>
        Load again
      </Button>
    </Notification>
  );
}
