/**
 * A small fake Zendesk account for session and unattended-run tests: agents as the Users
 * API returns them, and engagement answers (no sessions, one ticket event) so a review
 * settles at once.
 */
import { json, type ScriptedAnswer } from './fakeZafClient';

const DAY = 86_400_000;

/** An agent created 400 days before `now`, signed in two days before it (unless `extra` says otherwise). */
export function agentWire(id: number, now: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: `User ${id}`,
    email: `u${id}@acme.test`,
    role: 'agent',
    created_at: new Date(now - 400 * DAY).toISOString(),
    last_login_at: new Date(now - 2 * DAY).toISOString(),
    ...extra,
  };
}

/** Sessions (none) and the ticket event export (one event by user 1 an hour before `now`); null for any other URL. */
export function quietEngagement(url: string, now: number): ScriptedAnswer | null {
  const nowUnix = Math.floor(now / 1000);
  if (url.startsWith('/api/v2/sessions')) return json({ sessions: [], meta: { has_more: false }, links: {} });
  if (url.startsWith('/api/v2/incremental/ticket_events'))
    return json({
      ticket_events: [{ id: 1, timestamp: nowUnix - 3600, updater_id: 1 }],
      end_time: nowUnix - 60,
      end_of_stream: true,
      next_page: null,
      count: 1,
    });
  return null;
}
