/**
 * Releasing seats, measured: the app's own preview reads (the Light agent role, one open
 * ticket count a seat) and its writes (runRoleChanges: update_many jobs of 100, the job
 * limit, the update-user limit, job status reads) against the stand-in's Zendesk, each
 * beside the floor Zendesk's limits set.
 */
import type { LoggedRequest } from '../standin/api';
import { countOpenTickets, readLightAgentRole } from '../src/release/preview';
import { runRoleChanges } from '../src/release/run';
import { JobSlots, UpdateUserLimit } from '../src/zaf/writeLimits';
import { UPDATE_MANY_MAX, type RoleChange } from '../src/zendesk/roleChanges';
import { SEARCH_SHARE } from '../src/zendesk/engagement';
import { searchPerMinute } from '../src/zendesk/strategy';
import { gatewayFor } from './app';
import { configFor, timed, withStandin, type Row, type Settings } from './scenarios';
import { control, freshWindow, loggedRequests, rateFloorMs } from './support';
import { createNodeZafClient } from './zafNode';

/** The stand-in's job timing (its defaults, set here so the floor names them). */
const JOB_QUEUED_MS = 200;
const JOB_MS_PER_USER = 10;

const at = (log: LoggedRequest[], prefix: string, method = 'GET'): LoggedRequest[] =>
  log.filter((r) => r.method === method && r.path.startsWith(prefix));

/**
 * 1,000 seats released to end users. The floor: every job needs its update_many and at least
 * one read of its status once done (2 requests a job); jobs run at most `jobsInFlight` at a
 * time, and a slot is known free only from a read, so each wave costs a latency to send, the
 * job's own time in Zendesk and a latency to read it.
 */
export async function releaseScenario(s: Settings, seats: number, jobsInFlight: number): Promise<Row[]> {
  const config = configFor(s, { seats: Math.ceil(seats * 1.2) + 10, endUsers: 500, ticketEvents: 0 });
  return withStandin(config, async (standin) => {
    const account = standin.api.account();
    const ids = account.users
      .filter((u) => u.role === 'agent' && u.id !== account.ownerId)
      .slice(0, seats)
      .map((u) => u.id);
    if (ids.length < seats) throw new Error(`the demo has only ${ids.length} agents for ${seats} seats`);
    const client = createNodeZafClient(standin.zendeskUrl);
    const gateway = gatewayFor(client, s.minuteMs);
    const rows: Row[] = [];

    // The preview: read only, paced at the share of the plan searches use.
    await freshWindow(standin, config);
    const preview = await timed(async () => {
      await readLightAgentRole(gateway);
      return countOpenTickets(gateway, ids, { minuteMs: s.minuteMs });
    });
    const previewLog = await loggedRequests(standin);
    const perMinute = searchPerMinute(s.rateLimit, SEARCH_SHARE);
    const planFloor = rateFloorMs(previewLog.length, s.rateLimit, s.minuteMs, s.latencyMs);
    const shareFloor = rateFloorMs(previewLog.length, perMinute, s.minuteMs, s.latencyMs);
    rows.push({
      scenario: `release preview, ${seats.toLocaleString('en')} seats`,
      requests: previewLog.length,
      wallMs: preview.ms,
      floor: { sequentialMs: s.latencyMs, rateMs: planFloor, floorMs: Math.max(s.latencyMs, planFloor) },
      notes: [
        `1 custom roles read + ${at(previewLog, '/api/v2/search/count').length} open ticket counts (${preview.value.size} seats counted); paced at ${perMinute}/min (${SEARCH_SHARE * 100}% of the plan, as engagement's searches, so agents at work keep the rest): at that pace the floor is ${(shareFloor / 1000).toFixed(2)} s, ratio ${(preview.ms / Math.max(1, shareFloor)).toFixed(2)}×; the table's floor is the whole plan's`,
      ],
      facts: {},
    });

    // The release.
    await freshWindow(standin, config);
    await control(standin, 'POST', '/__standin/faults', { jobsInFlight, jobQueuedMs: JOB_QUEUED_MS, jobMsPerUser: JOB_MS_PER_USER });
    const changes: RoleChange[] = ids.map((id) => ({ id, role: 'end-user', customRoleId: null }));
    const limits = { user: new UpdateUserLimit(s.minuteMs), jobs: new JobSlots() };
    const run = await timed(() => runRoleChanges(gateway, changes, { limits }));
    const log = await loggedRequests(standin);
    const jobs = Math.ceil(seats / UPDATE_MANY_MAX);
    const waves = Math.ceil(jobs / jobsInFlight);
    const jobMs = JOB_QUEUED_MS + Math.min(seats, UPDATE_MANY_MAX) * JOB_MS_PER_USER;
    const sequentialMs = waves * (2 * s.latencyMs + jobMs);
    const rateMs = rateFloorMs(2 * jobs, s.rateLimit, s.minuteMs, s.latencyMs);
    const submits = at(log, '/api/v2/users/update_many', 'PUT');
    const reads = at(log, '/api/v2/job_statuses/');
    const released = [...run.value.values()].filter((o) => o.code === 'done').length;
    rows.push({
      scenario: `release ${seats.toLocaleString('en')} seats, job limit ${jobsInFlight}`,
      requests: log.length,
      wallMs: run.ms,
      floor: { sequentialMs, rateMs, floorMs: Math.max(sequentialMs, rateMs) },
      notes: [
        `${released} released; ${submits.length} update_many (${submits.filter((r) => r.status === 429).length} answered TooManyJobs), ${reads.length} job status reads; the fewest possible: ${2 * jobs} (one update_many and one read a job); ${log.filter((r) => r.status === 429).length} answers were 429`,
        `floor: ${jobs} jobs in ${waves} wave${waves === 1 ? '' : 's'} of at most ${jobsInFlight}, each ${jobMs} ms in Zendesk (queued ${JOB_QUEUED_MS} ms, ${JOB_MS_PER_USER} ms a user) plus a latency to send and one to read`,
      ],
      facts: { release: 1, fewest: 2 * jobs },
    });
    return rows;
  });
}
