/**
 * Where a snapshot can go: Seat Review's own format to a receiver of the admin's, or the
 * formats SaaS Management platforms document for third-party usage data. The snapshot
 * stays the source of truth; a destination turns it into the requests its platform
 * documents (see ./<name>.ts). Facts: docs/destinations.md.
 */
export const DESTINATIONS = ['seat-review', 'zluri', 'torii', 'lumos', 'okta-workflows'] as const;
export type DestinationName = (typeof DESTINATIONS)[number];

export function isDestination(value: unknown): value is DestinationName {
  return typeof value === 'string' && (DESTINATIONS as readonly string[]).includes(value);
}

/** Platforms on a fixed host: `npm run package -- --destination <name>` whitelists it; `saas_endpoint` is not used. */
export const DESTINATION_HOSTS: Readonly<Partial<Record<DestinationName, string>>> = {
  zluri: 'api-ext.zluri.com',
  torii: 'api.toriihq.com',
  lumos: 'api.lumos.com',
};

/** What `saas_destination_id` names on each platform that needs one (null: none needed). */
export const DESTINATION_ID: Readonly<Record<DestinationName, 'instance' | 'app-account' | 'app' | null>> = {
  'seat-review': null,
  zluri: 'instance',
  torii: 'app-account',
  lumos: 'app',
  'okta-workflows': null,
};

/**
 * The header each platform reads its token from, with the secure setting's placeholder:
 * only Zendesk's proxy substitutes it, and never in a URL.
 */
export const TOKEN_HEADER: Readonly<Record<DestinationName, { name: string; value: string }>> = {
  'seat-review': { name: 'Authorization', value: 'Bearer {{setting.saas_token}}' },
  zluri: { name: 'api-key', value: '{{setting.saas_token}}' },
  torii: { name: 'Authorization', value: 'Bearer {{setting.saas_token}}' },
  lumos: { name: 'Authorization', value: 'Bearer {{setting.saas_token}}' },
  'okta-workflows': { name: 'x-api-client-token', value: '{{setting.saas_token}}' },
};
