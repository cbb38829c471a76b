/**
 * Okta Workflows: an "API endpoint" flow takes any JSON at
 * `https://{org}.workflows.okta.com/api/flo/{alias}/invoke` (the `saas_endpoint` setting), so
 * it gets Seat Review's own parts unchanged (src/snapshot/build.ts). Only the token differs:
 * in the `x-api-client-token` header (TOKEN_HEADER), never in the URL's `clientToken` query
 * parameter, which would carry the secret outside Zendesk's secure settings.
 */

/** The query parameter Okta also reads the token from: refused in the endpoint setting (endpoint.ts). */
export const OKTA_TOKEN_QUERY = 'clientToken';

/** True when the URL carries a token as Okta's query parameter (any case). */
export function hasOktaTokenInUrl(url: URL): boolean {
  return [...url.searchParams.keys()].some((key) => key.toLowerCase() === OKTA_TOKEN_QUERY.toLowerCase());
}
