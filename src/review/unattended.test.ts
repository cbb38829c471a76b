/**
 * The daily unattended run against a fake account whose custom object records every admin
 * shares: who may run (admins, with daily_snapshot on, once a day), what it costs when it
 * is not due (one request), two admins racing (exactly one runs), a run closed mid-send
 * taken back by resending, a stale claim taken over, and a plan without custom objects.
 */
import { describe, expect, it } from 'vitest';
import { dailySnapshotId } from '../history/dailyId';
import { externalIdOf, fromWire, toFields } from '../history/record';
import { memoryStore, type KeyValueStore } from '../storage/store';
import { agentWire, quietEngagement } from '../test/account';
import { FakeZafClient, failure, json, type ScriptedAnswer } from '../test/fakeZafClient';
import { FakeRecords, slowClient } from '../test/historyStore';
import { connect, type Connection } from '../zaf/connect';
import { ZendeskGateway } from '../zaf/gateway';
import type { ZafClient } from '../zaf/sdk';
import { upsertDay } from '../zendesk/history';
import { LUMOS_UPLOAD_URL } from '../destinations/lumos';
import { runUnattended, UNATTENDED_SHARE, type UnattendedOptions } from './unattended';

const NOW = Date.parse('2026-11-23T06:10:00Z');
const TODAY = '2026-11-23';
const ENDPOINT = 'https://saas.example.com/snapshots';
const ON = { daily_snapshot: true, saas_endpoint: ENDPOINT, seat_price: '10' };

const agent = (id: number) => agentWire(id, NOW);

/** One Zendesk account and one SaaS receiver; each admin's browser gets its own client over them. */
function account() {
  const records = new FakeRecords(() => NOW);
  const received: { snapshot_id: string; part: number }[] = [];
  const lumos: { app_id: string; accounts: unknown[] }[] = [];
  let saas: () => ScriptedAnswer = () => json({ ok: true });
  const answer = (url: string, data: string | undefined): ScriptedAnswer => {
    if (url === ENDPOINT) {
      const reply = saas();
      if ('ok' in reply) received.push(JSON.parse(data ?? '{}') as { snapshot_id: string; part: number });
      return reply;
    }
    if (url === LUMOS_UPLOAD_URL) {
      lumos.push(JSON.parse(data ?? '{}') as { app_id: string; accounts: unknown[] });
      return json({ ok: true });
    }
    if (url.startsWith('/api/v2/users?')) return json({ users: [1, 2].map(agent), count: 2, next_page: null, previous_page: null });
    return quietEngagement(url, NOW) ?? failure(404);
  };
  const browser = (id: number, settings: Record<string, unknown> = ON, latencyMs = 0) => {
    const client = new FakeZafClient((o) => records.answer(o) ?? answer(o.url, o.data), { id, name: `Admin ${id}`, role: 'admin' });
    const zaf: ZafClient = latencyMs > 0 ? slowClient(client, latencyMs) : client;
    const connection: Connection = {
      kind: 'admin',
      user: { id, name: `Admin ${id}`, email: `a${id}@acme.test`, role: 'admin', locale: 'en' },
      gateway: new ZendeskGateway(zaf, { sleep: () => Promise.resolve(), random: () => 0, budget: null }),
      context: { product: 'support', location: 'background', account: { subdomain: 'acme' } },
      settings,
      installationId: 2,
    };
    return { id, client, connection, store: memoryStore() as KeyValueStore };
  };
  return {
    records,
    received,
    lumos,
    browser,
    saas: (next: () => ScriptedAnswer) => (saas = next),
    today: () => fromWire(records.records.find((r) => r.external_id === externalIdOf(TODAY))),
  };
}

let tokens = 0;
const run = (b: { connection: Connection; store: KeyValueStore }, extra: Partial<UnattendedOptions> = {}) =>
  runUnattended({
    connection: b.connection,
    store: b.store,
    clock: () => NOW,
    settleMs: 20,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    newToken: () => `t${++tokens}`,
    session: { flushMs: 0 },
    ...extra,
  });

const zendeskCalls = (client: FakeZafClient) => client.requests.filter((r) => r.url.startsWith('/api/'));

describe('the unattended run', () => {
  it('makes no request for an agent (the background page loads for everyone)', async () => {
    const client = new FakeZafClient(() => failure(500), { id: 5, name: 'Sam', email: 's@x', role: 'agent' });
    const pending = connect({ sdk: { init: () => client }, budgetShare: UNATTENDED_SHARE });
    client.register(ON, 'acme');
    expect(await runUnattended({ connection: await pending, store: memoryStore() })).toEqual({ code: 'not-admin' });
    expect(client.requests).toHaveLength(0);
  });

  it('makes no request while daily_snapshot is off', async () => {
    const acme = account();
    const off = acme.browser(7, { ...ON, daily_snapshot: false });
    expect(await run(off)).toEqual({ code: 'off' });
    const unset = acme.browser(7, { saas_endpoint: ENDPOINT });
    expect(await run(unset)).toEqual({ code: 'off' });
    expect(off.client.requests.length + unset.client.requests.length).toBe(0);
  });

  it('runs once: claims, reviews, records the figures and sends the snapshot under the day’s id', async () => {
    const acme = account();
    const ada = acme.browser(7);
    const outcome = await run(ada);
    const id = await dailySnapshotId('acme', TODAY);
    expect(outcome).toEqual({ code: 'ran', snapshot: 'sent', snapshotId: id, resumed: false, fallback: null, recorded: true });
    expect(acme.received.map((p) => p.snapshot_id)).toEqual([id]);
    expect(acme.today()).toMatchObject({
      figures: { seats: 2, paid: 2 },
      run: { kind: 'unattended', byId: 7 },
      snapshot: { id, result: 'sent', accepted: 1, parts: 1 },
      claim: { byId: 7 },
    });
    // The day is done, for this admin and any other: one read each, nothing more.
    for (const who of [ada, acme.browser(8)]) {
      const before = who.client.requests.length;
      expect(await run(who)).toEqual({ code: 'not-due', why: 'finished' });
      expect(who.client.requests.slice(before).map((r) => r.url)).toEqual([
        `/api/v2/custom_objects/seat_review_day/records?filter[external_ids]=${externalIdOf(TODAY)}`,
      ]);
    }
  });

  it('leaves a live claim to whoever holds it, with one request', async () => {
    const acme = account();
    const grace = acme.browser(8);
    await upsertDay(grace.connection.gateway, TODAY, toFields({ claim: { token: 'theirs', byId: 8, at: new Date(NOW - 60_000).toISOString() } }));
    const ada = acme.browser(7);
    expect(await run(ada)).toEqual({ code: 'not-due', why: 'taken' });
    expect(zendeskCalls(ada.client)).toHaveLength(1);
    // Past the lease, the claim is stale: Ada takes the day over.
    const later = await run(ada, { clock: () => NOW + 2 * 60 * 60 * 1000 });
    expect(later).toMatchObject({ code: 'ran', snapshot: 'sent' });
    expect(acme.today()?.claim).toMatchObject({ byId: 7 });
  });

  it('lets exactly one of two admins racing for the day run it', async () => {
    const acme = account();
    const ada = acme.browser(7, ON, 3);
    const grace = acme.browser(8, ON, 3);
    const outcomes = await Promise.all([run(ada), run(grace)]);
    expect(outcomes.map((o) => o.code).sort()).toEqual(['lost-race', 'ran']);
    expect(acme.received).toHaveLength(1);
    const winner = outcomes[0].code === 'ran' ? ada : grace;
    const loser = winner === ada ? grace : ada;
    expect(acme.today()).toMatchObject({ run: { byId: winner.id } });
    // The loser read, claimed and read again: three requests, no review.
    expect(zendeskCalls(loser.client).map((r) => r.type ?? 'GET')).toEqual(['GET', 'PATCH', 'GET']);
    expect(loser.client.requests.some((r) => r.url.startsWith('/api/v2/users'))).toBe(false);
  });

  it('takes back a run closed mid-send by resending its snapshot, not by reviewing again', async () => {
    const acme = account();
    acme.saas(() => ({ hang: true }));
    const ada = acme.browser(7);
    const closing = new AbortController();
    const first = run(ada, { signal: closing.signal });
    while (!ada.client.requests.some((r) => r.url === ENDPOINT)) await new Promise((resolve) => setTimeout(resolve, 2));
    closing.abort();
    expect(await first).toEqual({ code: 'stopped' });
    expect(acme.today()).toMatchObject({ figures: { paid: 2 }, snapshot: null, claim: { byId: 7 } });

    // Zendesk opened again a minute later in the same browser: the tab that ran is gone.
    acme.saas(() => json({ ok: true }));
    const again = acme.browser(7);
    const resumed = await run({ connection: again.connection, store: ada.store }, { clock: () => NOW + 60_000 });
    const id = await dailySnapshotId('acme', TODAY);
    expect(resumed).toMatchObject({ code: 'ran', snapshot: 'sent', resumed: true, snapshotId: id });
    expect(again.client.requests.some((r) => r.url.startsWith('/api/v2/users'))).toBe(false);
    expect(acme.received.map((p) => p.snapshot_id)).toEqual([id]);
    expect(acme.today()).toMatchObject({ snapshot: { id, result: 'sent' } });
  });

  it('while a tab of this browser runs the day, another tab leaves it alone', async () => {
    const acme = account();
    acme.saas(() => ({ hang: true }));
    const ada = acme.browser(7);
    void run(ada);
    while (!ada.client.requests.some((r) => r.url === ENDPOINT)) await new Promise((resolve) => setTimeout(resolve, 2));
    const tab = acme.browser(7);
    expect(await run({ connection: tab.connection, store: ada.store }, { clock: () => NOW + 5_000 })).toEqual({
      code: 'not-due',
      why: 'running-here',
    });
  });

  it('records a review without an endpoint as not configured, which finishes the day', async () => {
    const acme = account();
    const ada = acme.browser(7, { daily_snapshot: 'true' });
    expect(await run(ada)).toMatchObject({ code: 'ran', snapshot: 'not-configured' });
    expect(acme.received).toHaveLength(0);
    expect(await run(acme.browser(8))).toEqual({ code: 'not-due', why: 'finished' });
  });

  it('sends to the configured platform, with no endpoint set, and records it in one part', async () => {
    const acme = account();
    const ada = acme.browser(7, { daily_snapshot: true, saas_destination: 'lumos', saas_destination_id: 'app-1' });
    expect(await run(ada)).toMatchObject({ code: 'ran', snapshot: 'sent' });
    expect(acme.received).toHaveLength(0);
    expect(acme.lumos).toMatchObject([{ app_id: 'app-1', accounts: [{}, {}] }]);
    expect(acme.today()).toMatchObject({ snapshot: { result: 'sent', accepted: 1, parts: 1 } });
  });

  it('records a platform without its id as not configured', async () => {
    const acme = account();
    const ada = acme.browser(7, { daily_snapshot: true, saas_destination: 'zluri', saas_endpoint: ENDPOINT });
    expect(await run(ada)).toMatchObject({ code: 'ran', snapshot: 'not-configured' });
    expect(acme.received).toHaveLength(0);
  });

  it('on a plan without custom objects, runs at most once a day in each browser and says so', async () => {
    const acme = account();
    acme.records.mode = 'plan';
    const ada = acme.browser(7);
    expect(await run(ada)).toMatchObject({ code: 'ran', snapshot: 'sent', fallback: 'plan' });
    expect(await run(ada)).toEqual({ code: 'not-due', why: 'done-here' });
    expect(acme.received).toHaveLength(1);
  });

  it('does not run when Zendesk’s storage cannot be read: nobody could tell who runs', async () => {
    const acme = account();
    acme.records.mode = 'down';
    const ada = acme.browser(7);
    expect(await run(ada)).toMatchObject({ code: 'history-unavailable', failure: { code: 'gateway', status: 503 } });
    expect(ada.client.requests.some((r) => r.url.startsWith('/api/v2/users'))).toBe(false);
  });

  it('renews its claim while the review runs, and stops before the end is recorded', async () => {
    const acme = account();
    const slow = acme.browser(7, ON, 30);
    const outcome = await run(slow, { renewMs: 5 });
    expect(outcome).toMatchObject({ code: 'ran', snapshot: 'sent' });
    const claims = slow.client.requests.filter((r) => r.type === 'PATCH' && typeof r.data === 'string' && r.data.includes('"claim"'));
    // The claim, then at least one renewal with the same token.
    expect(claims.length, slow.client.requests.map((r) => `${r.type} ${r.url}`).join('\n')).toBeGreaterThan(1);
    const tokens = new Set(claims.map((r) => /"claim":"(\S+) /.exec(r.data as string)?.[1]));
    expect(tokens.size).toBe(1);
    // Nothing renewed after the snapshot was recorded: the day reads as finished.
    const last = slow.client.requests.findLastIndex((r) => r.type === 'PATCH' && typeof r.data === 'string' && r.data.includes('"claim"'));
    const snapshot = slow.client.requests.findLastIndex(
      (r) => r.type === 'PATCH' && typeof r.data === 'string' && r.data.includes('snapshot_result'),
    );
    expect(last).toBeLessThan(snapshot);
    expect(await run(acme.browser(8))).toEqual({ code: 'not-due', why: 'finished' });
  });

  it('reads only today’s record for the history, never the whole list (the background page has no screen)', async () => {
    const acme = account();
    const ada = acme.browser(7);
    expect(await run(ada)).toMatchObject({ code: 'ran', snapshot: 'sent' });
    const reads = zendeskCalls(ada.client).filter((r) => (r.type ?? 'GET') === 'GET' && r.url.includes('/custom_objects/'));
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.url.includes('filter[external_ids]='))).toBe(true);
  });
});
