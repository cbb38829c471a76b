/**
 * A fake of an Okta Workflows "API endpoint" flow (on the customer's own
 * `{org}.workflows.okta.com`, so the stand-in serves it at 127.0.0.1 and points saas_endpoint
 * there; facts in shared/reference/saas-destinations.md, from docs, not verified live):
 *
 *   POST /api/flo/{alias}/invoke   any JSON; the flow's answer is {} here
 *
 * Enforced: the token in the `x-api-client-token` header (401), a known alias (404), a JSON
 * body (415/400). Stricter than Okta: a `clientToken` query parameter (Okta accepts the
 * token there too) is refused with 400, because a token in a URL is what the app must never send.
 */
import { header, jsonBody, now, problem, reply, tokenIn, type PlatformFake, type PlatformRequest, type Reply } from './http';

export const OKTA_DEMO_ALIAS = '3f9c2a7e51b84d06a1c7e2d94b5f3a60';
export const OKTA_TOKEN_HEADER = 'x-api-client-token';

export interface OktaInvocation {
  at: string;
  alias: string;
  idempotency_key: string | null;
  body: unknown;
}

export interface OktaState {
  invocations: OktaInvocation[];
}

export type OktaFake = PlatformFake<OktaState>;

export const oktaInvokePath = (alias: string): string => `/api/flo/${alias}/invoke`;

export function createOktaFake(options: { token: () => string; aliases: readonly string[] }): OktaFake {
  const invocations: OktaInvocation[] = [];

  const handle = (request: PlatformRequest): Reply => {
    const match = /^\/api\/flo\/([^/]+)\/invoke$/.exec(request.url.pathname);
    if (!match || !options.aliases.includes(match[1] ?? '')) return problem(404, 'NotFound', `No flow at ${request.url.pathname}`);
    if (request.method !== 'POST') return problem(405, 'MethodNotAllowed', 'POST only');
    if (request.url.searchParams.has('clientToken')) {
      return problem(400, 'TokenInUrl', 'The stand-in refuses clientToken in the URL: send the x-api-client-token header.');
    }
    if (!tokenIn(request.headers, OKTA_TOKEN_HEADER, options.token()))
      return problem(401, 'Unauthorized', `Missing or wrong ${OKTA_TOKEN_HEADER} header.`);
    const parsed = jsonBody(request);
    if (!parsed.ok) return parsed.reply;
    invocations.push({ at: now(), alias: match[1] ?? '', idempotency_key: header(request.headers, 'idempotency-key') ?? null, body: parsed.value });
    return reply(200, {});
  };

  return {
    platform: 'okta-workflows',
    host: null,
    owns: (path) => path.startsWith('/api/flo/'),
    handle,
    state: () => ({ invocations: [...invocations] }),
    clear: () => void (invocations.length = 0),
  };
}
