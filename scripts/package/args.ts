// The command line of `npm run package`.
import { collectDomains, DOMAINS_ENV } from './domains';

export interface CliOptions {
  help: boolean;
  /** Run `vite build` first. */
  build: boolean;
  /** Write the zip (false: check only). */
  zip: boolean;
  /** Host names for the packaged manifest's domainWhitelist. */
  domains: string[];
  /** Problems with the command line; non-empty means exit 2. */
  errors: string[];
}

/** Parses the arguments after `npm run package --`, and SEAT_REVIEW_SAAS_DOMAINS from `env`. */
export function parseCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliOptions {
  const options: CliOptions = { help: false, build: true, zip: true, domains: [], errors: [] };
  const flagged: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '--skip-build') options.build = false;
    else if (arg === '--check') options.zip = false;
    else if (arg === '--saas-domain' || arg.startsWith('--saas-domain=')) {
      const value = arg === '--saas-domain' ? argv[++i] : arg.slice('--saas-domain='.length);
      if (value === undefined || value.startsWith('--')) {
        options.errors.push('--saas-domain needs a host name, e.g. --saas-domain saas.example.com');
        if (value !== undefined) i--;
      } else {
        flagged.push(value);
      }
    } else {
      options.errors.push(`unknown argument "${arg}" (see --help)`);
    }
  }
  const { domains, errors } = collectDomains(flagged, env);
  options.domains = domains;
  options.errors.push(...errors);
  return options;
}

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
