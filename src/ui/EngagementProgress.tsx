/** The engagement phase on screen: the counting under way (with Cancel), its notes, or why it stopped (with Count again). */
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Progress } from '@zendeskgarden/react-loaders';
import { Alert, Well } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import type { StrategyPlan } from '../zendesk/strategy';
import type { EngagementPhaseText } from './text/errors';

const Row = styled.div`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.md};
`;

export function durationText(seconds: number): string {
  if (seconds < 60) return 'under a minute';
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? 'about 1 minute' : `about ${minutes} minutes`;
}

export function strategyText(plan: StrategyPlan, idleDays: number): string {
  const requests = (n: number) => (n === 1 ? '1 request' : `${n} requests`);
  if (plan.strategy === 'ticket-events') {
    return `Counting ticket updates and comments of the last ${idleDays} days from Zendesk's ticket event export: ${requests(plan.requests)} (search counts would need ${plan.seatsEstimated ? 'up to ' : ''}${requests(plan.alternativeRequests)}), at most ${plan.perMinute} a minute.`;
  }
  return `Counting the tickets each paid seat commented on in the last ${idleDays} days with Zendesk search: ${requests(plan.requests)} (the ticket event export would need about ${requests(plan.alternativeRequests)}), at most ${plan.perMinute} a minute.`;
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
  const sessionsNote = (sessionsError || !cacheKept) && (
    <>
      {sessionsError && (
        <Alert type="info" data-sessions-error>
          Last seen is unknown: sessions could not be read ({sessionsError}).
        </Alert>
      )}
      {!cacheKept && (
        <Alert type="info" data-cache-not-kept>
          This browser could not keep the ticket interaction counts for the next review (its storage is full or blocked): the next review counts the
          whole window again.
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
                {phase.kind === 'probing' && 'Sizing the ticket activity to count…'}
                {phase.kind === 'loading' &&
                  (phase.resumedFrom !== null
                    ? `Updating the counts kept from the last review: resuming Zendesk's ticket event export from ${new Date(phase.resumedFrom * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC.`
                    : strategyText(phase.plan, idleDays))}
              </SM>
              <Progress value={percent} aria-label="Loading ticket interactions" size="small" />
              {phase.kind === 'loading' && (
                <SM data-activity-progress>
                  {phase.done} of {phase.total} requests · {durationText(phase.etaSeconds)} left
                </SM>
              )}
            </div>
            <Button size="small" onClick={onCancel}>
              Cancel
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
          <Alert.Title>
            {phase.kind === 'cancelled' ? 'Ticket interactions not counted (cancelled)' : 'Ticket interactions could not be counted'}
          </Alert.Title>
          {phase.kind === 'failed' && <div>{phase.error}</div>}
          Interaction figures show as unknown and idle verdicts rest on sign-in only.{' '}
          <Button size="small" isBasic onClick={onRestart}>
            Count again
          </Button>
        </Alert>
      );
  }
}
