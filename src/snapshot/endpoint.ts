/**
 * Where snapshots go: the destination and endpoint settings checked before anything is sent.
 * Apart from push.ts, which loads only when a snapshot is sent, so the first screen stays small.
 * A refusal is a code with what the UI needs to word it (src/ui/text/snapshot.ts).
 * Seat Review's format and Okta Workflows go to the `saas_endpoint` URL; Zluri, Torii and
 * Lumos to their fixed hosts (DESTINATION_HOSTS), with `saas_destination_id` naming the
 * instance, app account or app there (docs/destinations.md).
 */
import { hasOktaTokenInUrl } from '../destinations/okta';
import { DESTINATION_HOSTS, DESTINATION_ID, DESTINATIONS, isDestination, type DestinationName } from '../destinations/names';
import { LUMOS_UPLOAD_URL, TORII_BASE_URL, zluriInstanceUrl } from '../destinations/urls';
import { hostAllowed } from '../settings/domains';
import type { DestinationIdKind } from '../settings/settings';
import type { ApiRequest, ApiResponse, RequestControls } from '../zaf/gateway';
import { endpointFingerprint } from './credentials';

export const ENDPOINT_SETTING = 'saas_endpoint';
export const TOKEN_SETTING = 'saas_token';
export const SAAS_SERVICE = 'SaaS Management';
export const DESTINATION_SETTING = 'saas_destination';
export const DESTINATION_ID_SETTING = 'saas_destination_id';

/** The gateway as push needs it (ZendeskGateway satisfies it). */
export interface SnapshotGateway {
  request(request: ApiRequest, controls?: RequestControls): Promise<ApiResponse>;
}

/** Why the endpoint setting cannot be used; `value` is the setting as typed (trimmed). */
export type EndpointProblem =
  | { code: 'missing' }
  | { code: 'placeholder'; value: string }
  | { code: 'not-a-url'; value: string }
  /** A user name or password in the URL: the token comes from TOKEN_SETTING. */
  | { code: 'credentials-in-url' }
  /** Neither https nor plain http to this machine. `host` as URL.host gives it (with a port). */
  | { code: 'not-https'; protocol: string; host: string }
  /** The package does not whitelist the host: Zendesk sends the token only to whitelisted hosts. */
  | { code: 'host-not-whitelisted'; host: string; whitelist: readonly string[] }
  /** `saas_destination` names no platform: `value` as typed, `valid` the names it takes. */
  | { code: 'destination-unknown'; value: string; valid: readonly DestinationName[] }
  /** The platform needs `saas_destination_id`; `names`: what it is there (instance, app account, app). */
  | { code: 'destination-id-missing'; destination: DestinationName; names: DestinationIdKind }
  /** The package does not whitelist the platform's fixed host (`npm run package -- --destination <name>`). */
  | { code: 'destination-not-whitelisted'; destination: DestinationName; host: string; whitelist: readonly string[] };

export type EndpointCheck = { ok: true; url: string } | { ok: false; problem: EndpointProblem };

/**
 * Where a snapshot can go, or why it cannot. `url`: the endpoint, or the platform's base for
 * its requests; `destinationId` as set (null where none is needed). A refusal names the
 * destination when the setting names one, so the screen can say where it would have gone.
 */
export type DestinationCheck =
  | { ok: true; url: string; destination: DestinationName; destinationId: string | null }
  | { ok: false; problem: EndpointProblem; destination: DestinationName | null };

/** The settings that say where snapshots go (SeatReviewSettings has them). */
export interface DestinationSettings {
  saasDestination: string;
  saasDestinationId: string | null;
  saasEndpoint: string | null;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

const refuse = (problem: EndpointProblem): EndpointCheck => ({ ok: false, problem });

/**
 * `whitelist`: the hosts the package was built for (`npm run package -- --saas-domain`),
 * or null when unknown (a development build): Zendesk's proxy sends the token only there.
 */
export function checkEndpoint(value: string | null | undefined, whitelist: readonly string[] | null = null): EndpointCheck {
  const raw = (value ?? '').trim();
  if (raw === '') return refuse({ code: 'missing' });
  if (raw.includes('{{')) return refuse({ code: 'placeholder', value: raw });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse({ code: 'not-a-url', value: raw });
  }
  if (url.username !== '' || url.password !== '' || hasOktaTokenInUrl(url)) return refuse({ code: 'credentials-in-url' });
  const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !local) return refuse({ code: 'not-https', protocol: url.protocol, host: url.host });
  if (whitelist !== null && !local && !hostAllowed(url.hostname, whitelist)) {
    return refuse({ code: 'host-not-whitelisted', host: url.hostname, whitelist: [...whitelist] });
  }
  return { ok: true, url: url.href };
}

/** The request base of a platform on a fixed host. */
function vendorUrl(destination: 'zluri' | 'torii' | 'lumos', id: string): string {
  if (destination === 'zluri') return zluriInstanceUrl(id);
  if (destination === 'torii') return TORII_BASE_URL;
  return LUMOS_UPLOAD_URL;
}

/** The destination setting as parseSettings reads it: trimmed, lower-cased, Seat Review's format when empty. */
export function destinationName(value: string): string {
  const given = value.trim().toLowerCase();
  return given === '' ? 'seat-review' : given;
}

/** Where snapshots go, from the settings; `whitelist` as for checkEndpoint. */
export function checkDestination(settings: DestinationSettings, whitelist: readonly string[] | null = null): DestinationCheck {
  const name = destinationName(settings.saasDestination);
  if (!isDestination(name)) {
    return { ok: false, problem: { code: 'destination-unknown', value: settings.saasDestination.trim(), valid: DESTINATIONS }, destination: null };
  }
  if (name === 'seat-review' || name === 'okta-workflows') {
    const checked = checkEndpoint(settings.saasEndpoint, whitelist);
    return checked.ok ? { ...checked, destination: name, destinationId: null } : { ...checked, destination: name };
  }
  const names = DESTINATION_ID[name];
  const id = settings.saasDestinationId?.trim() ?? '';
  if (names !== null && id === '') return { ok: false, problem: { code: 'destination-id-missing', destination: name, names }, destination: name };
  const host = DESTINATION_HOSTS[name] ?? '';
  if (whitelist !== null && !hostAllowed(host, whitelist)) {
    return { ok: false, problem: { code: 'destination-not-whitelisted', destination: name, host, whitelist: [...whitelist] }, destination: name };
  }
  return { ok: true, url: vendorUrl(name, id), destination: name, destinationId: id };
}

/**
 * What the outbox binds a pending snapshot to (a fingerprint, never the URL): the endpoint
 * for Seat Review's format and Okta Workflows (as before destinations), the platform, its
 * base and the id for the others, so a change of any of them sends the snapshot whole again.
 */
export function targetFingerprint(checked: { url: string; destination?: DestinationName; destinationId?: string | null }): string {
  const { url, destination = 'seat-review', destinationId = null } = checked;
  if (DESTINATION_HOSTS[destination] === undefined) return endpointFingerprint(url);
  return endpointFingerprint(`${destination} ${url} ${destinationId ?? ''}`);
}
