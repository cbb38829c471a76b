import { memo, useCallback, useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Progress } from '@zendeskgarden/react-loaders';
import { Alert, Notification } from '@zendeskgarden/react-notifications';
import { getColor } from '@zendeskgarden/react-theming';
import { MD, SM } from '@zendeskgarden/react-typography';
import { version as manifestVersion } from '../../../manifest.json';
import type { ReviewedSeat, SeatSummary } from '../../seats/review';
import type { SeatReviewSettings } from '../../settings/settings';
import { SNAPSHOT_SCHEMA } from '../../snapshot/build';
import type { KeyValueStore, LastPush } from '../../snapshot/outbox';
import type { SnapshotGateway } from '../../snapshot/push';
import type { RetryNotice } from '../../zaf/gateway';
import { formatWhen, SnapshotHistory } from './SnapshotHistory';
import { useSnapshot } from './useSnapshot';

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
  gateway: SnapshotGateway;
  subdomain: string;
  /** The `saas_endpoint` setting as typed (checked before anything is sent). */
  endpoint: string | null;
  reviewed: readonly ReviewedSeat[];
  summary: SeatSummary;
  settings: Pick<SeatReviewSettings, 'idleDays' | 'graceDays' | 'exempt' | 'seatPrice'>;
  /** False while the roster is loading or stopped: a snapshot needs every seat. */
  ready: boolean;
  /** With the subdomain, namespaces what the browser keeps (one install per account by default). */
  installation?: string | number;
  appVersion?: string;
  store?: KeyValueStore;
  newId?: () => string;
  clock?: () => number;
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
  const { reviewed, summary, settings, subdomain, ready } = props;
  const appVersion = props.appVersion ?? manifestVersion;
  const input = useCallback(
    () =>
      ready
        ? {
            reviewed,
            summary,
            rules: { idleDays: settings.idleDays, graceDays: settings.graceDays, exempt: settings.exempt },
            seatPrice: settings.seatPrice,
            subdomain,
            appVersion,
            windowDays: settings.idleDays,
          }
        : null,
    [ready, reviewed, summary, settings, subdomain, appVersion],
  );
  const snapshot = useSnapshot({
    gateway: props.gateway,
    endpoint: props.endpoint,
    subdomain,
    installation: props.installation ?? 'default',
    input,
    ...(props.store ? { store: props.store } : {}),
    ...(props.newId ? { newId: props.newId } : {}),
    ...(props.clock ? { clock: props.clock } : {}),
  });
  const [historyOpen, setHistoryOpen] = useState(false);
  const { outbox, endpoint, sending, progress, waiting } = snapshot;
  const pending = outbox.pending;
  const canSend = ready && endpoint.ok && !sending;

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
            {!ready && endpoint.ok && ' Sending is possible once every seat is loaded.'}
          </Muted>
        </div>
        <Actions>
          <Button size="small" isPrimary onClick={snapshot.send} disabled={!canSend}>
            Send snapshot
          </Button>
          <Button size="small" onClick={() => void snapshot.download('json')} disabled={!ready && !pending}>
            Download JSON
          </Button>
          <Button size="small" onClick={() => void snapshot.download('csv')} disabled={!ready && !pending}>
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
            {endpoint.message}
          </Alert>
        )}
        {sending && (
          <div role="status" aria-live="polite">
            <Progress
              size="small"
              aria-label="Sending snapshot"
              value={progress ? Math.round((progress.accepted / progress.count) * 100) : 0}
            />
            <SM data-snapshot-progress>
              {progress ? `Sending part ${progress.index} of ${progress.count}…` : 'Sending…'}
              {waiting ? ` ${waitText(waiting)}` : ''}
            </SM>
          </div>
        )}
        {!sending && pending && (
          <Notification type={pending.rejected ? 'error' : 'warning'} data-snapshot-pending={pending.snapshot_id}>
            <Notification.Title>
              {pending.rejected ? 'SaaS Management refused the snapshot' : 'Snapshot not sent yet'}: {pending.accepted.length} of{' '}
              {pending.count} part{pending.count === 1 ? '' : 's'} accepted
            </Notification.Title>
            <MD data-snapshot-error>{snapshot.problem ?? pending.error ?? 'Sending was interrupted.'}</MD>
            <Muted>
              {!snapshot.persistent
                ? 'This browser does not let Zendesk apps keep data (third-party storage is blocked), so it is kept only while Seat Review stays open.'
                : pending.rejected
                ? 'Kept in this browser (without the token): fix the cause, then Retry.'
                : 'Kept in this browser (without the token) and sent again when Seat Review next opens, or now with Retry.'}
            </Muted>
            <Actions style={{ marginTop: 8 }}>
              <Button size="small" onClick={snapshot.retry} disabled={!endpoint.ok || !pending.stored}>
                Retry
              </Button>
              <Button size="small" isBasic isDanger onClick={snapshot.discard}>
                Discard
              </Button>
            </Actions>
          </Notification>
        )}
        {!sending && outbox.lastPush && <LastPushLine push={outbox.lastPush} />}
        {historyOpen && outbox.history.length > 0 && (
          <SnapshotHistory history={outbox.history} pendingId={pending?.snapshot_id ?? null} sending={sending} />
        )}
      </Body>
    </Section>
  );
});
