// Host names for the packaged manifest's domainWhitelist: validation, parsing of the
// --saas-domain flag and the SEAT_REVIEW_SAAS_DOMAINS variable, and the manifest patch.
// The validation is the app's own (src/settings/domains.ts), so the package accepts exactly
// the hosts the app's endpoint check later lets through; its words are the script's own.
import { checkHostName, normaliseHost, type HostProblem } from '../../src/settings/domains';

export { checkHostName, normaliseHost } from '../../src/settings/domains';

/** A host problem in English, to follow the quoted value: `"x" is not a bare host name: …`. */
export function hostProblemText(problem: HostProblem): string {
  switch (problem.code) {
    case 'empty':
      return 'is empty; give a host name such as saas.example.com';
    case 'wildcard': {
      const example = problem.domain ? `"saas.${problem.domain}"` : 'saas.example.com';
      return `is a wildcard, which Zendesk does not document for domainWhitelist: list each host by its full name instead, such as ${example}`;
    }
    case 'not-bare': {
      const hint = problem.suggestion ? `"${problem.suggestion}"` : 'a host name such as saas.example.com';
      return `is not a bare host name: give ${hint} without scheme (https://), port, path or query`;
    }
    case 'trailing-dot':
      return `ends with a dot: give ${problem.suggestion ? `"${problem.suggestion}"` : 'the host name'} without it`;
    case 'too-long':
      return `is longer than ${problem.max} characters`;
    case 'not-canonical':
      return `is written differently by browsers: give "${problem.suggestion}"`;
    case 'no-dot':
      return 'needs a domain with at least one dot, such as saas.example.com';
    case 'invalid':
      return 'is not a valid host name: use letters, digits, hyphens and dots only';
  }
}

/** Why `value` is not a host name the package may whitelist (English), or null. */
export function hostNameProblem(value: string): string | null {
  const problem = checkHostName(value);
  return problem && hostProblemText(problem);
}

/** Environment variable holding comma-separated host names to whitelist at package time. */
export const DOMAINS_ENV = 'SEAT_REVIEW_SAAS_DOMAINS';

export interface DomainParse {
  domains: string[];
  errors: string[];
}

/** Splits a list of host names given as text (commas or whitespace between them). */
export function splitHostList(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Collects, validates, lower-cases and de-duplicates the host names given with
 * `--saas-domain` (already extracted from argv) and in SEAT_REVIEW_SAAS_DOMAINS.
 */
export function collectDomains(fromFlags: readonly string[], env: Readonly<Record<string, string | undefined>>): DomainParse {
  const errors: string[] = [];
  const domains: string[] = [];
  const add = (value: string, source: string): void => {
    const problem = hostNameProblem(value);
    if (problem) {
      errors.push(`${source} "${value}" ${problem}`);
      return;
    }
    const host = normaliseHost(value);
    if (!domains.includes(host)) domains.push(host);
  };
  for (const value of splitHostList(env[DOMAINS_ENV] ?? '')) add(value, DOMAINS_ENV);
  for (const value of fromFlags) add(value, '--saas-domain');
  return { domains, errors };
}

/**
 * The manifest with `domains` added to its domainWhitelist (existing entries first,
 * no duplicates). Returns a new object; the input is left unchanged. A domainWhitelist
 * that is not an array is left alone so that the package check reports it.
 */
export function withWhitelistedDomains(manifest: Record<string, unknown>, domains: readonly string[]): Record<string, unknown> {
  if (domains.length === 0) return manifest;
  const current = manifest.domainWhitelist;
  if (current !== undefined && !Array.isArray(current)) return manifest;
  const existing: unknown[] = current ?? [];
  const merged: unknown[] = [...existing];
  for (const domain of domains) {
    if (!merged.some((item) => typeof item === 'string' && item.toLowerCase() === domain)) merged.push(domain);
  }
  return { ...manifest, domainWhitelist: merged };
}
