import { describe, expect, it } from 'vitest';
import { DESTINATION_HOSTS } from '../../src/destinations/names';
import { checkEndpoint } from '../../src/snapshot/push';
import { parseCli } from './args';
import { checkDomainWhitelist } from './rules';

/**
 * The package (`--saas-domain`, SEAT_REVIEW_SAAS_DOMAINS, manifest.json) and the app's
 * endpoint check must agree on every whitelist entry: what the package takes, the app
 * allows — exactly the hosts named, no more — and what the package refuses allows nothing.
 */
const ENTRIES = [
  'saas.example.com',
  'SaaS.Example.COM',
  '  saas.example.com ',
  'example.com',
  '10.0.0.1',
  'localhost',
  '*.example.com',
  '*',
  'x.*.example.com',
  'saas.example.com.',
  'https://saas.example.com/ingest',
  'saas.example.com:8443',
  'bücher.example',
  '010.0.0.1',
  'under_score.example.com',
];

const HOSTS = [
  'saas.example.com',
  'api.example.com',
  'example.com',
  'a.b.example.com',
  'saas.example.com.',
  'xn--bcher-kva.example',
  '8.0.0.1',
  '10.0.0.1',
];

const appAllows = (host: string, whitelist: readonly string[]): boolean => checkEndpoint(`https://${host}/ingest`, whitelist).ok;
const manifestErrors = (whitelist: unknown[]): string[] =>
  checkDomainWhitelist({ domainWhitelist: whitelist })
    .filter((f) => f.level === 'error')
    .map((f) => f.message);

describe('domainWhitelist: the package and the app agree on every entry', () => {
  it.each(ENTRIES)('%j', (entry) => {
    const cli = parseCli(['--saas-domain', entry], {});
    const env = parseCli([], { SEAT_REVIEW_SAAS_DOMAINS: entry });
    // The flag and the variable take the same entries, written the same way.
    expect(env.domains).toEqual(cli.domains);
    expect(env.errors.length > 0).toBe(cli.errors.length > 0);

    if (cli.errors.length === 0) {
      const [packaged] = cli.domains;
      // What the flag writes into the zipped manifest passes the manifest rules…
      expect(manifestErrors(cli.domains)).toEqual([]);
      // …and the app allows exactly that host: an endpoint written with it, and no other.
      expect(appAllows(entry.trim(), cli.domains)).toBe(true);
      for (const host of HOSTS) expect(appAllows(host, cli.domains), host).toBe(host === packaged);
    } else {
      // Refused on the command line, refused in manifest.json, and never allows a host.
      expect(manifestErrors([entry]).length).toBeGreaterThan(0);
      for (const host of HOSTS) expect(appAllows(host, [entry]), host).toBe(false);
    }
  });

  it.each(['*.example.com', '*', 'x.*.example.com'])('refuses the wildcard %j at package time, saying to list each host', (entry) => {
    const [error] = parseCli(['--saas-domain', entry], {}).errors;
    expect(error).toContain('is a wildcard');
    expect(error).toContain('list each host by its full name');
    expect(manifestErrors([entry])[0]).toContain('is a wildcard');
  });

  it.each([
    ['saas.example.com.', 'ends with a dot: give "saas.example.com" without it'],
    ['bücher.example', 'is written differently by browsers: give "xn--bcher-kva.example"'],
    ['010.0.0.1', 'is written differently by browsers: give "8.0.0.1"'],
    ['https://saas.example.com/ingest', 'give "saas.example.com" without scheme (https://), port, path or query'],
    ['saas.example.com:8443', 'give "saas.example.com" without scheme (https://), port, path or query'],
  ])('refuses %j with a message naming the fix', (entry, fix) => {
    expect(parseCli(['--saas-domain', entry], {}).errors).toEqual([`--saas-domain "${entry}" ${fixMessage(fix)}`]);
  });
});

describe('domainWhitelist from --destination: the package and the app agree', () => {
  it.each(Object.entries(DESTINATION_HOSTS))('%s: its host passes the manifest rules and the app sends there, and nowhere else', (name, host) => {
    const cli = parseCli(['--destination', name], {});
    expect(cli.errors).toEqual([]);
    expect(cli.domains).toEqual([host]);
    expect(manifestErrors(cli.domains)).toEqual([]);
    expect(appAllows(host, cli.domains)).toBe(true);
    for (const other of HOSTS) expect(appAllows(other, cli.domains), other).toBe(false);
  });
});

function fixMessage(fix: string): string {
  return fix.startsWith('give') ? `is not a bare host name: ${fix}` : fix;
}
