import { describe, expect, it } from 'vitest';
import { DESTINATION_HOSTS, DESTINATIONS } from '../../src/destinations/names';
import { HELP, parseCli } from './args';
import { collectDestinations } from './destinations';
import { collectDomains, hostNameProblem, splitHostList, withWhitelistedDomains } from './domains';

describe('hostNameProblem', () => {
  it('accepts bare host names, localhost and IPv4 addresses, in any case', () => {
    for (const host of ['saas.example.com', 'a-b.c.example.co.uk', 'localhost', 'API.Example.com', '10.0.0.1', 'xn--bcher-kva.example']) {
      expect(hostNameProblem(host), host).toBeNull();
    }
  });

  it('rejects a URL and tells the correct form', () => {
    expect(hostNameProblem('https://saas.example.com')).toBe(
      'is not a bare host name: give "saas.example.com" without scheme (https://), port, path or query',
    );
    expect(hostNameProblem('https://saas.example.com/ingest/zendesk?x=1')).toContain('give "saas.example.com"');
    expect(hostNameProblem('saas.example.com:8443')).toContain('give "saas.example.com"');
    expect(hostNameProblem('saas.example.com/ingest')).toContain('give "saas.example.com"');
  });

  it('rejects what is not a host name', () => {
    expect(hostNameProblem('')).toContain('is empty');
    expect(hostNameProblem('example')).toContain('at least one dot');
    expect(hostNameProblem('under_score.example.com')).toContain('not a valid host name');
    expect(hostNameProblem('-bad.example.com')).toContain('not a valid host name');
    expect(hostNameProblem('a..example.com')).toContain('not a valid host name');
    expect(hostNameProblem('x.*.example.com')).toContain('is a wildcard');
  });
});

describe('collectDomains', () => {
  it('reads SEAT_REVIEW_SAAS_DOMAINS (commas, spaces) and the flags, lower-cased, without duplicates', () => {
    expect(splitHostList(' a.example.com, b.example.com ,,c.example.com ')).toEqual(['a.example.com', 'b.example.com', 'c.example.com']);
    expect(collectDomains(['B.example.com', 'c.example.com'], { SEAT_REVIEW_SAAS_DOMAINS: 'a.example.com,b.example.com' })).toEqual({
      domains: ['a.example.com', 'b.example.com', 'c.example.com'],
      errors: [],
    });
  });

  it('names the source of a rejected value', () => {
    const result = collectDomains(['https://saas.example.com'], { SEAT_REVIEW_SAAS_DOMAINS: 'ok.example.com,http://x.example.com/y' });
    expect(result.domains).toEqual(['ok.example.com']);
    expect(result.errors).toEqual([
      'SEAT_REVIEW_SAAS_DOMAINS "http://x.example.com/y" is not a bare host name: give "x.example.com" without scheme (https://), port, path or query',
      '--saas-domain "https://saas.example.com" is not a bare host name: give "saas.example.com" without scheme (https://), port, path or query',
    ]);
  });
});

describe('parseCli', () => {
  it('defaults to build and zip with no domains', () => {
    expect(parseCli([], {})).toEqual({ help: false, build: true, zip: true, domains: [], destinations: [], errors: [] });
  });

  it('takes --saas-domain repeated, in both forms, plus the environment', () => {
    const cli = parseCli(['--saas-domain', 'saas.example.com', '--saas-domain=eu.saas.example.com'], {
      SEAT_REVIEW_SAAS_DOMAINS: 'env.example.com',
    });
    expect(cli.domains).toEqual(['env.example.com', 'saas.example.com', 'eu.saas.example.com']);
    expect(cli.errors).toEqual([]);
  });

  it('rejects https:// values with the correct form in the message', () => {
    const cli = parseCli(['--saas-domain', 'https://saas.example.com/ingest'], {});
    expect(cli.domains).toEqual([]);
    expect(cli.errors).toEqual([
      '--saas-domain "https://saas.example.com/ingest" is not a bare host name: give "saas.example.com" without scheme (https://), port, path or query',
    ]);
  });

  it('reports a missing value and unknown arguments', () => {
    expect(parseCli(['--saas-domain'], {}).errors).toEqual(['--saas-domain needs a host name, e.g. --saas-domain saas.example.com']);
    const cli = parseCli(['--saas-domain', '--check'], {});
    expect(cli.errors).toEqual(['--saas-domain needs a host name, e.g. --saas-domain saas.example.com']);
    expect(cli.zip).toBe(false);
    expect(parseCli(['--domain', 'x.example.com'], {}).errors[0]).toBe('unknown argument "--domain" (see --help)');
  });

  it('reads --help, --skip-build and --check', () => {
    expect(parseCli(['-h'], {}).help).toBe(true);
    expect(parseCli(['--help'], {}).help).toBe(true);
    expect(parseCli(['--skip-build'], {}).build).toBe(false);
    expect(parseCli(['--check'], {}).zip).toBe(false);
  });

  it('documents the options, the variable and the zcli commands in --help', () => {
    for (const text of ['--saas-domain <host>', 'SEAT_REVIEW_SAAS_DOMAINS', 'zcli apps:server', 'zcli apps:validate', 'zcli apps:package']) {
      expect(HELP).toContain(text);
    }
  });
});

describe('parseCli --destination', () => {
  it.each([
    ['zluri', 'api-ext.zluri.com'],
    ['torii', 'api.toriihq.com'],
    ['lumos', 'api.lumos.com'],
  ])('whitelists the fixed host of %s, in both forms', (name, host) => {
    for (const argv of [['--destination', name], [`--destination=${name}`]]) {
      expect(parseCli(argv, {})).toMatchObject({ domains: [host], destinations: [name], errors: [] });
    }
  });

  it('takes several platforms and --saas-domain together, without duplicates, in the order given', () => {
    const cli = parseCli(
      [
        '--destination',
        'lumos',
        '--saas-domain',
        'saas.example.com',
        '--destination',
        'Zluri',
        '--destination',
        'lumos',
        '--saas-domain',
        'api.lumos.com',
      ],
      {},
    );
    expect(cli.errors).toEqual([]);
    expect(cli.destinations).toEqual(['lumos', 'zluri']);
    expect(cli.domains).toEqual(['saas.example.com', 'api.lumos.com', 'api-ext.zluri.com']);
  });

  it.each([
    ['okta-workflows', 'example.workflows.okta.com'],
    ['seat-review', 'saas.example.com'],
  ])('refuses %s without a host of its own, saying to add --saas-domain', (name, example) => {
    const cli = parseCli(['--destination', name], {});
    expect(cli.domains).toEqual([]);
    expect(cli.errors).toEqual([
      `--destination ${name} sends to a host of your own, which the package cannot know: give it with --saas-domain too, e.g. --saas-domain ${example}`,
    ]);
  });

  it('takes okta-workflows with its host from --saas-domain or SEAT_REVIEW_SAAS_DOMAINS', () => {
    expect(parseCli(['--destination', 'okta-workflows', '--saas-domain', 'acme.workflows.okta.com'], {})).toMatchObject({
      domains: ['acme.workflows.okta.com'],
      destinations: ['okta-workflows'],
      errors: [],
    });
    expect(parseCli(['--destination', 'okta-workflows'], { SEAT_REVIEW_SAAS_DOMAINS: 'acme.workflows.okta.com' })).toMatchObject({
      domains: ['acme.workflows.okta.com'],
      errors: [],
    });
  });

  it('refuses an unknown platform, naming the valid ones', () => {
    const cli = parseCli(['--destination', 'zylo', '--destination', 'zluri'], {});
    expect(cli.errors).toEqual([
      '--destination "zylo" is not a platform Seat Review sends to: use one of seat-review, zluri, torii, lumos, okta-workflows',
    ]);
    expect(cli.domains).toEqual(['api-ext.zluri.com']);
  });

  it('reports a missing name without swallowing the next option', () => {
    const message = '--destination needs a platform name: one of seat-review, zluri, torii, lumos, okta-workflows';
    expect(parseCli(['--destination'], {}).errors).toEqual([message]);
    expect(parseCli(['--destination='], {}).errors).toEqual([message]);
    const cli = parseCli(['--destination', '--check'], {});
    expect(cli.errors).toEqual([message]);
    expect(cli.zip).toBe(false);
  });

  it('gives every platform on a fixed host a host the package accepts, and names each in --help', () => {
    for (const name of DESTINATIONS) {
      const host = DESTINATION_HOSTS[name];
      const parsed = collectDestinations([name], false);
      if (host === undefined) {
        expect(parsed.errors, name).toHaveLength(1);
        continue;
      }
      expect(hostNameProblem(host), host).toBeNull();
      expect(parsed).toEqual({ destinations: [name], hosts: [host], errors: [] });
      expect(HELP).toContain(`${name} whitelists ${host}`);
    }
    expect(HELP).toContain('--destination <name>');
  });
});

describe('withWhitelistedDomains', () => {
  it('adds the domains after the existing ones without changing the input', () => {
    const manifest = { name: 'x', domainWhitelist: ['a.example.com'] };
    const patched = withWhitelistedDomains(manifest, ['b.example.com', 'a.example.com']);
    expect(patched.domainWhitelist).toEqual(['a.example.com', 'b.example.com']);
    expect(manifest.domainWhitelist).toEqual(['a.example.com']);
  });

  it('creates domainWhitelist when absent, and leaves the manifest as is without domains', () => {
    expect(withWhitelistedDomains({}, ['a.example.com'])).toEqual({ domainWhitelist: ['a.example.com'] });
    const manifest = { domainWhitelist: [] };
    expect(withWhitelistedDomains(manifest, [])).toBe(manifest);
  });

  it('leaves a domainWhitelist of the wrong type for the check to report', () => {
    const manifest = { domainWhitelist: 'a.example.com' };
    expect(withWhitelistedDomains(manifest, ['b.example.com'])).toBe(manifest);
  });
});
