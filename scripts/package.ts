// npm run package: build Seat Review, check the package against Zendesk's rules offline
// and write dist/seat-review-<version>.zip. See `npm run package -- --help`.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELP, parseCli } from './package/args';
import { packageApp, report } from './package/run';
import { errorsIn } from './package/rules';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  const cli = parseCli(process.argv.slice(2), process.env);
  if (cli.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (cli.errors.length > 0) {
    for (const message of cli.errors) console.error(`error: ${message}`);
    console.error('Run npm run package -- --help for usage.');
    return 2;
  }
  if (cli.domains.length > 0) console.log(`domainWhitelist for the package: ${cli.domains.join(', ')}`);
  if (cli.build) console.log('Building the app (vite build) ...');
  const result = await packageApp({ root, domains: cli.domains, build: cli.build, zip: cli.zip });
  const lines = report(result, root);
  for (const line of lines) console.log(line);
  return errorsIn(result.findings).length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
