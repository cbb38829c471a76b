/** A roster read to its end that still holds fewer records than Zendesk counted. Loaded only when that happens. */
import { Button } from '@zendeskgarden/react-buttons';
import { Notification } from '@zendeskgarden/react-notifications';
import { MD } from '@zendeskgarden/react-typography';

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
  const why = [...new Set(ended.map((e) => e.message))];
  return (
    <Notification type="warning" role="alert" data-roster-incomplete={`${read}/${expected ?? ''}`}>
      <Notification.Title>
        {expected !== null && read < expected ? `${read} of ${expected} seats loaded` : `${read} seats loaded`}; the rest could not be read
      </Notification.Title>
      {why.length > 0 ? (
        why.map((message) => <MD key={message}>{message}</MD>)
      ) : (
        <MD>
          Zendesk counted {expected} records, but its pages listed {read}, even when read a second time.
        </MD>
      )}
      <MD>The figures below leave those seats out; a snapshot cannot be sent as complete.</MD>
      <Button size="small" onClick={onReload} style={{ marginTop: 8 }}>
        Load again
      </Button>
    </Notification>
  );
}
