/** The engagement phase on screen: the counting under way (with Cancel), its notes, or why it stopped (with Count again). */
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Progress } from '@zendeskgarden/react-loaders';
import { Alert, Well } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import type { StrategyPlan } from '../zendesk/strategy';
import type { EngagementPhaseText } from './text/errors';
import english from './i18n/en/progress';
import { dateTime } from './i18n/format';
import { messages } from './i18n/messages';

const Row = styled.div`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.md};
`;

/** The time the counting has left, rounded to minutes. */
export function timeLeftText(seconds: number): string {
  const t = messages('progress', english);
  return seconds < 60 ? t.timeLeftUnderAMinute : t.timeLeftMinutes(Math.round(seconds / 60));
}

export function strategyText(plan: StrategyPlan, idleDays: number): string {
  const t = messages('progress', english);
  const said = plan.strategy !== 'ticket-events' ? t.countingSearch : plan.seatsEstimated ? t.countingTicketEventsUpTo : t.countingTicketEvents;
  return said(idleDays, plan.requests, plan.alternativeRequests, plan.perMinute);
}

export interface EngagementProgressProps {
  phase: EngagementPhaseText;
  idleDays: number;
  sessionsError: string | null;
  /** False when the browser had no room to keep the counts for the next review. */
  cacheKept?: boolean;
  onCancel: () => void;
  onRestart: () => void;
}

export function EngagementProgress({ phase, idleDays, sessionsError, cacheKept = true, onCancel, onRestart }: EngagementProgressProps) {
  const t = messages('progress', english);
  const sessionsNote = (sessionsError || !cacheKept) && (
    <>
      {sessionsError && (
        <Alert type="info" data-sessions-error>
          {t.sessionsUnread(sessionsError)}
        </Alert>
      )}
      {!cacheKept && (
        <Alert type="info" data-cache-not-kept>
          {t.countsNotKept}
        </Alert>
      )}
    </>
  );
  switch (phase.kind) {
    case 'waiting':
      return null;
    case 'probing':
    case 'loading': {
      const percent = phase.kind === 'loading' && phase.total > 0 ? Math.round((phase.done / phase.total) * 100) : 0;
      return (
        <Well data-activity="loading" role="status" aria-live="polite">
          <Row>
            <div style={{ flex: 1 }}>
              <SM isBold>
                {phase.kind === 'probing' && t.sizingActivity}
                {phase.kind === 'loading' &&
                  (phase.resumedFrom !== null ? t.resumingExport(dateTime(phase.resumedFrom * 1000)) : strategyText(phase.plan, idleDays))}
              </SM>
              <Progress value={percent} aria-label={t.loadingInteractions} size="small" />
              {phase.kind === 'loading' && (
                <SM data-activity-progress>
                  {t.requestsDone(phase.done, phase.total)} · {timeLeftText(phase.etaSeconds)}
                </SM>
              )}
            </div>
            <Button size="small" onClick={onCancel}>
              {t.cancel}
            </Button>
          </Row>
          {sessionsNote}
        </Well>
      );
    }
    case 'done':
      return sessionsNote || null;
    case 'cancelled':
    case 'failed':
      return (
        <Alert type="warning" data-activity={phase.kind}>
          <Alert.Title>{phase.kind === 'cancelled' ? t.interactionsCancelled : t.interactionsFailed}</Alert.Title>
          {phase.kind === 'failed' && <div>{phase.error}</div>}
          {t.interactionsUnknown}{' '}
          <Button size="small" isBasic onClick={onRestart}>
            {t.countAgain}
          </Button>
        </Alert>
      );
  }
}
