import { hostAllowed } from '../settings/domains';
import type { ApiRequest, ApiResponse, RequestControls } from '../zaf/gateway';

/**
 * Where snapshots go: the endpoint setting checked before anything is sent. Apart from
 * push.ts, which loads only when a snapshot is sent, so the first screen stays small.
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
  if (whitelist !== null && !local && !hostAllowed(url.hostname, whitelist)) {
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
