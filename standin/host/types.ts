/**
 * Types shared by the host page (browser) and the stand-in server (Node).
 * Nothing here may carry a secure setting: all of it reaches the browser.
 */

export type PublicSettingValue = string | number | boolean | null;

/** A user as ZAF's `client.get('currentUser')` describes it (camelCase, not the REST shape). */
export interface ZafUser {
  id: number;
  name: string;
  email: string;
  role: string;
  locale: string;
  timeZone: { ianaName: string; name: string; offset: number; formattedOffset: string };
  avatarUrl: string | null;
  alias: string;
  details: string;
  notes: string;
  signature: string;
  externalId: string | null;
  groups: unknown[];
  organizations: unknown[];
  identities: unknown[];
  tags: string[];
  isSystemUser: boolean;
}

export interface SwitchableUser {
  id: number;
  name: string;
  role: 'admin' | 'agent';
}

/** What the host page loads from `/__standin/host-config` before it creates the iframe. */
export interface HostConfig {
  /** The "Zendesk" origin the page is served from, e.g. http://localhost:4400. */
  zendeskOrigin: string;
  subdomain: string;
  planName: string;
  /** The app CDN stand-in, a different origin: http://127.0.0.1:4401. */
  appOrigin: string;
  /** Full iframe src, with `origin` and `app_guid` query parameters. */
  appUrl: string;
  appGuid: string;
  appId: number;
  installationId: number;
  app: { name: string; version: string };
  location: 'nav_bar';
  currentUser: ZafUser;
  /** The two sign-ins the demo switcher offers. */
  users: { admin: SwitchableUser | null; agent: SwitchableUser | null };
  /** Non-secure installation settings only. */
  settings: Record<string, PublicSettingValue>;
}

/**
 * A `client.request()` options object as the SDK posts it (jQuery.ajax-like).
 * Everything is optional and untrusted: it comes from the app.
 */
export interface ZafRequestOptions {
  url?: unknown;
  type?: unknown;
  method?: unknown;
  contentType?: unknown;
  data?: unknown;
  dataType?: unknown;
  headers?: unknown;
  secure?: unknown;
  cors?: unknown;
  httpCompleteResponse?: unknown;
  timeout?: unknown;
  autoRetry?: unknown;
  [key: string]: unknown;
}

/** Body of `POST /__standin/proxy`: the app's own options, untouched (placeholders included). */
export interface ProxyCall {
  options: ZafRequestOptions;
}

export const PROXY_PATH = '/__standin/proxy';
export const HOST_CONFIG_PATH = '/__standin/host-config';
export const SESSION_PATH = '/__standin/session';
export const HOST_PAGE_PATH = '/agent/apps/seat-review';
export const HOST_ASSET_BASE = '/__standin/host/';
