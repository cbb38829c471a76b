import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from '../standin/server';
import { memoryStore } from '../src/storage/store';
import { ZendeskGateway } from '../src/zaf/gateway';
import type { Seat } from '../src/seats/seat';
import { loadEngagement } from '../src/zendesk/engagement';
import { storeCache } from '../src/zendesk/interactionCache';
import { rosterPages } from '../src/zendesk/roster';
import { createNodeZafClient } from './zafNode';

/**
 * Request budgets, enforced in `npm test` because they do not depend on timing: the
 * app's own data layer against the stand-in, counting what it asks Zendesk for.
 */
const SEATS = 250;
let standin: Standin;

beforeAll(async () => {
  standin = await startStandin({ zendeskPort: 0, appPort: 0, account: { seats: SEATS, endUsers: 2000, ticketEvents: 3000 } });
});
afterAll(() => standin.close());

async function roster(gateway: ZendeskGateway): Promise<Seat[]> {
  const seats: Seat[] = [];
  for await (const page of rosterPages(gateway)) seats.push(...page.seats);
  return seats;
}

describe('request budgets', () => {
  it('lists the roster in ceil(seats / 100) requests, never paging end users', async () => {
    const client = createNodeZafClient(standin.zendeskUrl);
    const seats = await roster(new ZendeskGateway(client));
    expect(seats).toHaveLength(SEATS);
    expect(client.requests).toBe(Math.ceil(SEATS / 100));
  });

  it('a repeat review a day later asks the ticket event export once, reusing the kept counts', async () => {
    const store = memoryStore();
    const now = standin.api.account().now.getTime();
    const review = async (at: number) => {
      const client = createNodeZafClient(standin.zendeskUrl);
      const gateway = new ZendeskGateway(client);
      const seats = await roster(gateway);
      const before = client.requests;
      let sessionsRequests = 0;
      const phase = await loadEngagement(gateway, seats, {
        idleDays: 30,
        now: at,
        rateLimit: 700,
        cache: storeCache(store, 'acme-demo', () => at),
        // Sessions are read before the export is probed.
        onPhase: (p) => {
          if (p.kind === 'probing') sessionsRequests = client.requests - before;
        },
      });
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
});
