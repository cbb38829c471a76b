/** A roster read to its end that still holds fewer records than Zendesk counted. Loaded only when that happens. */
import { Button } from '@zendeskgarden/react-buttons';
import { Notification } from '@zendeskgarden/react-notifications';
import { MD } from '@zendeskgarden/react-typography';
import english from './i18n/en/progress';
import { messages } from './i18n/messages';

/** Said plainly, with a way to load again. */
export function RosterIncomplete({
  read,
  expected,
  ended,
  onReload,
}: {
  read: number;
  expected: number | null;
  /** Each stream that broke, worded (ui/text/errors.ts). */
  ended: readonly { message: string }[];
  onReload: () => void;
}) {
  const t = messages('progress', english);
  const why = [...new Set(ended.map((e) => e.message))];
  return (
    <Notification type="warning" role="alert" data-roster-incomplete={`${read}/${expected ?? ''}`}>
      <Notification.Title>
        {expected !== null && read < expected ? t.rosterPartlyLoaded(read, expected) : t.rosterLoadedRestUnread(read)}
      </Notification.Title>
      {why.length > 0
        ? why.map((message) => <MD key={message}>{message}</MD>)
        : expected !== null && <MD>{t.rosterCountDisagrees(expected, read)}</MD>}
      <MD>{t.rosterFiguresLeaveOut}</MD>
      <Button size="small" onClick={onReload} style={{ marginTop: 8 }}>
        {t.loadAgain}
      </Button>
    </Notification>
  );
}
