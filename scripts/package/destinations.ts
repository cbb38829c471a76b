// The --destination flag of `npm run package`: the SaaS Management platform(s) the package
// sends snapshots to. A platform on a fixed host (DESTINATION_HOSTS) adds that host to the
// packaged domainWhitelist, so Zendesk's proxy substitutes the secure token there; the
// others send to a host of the admin's own, which only --saas-domain can name.
import { DESTINATION_HOSTS, DESTINATIONS, isDestination, type DestinationName } from '../../src/destinations/names';

export const DESTINATION_FLAG = '--destination';

/** An example host for the platforms whose host is the customer's own (for the error message). */
const OWN_HOST_EXAMPLE: Readonly<Partial<Record<DestinationName, string>>> = {
  'seat-review': 'saas.example.com',
  'okta-workflows': 'example.workflows.okta.com',
};

export interface DestinationParse {
  destinations: DestinationName[];
  /** The fixed hosts of the chosen platforms, in the order given, without duplicates. */
  hosts: string[];
  errors: string[];
}

const validNames = (): string => DESTINATIONS.join(', ');

/**
 * Checks the names given with --destination. `ownHostGiven`: whether any host came with
 * --saas-domain or SEAT_REVIEW_SAAS_DOMAINS, which a platform on a per-customer host needs.
 */
export function collectDestinations(names: readonly string[], ownHostGiven: boolean): DestinationParse {
  const result: DestinationParse = { destinations: [], hosts: [], errors: [] };
  for (const raw of names) {
    const name = raw.trim().toLowerCase();
    if (!isDestination(name)) {
      result.errors.push(`${DESTINATION_FLAG} "${raw}" is not a platform Seat Review sends to: use one of ${validNames()}`);
      continue;
    }
    if (result.destinations.includes(name)) continue;
    result.destinations.push(name);
    const host = DESTINATION_HOSTS[name];
    if (host !== undefined) {
      if (!result.hosts.includes(host)) result.hosts.push(host);
    } else if (!ownHostGiven) {
      result.errors.push(
        `${DESTINATION_FLAG} ${name} sends to a host of your own, which the package cannot know: ` +
          `give it with --saas-domain too, e.g. --saas-domain ${OWN_HOST_EXAMPLE[name] ?? 'saas.example.com'}`,
      );
    }
  }
  return result;
}

/** The message for a --destination without a name. */
export const MISSING_DESTINATION = `${DESTINATION_FLAG} needs a platform name: one of ${validNames()}`;

/** `zluri whitelists api-ext.zluri.com`, one line a platform on a fixed host (for --help). */
export function fixedHostLines(): string[] {
  return DESTINATIONS.flatMap((name) => {
    const host = DESTINATION_HOSTS[name];
    return host === undefined ? [] : [`${name} whitelists ${host};`];
  });
}
