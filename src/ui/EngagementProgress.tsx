/**
 * The engagement phase on screen: the counting under way (with Cancel and a time left that
 * counts down), its notes, or why it stopped (with Count again). What the counting does is
 * announced politely when it starts; the ticking figures are not announced.
 */
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
import { useCountdown } from './useCountdown';

const Row = styled.div`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.md};
`;

/** The time the counting has left, to the second under an hour (it counts down), to the minute above. */
export function timeLeftText(seconds: number): string {
  const t = messages('progress', english);
  const whole = Math.ceil(seconds);
  if (whole <= 0) return t.timeLeftUnderAMinute;
  if (whole < 60) return t.timeLeftSeconds(whole);
  if (whole < 3600) return t.timeLeftMinutesSeconds(Math.floor(whole / 60), whole % 60);
  return t.timeLeftHoursMinutes(Math.floor(whole / 3600), Math.floor((whole % 3600) / 60));
}

/**
 * Counts down from the estimate, starting again when the estimate changes (requests bring
 * one each, mostly the same: restarting on each would jump back up every few seconds).
 */
function TimeLeft({ seconds }: { seconds: number }) {
  const whole = Math.ceil(seconds);
  return <>{timeLeftText(useCountdown(whole, whole))}</>;
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
        <Well data-activity="loading">
          <Row>
            <div style={{ flex: 1 }}>
              <SM isBold role="status" aria-live="polite">
                {phase.kind === 'probing' && t.sizingActivity}
                {phase.kind === 'loading' &&
                  (phase.resumedFrom !== null ? t.resumingExport(dateTime(phase.resumedFrom * 1000)) : strategyText(phase.plan, idleDays))}
              </SM>
              <Progress value={percent} aria-label={t.loadingInteractions} size="small" />
              {phase.kind === 'loading' && (
                <SM data-activity-progress>
                  {t.requestsDone(phase.done, phase.total)} · <TimeLeft seconds={phase.etaSeconds} />
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
