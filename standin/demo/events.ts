/**
 * The ticket update events of a demo account over the last 90 days, in the shape of
 * Zendesk's incremental ticket event export (`GET /api/v2/incremental/ticket_events`
 * with `include=comment_events`): one "Audit" per ticket update with its child events
 * (comments, field changes, creation values). Sorted by timestamp, then id.
 *
 * Who updates: agents by activity kind (see ./activity.ts), requesters (new tickets and
 * replies), and the system (updater_id -1: automations, and chat transcripts or API
 * posts whose comment is authored by an agent). Field changes are plausible, not a
 * tracked ticket state.
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';
import type { ActivityKind } from './activity';
import type { Rng } from './prng';
import {
  MESSAGES,
  NOTES,
  REPLIES,
  TRANSITIONS,
  VIA,
  type ChildEvent,
  type CommentEvent,
  type FieldEvent,
  type TicketEvent,
  type Via,
} from './eventShapes';

export type { ChildEvent, CommentEvent, FieldEvent, TicketEvent, Via } from './eventShapes';

export const HISTORY_DAYS = 90;
const DAY_S = 86_400;
/** Interactions per 30 days by kind; busy agents take whatever volume is asked for beyond these. */
const RATE_30D: Partial<Record<ActivityKind, number>> = { quiet: 4, light: 6, idle: 8, suspended: 8 };
const SHARE = { agents: 0.65, creations: 0.17, replies: 0.1, rules: 0.08 };
const ORDER = 2 ** 24; // events per account below this (packed sort key)

const enum Code {
  Create,
  AgentUpdate,
  ForRequester,
  LightNote,
  ChatTranscript,
  ApiPost,
  Reply,
  Rule,
}

export interface EventsInput {
  rng: Rng;
  nowMs: number;
  seats: ZendeskUserWire[];
  kinds: Map<number, ActivityKind>;
  users: ZendeskUserWire[];
  ownerId: number;
  /** Approximate number of events in the last 30 days. */
  target: number;
}

const seconds = (iso: string | null | undefined): number | null => (iso ? Math.floor(Date.parse(iso) / 1000) : null);

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function generateTicketEvents(input: EventsInput): TicketEvent[] {
  const { rng, seats, kinds, target } = input;
  if (target <= 0) return [];
  const now = Math.floor(input.nowMs / 1000) - 1;
  const start = now - HISTORY_DAYS * DAY_S;
  const last30 = now - 30 * DAY_S;

  // Tickets: created evenly from two weeks before the window on, ids in creation order.
  const nCreated = Math.round(SHARE.creations * target * 3);
  const nTickets = nCreated + Math.round((nCreated * 14) / HISTORY_DAYS);
  const ticketCreated = new Float64Array(nTickets);
  const requesters = input.users.filter((u) => u.role === 'end-user').map((u) => u.id);
  if (requesters.length === 0) requesters.push(input.ownerId);
  const ticketRequester: number[] = [];
  const spanStart = start - 14 * DAY_S;
  for (let i = 0; i < nTickets; i++) {
    ticketCreated[i] = spanStart + Math.floor(((i + rng.next()) * (now - spanStart)) / nTickets);
    ticketRequester.push(rng.pick(requesters));
  }
  const firstTicketId = rng.int(20_000, 90_000);
  const pickTicket = (t: number): number => {
    const hi = lowerBound(ticketCreated, t) - 1;
    if (hi < 0) return -1;
    const lo = Math.min(hi, lowerBound(ticketCreated, t - 10 * DAY_S));
    return lo + Math.floor(rng.next() * (hi - lo + 1));
  };

  const ts: number[] = [];
  const codes: Code[] = [];
  const actors: number[] = [];
  const tickets: number[] = [];
  const push = (t: number, code: Code, actor: number, ticket: number): void => {
    if (ticket < 0) return;
    ts.push(t);
    codes.push(code);
    actors.push(actor);
    tickets.push(ticket);
  };
  // Uniform in [from, to], mostly on weekdays.
  const when = (from: number, to: number): number => {
    let t = from + Math.floor(rng.next() * (to - from + 1));
    const weekday = (Math.floor(t / DAY_S) + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    if ((weekday === 0 || weekday === 6) && rng.chance(0.7)) t = from + Math.floor(rng.next() * (to - from + 1));
    return t;
  };

  // Agents: each within the window its kind and sign-in history allow.
  const windows: { user: ZendeskUserWire; kind: ActivityKind; from: number; to: number }[] = [];
  let fixed30 = 0;
  let busyDays30 = 0;
  for (const user of seats) {
    const kind = kinds.get(user.id);
    const login = seconds(user.last_login_at);
    if (kind === undefined || login === null) continue;
    const from = Math.max(start, seconds(user.created_at) ?? start);
    const to =
      kind === 'busy'
        ? now
        : kind === 'quiet' || kind === 'light'
          ? Math.min(now, login + 14 * DAY_S)
          : kind === 'idle'
            ? login
            : kind === 'suspended'
              ? Math.min(login, last30 - DAY_S)
              : -1; // api-only: never
    if (to <= from) continue;
    windows.push({ user, kind, from, to });
    const days30 = Math.max(0, to - Math.max(from, last30)) / DAY_S;
    if (kind === 'busy') busyDays30 += days30;
    else fixed30 += ((RATE_30D[kind] ?? 0) * days30) / 30;
  }
  // When few events are asked of many seats, everyone slows down alike.
  const agentTarget = SHARE.agents * target;
  const slow = fixed30 > agentTarget ? agentTarget / fixed30 : 1;
  const busyRate = busyDays30 > 0 ? Math.max(0, (agentTarget - fixed30 * slow) / (busyDays30 / 30)) : 0;
  for (const { user, kind, from, to } of windows) {
    const rate = kind === 'busy' ? busyRate : (RATE_30D[kind] ?? 0) * slow;
    const n = Math.floor((rate * (to - from)) / (30 * DAY_S) + rng.next());
    const chat = user.role_type === 2;
    for (let i = 0; i < n; i++) {
      const t = when(from, to);
      const r = rng.next();
      const code =
        kind === 'light'
          ? Code.LightNote
          : chat
            ? r < 0.7
              ? Code.ChatTranscript
              : Code.AgentUpdate
            : r < 0.04
              ? Code.ApiPost
              : r < 0.07
                ? Code.ForRequester
                : Code.AgentUpdate;
      push(t, code, user.id, pickTicket(t));
    }
  }
  // Requesters open tickets and reply; automations close solved ones.
  for (let i = 0; i < nTickets; i++) {
    const t = ticketCreated[i] as number;
    if (t >= start) push(t, Code.Create, ticketRequester[i] as number, i);
  }
  for (let i = Math.round(SHARE.replies * target * 3); i > 0; i--) {
    const t = when(start, now);
    const ticket = pickTicket(t);
    push(t, Code.Reply, ticket < 0 ? 0 : (ticketRequester[ticket] as number), ticket);
  }
  for (let i = Math.round(SHARE.rules * target * 3); i > 0; i--) {
    const t = when(start, now);
    push(t, Code.Rule, -1, pickTicket(t));
  }

  if (ts.length >= ORDER) throw new RangeError('too many ticket events');
  const base = spanStart;
  const keys = new Float64Array(ts.length);
  for (let i = 0; i < ts.length; i++) keys[i] = ((ts[i] as number) - base) * ORDER + i;
  keys.sort();

  const events = new Array<TicketEvent>(ts.length);
  let id = 900_000_000_000 + rng.int(1000, 900_000);
  const change = (field: string, previous: string | null, value: string | null): FieldEvent => ({
    id: ++id,
    event_type: 'Change',
    field_name: field,
    previous_value: previous,
    value,
  });
  const create = (field: string, value: string): FieldEvent => ({ id: ++id, event_type: 'Create', field_name: field, value });
  const comment = (author: number, body: string, isPublic: boolean): CommentEvent => ({
    id: ++id,
    event_type: 'Comment',
    author_id: author,
    body,
    public: isPublic,
  });
  const status = (): FieldEvent => {
    const [from, to] = rng.pick(TRANSITIONS);
    return change('status', from, to);
  };
  for (let k = 0; k < keys.length; k++) {
    const i = (keys[k] as number) % ORDER;
    const t = ts[i] as number;
    const actor = actors[i] as number;
    const ticket = tickets[i] as number;
    const requester = ticketRequester[ticket] as number;
    id += rng.int(2, 40);
    const eventId = id;
    const children: ChildEvent[] = [];
    let updater = actor;
    let v: Via;
    switch (codes[i] as Code) {
      case Code.Create:
        v = rng.chance(0.6) ? VIA.email : VIA.web;
        children.push(comment(actor, rng.pick(MESSAGES), true), create('status', 'new'));
        break;
      case Code.AgentUpdate: {
        const r = rng.next();
        v = r < 0.85 ? VIA.web : r < 0.9 ? VIA.mobile : VIA.email;
        const hasComment = rng.chance(0.9);
        if (hasComment) children.push(comment(actor, rng.pick(REPLIES), rng.chance(0.75)));
        if (!hasComment || rng.chance(0.5)) children.push(status());
        if (rng.chance(0.12)) children.push(change('assignee_id', null, String(actor)));
        break;
      }
      case Code.ForRequester: // an agent logs what the requester said on the phone
        v = VIA.web;
        children.push(comment(requester, rng.pick(MESSAGES), true), status());
        break;
      case Code.LightNote:
        v = VIA.web;
        children.push(comment(actor, rng.pick(NOTES), false));
        break;
      case Code.ChatTranscript:
      case Code.ApiPost:
        updater = -1;
        v = codes[i] === Code.ChatTranscript ? VIA.chat : VIA.api;
        children.push(comment(actor, codes[i] === Code.ChatTranscript ? 'Chat transcript' : rng.pick(REPLIES), true));
        break;
      case Code.Reply:
        v = VIA.email;
        children.push(comment(actor, rng.pick(MESSAGES), true));
        if (rng.chance(0.6)) children.push(change('status', 'pending', 'open'));
        break;
      case Code.Rule:
        v = VIA.rule;
        children.push(change('status', 'solved', 'closed'));
        break;
    }
    events[k] = {
      id: eventId,
      ticket_id: firstTicketId + ticket,
      timestamp: t,
      updater_id: updater,
      via: v,
      event_type: 'Audit',
      child_events: children,
    };
  }
  return events;
}
