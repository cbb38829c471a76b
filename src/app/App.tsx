/**
 * The app's screen states: connecting → outside Zendesk | host silent | error | refused |
 * review, each in the user's language. The review session is created here, once per
 * connection, and disposed on unmount.
 */
import { useEffect, useMemo, useState } from 'react';
import styled from 'styled-components';
import { Dots } from '@zendeskgarden/react-loaders';
import { Notification } from '@zendeskgarden/react-notifications';
import { MD } from '@zendeskgarden/react-typography';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import english from '../ui/i18n/en/app';
import { chooseLanguage, type LanguageChoice } from '../ui/i18n/load';
import { messages } from '../ui/i18n/messages';
import { parseSettings } from '../settings/settings';
import { createReviewSession, type Connection, type CurrentUser } from '../review';
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

/**
 * Its children in a language: the catalogue is loaded (and `lang`/`dir` set) before the first
 * word, and Garden's theme follows the direction. Children word themselves when rendered.
 */
function InLanguage({ locale, currency, children }: { locale: string | null | undefined; currency?: string; children: React.ReactNode }) {
  const [choice, setChoice] = useState<LanguageChoice | null>(null);
  useEffect(() => {
    let live = true;
    void chooseLanguage(locale, currency).then((c) => live && setChoice(c));
    return () => {
      live = false;
    };
  }, [locale, currency]);
  const theme = useMemo(() => ({ ...DEFAULT_THEME, rtl: choice?.dir === 'rtl' }), [choice?.dir]);
  if (choice === null) return <Connecting />;
  return <ThemeProvider theme={theme}>{children}</ThemeProvider>;
}

/** Before Zendesk says who is signed in, the browser's language is the best guess. */
const browserLanguage = (): string | undefined => (typeof navigator === 'undefined' ? undefined : navigator.language);

const m = () => messages('app', english);

function Connecting() {
  return (
    <Centered data-app-state="connecting" aria-label={m().connecting}>
      <Dots size={32} />
    </Centered>
  );
}

function OutsideZendesk() {
  const t = m();
  return (
    <Message title={t.outsideZendeskTitle} state="outside-zendesk">
      {t.outsideZendesk}
    </Message>
  );
}

function HostSilent({ waitedMs }: { waitedMs: number }) {
  const t = m();
  return (
    <Message title={t.hostSilentTitle} state="host-silent">
      {t.hostSilent(Math.round(waitedMs / 1000))}
    </Message>
  );
}

function StartFailed({ message }: { message: string }) {
  return (
    <Message title={m().startFailedTitle} state="error">
      {message}
    </Message>
  );
}

function Refused({ user }: { user: CurrentUser }) {
  const t = m();
  return (
    <Message title={t.refusedTitle} state="refused">
      {t.refused(user.name || t.someUser, user.role || t.noRole)}
    </Message>
  );
}

/** The review in the admin's language and the account's currency. */
function AdminReview({ connection }: { connection: Extract<Connection, { kind: 'admin' }> }) {
  const currency = useMemo(() => parseSettings(connection.settings).settings.seatCurrency, [connection.settings]);
  return (
    <InLanguage locale={connection.user.locale} currency={currency}>
      <Review connection={connection} />
    </InLanguage>
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
      // The signed-in admin runs this review: the day's history says who.
      history: { user: { id: connection.user.id, name: connection.user.name }, kind: 'manual' },
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
      return <Connecting />;
    case 'outside-zendesk':
      return (
        <InLanguage locale={browserLanguage()}>
          <OutsideZendesk />
        </InLanguage>
      );
    case 'host-silent':
      return (
        <InLanguage locale={browserLanguage()}>
          <HostSilent waitedMs={state.waitedMs} />
        </InLanguage>
      );
    case 'error':
      return (
        <InLanguage locale={browserLanguage()}>
          <StartFailed message={state.message} />
        </InLanguage>
      );
    case 'refused':
      return (
        <InLanguage locale={state.user.locale}>
          <Refused user={state.user} />
        </InLanguage>
      );
    case 'admin':
      return <AdminReview connection={state} />;
  }
}
