import { describe, expect, it } from 'vitest';
import { memoryStore } from '../storage/store';
import { daysAgo, row } from '../test/seats';
import { failure, fakeGateway, FakeZafClient, json, type ScriptedAnswer } from '../test/fakeZafClient';
import type { ZafRequestOptions } from '../zaf/sdk';
import type { Seat } from '../seats/seat';
import { createReleaseDesk, type ReleaseDesk } from './releases';

const LIGHT_ROLE = { id: 77, name: 'Light agent', role_type: 1 };

function account(options: { customRoles?: 'light' | 'none' | 'forbidden'; openTickets?: Record<number, number> } = {}) {
  return new FakeZafClient((req: ZafRequestOptions): ScriptedAnswer => {
    const path = req.url.split('?')[0] ?? '';
    if (path === '/api/v2/custom_roles') {
      if (options.customRoles === 'forbidden') return failure(403, {}, { error: 'Forbidden' });
      return json({ custom_roles: options.customRoles === 'none' ? [{ id: 5, name: 'Staff', role_type: 0 }] : [LIGHT_ROLE] });
    }
    if (path === '/api/v2/search/count') {
      const id = Number(/assignee:(\d+)/.exec(decodeURIComponent(req.url))?.[1]);
      return json({ count: options.openTickets?.[id] ?? 0 });
    }
    const user = /^\/api\/v2\/users\/(\d+)$/.exec(path);
    if (req.type === 'PUT' && user) {
      const body = JSON.parse(req.data ?? '{}') as { user: Record<string, unknown> };
      return json({ user: { id: Number(user[1]), name: 'Seat', email: 's@example.com', ...body.user } });
    }
    return failure(404);
  });
}

const idleSeat = (id: number, overrides: Partial<Seat> = {}) => row({ id, name: `Seat ${id}`, lastLoginAt: daysAgo(90), ...overrides });

function desk(client: FakeZafClient, rows = [idleSeat(1), idleSeat(2)]) {
  const applied: { updated: Seat[]; removed: number[] }[] = [];
  const store = memoryStore();
  let n = 0;
  const d = createReleaseDesk({
    gateway: fakeGateway(client, { budget: null }),
    rows: () => rows,
    apply: (updated, removed) => applied.push({ updated: [...updated], removed: [...removed] }),
    store,
    storeKey: 'releases',
    newId: () => `report-${++n}`,
    clock: () => 1_000,
    run: { pollDelaysMs: [0], fullWaitMs: 0, sleep: () => Promise.resolve() },
  });
  return { desk: d, applied, store };
}

/** Resolves when the desk's state passes the check. */
function until(d: ReleaseDesk, check: (s: ReturnType<ReleaseDesk['getState']>) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check(d.getState())) {
      resolve();
      return;
    }
    const stop = d.subscribe(() => {
      if (check(d.getState())) {
        stop();
        resolve();
      }
    });
  });
}

describe('release preview', () => {
  it("reads the Light agent role and each seat's open tickets, and writes nothing", async () => {
    const client = account({ openTickets: { 1: 3, 2: 0 } });
    const { desk: d } = desk(client);
    d.openPreview([1, 2]);
    await until(d, (s) => s.preview?.counting === 'done' && s.preview.roles === 'read');
    const preview = d.getState().preview;
    expect(preview?.lightAgentRole).toEqual({ id: 77, name: 'Light agent' });
    expect([...(preview?.openTickets ?? [])]).toEqual([
      [1, 3],
      [2, 0],
    ]);
    expect(decodeURIComponent(client.requests[1]?.url ?? '')).toBe('/api/v2/search/count?query=type:ticket assignee:1 status<solved');
    expect(client.requests.every((r) => (r.type ?? 'GET') === 'GET')).toBe(true);
  });

  it('offers no light agent target without a Light agent role, or on a plan without custom roles', async () => {
    for (const customRoles of ['none', 'forbidden'] as const) {
      const { desk: d } = desk(account({ customRoles }));
      d.openPreview([1]);
      await until(d, (s) => s.preview?.roles === 'read');
      expect(d.getState().preview?.lightAgentRole).toBeNull();
    }
  });
});

describe('release and restore', () => {
  it('releases the previewed seats, removes end users from the review, keeps the report, and Restore puts one back', async () => {
    const client = account();
    const { desk: d, applied, store } = desk(client);
    d.openPreview([1]);
    await until(d, (s) => s.preview?.counting === 'done');
    d.release({ kind: 'end-user' });
    await until(d, (s) => s.run === null && s.reports[0]?.finishedAt !== null);
    const report = d.getState().reports[0];
    expect(report?.seats.map((s) => [s.id, s.outcome])).toEqual([[1, { code: 'done' }]]);
    expect(applied).toEqual([{ updated: [], removed: [1] }]);
    expect(JSON.parse(store.getItem('releases') ?? '[]')).toHaveLength(1);

    d.restore('report-1', [1]);
    await until(d, (s) => s.run === null && s.reports[0]?.seats[0]?.restore !== null);
    const put = client.requests.filter((r) => r.type === 'PUT').map((r) => JSON.parse(r.data ?? '') as unknown);
    expect(put).toEqual([{ user: { role: 'end-user' } }, { user: { role: 'agent', custom_role_id: null } }]);
    expect(applied[1]?.updated.map((s) => [s.id, s.role])).toEqual([[1, 'agent']]);
    expect(d.getState().reports[0]?.seats[0]?.restore).toEqual({ code: 'done' });
  });

  it('to light agent: the seat stays in the review as a light agent (no paid seat)', async () => {
    const { desk: d, applied } = desk(account());
    d.openPreview([2]);
    await until(d, (s) => s.preview?.roles === 'read');
    d.release({ kind: 'light-agent', roleId: 77, roleName: 'Light agent' });
    await until(d, (s) => s.run === null && s.reports[0]?.finishedAt !== null);
    expect(applied[0]?.removed).toEqual([]);
    expect(applied[0]?.updated[0]).toMatchObject({ id: 2, role: 'agent', customRoleId: 77 });
  });

  it('a report survives the app: the next review reads it back', async () => {
    const { desk: d, store } = desk(account());
    d.openPreview([1]);
    d.release({ kind: 'end-user' });
    await until(d, (s) => s.run === null && s.reports[0]?.finishedAt !== null);
    const again = createReleaseDesk({
      gateway: fakeGateway(account(), { budget: null }),
      rows: () => [],
      apply: () => undefined,
      store,
      storeKey: 'releases',
      newId: () => 'x',
      clock: () => 0,
    });
    expect(again.getState().reports.map((r) => r.id)).toEqual(['report-1']);
  });
});
