/**
 * Host names of the package's domainWhitelist, checked one way for the package script
 * (`--saas-domain`, SEAT_REVIEW_SAAS_DOMAINS, manifest.json) and the app's endpoint check.
 *
 * Zendesk documents domainWhitelist as a list of host names and its validator only asks for
 * strings; no wildcard, port or scheme is documented. So the package takes only one exact,
 * canonical host name per entry (lower case, as a browser's URL parser writes it) and the
 * app allows exactly those hosts: what the package accepts and what the app lets through
 * can never drift apart, and no entry may rely on matching Zendesk leaves undocumented.
 */

/** Why an entry is not a host name the package may whitelist; `suggestion` is the form to give instead, when one can be told. */
export type HostProblem =
  | { code: 'empty'; suggestion: null }
  /** `domain`: the named domain under the wildcard, when it is a host name itself. */
  | { code: 'wildcard'; suggestion: null; domain: string | null }
  | { code: 'not-bare'; suggestion: string | null }
  | { code: 'trailing-dot'; suggestion: string | null }
  | { code: 'too-long'; suggestion: null; max: number }
  | { code: 'not-canonical'; suggestion: string }
  | { code: 'no-dot'; suggestion: null }
  | { code: 'invalid'; suggestion: null };

export type HostProblemCode = HostProblem['code'];

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const MAX_HOST_LENGTH = 253;

/** The host a browser reads from `value` (a URL or a bare host), or null. */
function urlHost(value: string): string | null {
  try {
    const url = new URL(value.includes('://') ? value : `https://${value}`);
    return url.hostname || null;
  } catch {
    return null;
  }
}

function isHostName(lower: string): boolean {
  if (lower === 'localhost') return true;
  const labels = lower.split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label));
}

/**
 * Why `value` is not a host name the package may whitelist, or null. Upper case is
 * accepted here (host names ignore case) and removed by `normaliseHost`.
 */
export function checkHostName(value: string): HostProblem | null {
  const host = value.trim();
  if (host === '') return { code: 'empty', suggestion: null };
  if (host.includes('*')) {
    const base = host.replace(/^[^.]*\*[^.]*\./, '').toLowerCase();
    return { code: 'wildcard', suggestion: null, domain: isHostName(base) ? base : null };
  }
  if (/[/?#@:\s\\]/.test(host)) {
    const found = urlHost(host);
    // A URL's host holds none of these characters, so this recursion stops at once.
    const suggestion = found && !/[/?#@:\s\\]/.test(found) && checkHostName(found) === null ? found : null;
    return { code: 'not-bare', suggestion };
  }
  if (host.endsWith('.')) {
    const bare = host.replace(/\.+$/, '');
    const suggestion = bare !== '' && checkHostName(bare) === null ? bare.toLowerCase() : null;
    return { code: 'trailing-dot', suggestion };
  }
  if (host.length > MAX_HOST_LENGTH) return { code: 'too-long', suggestion: null, max: MAX_HOST_LENGTH };
  const lower = host.toLowerCase();
  // The app compares against URL.hostname, so an entry must be in the form a browser writes:
  // punycode for international names, dotted decimal for IPv4 ("010.0.0.1" is 8.0.0.1).
  const canonical = urlHost(lower);
  if (canonical !== null && canonical !== lower && isHostName(canonical)) {
    return { code: 'not-canonical', suggestion: canonical };
  }
  if (lower !== 'localhost' && !lower.includes('.')) return { code: 'no-dot', suggestion: null };
  if (canonical === null || !isHostName(lower)) return { code: 'invalid', suggestion: null };
  return null;
}

/** The one form a whitelisted host is written and compared in: trimmed, lower case. */
export function normaliseHost(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * Whether a URL's host (`URL.hostname`) is one the package whitelists, compared in its
 * normal form. The package admits only canonical host names (checkHostName), so an exact
 * match is all the app needs: a hostname never holds a wildcard, port or path, and the one
 * refused form it can hold, a trailing dot, is refused here too. Kept this small so the
 * package's checks stay out of the app's bundle.
 */
export function hostAllowed(host: string, whitelist: readonly string[]): boolean {
  const wanted = host.toLowerCase();
  return !wanted.endsWith('.') && !wanted.includes('*') && whitelist.some((entry) => normaliseHost(entry) === wanted);
}
