/**
 * What the platforms' pushes (zluriPush.ts, toriiPush.ts, lumosPush.ts) share: their
 * requests through Zendesk's secure proxy with the platform's token header, binding the
 * pending snapshot to its target, waiting out a platform's "another sync is running" (409),
 * and turning how a push stopped into a result and a code (snapshot/pushProblem.ts).
 * Retries for 429, 5xx and no answer stay in the gateway.
 */
import type { Outbox } from '../snapshot/outbox';
import { SAAS_SERVICE, type SnapshotGateway } from '../snapshot/endpoint';
import { maskCredentials } from '../snapshot/credentials';
import { mapProblemText, type PushProblem } from '../snapshot/pushProblem';
import type { PushProgress, PushResult } from '../snapshot/push';
import { GatewayError } from '../zaf/errors';
import type { ApiRequest, ApiResponse, RequestControls } from '../zaf/gateway';
import { failureOf } from '../zendesk/failure';
import { TOKEN_HEADER, type DestinationName } from './names';
import type { DestinationSnapshot } from './roster';

/** Who answers, as errors name it (GatewayError.service). */
export const DESTINATION_SERVICE: Readonly<Record<DestinationName, string>> = {
  'seat-review': SAAS_SERVICE,
  zluri: 'Zluri',
  torii: 'Torii',
  lumos: 'Lumos',
  'okta-workflows': 'Okta Workflows',
};

/** Waits between tries while a platform runs another sync (409): four tries over 1¾ minutes. */
export const SYNC_BUSY_WAITS_MS: readonly number[] = [15_000, 30_000, 60_000];

export interface PlatformPush {
  gateway: SnapshotGateway;
  destination: DestinationName;
  /** The platform's request base (endpoint.ts checkDestination). */
  url: string;
  /** `saas_destination_id`: instance, app account or app. */
  destinationId: string;
  /** What the pending snapshot is bound to (endpoint.ts targetFingerprint). */
  target: string;
  snapshot: DestinationSnapshot;
  outbox: Outbox;
  controls: RequestControls;
  onProgress?: ((progress: PushProgress) => void) | undefined;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Waits between tries on a 409 (SYNC_BUSY_WAITS_MS). */
  busyWaitsMs: readonly number[];
}

/** A 4xx other than 429 (and not the proxy's own 408): retrying the same request cannot help. */
export function isRejection(error: unknown): error is GatewayError {
  return error instanceof GatewayError && error.status >= 400 && error.status < 500 && error.status !== 429 && error.status !== 408;
}

export function rejection(error: GatewayError): PushProblem {
  // The receiver's own words come from the error's detail field, never out of its message.
  if (error.status === 401) return { code: 'token-refused', detail: error.detail };
  return { code: 'refused', failure: failureOf(error) };
}

/** The platform still ran another sync after every wait. */
export class SyncBusyError extends Error {
  override readonly name = 'SyncBusyError';
  constructor(
    readonly tries: number,
    readonly waitedMs: number,
  ) {
    super(`another sync kept running (${tries} tries)`);
  }
}

/** The platform's answer lacked the id the next step needs. */
export class UnexpectedAnswerError extends Error {
  override readonly name = 'UnexpectedAnswerError';
  constructor(readonly step: 'create-sync' | 'upload-file') {
    super(`no id in the answer to ${step}`);
  }
}

/** The platform reported the sync failed. */
export class SyncFailedError extends Error {
  override readonly name = 'SyncFailedError';
}

/** One request to the platform, with its token header (filled in by Zendesk's proxy only). */
export function platformRequest(
  push: PlatformPush,
  request: { url: string; method: NonNullable<ApiRequest['method']> } & Pick<ApiRequest, 'json' | 'text'>,
): Promise<ApiResponse> {
  const token = TOKEN_HEADER[push.destination];
  const contentType = request.text?.contentType ?? 'application/json';
  return push.gateway.request(
    {
      ...request,
      secure: true,
      service: DESTINATION_SERVICE[push.destination],
      headers: { [token.name]: token.value, ...(request.json !== undefined || request.text ? { 'Content-Type': contentType } : {}) },
    },
    push.controls,
  );
}

/** `attempt`, tried again after each of `busyWaitsMs` while the platform answers 409 (another sync runs). */
export async function whileBusy<T>(push: PlatformPush, attempt: () => Promise<T>): Promise<T> {
  let waited = 0;
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof GatewayError && error.status === 409)) throw error;
      const wait = push.busyWaitsMs[tries - 1];
      if (wait === undefined) throw new SyncBusyError(tries, waited);
      push.onProgress?.({ index: 1, count: 1, accepted: 0, syncBusy: { tries, delayMs: wait } });
      await push.sleep(wait, push.controls.signal);
      waited += wait;
    }
  }
}

/**
 * Binds the pending snapshot to the push's target in `count` parts: a snapshot bound to
 * another target goes whole again. The parts already accepted here, after that.
 */
export function bindTarget(push: PlatformPush, count: number): Set<number> {
  const id = push.snapshot.header.snapshot_id;
  const pending = push.outbox.load().pending;
  const mine = pending?.snapshot_id === id ? pending : null;
  if (mine === null) return new Set();
  if (mine.endpoint === push.target) {
    if (mine.count !== count) push.outbox.bind(id, push.target, count);
    return new Set(mine.accepted);
  }
  if (mine.endpoint !== null || mine.accepted.length > 0) push.outbox.rebind(id, push.target, push.now(), count);
  else push.outbox.bind(id, push.target, count);
  return new Set();
}

/** Every part accepted: the snapshot is no longer pending. */
export function sent(push: PlatformPush, count: number, sentNow: number): PushResult {
  const id = push.snapshot.header.snapshot_id;
  const restarted = push.outbox.load().pending?.restarted ?? null;
  push.outbox.complete(id, push.now());
  push.onProgress?.({ index: count, count, accepted: count });
  return { status: 'sent', count, sent: sentNow, snapshotId: id, restarted };
}

/** A refusal found before anything was sent (Torii's file size): kept as refused, not re-sent by itself. */
export function refusedBeforeSending(push: PlatformPush, problem: PushProblem, count: number, httpStatus: number): PushResult {
  const id = push.snapshot.header.snapshot_id;
  push.outbox.fail(id, problem, true, push.now());
  return { status: 'rejected', problem, accepted: 0, count, httpStatus, snapshotId: id };
}

/** How a push that threw ended, recorded in the outbox (masked); a cancel is thrown on. */
export function stopped(push: PlatformPush, error: unknown, accepted: number, count: number): PushResult {
  // Cancelled (the app closed): the snapshot simply stays pending.
  if (error instanceof Error && error.name === 'AbortedError') throw error;
  const id = push.snapshot.header.snapshot_id;
  const clean = (problem: PushProblem) => mapProblemText(problem, maskCredentials);
  const { destination } = push;
  let problem: PushProblem;
  let rejected: GatewayError | null = null;
  if (error instanceof SyncBusyError) problem = { code: 'sync-busy', destination, tries: error.tries, waitedMs: error.waitedMs };
  else if (error instanceof UnexpectedAnswerError) problem = { code: 'unexpected-answer', destination, step: error.step };
  else if (error instanceof SyncFailedError) problem = { code: 'sync-failed', destination };
  else if (isRejection(error)) {
    problem = clean(rejection(error));
    rejected = error;
  } else problem = clean({ code: 'unreachable', failure: failureOf(error) });
  push.outbox.fail(id, problem, rejected !== null, push.now());
  return rejected !== null
    ? { status: 'rejected', problem, accepted, count, httpStatus: rejected.status, snapshotId: id }
    : { status: 'failed', problem, accepted, count, snapshotId: id };
}
