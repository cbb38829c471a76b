/**
 * Sends a snapshot to where the settings say (endpoint.ts checkDestination): Zluri, Torii and
 * Lumos in their own formats and steps (src/destinations/*Push.ts, docs/destinations.md);
 * Seat Review's format and Okta Workflows, part after part, as below. Always through
 * Zendesk's proxy: the token is the secure setting `saas_token`, which only Zendesk's proxy
 * fills in, in the header the destination reads (TOKEN_HEADER).
 * Retries (429 with Retry-After, 5xx, timeouts, network errors) happen in the gateway,
 * always with the same body and Idempotency-Key. Each accepted part is recorded in the
 * outbox at once, so a later attempt (Retry, or the app opening again) sends only the rest.
 *
 * One snapshot_id goes whole to one receiver in one partition: when the endpoint setting
 * changed, every part goes again from part 1 to the new endpoint (never the rest only);
 * when a receiver answers 413, the parts are halved for the whole snapshot, down to
 * MIN_USERS_PER_PART, under a new snapshot_id from part 1, so no receiver ever holds two
 * partitions under one id. Every text from a receiver's answer is masked
 * (credentials.ts) before it is shown or stored; why a push stopped is a code
 * (pushProblem.ts) that the UI words.
 */
import { pushLumos } from '../destinations/lumosPush';
import { TOKEN_HEADER } from '../destinations/names';
import type { DestinationSnapshot } from '../destinations/roster';
import { DESTINATION_SERVICE, isRejection, rejection, SYNC_BUSY_WAITS_MS, type PlatformPush } from '../destinations/sending';
import { pushTorii } from '../destinations/toriiPush';
import { pushZluri } from '../destinations/zluriPush';
import { GatewayError } from '../zaf/errors';
import { abortableSleep, type RequestControls } from '../zaf/gateway';
import { failureOf } from '../zendesk/failure';
import { MAX_USERS_PER_PART, MIN_USERS_PER_PART, partCount, snapshotPart, withSnapshotId } from './build';
import { maskCredentials } from './credentials';
import type { Outbox, Restart } from './outbox';
import { checkDestination, ENDPOINT_SETTING, targetFingerprint, type SnapshotGateway } from './endpoint';
import { mapProblemText, type PushProblem } from './pushProblem';

export { isRejection } from '../destinations/sending';

export {
  checkEndpoint,
  ENDPOINT_SETTING,
  SAAS_SERVICE,
  TOKEN_SETTING,
  checkDestination,
  type DestinationCheck,
  type EndpointCheck,
  type EndpointProblem,
  type SnapshotGateway,
} from './endpoint';
export type { PushProblem } from './pushProblem';

export interface PushProgress {
  /** The part being sent (from 1). */
  index: number;
  count: number;
  accepted: number;
  /** The platform runs another sync (409): the `tries`-th try waits `delayMs` before the next. */
  syncBusy?: { tries: number; delayMs: number };
}

/** `failed`: worth sending again (endpoint setting, no answer); `rejected`: a receiver refused it (a 4xx). */
export type PushResult =
  | { status: 'sent'; count: number; sent: number; snapshotId: string; restarted: Restart | null }
  | { status: 'failed'; problem: PushProblem; accepted: number; count: number; snapshotId: string }
  | { status: 'rejected'; problem: PushProblem; accepted: number; count: number; httpStatus: number; snapshotId: string };

export interface PushOptions {
  gateway: SnapshotGateway;
  endpoint: string | null;
  /** `saas_destination` as set ('seat-review' when absent) and `saas_destination_id`. */
  destination?: string;
  destinationId?: string | null;
  /** See checkEndpoint. */
  whitelist?: readonly string[] | null;
  snapshot: DestinationSnapshot;
  outbox: Outbox;
  controls?: RequestControls;
  onProgress?: (progress: PushProgress) => void;
  now?: () => number;
  /** The id a re-split snapshot gets (a 413). */
  newId?: () => string;
  /** Waits while a platform runs another sync (409); SYNC_BUSY_WAITS_MS unless given. */
  busyWaitsMs?: readonly number[];
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** A problem as stored: the outbox keeps no setting value, so the endpoint as typed (and its host) is left out. */
function withoutSetting(problem: PushProblem, value: string | null): PushProblem {
  const raw = (value ?? '').trim();
  if (raw === '') return problem;
  let host = '';
  try {
    host = new URL(raw).hostname;
  } catch {
    // Not a URL: only the value itself is left out.
  }
  return mapProblemText(problem, (text) => {
    const out = text.split(raw).join('…');
    return host === '' ? out : out.split(host).join('…');
  });
}

/** Users per part after a 413 on a part of `refused` users, or null at the floor. */
export function splitPerPart(perPart: number, refused: number): number | null {
  if (refused <= MIN_USERS_PER_PART) return null;
  return Math.max(MIN_USERS_PER_PART, Math.ceil(Math.min(perPart, refused) / 2));
}

export async function pushSnapshot({
  gateway,
  endpoint,
  whitelist = null,
  snapshot: built,
  outbox,
  controls = {},
  onProgress,
  now = Date.now,
  newId = () => crypto.randomUUID(),
  destination = 'seat-review',
  destinationId = null,
  busyWaitsMs = SYNC_BUSY_WAITS_MS,
  sleep = abortableSleep,
}: PushOptions): Promise<PushResult> {
  let snapshot = built;
  let id = snapshot.header.snapshot_id;
  const pending = outbox.load().pending;
  const mine = pending?.snapshot_id === id ? pending : null;
  let perPart = mine?.per_part ?? MAX_USERS_PER_PART;
  let count = mine?.count ?? partCount(snapshot.users.length, perPart);
  const accepted = new Set(mine?.accepted ?? []);
  const checked = checkDestination({ saasDestination: destination, saasDestinationId: destinationId, saasEndpoint: endpoint }, whitelist);
  if (!checked.ok) {
    const problem: PushProblem = { code: 'endpoint', endpoint: checked.problem };
    outbox.fail(id, withoutSetting(problem, endpoint), false, now());
    return { status: 'failed', problem, accepted: accepted.size, count, snapshotId: id };
  }
  const target = targetFingerprint(checked);
  const platform =
    checked.destination === 'zluri' ? pushZluri : checked.destination === 'torii' ? pushTorii : checked.destination === 'lumos' ? pushLumos : null;
  if (platform !== null) {
    const push: PlatformPush = {
      gateway,
      destination: checked.destination,
      url: checked.url,
      destinationId: checked.destinationId ?? '',
      target,
      snapshot,
      outbox,
      controls,
      onProgress,
      now,
      sleep,
      busyWaitsMs,
    };
    return platform(push);
  }
  count = partCount(snapshot.users.length, perPart);
  const token = TOKEN_HEADER[checked.destination];
  const service = DESTINATION_SERVICE[checked.destination];
  // The receiver's answers may name the endpoint (a 404) or echo a credential: neither is shown or kept.
  const clean = (problem: PushProblem) =>
    mapProblemText(problem, (text) => maskCredentials(text.split(checked.url).join(`the "${ENDPOINT_SETTING}" URL`)));
  if (mine && mine.endpoint !== target) {
    // Parts accepted elsewhere stay there: this receiver gets the whole snapshot.
    if (mine.endpoint !== null || accepted.size > 0) {
      outbox.rebind(id, target, now(), count);
      accepted.clear();
    } else outbox.bind(id, target, count);
  } else if (mine && mine.count !== count) outbox.bind(id, target, count);
  let sent = 0;
  for (let index = 1; index <= count; index += 1) {
    if (accepted.has(index)) continue;
    onProgress?.({ index, count, accepted: accepted.size });
    const part = snapshotPart(snapshot, index, perPart);
    try {
      await gateway.request(
        {
          url: checked.url,
          method: 'POST',
          json: part,
          secure: true,
          service,
          headers: {
            [token.name]: token.value,
            'Idempotency-Key': id,
            'Content-Type': 'application/json',
          },
        },
        controls,
      );
    } catch (error) {
      if (error instanceof GatewayError && error.status === 413) {
        const smaller = splitPerPart(perPart, part.users.length);
        if (smaller !== null) {
          // A new id: parts already accepted under the old partition must never mix with the new one.
          const previous = id;
          snapshot = withSnapshotId(snapshot, newId());
          id = snapshot.header.snapshot_id;
          perPart = smaller;
          count = partCount(snapshot.users.length, perPart);
          accepted.clear();
          outbox.resplit(previous, snapshot, perPart, now());
          index = 0;
          continue;
        }
        const problem: PushProblem = { code: 'too-large', users: part.users.length, minUsers: MIN_USERS_PER_PART };
        outbox.fail(id, problem, true, now());
        return { status: 'rejected', problem, accepted: accepted.size, count, httpStatus: 413, snapshotId: id };
      }
      if (isRejection(error)) {
        const problem = clean(rejection(error));
        outbox.fail(id, problem, true, now());
        return { status: 'rejected', problem, accepted: accepted.size, count, httpStatus: error.status, snapshotId: id };
      }
      // Cancelled (the app closed): the snapshot simply stays pending.
      if (error instanceof Error && error.name === 'AbortedError') throw error;
      const problem = clean({ code: 'unreachable', failure: failureOf(error) });
      outbox.fail(id, problem, false, now());
      return { status: 'failed', problem, accepted: accepted.size, count, snapshotId: id };
    }
    accepted.add(index);
    sent += 1;
    outbox.markAccepted(id, index);
  }
  const restarted = outbox.load().pending?.restarted ?? null;
  outbox.complete(id, now());
  onProgress?.({ index: count, count, accepted: count });
  return { status: 'sent', count, sent, snapshotId: id, restarted };
}
