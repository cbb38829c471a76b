// The command line of `npm run package`.
import type { DestinationName } from '../../src/destinations/names';
import { collectDestinations, DESTINATION_FLAG, fixedHostLines, MISSING_DESTINATION } from './destinations';
import { collectDomains, DOMAINS_ENV, splitHostList } from './domains';

export interface CliOptions {
  help: boolean;
  /** Run `vite build` first. */
  build: boolean;
  /** Write the zip (false: check only). */
  zip: boolean;
  /** Host names for the packaged manifest's domainWhitelist (and the app's compiled-in list). */
  domains: string[];
  /** Platforms named with --destination; their fixed hosts are among `domains`. */
  destinations: DestinationName[];
  /** Problems with the command line; non-empty means exit 2. */
  errors: string[];
}

/** The value of `--flag value` or `--flag=value` at argv[i], and the index of the last argument read. */
function flagValue(argv: readonly string[], i: number, flag: string): { value: string | undefined; next: number } {
  const arg = argv[i] ?? '';
  if (arg !== flag) return { value: arg.slice(flag.length + 1), next: i };
  const value = argv[i + 1];
  // A flag right after it is the next option, not this one's value.
  if (value === undefined || value.startsWith('--')) return { value: undefined, next: i };
  return { value, next: i + 1 };
}

const isFlag = (arg: string, flag: string): boolean => arg === flag || arg.startsWith(`${flag}=`);

/** Parses the arguments after `npm run package --`, and SEAT_REVIEW_SAAS_DOMAINS from `env`. */
export function parseCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliOptions {
  const options: CliOptions = { help: false, build: true, zip: true, domains: [], destinations: [], errors: [] };
  const flagged: string[] = [];
  const platforms: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '--skip-build') options.build = false;
    else if (arg === '--check') options.zip = false;
    else if (isFlag(arg, '--saas-domain')) {
      const { value, next } = flagValue(argv, i, '--saas-domain');
      i = next;
      if (value === undefined) options.errors.push('--saas-domain needs a host name, e.g. --saas-domain saas.example.com');
      else flagged.push(value);
    } else if (isFlag(arg, DESTINATION_FLAG)) {
      const { value, next } = flagValue(argv, i, DESTINATION_FLAG);
      i = next;
      if (value === undefined || value.trim() === '') options.errors.push(MISSING_DESTINATION);
      else platforms.push(value);
    } else {
      options.errors.push(`unknown argument "${arg}" (see --help)`);
    }
  }
  const { domains, errors } = collectDomains(flagged, env);
  options.errors.push(...errors);
  const ownHostGiven = flagged.length > 0 || splitHostList(env[DOMAINS_ENV] ?? '').length > 0;
  const chosen = collectDestinations(platforms, ownHostGiven);
  options.destinations = chosen.destinations;
  options.domains = [...domains, ...chosen.hosts.filter((host) => !domains.includes(host))];
  options.errors.push(...chosen.errors);
  return options;
}

const FIXED_HOST_LINES = fixedHostLines().join('\n                         ');

export const HELP = `Usage: npm run package -- [options]

Builds Seat Review (vite build into assets/), checks the package against Zendesk's app
rules without network or credentials, and writes dist/seat-review-<version>.zip holding
only manifest.json, requirements.json, translations/*.json and assets/** (minus
.zcliignore entries).
Every problem is printed with its file and key; any error stops the zip (exit 1).

Options:
  --saas-domain <host>   Add a host to the packaged manifest's domainWhitelist, so the
                         secure SaaS token may be sent there. Repeatable. A bare host
                         name: saas.example.com, not https://saas.example.com/ingest.
                         No wildcards (*.example.com): list each host by name.
  --destination <name>   The SaaS Management platform the app will send snapshots to:
                         ${FIXED_HOST_LINES}
                         okta-workflows and seat-review send to a host of your own,
                         so give it with --saas-domain as well. Repeatable. Set the
                         same platform in the app's saas_destination setting.
  --skip-build           Package assets/ as it is, without running vite build.
  --check                Build and check only; write no zip.
  -h, --help             Show this help.

Environment:
  ${DOMAINS_ENV}   Host names for domainWhitelist, comma-separated,
                             e.g. a.example.com,b.example.com (added to --saas-domain).

The repository's manifest.json is never changed: only the zipped copy carries the domains.
Exit status: 0 packaged (warnings allowed), 1 package errors or build failure,
2 bad command line.

With a Zendesk account, zcli does the same through Zendesk (this script never calls it):
  npx zcli apps:server      Serve the app on http://localhost:4567 and open your Zendesk
                            with ?zcli_apps=true. Setting values come from
                            zcli.apps.config.json (cp zcli.apps.config.example.json
                            zcli.apps.config.json); missing ones are prompted for.
  npx zcli apps:validate    Validate the package on Zendesk's servers.
  npx zcli apps:package     Zip and validate the package on Zendesk's servers.
apps:validate and apps:package need ZENDESK_SUBDOMAIN plus ZENDESK_EMAIL and
ZENDESK_API_TOKEN (or ZENDESK_OAUTH_TOKEN). They package manifest.json as it is, so add
the SaaS host to its domainWhitelist first.
`;
