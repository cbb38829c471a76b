/**
 * The records of the demo account's ticket event stream (see ./events.ts) and the
 * fixed values they are made of: channels, comment texts, status transitions.
 */
export interface Via {
  channel: string;
  source: { from: Record<string, unknown>; to: Record<string, unknown>; rel: string | null };
}
/**
 * Child events are stored lean (memory: a benchmark account holds 300,000 events); the
 * API adds what Zendesk repeats on each of them when serving: `via`, `via_reference_id`,
 * and for comments `type`, `audit_id`, `attachments`, `created_at` (see api/ticketEvents.ts).
 */
export interface CommentEvent {
  id: number;
  event_type: 'Comment';
  author_id: number;
  body: string;
  public: boolean;
}
export interface FieldEvent {
  id: number;
  event_type: 'Change' | 'Create';
  field_name: string;
  /** Absent on Create events. */
  previous_value?: string | null;
  value: string | null;
}
export type ChildEvent = CommentEvent | FieldEvent;
/** One ticket update (an audit); `created_at` is added by the API from `timestamp`. */
export interface TicketEvent {
  id: number;
  ticket_id: number;
  /** Unix seconds. */
  timestamp: number;
  /** The user who made the update; -1 for the system (triggers, automations, integrations). */
  updater_id: number;
  via: Via;
  event_type: 'Audit';
  child_events: ChildEvent[];
}

const via = (channel: string, rel: string | null = null, from: Record<string, unknown> = {}): Via => ({
  channel,
  source: { from, to: {}, rel },
});
export const VIA = {
  web: via('web'),
  mobile: via('mobile'),
  email: via('email'),
  api: via('api'),
  chat: via('chat', 'chat_transcript'),
  rule: via('rule', 'automation', { id: 360000480231, title: 'Close ticket 4 days after status is set to solved' }),
};
export const REPLIES = [
  'Thanks for reaching out, I am looking into this now.',
  'Could you send us a screenshot of the error?',
  'This is fixed on our side; please try again.',
  'I have escalated this to our billing team.',
];
export const NOTES = ['Checked the logs, nothing unusual.', 'Customer is on the legacy plan.', 'Looping in tier 2.'];
export const MESSAGES = [
  'Hi, I cannot sign in to my account.',
  'My invoice shows the wrong amount.',
  'The export has been stuck since this morning.',
  'Thank you, that worked!',
];
export const TRANSITIONS: readonly (readonly [string, string])[] = [
  ['new', 'open'],
  ['open', 'pending'],
  ['pending', 'solved'],
  ['open', 'solved'],
  ['new', 'pending'],
];
