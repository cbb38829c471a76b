/**
 * The app's screen states: connecting → outside Zendesk | host silent | error | refused |
 * review. The review session is created here, once per connection, and disposed on unmount.
 */
import { useEffect, useMemo } from 'react';
import styled from 'styled-components';
import { Dots } from '@zendeskgarden/react-loaders';
import { Notification } from '@zendeskgarden/react-notifications';
import { MD } from '@zendeskgarden/react-typography';
import { parseSettings } from '../settings/settings';
import { createReviewSession, type Connection } from '../review';
import { SeatReview } from '../ui/SeatReview';
import { useReviewSession } from '../ui/useReview';
import { useConnection } from './useConnection';

const Centered = styled.div`
  max-width: 640px;
  margin: ${(p) => p.theme.space.xxl} auto;
  padding: 0 ${(p) => p.theme.space.lg};
`;

function Message({ title, children, state }: { title: string; children: React.ReactNode; state: string }) {
  return (
    <Centered>
      <Notification type="error" role="alert" data-app-state={state}>
        <Notification.Title>{title}</Notification.Title>
        <MD>{children}</MD>
      </Notification>
    </Centered>
  );
}

function Review({ connection }: { connection: Extract<Connection, { kind: 'admin' }> }) {
  const { settings, problems } = useMemo(() => parseSettings(connection.settings), [connection.settings]);
  // One session per connection; one "now" per opening of the app: every seat is judged at the same instant.
  const session = useReviewSession(() =>
    createReviewSession({
      gateway: connection.gateway,
      settings,
      now: Date.now(),
      subdomain: connection.context.account.subdomain,
      installationId: connection.installationId,
    }),
  );
  useEffect(() => {
    void connection.gateway.resize({ width: '100%', height: '100%' }).catch(() => undefined);
  }, [connection.gateway]);
  return <SeatReview session={session} problems={problems} />;
}

export function App() {
  const state = useConnection();
  switch (state.kind) {
    case 'connecting':
      return (
        <Centered data-app-state="connecting" aria-label="Connecting to Zendesk">
          <Dots size={32} />
        </Centered>
      );
    case 'outside-zendesk':
      return (
        <Message title="Open Seat Review from Zendesk" state="outside-zendesk">
          This page is a Zendesk app. Open it from the Seat Review icon in Zendesk Support's left navigation.
        </Message>
      );
    case 'host-silent':
      return (
        <Message title="Zendesk did not answer" state="host-silent">
          The app waited {Math.round(state.waitedMs / 1000)} seconds for Zendesk to register it. Reload the page; if this keeps happening, reinstall
          the app.
        </Message>
      );
    case 'error':
      return (
        <Message title="Seat Review could not start" state="error">
          {state.message}
        </Message>
      );
    case 'refused':
      return (
        <Message title="Only admins can review seats" state="refused">
          Seat Review shows every agent's seat and sign-in history, so it is limited to Zendesk admins. You are signed in as{' '}
          {state.user.name || 'a user'} ({state.user.role || 'no role'}). Ask an admin of this account if you need a seat review.
        </Message>
      );
    case 'admin':
      return <Review connection={state} />;
  }
}
