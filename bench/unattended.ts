/**
 * The daily unattended review, measured: the background page's own code (runUnattended)
 * against the stand-in's Zendesk with the app installed (its custom object from
 * requirements.json) and the SaaS receiver, at the low share of the plan it runs at. Then
 * the same admin's next page load that day, which must find the day done.
 */
import type { LoggedRequest } from '../standin/api';
import { runUnattended, UNATTENDED_SHARE, SETTLE_MS, type UnattendedOutcome } from '../src/review/unattended';
import { memoryStore } from '../src/storage/store';
import { ZendeskGateway } from '../src/zaf/gateway';
import { accountOriginsFor } from '../src/zaf/paging';
import type { Connection } from '../src/zaf/connect';
import { EXPORT_PER_MINUTE } from '../src/zendesk/engagement';
import { configFor, rosterStreams, timed, withStandin, type Row, type Settings } from './scenarios';
import { floorOf, freshWindow, loggedRequests } from './support';
import { createNodeZafClient } from './zafNode';

const ok = (r: LoggedRequest): boolean => r.status >= 200 && r.status < 300;
const at = (log: LoggedRequest[], prefix: string): LoggedRequest[] => log.filter((r) => r.path.startsWith(prefix));

export async function unattendedScenario(s: Settings, seats: number): Promise<Row[]> {
  const config = configFor(s, { seats, endUsers: 5000 });
  return withStandin(config, async (standin) => {
    const account = standin.api.account();
    const owner = account.users.find((u) => u.id === account.ownerId);
    const client = createNodeZafClient(standin.zendeskUrl, account.subdomain);
    // As connect() builds it for the background page: the plan budget at the unattended share.
    const gateway = new ZendeskGateway(client, {
      budget: { minuteMs: s.minuteMs, share: UNATTENDED_SHARE },
      accountOrigins: accountOriginsFor(client.subdomain, client.origin),
    });
    const connection: Connection = {
      kind: 'admin',
      user: { id: account.ownerId, name: owner?.name ?? 'Owner', email: owner?.email ?? '', role: 'admin', locale: 'en-US' },
      gateway,
      context: { product: 'support', location: 'background', account: { subdomain: account.subdomain } },
      settings: { daily_snapshot: true, saas_endpoint: standin.saas.ingestUrl, idle_days: s.idleDays, grace_days: 14, seat_price: 55 },
      installationId: 1,
    };
    const store = memoryStore();
    const run = (): Promise<UnattendedOutcome> =>
      runUnattended({ connection, store, session: { engagement: { minuteMs: s.minuteMs, cache: null } } });

    await freshWindow(standin, config);
    const first = await timed(run);
    if (first.value.code !== 'ran') throw new Error(`the unattended run ended "${first.value.code}"`);
    const log = await loggedRequests(standin);
    const perMinute = Math.max(1, Math.floor(s.rateLimit * UNATTENDED_SHARE));
    const parts = standin.saas.accepted().length;
    const floor = floorOf({
      streams: [...rosterStreams(log), at(log, '/api/v2/sessions').filter(ok).length, at(log, '/api/v2/incremental/').filter(ok).length],
      latencyMs: s.latencyMs,
      budgets: [
        { requests: log.length, perMinute },
        { requests: at(log, '/api/v2/incremental/').length, perMinute: EXPORT_PER_MINUTE, sequential: true },
      ],
      minuteMs: s.minuteMs,
    });
    const records = at(log, '/api/v2/custom_objects/');
    const rows: Row[] = [
      {
        scenario: `unattended review, ${seats.toLocaleString('en')} seats`,
        requests: log.length + parts,
        wallMs: first.ms,
        // The claim's settle wait is the app's own (a race between admins), not a Zendesk limit: on top of the floor.
        floor: { ...floor, floorMs: floor.floorMs + SETTLE_MS },
        notes: [
          `${log.length} Zendesk requests at ${perMinute}/min (${UNATTENDED_SHARE * 100}% of the plan): roster ${at(log, '/api/v2/users').length}, sessions ${at(log, '/api/v2/sessions').length}, ticket events ${at(log, '/api/v2/incremental/').length}, history ${records.length} (${records.map((r) => r.method).join(', ')}: the day read, claimed and read back, read again for the history, the figures, the snapshot); ${parts} snapshot parts to SaaS Management; the floor includes the claim's ${SETTLE_MS / 1000} s settle wait`,
        ],
        facts: { unattended: 1, seats },
      },
    ];

    // The same admin's next page load that day.
    await freshWindow(standin, config);
    const again = await timed(run);
    const second = await loggedRequests(standin);
    rows.push({
      scenario: 'not-due admin page load (same day)',
      requests: second.length,
      wallMs: again.ms,
      floor: { sequentialMs: s.latencyMs, rateMs: 0, floorMs: s.latencyMs },
      notes: [`ended "${again.value.code}"; requests: ${second.map((r) => `${r.method} ${r.path}`).join(', ')}`],
      facts: { notDue: 1, requests: second.length },
    });
    return rows;
  });
}
