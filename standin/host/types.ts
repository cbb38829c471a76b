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
  /** The account owner (the default sign-in). */
  owner: boolean;
}

/** The app locations the stand-in can load, in the order Zendesk's page creates them. */
export const APP_LOCATIONS = ['nav_bar', 'background'] as const;
export type AppLocation = (typeof APP_LOCATIONS)[number];

/** One iframe of the app: a location the manifest declares, with its own instance. */
export interface AppInstance {
  location: AppLocation;
  /** The instance guid: the iframe URL's `app_guid`, which the SDK sends back as appGuid and instanceGuid. */
  instanceGuid: string;
  /** Full iframe src: the manifest's URL on the app origin, with `origin` and `app_guid` query parameters. */
  url: string;
}

/** Where an instance lives: a location the manifest declares, or a modal the app opened with `instances.create`. */
export type InstanceLocation = AppLocation | 'modal';

/** An instance on the page now: the manifest's (AppInstance) or a modal opened since the page loaded. */
export interface LiveInstance {
  location: InstanceLocation;
  instanceGuid: string;
  /** Full iframe src, with `origin` and `app_guid` query parameters. */
  url: string;
}

/** The stand-in's day, as `GET /__standin/clock` says it. */
export interface StandinClock {
  /** ISO time of the stand-in's "now". */
  now: string;
  /** How far the stand-in's clock is ahead of the machine's (0 unless moved). */
  offsetMs: number;
}

/** What the host page loads from `/__standin/host-config` before it creates the iframe. */
export interface HostConfig {
  /** The app's page on the Zendesk origin, `/agent/apps/<manifest name as a slug>`. */
  appPath: string;
  /** The package has no assets/icon_nav_bar.svg, which Zendesk's package rules require. */
  iconMissing?: boolean;
  /** The "Zendesk" origin the page is served from, e.g. http://localhost:4400. */
  zendeskOrigin: string;
  subdomain: string;
  planName: string;
  /** The app CDN stand-in, a different origin: http://127.0.0.1:4401. */
  appOrigin: string;
  /** The nav_bar instance's iframe src (the shown app), with `origin` and `app_guid` query parameters. */
  appUrl: string;
  /** The nav_bar instance's guid. */
  appGuid: string;
  appId: number;
  installationId: number;
  app: { name: string; version: string };
  /** Every location of the manifest the stand-in loads, nav_bar first; a new guid for each on every page load. */
  instances: AppInstance[];
  currentUser: ZafUser;
  /** The sign-ins the demo switcher offers: the account's admins (owner first), then an agent. */
  users: SwitchableUser[];
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
export const CLOCK_PATH = '/__standin/clock';
export const HOST_PAGE_PATH = '/agent/apps/seat-review';
/** Zendesk's Agent Home: background apps load, no nav_bar app is open. */
export const HOME_PAGE_PATH = '/agent/dashboard';
export const HOST_ASSET_BASE = '/__standin/host/';
