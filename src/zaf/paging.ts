/**
 * Paging that always moves forward. Zendesk's next links are followed only while each
 * one is new to the stream and on the account's own host; anything else ends the stream
 * with a PagingError instead of looping or sending the session elsewhere.
 */
export type PagingErrorCode =
  /** A next link (or cursor) leads to a page this stream already asked for. */
  | 'repeated-page'
  /** A next link on another host, or protocol-relative (`//host/...`): never requested. */
  | 'off-host-link'
  /** Zendesk says more follows but gives neither a next link nor a cursor. */
  | 'ended-early'
  /** The ticket event export's end_time stopped advancing (or its next page repeats). */
  | 'stalled-export';

export class PagingError extends Error {
  override readonly name = 'PagingError';
  /** The list's path (no query), e.g. `/api/v2/sessions`. */
  readonly stream: string;
  constructor(
    readonly code: PagingErrorCode,
    /** The link or URL at fault (an off-host link as Zendesk sent it). */
    readonly url: string,
    /** Any URL of the stream. */
    streamUrl: string,
  ) {
    // For logs only: the screen words the code (ui/text/errors.ts).
    super(`Zendesk paging ${code}: ${url}`);
    this.stream = pathOf(streamUrl);
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url, 'https://relative.invalid').pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

/**
 * A URL's identity for "already asked": path plus sorted, decoded query, so
 * `page%5Bsize%5D=2` and `page[size]=2` are the same page.
 */
export function pageKey(url: string): string {
  const parsed = new URL(url, 'https://relative.invalid');
  const params: [string, string][] = [...parsed.searchParams];
  params.sort((x, y) => compare(x[0], y[0]) || compare(x[1], y[1]));
  return `${parsed.pathname}?${new URLSearchParams(params).toString()}`;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Hosts a next link may name. Given origins: exactly those (the account's
 * `https://<subdomain>.zendesk.com` and the Zendesk page the app is framed by). Without
 * them (a gateway built outside connect(): tests, bench), the origins the ZAF SDK itself
 * accepts as a Zendesk host: `https://*.zendesk.com` and loopback (the local stand-in).
 */
function allowedOrigin(origin: string, protocol: string, hostname: string, accountOrigins: readonly string[] | null): boolean {
  if (accountOrigins !== null) return accountOrigins.includes(origin);
  if (protocol === 'https:' && hostname.endsWith('.zendesk.com')) return true;
  return (protocol === 'http:' || protocol === 'https:') && (hostname === 'localhost' || hostname === '127.0.0.1');
}

/**
 * A next link as a relative URL on the signed-in session (path and query), or null when
 * it leaves the account. Resolving against two bases of different schemes tells the
 * three forms apart whatever the URL parser forgives (backslashes, spaces): a relative
 * link takes each base's origin, a protocol-relative one takes each base's scheme only,
 * an absolute one names its own origin.
 */
export function linkOnAccount(link: string, accountOrigins: readonly string[] | null): string | null {
  let a: URL;
  let b: URL;
  try {
    a = new URL(link, 'https://a.relative.invalid/');
    b = new URL(link, 'http://b.relative.invalid/');
  } catch {
    return null;
  }
  if (a.origin === 'https://a.relative.invalid' && b.origin === 'http://b.relative.invalid') return a.pathname + a.search;
  if (a.href !== b.href) return null; // protocol-relative: the host is the link's, the scheme ours
  return allowedOrigin(a.origin, a.protocol, a.hostname, accountOrigins) ? a.pathname + a.search : null;
}

/** The origins connect() gives the gateway: the account's own host and the page framing the app. */
export function accountOriginsFor(subdomain: string | null | undefined, framedBy: string | null | undefined): string[] {
  const origins: string[] = [];
  if (subdomain && /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(subdomain)) origins.push(`https://${subdomain.toLowerCase()}.zendesk.com`);
  if (framedBy) {
    try {
      const url = new URL(framedBy);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && !origins.includes(url.origin)) origins.push(url.origin);
    } catch {
      // Not a URL: the SDK would not have registered either; nothing to add.
    }
  }
  return origins;
}

/** What comes after a cursor page: a relative URL, or null at the end. Throws PagingError. */
export function nextCursorUrl(body: unknown, currentUrl: string, accountOrigins: readonly string[] | null): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const { meta, links } = body as { meta?: { has_more?: unknown; after_cursor?: unknown }; links?: { next?: unknown } };
  if (meta?.has_more !== true) return null;
  if (typeof links?.next === 'string' && links.next !== '') {
    const next = linkOnAccount(links.next, accountOrigins);
    if (next === null) throw new PagingError('off-host-link', links.next, currentUrl);
    return next;
  }
  // No link, but a cursor: the next page is this one's query with page[after] moved on.
  if (typeof meta.after_cursor === 'string' && meta.after_cursor !== '') {
    const url = new URL(currentUrl, 'https://relative.invalid');
    url.searchParams.delete('page[before]');
    url.searchParams.set('page[after]', meta.after_cursor);
    return url.pathname + url.search;
  }
  throw new PagingError('ended-early', currentUrl, currentUrl);
}
