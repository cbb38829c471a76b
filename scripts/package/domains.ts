// Host names for the packaged manifest's domainWhitelist: validation, parsing of the
// --saas-domain flag and the SEAT_REVIEW_SAAS_DOMAINS variable, and the manifest patch.

/** Environment variable holding comma-separated host names to whitelist at package time. */
export const DOMAINS_ENV = 'SEAT_REVIEW_SAAS_DOMAINS';

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

/** The host part of something that looks like a URL, to suggest the correct form. */
function hostOf(value: string): string | null {
  try {
    const url = new URL(value.includes('://') ? value : `https://${value}`);
    return url.hostname || null;
  } catch {
    return null;
  }
}

/**
 * Why `value` is not a bare host name as domainWhitelist expects (`saas.example.com`,
 * `localhost`, or a `*.example.com` wildcard), or null when it is one.
 */
export function hostNameProblem(value: string): string | null {
  const host = value.trim();
  if (host === '') return 'is empty; give a host name such as saas.example.com';
  if (/[/?#@:\s]/.test(host)) {
    const suggestion = hostOf(host);
    const hint = suggestion && hostNameProblem(suggestion) === null ? `"${suggestion}"` : 'a host name such as saas.example.com';
    return `is not a bare host name: give ${hint} without scheme (https://), port, path or query`;
  }
  if (host.length > 253) return 'is longer than 253 characters';
  const name = host.startsWith('*.') ? host.slice(2) : host;
  const labels = name.split('.');
  if (name.toLowerCase() !== 'localhost' && labels.length < 2) {
    return 'needs a domain with at least one dot, such as saas.example.com';
  }
  if (!labels.every((label) => LABEL.test(label))) {
    return 'is not a valid host name: use letters, digits, hyphens and dots only (a leading "*." wildcard is allowed)';
  }
  return null;
}

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
    const host = value.trim().toLowerCase();
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
