import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from '../standin/server';
import { memoryStore } from '../src/storage/store';
import { ZendeskGateway } from '../src/zaf/gateway';
import type { Seat } from '../src/seats/seat';
import { loadEngagement } from '../src/zendesk/engagement';
import { storeCache } from '../src/zendesk/interactionCache';
import { loadRoster, newRosterCheckpoint } from '../src/zendesk/loadRoster';
import { countOpenTickets } from '../src/release/preview';
import { runRoleChanges } from '../src/release/run';
import { JobSlots, UpdateUserLimit } from '../src/zaf/writeLimits';
import { fewestRosterPages } from './scenarios';
import { loggedRequests } from './support';
import { createNodeZafClient } from './zafNode';

/**
 * Request budgets, enforced in `npm test` because they do not depend on timing: the
 * app's own data layer against the stand-in, counting what it asks Zendesk for.
 */
const SEATS = 250;
let standin: Standin;
/** Enterprise with a custom role on every agent: the roster's split by role. */
let enterprise: Standin;

beforeAll(async () => {
  standin = await startStandin({ zendeskPort: 0, appPort: 0, account: { seats: SEATS, endUsers: 2000, ticketEvents: 3000 } });
  enterprise = await startStandin({
    zendeskPort: 0,
    appPort: 0,
    account: { seats: 1200, endUsers: 500, ticketEvents: 0, agentRoles: 'every-agent' },
  });
});
afterAll(async () => {
  await standin.close();
  await enterprise.close();
});

async function roster(gateway: ZendeskGateway, offsetCap?: number): Promise<Seat[]> {
  const into = new Map<number, Seat>();
  await loadRoster(gateway, { into, checkpoint: newRosterCheckpoint(), ...(offsetCap === undefined ? {} : { offsetCap }) });
  return [...into.values()];
}

describe('request budgets', () => {
  it('lists the roster in ceil(seats / 100) requests in all, never paging end users', async () => {
    const client = createNodeZafClient(standin.zendeskUrl);
    const seats = await roster(new ZendeskGateway(client));
    expect(seats).toHaveLength(SEATS);
    expect(client.requests).toBe(Math.ceil(SEATS / 100));
  });

  it('beyond the offset cap, reads ceil(n / 100) pages per disjoint query, plus the first page and two counts', async () => {
    const client = createNodeZafClient(enterprise.zendeskUrl);
    const before = (await loggedRequests(enterprise)).length;
    const seats = await roster(new ZendeskGateway(client), 500);
    expect(seats).toHaveLength(1200);
    const log = (await loggedRequests(enterprise)).slice(before);
    const pages = log.filter((r) => r.path === '/api/v2/users').length;
    expect(log.some((r) => r.query.includes('permission_set'))).toBe(true);
    expect(pages).toBe(fewestRosterPages(log, enterprise.api.account().users));
    expect(client.requests).toBe(pages + 2);
  });

  it('a repeat review a day later asks the ticket event export once, reusing the kept counts', async () => {
    const store = memoryStore();
    const now = standin.api.account().now.getTime();
    const review = async (at: number) => {
      const client = createNodeZafClient(standin.zendeskUrl);
      const gateway = new ZendeskGateway(client);
      const seats = await roster(gateway);
      const before = client.requests;
      const phase = await loadEngagement(gateway, seats, {
        idleDays: 30,
        now: at,
        cache: storeCache(store, 'acme-demo', () => at),
      });
      const asked = client.paths.slice(client.paths.length - (client.requests - before));
      const sessionsRequests = asked.filter((p) => p.startsWith('/api/v2/sessions')).length;
      return { phase, sessionsRequests, engagementRequests: client.requests - before, total: client.requests };
    };
    const first = await review(now);
    expect(first.phase.kind).toBe('done');
    const later = await review(now + 86_400_000);
    expect(later.phase).toMatchObject({ kind: 'done', plan: { strategy: 'ticket-events' } });
    // Sessions are read again (they are live: as many pages as the first time); the export is resumed with one request.
    const exportRequests = (r: { engagementRequests: number }, sessions: number) => r.engagementRequests - sessions;
    const sessionsPages = first.sessionsRequests;
    expect(sessionsPages).toBeGreaterThan(0);
    expect(later.sessionsRequests).toBe(sessionsPages);
    expect(exportRequests(later, later.sessionsRequests)).toBe(1);
    expect(exportRequests(first, sessionsPages)).toBeGreaterThan(1);
    expect(later.engagementRequests).toBeLessThan(first.engagementRequests);
  });

  it('releases 250 seats with three update_many jobs and no one-seat writes; one open-ticket count a seat in the preview', async () => {
    const client = createNodeZafClient(enterprise.zendeskUrl);
    const gateway = new ZendeskGateway(client);
    const account = enterprise.api.account();
    const ids = account.users
      .filter((u) => u.role === 'agent' && u.id !== account.ownerId)
      .slice(0, 250)
      .map((u) => u.id);
    const before = (await loggedRequests(enterprise)).length;
    // The preview's counts are paced at half the plan: 20 of them keep this test short.
    const counts = await countOpenTickets(gateway, ids.slice(0, 20));
    expect(counts.size).toBe(20);
    const limits = { user: new UpdateUserLimit(), jobs: new JobSlots() };
    const outcomes = await runRoleChanges(
      gateway,
      ids.map((id) => ({ id, role: 'end-user', customRoleId: null })),
      { limits, pollDelaysMs: [100] },
    );
    expect([...outcomes.values()].every((o) => o.code === 'done')).toBe(true);
    const log = (await loggedRequests(enterprise)).slice(before);
    expect(log.filter((r) => r.path === '/api/v2/search/count')).toHaveLength(20);
    const puts = log.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual(Array.from({ length: 3 }, () => '/api/v2/users/update_many'));
    // Every job is read at least once after it was sent.
    expect(log.filter((r) => r.path.startsWith('/api/v2/job_statuses/')).length).toBeGreaterThanOrEqual(3);
  }, 30_000);
});
