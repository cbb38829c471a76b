/**
 * Background jobs (update_many) on the clock: a job is `queued` for `queuedMs`, then
 * `working` through its users one every `msPerUser` (each user's change is made when its
 * turn comes, so a half-done job has changed half), then `completed` with one result per
 * user. Nothing runs on a timer: every API request first brings the jobs up to the
 * present (advance()), which is all an observer can see anyway.
 *
 * At most `inFlightLimit` jobs may be queued or working (Zendesk: 30 per account).
 * Finished jobs stay readable for an hour, and the last 100 of them longer (Zendesk
 * states both; see the seat release notes).
 */
import { randomBytes } from 'node:crypto';

/** One user's line in a finished job (JobStatusResultObject). */
export interface JobResult {
  id: number;
  index: number;
  action: 'update';
  status: 'Updated' | 'Failed';
  success: boolean;
  error?: string;
  details?: string;
}

export interface JobSettings {
  /** Jobs queued or working at once, per account. */
  inFlightLimit: number;
  queuedMs: number;
  msPerUser: number;
}

export const DEFAULT_JOB_SETTINGS: JobSettings = { inFlightLimit: 30, queuedMs: 200, msPerUser: 10 };

interface Job {
  id: string;
  url: string;
  total: number;
  startMs: number;
  queuedMs: number;
  msPerUser: number;
  /** Users processed so far. */
  done: number;
  results: JobResult[];
  completedMs: number | null;
  /** Makes the change to user `index` at the time its turn came. */
  process: (index: number, atMs: number) => JobResult;
}

const HOUR_MS = 3_600_000;
const KEEP_LAST = 100;

/** "2018-03-08 10:07:04 +0000", as the OAS file's example message has it. */
const messageTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} +0000`;

export class JobQueue {
  settings: JobSettings = { ...DEFAULT_JOB_SETTINGS };
  private readonly jobs = new Map<string, Job>();

  /** `now`: the account's clock (demo time, moving with the wall clock). */
  constructor(private readonly now: () => number) {}

  /** Queues a job of `total` users; `url` builds its status URL from its id. */
  create(total: number, url: (id: string) => string, process: Job['process']): object {
    const id = randomBytes(16).toString('hex');
    const { queuedMs, msPerUser } = this.settings;
    const job: Job = { id, url: url(id), total, startMs: this.now(), queuedMs, msPerUser, done: 0, results: [], completedMs: null, process };
    this.jobs.set(id, job);
    // Zendesk answers every new job as queued, however soon it starts.
    return this.view(job, job.startMs, true);
  }

  /** Makes every change whose turn has come, completes jobs, forgets old ones. */
  advance(): void {
    const now = this.now();
    for (const job of this.jobs.values()) {
      if (job.completedMs !== null) continue;
      const due = this.processedBy(job, now);
      for (; job.done < due; job.done++) job.results.push(job.process(job.done, this.turnAt(job, job.done)));
      if (job.done === job.total) job.completedMs = job.total === 0 ? now : this.turnAt(job, job.total - 1);
    }
    this.prune(now);
  }

  inFlight(): number {
    let n = 0;
    for (const job of this.jobs.values()) if (job.completedMs === null) n++;
    return n;
  }

  /** `{"job_status": …}` body of a job, or null when there is no such job (any more). */
  show(id: string): object | null {
    const job = this.jobs.get(id);
    return job ? this.view(job, this.now()) : null;
  }

  clear(): void {
    this.jobs.clear();
  }

  private turnAt(job: Job, index: number): number {
    return job.startMs + job.queuedMs + (index + 1) * job.msPerUser;
  }

  private processedBy(job: Job, now: number): number {
    const working = now - job.startMs - job.queuedMs;
    if (working < 0) return 0;
    return job.msPerUser === 0 ? job.total : Math.min(job.total, Math.floor(working / job.msPerUser));
  }

  private view(job: Job, now: number, isNew = false): object {
    const queued = isNew || now < job.startMs + job.queuedMs;
    const completed = job.completedMs !== null;
    return {
      job_status: {
        id: job.id,
        url: job.url,
        status: completed ? 'completed' : queued ? 'queued' : 'working',
        total: job.total,
        progress: queued ? null : job.done,
        message: completed ? `Completed at ${messageTime(job.completedMs as number)}` : null,
        results: completed ? job.results.map((r) => ({ ...r })) : null,
      },
    };
  }

  private prune(now: number): void {
    const finished = [...this.jobs.values()].filter((j) => j.completedMs !== null);
    if (finished.length <= KEEP_LAST) return;
    finished.sort((a, b) => (b.completedMs as number) - (a.completedMs as number));
    for (const job of finished.slice(KEEP_LAST)) if (now - (job.completedMs as number) > HOUR_MS) this.jobs.delete(job.id);
  }
}
