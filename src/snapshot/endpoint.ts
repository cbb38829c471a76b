/**
 * Where snapshots go: the endpoint setting checked before anything is sent. Apart from
 * push.ts, which loads only when a snapshot is sent, so the first screen stays small.
 * A refusal is a code with what the UI needs to word it (src/ui/text/snapshot.ts).
 */
import { hostAllowed } from '../settings/domains';
import type { ApiRequest, ApiResponse, RequestControls } from '../zaf/gateway';

export const ENDPOINT_SETTING = 'saas_endpoint';
export const TOKEN_SETTING = 'saas_token';
export const SAAS_SERVICE = 'SaaS Management';

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
  | { code: 'host-not-whitelisted'; host: string; whitelist: readonly string[] };

export type EndpointCheck = { ok: true; url: string } | { ok: false; problem: EndpointProblem };

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
  if (url.username !== '' || url.password !== '') return refuse({ code: 'credentials-in-url' });
  const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !local) return refuse({ code: 'not-https', protocol: url.protocol, host: url.host });
  if (whitelist !== null && !local && !hostAllowed(url.hostname, whitelist)) {
    return refuse({ code: 'host-not-whitelisted', host: url.hostname, whitelist: [...whitelist] });
  }
  return { ok: true, url: url.href };
}
