import { GatewayError } from '../zaf/errors';
import type { ApiRequest, ApiResponse, RequestControls } from '../zaf/gateway';
import { partCount, snapshotPart, type Snapshot } from './build';
import type { Outbox } from './outbox';

/**
 * Sends a snapshot to SaaS Management, part after part, through Zendesk's proxy: the
 * token is the secure setting `saas_token`, which only Zendesk's proxy fills in.
 * Retries (429 with Retry-After, 5xx, timeouts, network errors) happen in the gateway,
 * always with the same body and Idempotency-Key. Each accepted part is recorded in the
 * outbox at once, so a later attempt (Retry, or the app opening again) sends only the rest.
 */
export const ENDPOINT_SETTING = 'saas_endpoint';
export const TOKEN_SETTING = 'saas_token';
export const SAAS_SERVICE = 'SaaS Management';

/** The gateway as push needs it (ZendeskGateway satisfies it). */
export interface SnapshotGateway {
  request(request: ApiRequest, controls?: RequestControls): Promise<ApiResponse>;
}

export type EndpointCheck = { ok: true; url: string } | { ok: false; message: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * `whitelist`: the hosts the package was built for (`npm run package -- --saas-domain`),
 * or null when unknown (a development build): Zendesk's proxy sends the token only there.
 */
export function checkEndpoint(value: string | null | undefined, whitelist: readonly string[] | null = null): EndpointCheck {
  const named = `the app setting "${ENDPOINT_SETTING}" (SaaS Management endpoint URL)`;
  const raw = (value ?? '').trim();
  if (raw === '') return { ok: false, message: `Set ${named} to send snapshots.` };
  if (raw.includes('{{')) return { ok: false, message: `${capital(named)} may not contain placeholders: "${raw}".` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: `${capital(named)} is not a valid absolute URL: "${raw}".` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, message: `${capital(named)} may not hold a user name or password; the token is sent from the "${TOKEN_SETTING}" setting.` };
  }
  const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !local) {
    return { ok: false, message: `${capital(named)} must be an https:// address (got "${url.protocol}//${url.host}").` };
  }
  if (whitelist !== null && !local && !whitelist.includes(url.hostname.toLowerCase())) {
    const allowed = whitelist.length === 0 ? 'no host' : whitelist.join(', ');
    return {
      ok: false,
      message: `The host of ${named}, "${url.hostname}", is not in the app's domain whitelist (${allowed}): Zendesk sends the token only to whitelisted hosts. Package the app with "npm run package -- --saas-domain ${url.hostname}" and update it.`,
    };
  }
  return { ok: true, url: url.href };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface PushProgress {
  /** The part being sent (from 1). */
  index: number;
  count: number;
  accepted: number;
}

export type PushResult =
  | { status: 'sent'; count: number; sent: number }
  | { status: 'failed'; message: string; accepted: number; count: number }
  | { status: 'rejected'; message: string; accepted: number; count: number; httpStatus: number };

export interface PushOptions {
  gateway: SnapshotGateway;
  endpoint: string | null;
  /** See checkEndpoint. */
  whitelist?: readonly string[] | null;
  snapshot: Snapshot;
  outbox: Outbox;
  controls?: RequestControls;
  onProgress?: (progress: PushProgress) => void;
  now?: () => number;
}

/** A 4xx other than 429 (and not the proxy's own 408): retrying the same part cannot help. */
export function isRejection(error: unknown): error is GatewayError {
  return error instanceof GatewayError && error.status >= 400 && error.status < 500 && error.status !== 429 && error.status !== 408;
}

function rejectionMessage(error: GatewayError): string {
  if (error.status === 401) {
    // The receiver's own words (after the colon) when it gave any.
    const said = /\(401\): (.*)$/.exec(error.message)?.[1];
    return `SaaS Management did not accept the token (401)${said ? `: ${said}` : ''}. Check the app setting "${TOKEN_SETTING}" and that its scope allows the header.`;
  }
  return error.message;
}

export async function pushSnapshot({ gateway, endpoint, whitelist = null, snapshot, outbox, controls = {}, onProgress, now = Date.now }: PushOptions): Promise<PushResult> {
  const id = snapshot.header.snapshot_id;
  const count = partCount(snapshot.users.length);
  const pending = outbox.load().pending;
  const accepted = new Set(pending?.snapshot_id === id ? pending.accepted : []);
  const checked = checkEndpoint(endpoint, whitelist);
  if (!checked.ok) {
    outbox.fail(id, checked.message, false, now());
    return { status: 'failed', message: checked.message, accepted: accepted.size, count };
  }
  let sent = 0;
  for (let index = 1; index <= count; index += 1) {
    if (accepted.has(index)) continue;
    onProgress?.({ index, count, accepted: accepted.size });
    try {
      await gateway.request(
        {
          url: checked.url,
          method: 'POST',
          json: snapshotPart(snapshot, index),
          secure: true,
          service: SAAS_SERVICE,
          headers: {
            Authorization: `Bearer {{setting.${TOKEN_SETTING}}}`,
            'Idempotency-Key': id,
            'Content-Type': 'application/json',
          },
        },
        controls,
      );
    } catch (error) {
      if (isRejection(error)) {
        const message = rejectionMessage(error);
        outbox.fail(id, message, true, now());
        return { status: 'rejected', message, accepted: accepted.size, count, httpStatus: error.status };
      }
      // Cancelled (the app closed): the snapshot simply stays pending.
      if (error instanceof Error && error.name === 'AbortedError') throw error;
      const message = error instanceof Error ? error.message : String(error);
      outbox.fail(id, message, false, now());
      return { status: 'failed', message, accepted: accepted.size, count };
    }
    accepted.add(index);
    sent += 1;
    outbox.markAccepted(id, index);
  }
  outbox.complete(id, now());
  onProgress?.({ index: count, count, accepted: count });
  return { status: 'sent', count, sent };
}
