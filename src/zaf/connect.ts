/**
 * Joining the Zendesk page: the SDK handshake, then who is signed in. Only an admin
 * gets a gateway, so no other user's session can make Seat Review call the API.
 */
import ZAFClient from 'zendesk_app_framework_sdk';
import { ZendeskGateway, type GatewayOptions } from './gateway';
import { accountOriginsFor } from './paging';
import type { ZafClient, ZafContext, ZafSdk } from './sdk';

export interface CurrentUser {
  id: number;
  name: string;
  email: string;
  role: string;
  /** The user's Zendesk language (e.g. `de`, `en-US`); empty when Zendesk gave none. */
  locale: string;
}

export type Connection =
  | { kind: 'outside-zendesk' }
  | { kind: 'host-silent'; waitedMs: number }
  | { kind: 'refused'; user: CurrentUser }
  | {
      kind: 'admin';
      user: CurrentUser;
      gateway: ZendeskGateway;
      context: ZafContext;
      /** Non-secure installation settings; secure ones never reach the app. */
      settings: Record<string, unknown>;
      /** This installation of the app in the account (keys its local storage). */
      installationId: number | null;
    };

export interface ConnectOptions {
  sdk?: ZafSdk;
  /** The SDK sends its handshake once and never times out: give up after this. */
  registrationTimeoutMs?: number;
  gateway?: GatewayOptions;
  /**
   * Share of the plan's requests a minute this page's gateway may spend (PlanBudget's,
   * 0.9 by default). The background page passes a low one: nobody is waiting for its review.
   */
  budgetShare?: number;
  /** The app page's URL, whose `origin` parameter names the Zendesk page framing it; default: this page's. */
  pageUrl?: string;
}

/** The `origin` parameter ZAF puts on the app iframe's URL (query, else hash: where the SDK reads it). */
export function framingOrigin(pageUrl: string | undefined): string | null {
  if (pageUrl === undefined) return null;
  try {
    const url = new URL(pageUrl);
    return url.searchParams.get('origin') ?? new URLSearchParams(url.hash.slice(1)).get('origin');
  } catch {
    return null;
  }
}

function asCurrentUser(value: unknown): CurrentUser {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    id: typeof v.id === 'number' ? v.id : 0,
    name: typeof v.name === 'string' ? v.name : '',
    email: typeof v.email === 'string' ? v.email : '',
    role: typeof v.role === 'string' ? v.role : '',
    locale: typeof v.locale === 'string' ? v.locale : '',
  };
}

function registration(client: ZafClient, timeoutMs: number) {
  return new Promise<{ settings: Record<string, unknown>; context: ZafContext; installationId: number | null } | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    client.on('app.registered', ({ metadata, context }) => {
      clearTimeout(timer);
      const installationId = typeof metadata?.installationId === 'number' ? metadata.installationId : null;
      resolve({ settings: metadata?.settings ?? {}, context, installationId });
    });
  });
}

/** The gateway's budget with the page's share, when one is asked for (a budget turned off stays off). */
function budgetOf(options: ConnectOptions): Pick<GatewayOptions, 'budget'> {
  if (options.budgetShare === undefined || options.gateway?.budget === null) return {};
  return { budget: { ...options.gateway?.budget, share: options.budgetShare } };
}

export async function connect(options: ConnectOptions = {}): Promise<Connection> {
  const sdk = options.sdk ?? (ZAFClient as ZafSdk);
  const client = sdk.init();
  if (!client) return { kind: 'outside-zendesk' };
  const waitedMs = options.registrationTimeoutMs ?? 10_000;
  const registered = await registration(client, waitedMs);
  if (!registered) return { kind: 'host-silent', waitedMs };
  const { currentUser } = await client.get('currentUser');
  const user = asCurrentUser(currentUser);
  if (user.role !== 'admin') return { kind: 'refused', user };
  const pageUrl = options.pageUrl ?? (typeof window === 'undefined' ? undefined : window.location.href);
  // Next links may lead only to the account itself or the Zendesk page the app runs in.
  const accountOrigins = accountOriginsFor(registered.context.account.subdomain, framingOrigin(pageUrl));
  return {
    kind: 'admin',
    user,
    gateway: new ZendeskGateway(client, { accountOrigins, ...options.gateway, ...budgetOf(options) }),
    context: registered.context,
    settings: registered.settings,
    installationId: registered.installationId,
  };
}
