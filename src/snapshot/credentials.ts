/**
 * What must never be shown or kept from a receiver's answer, and how the outbox names an
 * endpoint without keeping it.
 */

/** Words that follow "Bearer" in prose ("missing bearer token"), not credentials. */
const PROSE_AFTER_SCHEME = new Set([
  'token',
  'tokens',
  'auth',
  'authentication',
  'authorization',
  'credential',
  'credentials',
  'header',
  'is',
  'was',
  'required',
  'missing',
  'invalid',
  'expired',
  'scheme',
]);

const MASK = '***';

function isCredential(scheme: string, value: string): boolean {
  if (PROSE_AFTER_SCHEME.has(value.toLowerCase())) return false;
  // "Basic plan" is prose; Basic credentials are base64 of "user:password".
  return scheme.toLowerCase() === 'bearer' || /^[A-Za-z0-9+/]{8,}=*$/.test(value);
}

/** Header names whose echoed value is a credential: a scheme and one token, or (cookies) the rest of the line. */
const SECRET_HEADERS = String.raw`(?:proxy-)?authorization|x-api-key|api-key|x-auth-token`;
const COOKIE_HEADERS = String.raw`cookie|set-cookie`;
/** Parameter or JSON key names whose value is a credential. */
const SECRET_NAMES = String.raw`[\w-]*(?:authorization|token|secret|password|passwd|api[_-]?key|apikey|signature|cookie)[\w-]*`;

const RULES: readonly [RegExp, (match: string, ...groups: string[]) => string][] = [
  // JSON or quoted pairs: "authorization": "Bearer x", 'api_key': 'x'.
  [
    new RegExp(String.raw`(["'])(${SECRET_NAMES})\1(\s*[:=]\s*)(["'])(?:\\.|(?!\4)[^\\])*\4`, 'gi'),
    (_m, q, name, sep, vq) => `${q}${name}${q}${sep}${vq}${MASK}${vq}`,
  ],
  // An echoed header (a sentence's full stop is not part of the value): "Authorization: Bearer x", "X-Api-Key: x"; "Cookie: a=1; b=2" to the end of the line.
  [
    new RegExp(String.raw`\b(${SECRET_HEADERS})(\s*:\s*)(?:[A-Za-z]+\s+(?=[^\s"'<>,;]))?[^\s"'<>,;]*[^\s"'<>,;.]`, 'gi'),
    (_m, name, sep) => `${name}${sep}${MASK}`,
  ],
  [new RegExp(String.raw`\b(${COOKIE_HEADERS})(\s*:\s*)[^\r\n"'<>]+`, 'gi'), (_m, name, sep) => `${name}${sep}${MASK}`],
  // Query strings and forms: token=x, access_token=x, api_key=x.
  [new RegExp(String.raw`\b(${SECRET_NAMES})=([^&\s"'<>,;]+)`, 'gi'), (_m, name) => `${name}=${MASK}`],
  // An authorization scheme with its credential anywhere in prose: "Bearer x", "Basic x".
  [
    /\b(Bearer|Basic)(\s+)([A-Za-z0-9\-._~+/]*[A-Za-z0-9\-_~+/]=*)/gi,
    (m, scheme, space, value) => (isCredential(scheme, value) ? `${scheme}${space}${MASK}` : m),
  ],
];

/**
 * `text` with anything that looks like a credential replaced by `***`: a receiver may echo
 * the request's Authorization header (which Zendesk's proxy filled with the secure token)
 * in its error. Applied to every message derived from a receiver's answer before it is
 * shown or stored.
 */
export function maskCredentials(text: string): string {
  return RULES.reduce((out, [pattern, replace]) => out.replace(pattern, replace), text);
}

/**
 * A fingerprint of the endpoint a pending snapshot is bound to (64-bit FNV-1a, hex): the
 * outbox can tell the setting changed without keeping the setting's value. Not secret
 * and not meant to be (an endpoint can be guessed and hashed), only never the URL itself.
 */
export function endpointFingerprint(url: string): string {
  const mask = (1n << 64n) - 1n;
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(url)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & mask;
  }
  return `fnv1a64:${hash.toString(16).padStart(16, '0')}`;
}
