import { describe, expect, it } from 'vitest';
import { FakeZafClient, failure, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { ZendeskGateway } from '../zaf/gateway';
import type { Seat } from '../seats/seat';
import { makeSeat } from '../test/seats';
import { loadEngagement, windowStart, type EngagementPhase } from './engagement';
import type { Failure } from './failure';

/** A review always finishes: a stalled export or a looping sessions feed end it, and Cancel is immediate. */
const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const NOW_UNIX = NOW / 1000;
const SINCE = windowStart(NOW, 30);
/** Fewer than the export gate lets through a minute (10): a looping export fails fast instead of pacing. */
const RUNAWAY = 8;

const seat = (id: number): Seat => makeSeat({ id, name: `U${id}`, email: `u${id}@x.test`, createdAt: 0, lastLoginAt: NOW, role: 'agent' });

const noSessions = json({ sessions: [], meta: { has_more: false }, links: {} });
const finalExport = json({ ticket_events: [], end_time: NOW_UNIX - 60, end_of_stream: true, next_page: null, count: 0 });

/** Always by the export: with one seat, search would be cheaper and the export never followed. */
function run(answer: (url: string) => ScriptedAnswer, extra: { signal?: AbortSignal; onSessionsError?: (f: Failure) => void } = {}) {
  let asked = 0;
  const client = new FakeZafClient((o) => (asked++ >= RUNAWAY ? failure(404) : answer(o.url)));
  const gateway = new ZendeskGateway(client, { sleep: () => Promise.resolve() });
  const phases: EngagementPhase[] = [];
  const done = loadEngagement(gateway, [seat(1)], {
    idleDays: 30,
    now: NOW,
    rateLimit: 700,
    force: 'ticket-events',
    onPhase: (p) => phases.push(p),
    ...extra,
  });
  return { client, done, phases, count: (prefix: string) => client.requests.filter((r) => r.url.startsWith(prefix)).length };
}

describe('loadEngagement always ends', () => {
  it('an export whose end_time stands still ends the phase as failed, saying so', async () => {
    let n = 0;
    const { done, count } = run((url) =>
      url.startsWith('/api/v2/sessions')
        ? noSessions
        : json({
            ticket_events: [],
            end_time: SINCE + 10,
            end_of_stream: false,
            next_page: `https://x.zendesk.com/api/v2/incremental/ticket_events?start_time=${SINCE + 10}&include=comment_events&n=${n++}`,
            count: 0,
          }),
    );
    const last = await done;
    expect(last.kind).toBe('failed');
    expect(last.kind === 'failed' && last.error).toMatchObject({
      code: 'paging',
      paging: 'stalled-export',
      stream: '/api/v2/incremental/ticket_events',
    });
    expect(count('/api/v2/incremental/')).toBe(2);
  });

  it('a sessions feed linking to itself is reported through onSessionsError, and the review finishes', async () => {
    const errors: Failure[] = [];
    const { done, count } = run(
      (url) =>
        url.startsWith('/api/v2/sessions')
          ? json({ sessions: [], meta: { has_more: true }, links: { next: 'https://x.zendesk.com/api/v2/sessions?page%5Bsize%5D=100' } })
          : finalExport,
      { onSessionsError: (m) => errors.push(m) },
    );
    await expect(done).resolves.toMatchObject({ kind: 'done' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'paging', paging: 'repeated-page', stream: '/api/v2/sessions' });
    expect(count('/api/v2/sessions')).toBe(1);
  });

  it('Cancel during a request that never answers ends the review as cancelled within a second', async () => {
    const controller = new AbortController();
    const { done, phases } = run((url) => (url.startsWith('/api/v2/sessions') ? noSessions : { hang: true }), { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const settled = await Promise.race([done, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 1000))]);
    expect(settled).toMatchObject({ kind: 'cancelled' });
    expect(phases.at(-1)).toMatchObject({ kind: 'cancelled' });
  });
});
