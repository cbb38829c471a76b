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

export type HostProblemCode = 'empty' | 'wildcard' | 'not-bare' | 'trailing-dot' | 'too-long' | 'not-canonical' | 'no-dot' | 'invalid';

export interface HostProblem {
  code: HostProblemCode;
  /** The form to give instead, when one can be told. */
  suggestion: string | null;
  /** English, to follow the quoted value: `"x" is not a bare host name: …`. */
  message: string;
}

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

const problem = (code: HostProblemCode, suggestion: string | null, message: string): HostProblem => ({ code, suggestion, message });

/**
 * Why `value` is not a host name the package may whitelist, or null. Upper case is
 * accepted here (host names ignore case) and removed by `normaliseHost`.
 */
export function checkHostName(value: string): HostProblem | null {
  const host = value.trim();
  if (host === '') return problem('empty', null, 'is empty; give a host name such as saas.example.com');
  if (host.includes('*')) {
    const base = host.replace(/^[^.]*\*[^.]*\./, '');
    const example = isHostName(base.toLowerCase()) ? `"saas.${base.toLowerCase()}"` : 'saas.example.com';
    return problem(
      'wildcard',
      null,
      `is a wildcard, which Zendesk does not document for domainWhitelist: list each host by its full name instead, such as ${example}`,
    );
  }
  if (/[/?#@:\s\\]/.test(host)) {
    const found = urlHost(host);
    // A URL's host holds none of these characters, so this recursion stops at once.
    const suggestion = found && !/[/?#@:\s\\]/.test(found) && checkHostName(found) === null ? found : null;
    const hint = suggestion ? `"${suggestion}"` : 'a host name such as saas.example.com';
    return problem('not-bare', suggestion, `is not a bare host name: give ${hint} without scheme (https://), port, path or query`);
  }
  if (host.endsWith('.')) {
    const bare = host.replace(/\.+$/, '');
    const suggestion = bare !== '' && checkHostName(bare) === null ? bare.toLowerCase() : null;
    return problem('trailing-dot', suggestion, `ends with a dot: give ${suggestion ? `"${suggestion}"` : 'the host name'} without it`);
  }
  if (host.length > MAX_HOST_LENGTH) return problem('too-long', null, `is longer than ${MAX_HOST_LENGTH} characters`);
  const lower = host.toLowerCase();
  // The app compares against URL.hostname, so an entry must be in the form a browser writes:
  // punycode for international names, dotted decimal for IPv4 ("010.0.0.1" is 8.0.0.1).
  const canonical = urlHost(lower);
  if (canonical !== null && canonical !== lower && isHostName(canonical)) {
    return problem('not-canonical', canonical, `is written differently by browsers: give "${canonical}"`);
  }
  if (lower !== 'localhost' && !lower.includes('.')) {
    return problem('no-dot', null, 'needs a domain with at least one dot, such as saas.example.com');
  }
  if (canonical === null || !isHostName(lower)) {
    return problem('invalid', null, 'is not a valid host name: use letters, digits, hyphens and dots only');
  }
  return null;
}

/** Why `value` is not a host name the package may whitelist (English), or null. */
export function hostNameProblem(value: string): string | null {
  return checkHostName(value)?.message ?? null;
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
 * package's checks and their messages stay out of the app's bundle.
 */
export function hostAllowed(host: string, whitelist: readonly string[]): boolean {
  const wanted = host.toLowerCase();
  return !wanted.endsWith('.') && !wanted.includes('*') && whitelist.some((entry) => normaliseHost(entry) === wanted);
}
