/**
 * Writes role changes within Zendesk's limits: one seat with `PUT /api/v2/users/{id}`;
 * several as update_many jobs of at most 100 users, never more queued or running than the
 * account's job limit leaves us (JobSlots), every write paced under the update-user limit
 * (UpdateUserLimit) and the plan's budget (the gateway), 429s waited out as elsewhere. A
 * TooManyJobs refusal waits for a job slot and sends the same users again: it never fails
 * the batch. Cancel stops sending new jobs; the jobs already sent are read to their end,
 * so the report says what Zendesk did.
 */
import type { Seat } from '../seats/seat';
import { abortableSleep, AbortedError, type RequestControls, type RetryNotice, type ZendeskGateway } from '../zaf/gateway';
import { GatewayError } from '../zaf/errors';
import type { JobSlots, UpdateUserLimit } from '../zaf/writeLimits';
import { failureOf } from '../zendesk/failure';
import { putUser, readJob, submitJob, UPDATE_MANY_MAX, type JobStatus, type RoleChange } from '../zendesk/roleChanges';
import { refusalOf, type ChangeOutcome } from './outcome';

/** Why the run pauses: waiting for one of our jobs to end, Zendesk's job limit, or a retry. */
export type RunWait = 'job-slot' | 'too-many-jobs' | RetryNotice['reason'];

export interface RunProgress {
  total: number;
  /** Seats with an outcome, plus those the running jobs have processed. */
  done: number;
  succeeded: number;
  refused: number;
  jobsInFlight: number;
  waiting: RunWait | null;
  /** Time left at the pace so far; null until something is done. */
  etaMs: number | null;
}

export interface RunLimits {
  user: UpdateUserLimit;
  jobs: JobSlots;
}

export interface RunOptions {
  limits: RunLimits;
  /** The admin's Cancel: no new write starts; writes already sent are followed to their end. */
  cancel?: AbortSignal;
  /** Abandons everything at once (the app is closing): what is not known stays unknown. */
  signal?: AbortSignal;
  /** Outcomes as they become known; `seats` holds the user as Zendesk returned it after a one-seat write. */
  onOutcomes?: (outcomes: ReadonlyMap<number, ChangeOutcome>, seats: ReadonlyMap<number, Seat | null>) => void;
  onProgress?: (progress: RunProgress) => void;
  /** Waits between reads of a job's status (the last repeats). */
  pollDelaysMs?: readonly number[];
  /** After TooManyJobs with none of our jobs running: wait this long before trying again. */
  fullWaitMs?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const POLL_DELAYS_MS = [500, 1000, 1000, 2000, 2000, 3000, 5000];
const FULL_WAIT_MS = 5000;

const isTooManyJobs = (status: number, body: unknown): boolean =>
  status === 429 && typeof body === 'object' && body !== null && (body as { error?: unknown }).error === 'TooManyJobs';

/**
 * When to read a job again: once it is working, when its pace so far says it will be done
 * (within the schedule's bounds); before that, the schedule's next step. Fewer reads spend
 * less of the plan's budget than a fixed beat.
 */
export function nextRead(job: JobStatus, users: number, elapsedMs: number, scheduled: number): number {
  const done = job.progress ?? 0;
  if (job.phase !== 'working' || done <= 0 || done >= users) return scheduled;
  const left = (elapsedMs / done) * (users - done);
  return Math.round(Math.min(MAX_READ_GAP_MS, Math.max(MIN_READ_GAP_MS, left)));
}

const MIN_READ_GAP_MS = 250;
const MAX_READ_GAP_MS = 5000;

function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A failed write: refused when Zendesk answered no (4xx); unknown when the answer never came or was a server error. */
function writeFailed(error: unknown): ChangeOutcome {
  const failure = failureOf(error);
  if (error instanceof GatewayError && error.status >= 400 && error.status < 500 && error.status !== 429) {
    return { code: 'refused', refusal: refusalOf(error.code, error.detail, error.status) };
  }
  if (error instanceof GatewayError && (error.status === 429 || error.kind === 'wait-too-long')) return { code: 'not-attempted', failure };
  return { code: 'unknown', failure };
}

export async function runRoleChanges(
  gateway: ZendeskGateway,
  changes: readonly RoleChange[],
  options: RunOptions,
): Promise<Map<number, ChangeOutcome>> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? abortableSleep;
  const { limits, signal } = options;
  const cancel = options.cancel && signal ? AbortSignal.any([options.cancel, signal]) : (options.cancel ?? signal);
  const started = now();
  const outcomes = new Map<number, ChangeOutcome>();
  const jobProgress = new Map<string, number>();
  let waiting: RunWait | null = null;
  let succeeded = 0;
  let refused = 0;

  const progress = (): void => {
    let running = 0;
    for (const n of jobProgress.values()) running += n;
    const done = Math.min(changes.length, outcomes.size + running);
    const elapsed = now() - started;
    const etaMs = done > 0 ? Math.round((elapsed / done) * (changes.length - done)) : null;
    options.onProgress?.({ total: changes.length, done, succeeded, refused, jobsInFlight: limits.jobs.inFlight, waiting, etaMs });
  };
  const settle = (batch: Map<number, ChangeOutcome>, seats: ReadonlyMap<number, Seat | null> = new Map()): void => {
    for (const [id, outcome] of batch) {
      outcomes.set(id, outcome);
      if (outcome.code === 'done') succeeded += 1;
      if (outcome.code === 'refused') refused += 1;
    }
    options.onOutcomes?.(batch, seats);
    progress();
  };
  const all = (ids: readonly RoleChange[], outcome: ChangeOutcome): Map<number, ChangeOutcome> => new Map(ids.map((c) => [c.id, outcome]));
  const controls = (extra: RequestControls = {}): RequestControls => ({
    ...(signal ? { signal } : {}),
    onRetry: (notice) => {
      waiting = notice.reason;
      progress();
    },
    ...extra,
  });
  progress();

  if (changes.length === 1) {
    const change = changes[0] as RoleChange;
    if (cancel?.aborted) {
      settle(all(changes, { code: 'not-attempted', failure: null }));
      return outcomes;
    }
    try {
      const seat = await putUser(gateway, change, controls({ gate: limits.user, ...(cancel ? { stop: cancel } : {}) }));
      waiting = null;
      settle(all(changes, { code: 'done' }), new Map([[change.id, seat]]));
    } catch (error) {
      waiting = null;
      settle(all(changes, error instanceof AbortedError ? { code: 'not-attempted', failure: null } : writeFailed(error)));
    }
    return outcomes;
  }

  /** Reads one job to its end and settles its users. */
  const follow = async (first: JobStatus, chunk: readonly RoleChange[]): Promise<void> => {
    let job = first;
    const delays = options.pollDelaysMs ?? POLL_DELAYS_MS;
    const sentAt = now();
    try {
      for (let k = 0; job.phase === 'queued' || job.phase === 'working'; k++) {
        await sleep(nextRead(job, chunk.length, now() - sentAt, delays[Math.min(k, delays.length - 1)] ?? 1000), signal);
        job = await readJob(gateway, job.id, controls());
        jobProgress.set(job.id, Math.min(chunk.length, job.progress ?? 0));
        progress();
      }
    } catch (error) {
      jobProgress.delete(job.id);
      limits.jobs.release();
      settle(all(chunk, { code: 'unknown', failure: failureOf(error) }));
      return;
    }
    jobProgress.delete(job.id);
    limits.jobs.release();
    const results = new Map(job.results.map((r) => [r.id, r]));
    const batch = new Map<number, ChangeOutcome>();
    for (const change of chunk) {
      const result = results.get(change.id);
      if (result?.success === true) batch.set(change.id, { code: 'done' });
      else if (result) batch.set(change.id, { code: 'refused', refusal: refusalOf(result.error, result.details, null) });
      else if (job.phase === 'failed') batch.set(change.id, { code: 'refused', refusal: { reason: 'job-failed', code: null, detail: job.message } });
      else batch.set(change.id, { code: 'unknown', failure: { code: 'malformed', what: 'job-status', url: `/api/v2/job_statuses/${job.id}` } });
    }
    settle(batch);
  };

  const chunks = chunked(changes, UPDATE_MANY_MAX);
  const following: Promise<void>[] = [];
  /** The failure that stopped sending (Zendesk refused a job outright). */
  let stoppedBy: unknown = null;
  const notSent = (chunk: readonly RoleChange[]): void =>
    settle(all(chunk, { code: 'not-attempted', failure: stoppedBy === null ? null : failureOf(stoppedBy) }));

  /** Sends one job (its slot taken); TooManyJobs waits for a slot and sends the same users again. */
  const send = async (chunk: readonly RoleChange[]): Promise<void> => {
    for (;;) {
      try {
        const request = controls({ gate: limits.user, handOver: isTooManyJobs, ...(cancel ? { stop: cancel } : {}) });
        const { job, headers } = await submitJob(gateway, chunk, request);
        limits.jobs.observe(headers);
        waiting = null;
        jobProgress.set(job.id, 0);
        progress();
        following.push(follow(job, chunk));
        return;
      } catch (error) {
        limits.jobs.release();
        if (!(error instanceof GatewayError && error.code === 'TooManyJobs')) {
          waiting = null;
          if (error instanceof AbortedError) notSent(chunk);
          else {
            // Zendesk refused or could not take the job: its users say why, and no more jobs are sent.
            stoppedBy ??= error;
            settle(all(chunk, writeFailed(error)));
          }
          return;
        }
        // The account is at its job limit (other integrations' jobs count too): wait for room.
        limits.jobs.full();
        waiting = 'too-many-jobs';
        progress();
        try {
          if (limits.jobs.inFlight === 0) {
            await sleep(options.fullWaitMs ?? FULL_WAIT_MS, cancel);
            limits.jobs.reopen();
          }
          await limits.jobs.acquire(cancel);
        } catch {
          notSent(chunk);
          return;
        }
      }
    }
  };

  const sending: Promise<void>[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] as RoleChange[];
    if (limits.jobs.inFlight >= limits.jobs.capacity) {
      waiting = 'job-slot';
      progress();
    }
    try {
      await limits.jobs.acquire(cancel);
    } catch {
      await Promise.all(sending);
      notSent(chunks.slice(i).flat());
      break;
    }
    if (stoppedBy !== null) {
      limits.jobs.release();
      await Promise.all(sending);
      notSent(chunks.slice(i).flat());
      break;
    }
    const sent = send(chunk);
    sending.push(sent);
    // The first job's answer says how many jobs the account has room for: learn it before sending more.
    if (i === 0) await sent;
  }
  await Promise.all(sending);
  await Promise.all(following);
  waiting = null;
  progress();
  return outcomes;
}
