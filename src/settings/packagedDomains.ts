/**
 * The hosts this build's package whitelists for the SaaS token (manifest `domainWhitelist`),
 * fixed by `npm run package -- --saas-domain …` at build time; null in a development build
 * (npm start, zcli apps:server), where Zendesk's proxy is left to refuse other hosts.
 */
declare const __SEAT_REVIEW_SAAS_DOMAINS__: readonly string[] | null | undefined;

export const PACKAGED_DOMAINS: readonly string[] | null = typeof __SEAT_REVIEW_SAAS_DOMAINS__ === 'undefined' ? null : __SEAT_REVIEW_SAAS_DOMAINS__;
