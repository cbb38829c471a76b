/**
 * The SaaS Management panel: sends, queues, retries and downloads usage snapshots through
 * the review session's sender, and says in the admin's words what happened to each one.
 */
import { lazy, memo, Suspense, useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Progress } from '@zendeskgarden/react-loaders';
import { Alert, Notification } from '@zendeskgarden/react-notifications';
import { getColor } from '@zendeskgarden/react-theming';
import { MD, SM } from '@zendeskgarden/react-typography';
import { SNAPSHOT_SCHEMA } from '../../snapshot/build';
import type { LastPush } from '../../snapshot/outbox';
import type { SendReadiness } from '../../snapshot/readiness';
import type { RetryNotice } from '../../zaf/gateway';
import type { SnapshotBase, SnapshotSender } from '../../review';
import { endpointProblemText, pushProblemText, refusalText, restartText, storageText } from '../text/snapshot';
import { useSnapshot } from './useSnapshot';
import { formatWhen } from './when';

// Opened on request: its table stays out of the first screen's JavaScript.
const SnapshotHistory = lazy(() => import('./SnapshotHistory').then((m) => ({ default: m.SnapshotHistory })));

const Section = styled.section`
  margin: 0 0 ${(p) => p.theme.space.md};
  padding: ${(p) => `${p.theme.space.sm} ${p.theme.space.md}`};
  border: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.sm};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.xs};
`;

const Body = styled.div`
  display: grid;
  gap: ${(p) => p.theme.space.sm};
  margin-top: ${(p) => p.theme.space.sm};
  &:empty {
    display: none;
  }
`;

const Muted = styled(SM)`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

const Result = styled.span<{ $tone: 'success' | 'danger' | 'warning' }>`
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  color: ${(p) => getColor({ theme: p.theme, variable: `foreground.${p.$tone}` })};
`;

export interface SnapshotPanelProps {
  /** The review session's snapshot sender: it checked the endpoint and re-sends a pending snapshot when the review opens. */
  sender: SnapshotSender;
  /** The review session's snapshot input: null unless the review allows a snapshot. */
  input: () => SnapshotBase | null;
  /** From the review's state: sending waits for sessions and interactions, and is refused when the roster stopped short. */
  readiness: SendReadiness;
}

export function waitText(notice: RetryNotice): string {
  const seconds = Math.max(1, Math.round(notice.delayMs / 1000));
  if (notice.reason === 'rate-limited') return `SaaS Management asked to slow down: retrying in ${seconds} s.`;
  if (notice.reason === 'server-error') return `SaaS Management had a server error (${notice.status}): retrying in ${seconds} s.`;
  return `No answer from SaaS Management: retrying in ${seconds} s.`;
}

function LastPushLine({ push }: { push: LastPush }) {
  const result =
    push.result === 'sent' ? (
      <Result $tone="success">sent</Result>
    ) : push.result === 'rejected' ? (
      <Result $tone="danger">refused</Result>
    ) : (
      <Result $tone="warning">not finished</Result>
    );
  return (
    <Muted data-snapshot-last-push={push.result}>
      Last push {formatWhen(push.at)}: {push.accepted} of {push.parts} part{push.parts === 1 ? '' : 's'} accepted, {result}.
    </Muted>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Memoised: typing in the seat search re-renders the review, not this panel. */
export const SnapshotPanel = memo(function SnapshotPanel(props: SnapshotPanelProps) {
  const { readiness } = props;
  const snapshot = useSnapshot({ sender: props.sender, input: props.input, readiness });
  const [historyOpen, setHistoryOpen] = useState(false);
  const { outbox, endpoint, sending, progress, waiting, queued } = snapshot;
  const pending = outbox.pending;
  const waits = readiness.code === 'wait-for-review';
  const canSend = (readiness.code === 'ready' || (waits && !queued)) && endpoint.ok && !sending;
  const canDownload = readiness.code === 'ready' || waits || pending !== null;
  const refusal = endpoint.ok ? refusalText(readiness) : null;
  const restarted = pending?.restarted ?? (!sending ? outbox.lastPush?.restarted : null) ?? null;

  return (
    <Section aria-labelledby="snapshot-title" data-snapshot-panel>
      <Row>
        <div>
          <MD isBold tag="h2" id="snapshot-title">
            SaaS Management
          </MD>
          <Muted>
            {endpoint.ok
              ? `Usage snapshots (${SNAPSHOT_SCHEMA}) go to ${hostOf(endpoint.url)} through Zendesk's secure proxy.`
              : 'Usage snapshots can still be downloaded for upload.'}
            {readiness.code === 'roster-loading' && endpoint.ok && ` ${refusal}`}
          </Muted>
        </div>
        <Actions>
          <Button size="small" isPrimary onClick={snapshot.send} disabled={!canSend} data-snapshot-send={queued ? 'queued' : readiness.code}>
            {queued ? 'Will send when the review finishes' : waits ? 'Send snapshot when the review finishes' : 'Send snapshot'}
          </Button>
          {queued && (
            <Button size="small" isBasic onClick={snapshot.cancelQueued}>
              Don't send
            </Button>
          )}
          <Button size="small" onClick={() => void snapshot.download('json')} disabled={!canDownload}>
            Download JSON
          </Button>
          <Button size="small" onClick={() => void snapshot.download('csv')} disabled={!canDownload}>
            Download CSV
          </Button>
          {outbox.history.length > 0 && (
            <Button size="small" isBasic onClick={() => setHistoryOpen((o) => !o)} aria-expanded={historyOpen}>
              History ({outbox.history.length})
            </Button>
          )}
        </Actions>
      </Row>
      <Body>
        {!endpoint.ok && (
          <Alert type="info" data-snapshot-endpoint-problem>
            {endpointProblemText(endpoint.problem)}
          </Alert>
        )}
        {readiness.code === 'roster-incomplete' && refusal && (
          <Alert type="warning" data-snapshot-refused={readiness.phase}>
            {refusal}
          </Alert>
        )}
        {(queued || (waits && !sending)) && (
          <Muted data-snapshot-waiting>
            {queued
              ? 'The snapshot will be sent as soon as sessions and ticket interactions finish loading (or are cancelled).'
              : 'Sessions and ticket interactions are still loading: a snapshot sent now waits for them, so each seat says what its verdict rests on.'}
          </Muted>
        )}
        {snapshot.storage && (
          <Alert type="warning" data-snapshot-storage={snapshot.storage.code}>
            {storageText(snapshot.storage)}
          </Alert>
        )}
        {!sending && snapshot.problem && !pending && (
          <Alert type="error" data-snapshot-problem>
            {snapshot.problem}
          </Alert>
        )}
        {snapshot.unwritableDates > 0 && (
          <Muted data-snapshot-unwritable-dates={snapshot.unwritableDates}>
            {snapshot.unwritableDates} date{snapshot.unwritableDates === 1 ? '' : 's'} from Zendesk lay outside the years 0000–9999 a snapshot can
            hold and {snapshot.unwritableDates === 1 ? 'was' : 'were'} written as unknown (null).
          </Muted>
        )}
        {sending && (
          <div role="status" aria-live="polite">
            <Progress size="small" aria-label="Sending snapshot" value={progress ? Math.round((progress.accepted / progress.count) * 100) : 0} />
            <SM data-snapshot-progress>
              {progress ? `Sending part ${progress.index} of ${progress.count}…` : 'Sending…'}
              {waiting ? ` ${waitText(waiting)}` : ''}
            </SM>
          </div>
        )}
        {!sending && pending && (
          <Notification type={pending.rejected ? 'error' : 'warning'} data-snapshot-pending={pending.snapshot_id}>
            <Notification.Title>
              {pending.rejected ? 'SaaS Management refused the snapshot' : 'Snapshot not sent yet'}: {pending.accepted.length} of {pending.count} part
              {pending.count === 1 ? '' : 's'} accepted
            </Notification.Title>
            <MD data-snapshot-error>{snapshot.problem ?? (pending.error ? pushProblemText(pending.error) : 'Sending was interrupted.')}</MD>
            {snapshot.endpointChanged && (
              <MD data-snapshot-endpoint-changed>
                The SaaS Management endpoint setting changed since this snapshot was started
                {pending.accepted.length > 0
                  ? ` (${pending.accepted.length} part${pending.accepted.length === 1 ? '' : 's'} went to the previous endpoint)`
                  : ''}
                . Retry sends it whole, from part 1, to the new endpoint; or Discard it.
              </MD>
            )}
            <Muted>
              {!snapshot.persistent
                ? 'This browser does not let Zendesk apps keep data (third-party storage is blocked), so it is kept only while Seat Review stays open.'
                : snapshot.storage?.code === 'snapshot-not-kept-pending'
                  ? 'Kept only while Seat Review stays open: this browser had no room for it.'
                  : snapshot.endpointChanged
                    ? 'Kept in this browser (without the token) until you Retry or Discard it.'
                    : pending.rejected
                      ? 'Kept in this browser (without the token): fix the cause, then Retry.'
                      : 'Kept in this browser (without the token) and sent again when Seat Review next opens, or now with Retry.'}
            </Muted>
            <Actions style={{ marginTop: 8 }}>
              <Button size="small" onClick={snapshot.retry} disabled={!endpoint.ok || !snapshot.canRetry}>
                Retry
              </Button>
              <Button size="small" isBasic isDanger onClick={snapshot.discard}>
                Discard
              </Button>
            </Actions>
          </Notification>
        )}
        {restarted && <Muted data-snapshot-restarted={restarted.code}>{restartText(restarted)}</Muted>}
        {!sending && outbox.lastPush && <LastPushLine push={outbox.lastPush} />}
        {historyOpen && outbox.history.length > 0 && (
          <Suspense fallback={null}>
            <SnapshotHistory history={outbox.history} pendingId={pending?.snapshot_id ?? null} sending={sending} />
          </Suspense>
        )}
      </Body>
    </Section>
  );
});
