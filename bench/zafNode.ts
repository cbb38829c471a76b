/**
 * A `ZafClient` for Node: what the Zendesk agent page does for `client.request`, so the
 * app's own `ZendeskGateway` (retries, Retry-After, paging) runs unchanged outside the
 * browser. Relative URLs and absolute URLs on the account's origin go to the stand-in's
 * Support API, signed in as the stand-in's current user (the owner admin). Answers have
 * the shapes of `httpCompleteResponse` in standin/host/protocol.ts: done with
 * `{status, headers, responseJSON, responseText}` (header names lower-cased), a non-2xx
 * rejects with the same shape plus `statusText`, no answer at all rejects with status 0.
 */
import type { ZafClient, ZafCompleteResponse, ZafContext, ZafMetadata, ZafRequestOptions } from '../src/zaf/sdk';

export interface NodeZafClient extends ZafClient {
  /** The stand-in's Zendesk origin: its paging links are absolute on it. */
  readonly origin: string;
  /** The account's subdomain, as the SDK context gives it. */
  readonly subdomain: string;
  /** Requests sent (each attempt, retries included). */
  readonly requests: number;
  /** The path of every request sent, in order (without the query). */
  readonly paths: readonly string[];
  /** Answers by status (0 = network error or timeout). */
  readonly statuses: ReadonlyMap<number, number>;
  resetCounts(): void;
}

function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && /[/+]json\b/i.test(contentType);
}

export function createNodeZafClient(zendeskUrl: string, subdomain = 'acme-demo'): NodeZafClient {
  const origin = new URL(zendeskUrl).origin;
  const statuses = new Map<number, number>();
  let requests = 0;
  const paths: string[] = [];
  const tally = (status: number): void => {
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  };

  const context: ZafContext = { product: 'support', location: 'nav_bar', account: { subdomain } };
  const metadata: ZafMetadata = { appId: 0, installationId: 0, name: 'Seat Review', version: 'bench', settings: {} };

  async function request(options: ZafRequestOptions): Promise<ZafCompleteResponse> {
    const target = new URL(options.url, origin);
    // The page sends account URLs with the session; anything else (a snapshot to SaaS
    // Management) goes through the stand-in's proxy, as the host page sends it.
    const proxied = options.secure === true || (target.origin !== origin && !target.hostname.endsWith('.zendesk.com'));
    const url = proxied ? `${origin}/__standin/proxy` : `${origin}${target.pathname}${target.search}`;
    requests += 1;
    paths.push(proxied ? target.href : target.pathname);
    const signal = options.timeout ? AbortSignal.timeout(options.timeout) : undefined;
    let response: Response;
    try {
      response = await fetch(url, {
        method: proxied ? 'POST' : (options.type ?? 'GET'),
        headers: proxied
          ? { 'content-type': 'application/json' }
          : {
              ...(options.contentType ? { 'content-type': options.contentType } : {}),
              ...(options.headers ?? {}),
            },
        ...(proxied ? { body: JSON.stringify({ options }) } : options.data !== undefined ? { body: options.data } : {}),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      tally(0);
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the SDK rejects with a jqXHR-like object, and the gateway reads it as such
      throw { status: 0, statusText: timedOut ? 'timeout' : 'error', headers: {}, responseJSON: undefined, responseText: '' };
    }
    const text = await response.text();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    let responseJSON: unknown;
    if (text !== '' && (options.dataType === 'json' || isJson(headers['content-type']))) {
      try {
        responseJSON = JSON.parse(text) as unknown;
      } catch {
        responseJSON = undefined;
      }
    }
    tally(response.status);
    const answer = { status: response.status, headers, responseJSON, responseText: text };
    if (response.status >= 200 && response.status < 300) return answer;
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- as above: a jqXHR-like failure
    throw { ...answer, statusText: response.statusText };
  }

  return {
    origin,
    subdomain,
    get requests() {
      return requests;
    },
    get statuses() {
      return statuses;
    },
    get paths() {
      return paths;
    },
    resetCounts() {
      requests = 0;
      paths.length = 0;
      statuses.clear();
    },
    // 'app.registered' is the only event a ZafClient is asked for (see sdk.ts).
    on(_event, handler) {
      queueMicrotask(() => handler({ metadata, context }));
    },
    metadata: () => Promise.resolve(metadata),
    context: () => Promise.resolve(context),
    get: (path) => Promise.resolve({ errors: { [path]: { name: 'InvalidPath', message: `${path} is not available in the bench` } } }),
    invoke: () => Promise.resolve(undefined),
    request,
  };
}
