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
import type { LastPush } from '../../snapshot/outbox';
import type { SendReadiness } from '../../snapshot/readiness';
import type { SnapshotBase, SnapshotSender } from '../../review';
import {
  destinationText,
  endpointProblemText,
  fileNoticeText,
  pushProblemText,
  refusalText,
  restartText,
  sendLabel,
  snapshotWords,
  storageText,
  syncBusyWaitText,
  waitText,
} from '../text/snapshot';
import { PanelRow, PanelSection } from '../panel';
import { useSnapshot } from './useSnapshot';
import { formatWhen } from './when';

// Opened on request: its table stays out of the first screen's JavaScript.
const SnapshotHistory = lazy(() => import('./SnapshotHistory').then((m) => ({ default: m.SnapshotHistory })));

const Section = PanelSection;
const Row = PanelRow;

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

/** Stands for the result in the last push's sentence, so the result can be coloured wherever a language puts it. */
const RESULT_MARK = '\uE000';

function LastPushLine({ push }: { push: LastPush }) {
  const t = snapshotWords();
  const [tone, word] =
    push.result === 'sent'
      ? (['success', t.lastPushSent] as const)
      : push.result === 'rejected'
        ? (['danger', t.lastPushRefused] as const)
        : (['warning', t.lastPushUnfinished] as const);
  const [before, after = ''] = t.lastPush(formatWhen(push.at), push.accepted, push.parts, RESULT_MARK).split(RESULT_MARK);
  return (
    <Muted data-snapshot-last-push={push.result}>
      {before}
      <Result $tone={tone}>{word}</Result>
      {after}
    </Muted>
  );
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
  // Platform files are written from the review on screen: only while it allows a snapshot.
  const canWriteFiles = readiness.code === 'ready' || waits;
  const refusal = endpoint.ok ? refusalText(readiness) : null;
  const restarted = pending?.restarted ?? (!sending ? outbox.lastPush?.restarted : null) ?? null;
  const t = snapshotWords();

  return (
    <Section aria-labelledby="snapshot-title" data-snapshot-panel>
      <Row>
        <div>
          <MD isBold tag="h2" id="snapshot-title">
            {t.title}
          </MD>
          <Muted>
            {endpoint.ok ? destinationText({ name: endpoint.destination, id: endpoint.destinationId, url: endpoint.url }) : t.downloadOnly}
            {readiness.code === 'roster-loading' && endpoint.ok && ` ${refusal}`}
          </Muted>
        </div>
        <Actions>
          <Button size="small" isPrimary onClick={snapshot.send} disabled={!canSend} data-snapshot-send={queued ? 'queued' : readiness.code}>
            {queued ? t.willSendWhenFinished : sendLabel(endpoint.destination ?? 'seat-review', waits)}
          </Button>
          {queued && (
            <Button size="small" isBasic onClick={snapshot.cancelQueued}>
              {t.dontSend}
            </Button>
          )}
          <Button size="small" onClick={() => void snapshot.download('json')} disabled={!canDownload}>
            {t.downloadJson}
          </Button>
          <Button size="small" onClick={() => void snapshot.download('csv')} disabled={!canDownload}>
            {t.downloadCsv}
          </Button>
          <Button size="small" onClick={() => void snapshot.downloadFor('flexera')} disabled={!canWriteFiles} data-snapshot-file="flexera">
            {t.downloadFlexera}
          </Button>
          <Button size="small" onClick={() => void snapshot.downloadFor('zylo')} disabled={!canWriteFiles} data-snapshot-file="zylo">
            {t.downloadZylo}
          </Button>
          {outbox.history.length > 0 && (
            <Button size="small" isBasic onClick={() => setHistoryOpen((o) => !o)} aria-expanded={historyOpen}>
              {t.historyButton(outbox.history.length)}
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
        {(queued || (waits && !sending)) && <Muted data-snapshot-waiting>{queued ? t.queuedNote : t.waitsNote}</Muted>}
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
        {snapshot.fileNotice && (
          <Alert type={snapshot.fileNotice.code === 'flexera-too-large' ? 'warning' : 'info'} data-snapshot-file-notice={snapshot.fileNotice.code}>
            {fileNoticeText(snapshot.fileNotice)}
          </Alert>
        )}
        {snapshot.unwritableDates > 0 && (
          <Muted data-snapshot-unwritable-dates={snapshot.unwritableDates}>{t.unwritableDates(snapshot.unwritableDates)}</Muted>
        )}
        {sending && (
          <div role="status" aria-live="polite">
            <Progress size="small" aria-label={t.sendingLabel} value={progress ? Math.round((progress.accepted / progress.count) * 100) : 0} />
            <SM data-snapshot-progress>
              {progress ? t.sendingPart(progress.index, progress.count) : t.sending}
              {progress?.syncBusy && endpoint.destination
                ? ` ${syncBusyWaitText(endpoint.destination, progress.syncBusy)}`
                : waiting
                  ? ` ${waitText(waiting)}`
                  : ''}
            </SM>
          </div>
        )}
        {!sending && pending && (
          <Notification type={pending.rejected ? 'error' : 'warning'} data-snapshot-pending={pending.snapshot_id}>
            <Notification.Title>
              {pending.rejected ? t.refusedTitle(pending.accepted.length, pending.count) : t.pendingTitle(pending.accepted.length, pending.count)}
            </Notification.Title>
            <MD data-snapshot-error>{snapshot.problem ?? (pending.error ? pushProblemText(pending.error) : t.interrupted)}</MD>
            {snapshot.endpointChanged && (
              <MD data-snapshot-endpoint-changed>
                {pending.accepted.length > 0 ? t.endpointChangedSinceAfter(pending.accepted.length) : t.endpointChangedSince}
              </MD>
            )}
            <Muted>
              {!snapshot.persistent
                ? t.keptNotPersistent
                : snapshot.storage?.code === 'snapshot-not-kept-pending'
                  ? t.keptNoRoom
                  : snapshot.endpointChanged
                    ? t.keptEndpointChanged
                    : pending.rejected
                      ? t.keptRefused
                      : t.keptResent}
            </Muted>
            <Actions style={{ marginTop: 8 }}>
              <Button size="small" onClick={snapshot.retry} disabled={!endpoint.ok || !snapshot.canRetry}>
                {t.retry}
              </Button>
              <Button size="small" isBasic isDanger onClick={snapshot.discard}>
                {t.discard}
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
