/**
 * Builds what the host page is told at start (`GET /__standin/host-config`).
 * Server side; only non-secure settings go in.
 */
import { randomUUID } from 'node:crypto';
import { isRecord } from '../../src/guards';
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { publicSettings, type Manifest, type SettingValue } from '../settings';
import { APP_LOCATIONS, HOST_PAGE_PATH, type AppInstance, type AppLocation, type HostConfig, type SwitchableUser, type ZafUser } from './types';

function formattedOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `GMT${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Offset of an IANA zone from UTC at `at`, in minutes (0 when the zone is unknown). */
export function zoneOffsetMinutes(ianaName: string, at: Date): number {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: ianaName, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(part ?? '');
    if (!m) return 0;
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return m[1] === '-' ? -minutes : minutes;
  } catch {
    return 0;
  }
}

/** A group as ZAF's `currentUser.groups` lists it. */
export interface ZafGroup {
  id: number;
  name: string;
}

/** The REST user (snake_case) as ZAF's `currentUser` presents it (camelCase), with the groups the user is in. */
export function toZafUser(user: ZendeskUserWire, at: Date = new Date(), groups: readonly ZafGroup[] = []): ZafUser {
  const ianaName = typeof user.iana_time_zone === 'string' && user.iana_time_zone ? user.iana_time_zone : 'Etc/UTC';
  const offset = zoneOffsetMinutes(ianaName, at);
  const photo = user.photo as { content_url?: unknown } | null | undefined;
  return {
    id: user.id,
    name: user.name ?? '',
    email: user.email ?? '',
    role: user.role ?? 'end-user',
    locale: user.locale ?? 'en-US',
    timeZone: {
      ianaName,
      name: typeof user.time_zone === 'string' && user.time_zone ? user.time_zone : 'UTC',
      offset,
      formattedOffset: formattedOffset(offset),
    },
    avatarUrl: photo && typeof photo.content_url === 'string' ? photo.content_url : null,
    alias: typeof user.alias === 'string' ? user.alias : '',
    details: typeof user.details === 'string' ? user.details : '',
    notes: typeof user.notes === 'string' ? user.notes : '',
    signature: typeof user.signature === 'string' ? user.signature : '',
    externalId: typeof user.external_id === 'string' ? user.external_id : null,
    groups: groups.map((g) => ({ id: g.id, name: g.name })),
    organizations: [],
    identities: [],
    tags: Array.isArray(user.tags) ? user.tags.filter((t): t is string => typeof t === 'string') : [],
    isSystemUser: false,
  };
}

/** Other admins the switcher offers besides the owner: enough for "two admins in two browsers", few enough for a menu. */
export const MAX_OTHER_ADMINS = 3;

function isSuspended(user: ZendeskUserWire): boolean {
  return (user as { suspended?: unknown }).suspended === true;
}

/** The switcher's sign-ins: the owner, other active admins (the account's `adminIds` when it lists them), then the sample agent. */
export function switchableUsers(account: {
  users: readonly ZendeskUserWire[];
  ownerId: number;
  sampleAgentId: number;
  adminIds?: readonly number[];
}): SwitchableUser[] {
  const entry = (user: ZendeskUserWire, role: 'admin' | 'agent'): SwitchableUser => ({
    id: user.id,
    name: user.name ?? `User ${user.id}`,
    role,
    owner: user.id === account.ownerId,
  });
  const byId = new Map(account.users.map((u) => [u.id, u]));
  const out: SwitchableUser[] = [];
  const owner = byId.get(account.ownerId);
  if (owner) out.push(entry(owner, 'admin'));
  const others = account.adminIds
    ? account.adminIds.map((id) => byId.get(id)).filter((u): u is ZendeskUserWire => u !== undefined)
    : account.users.filter((u) => u.role === 'admin' && !isSuspended(u));
  out.push(
    ...others
      .filter((u) => u.id !== account.ownerId)
      .slice(0, MAX_OTHER_ADMINS)
      .map((u) => entry(u, 'admin')),
  );
  const agent = byId.get(account.sampleAgentId);
  if (agent) out.push(entry(agent, 'agent'));
  return out;
}

/**
 * The locations of `manifest.location.support` the stand-in loads, with their URLs, in
 * APP_LOCATIONS order. A location is `{ "url": ... }` or the URL itself; others (ticket_sidebar…) are not loaded.
 */
export function manifestLocations(manifest: Pick<Manifest, 'location'>): { location: AppLocation; path: string }[] {
  const support = isRecord(manifest.location) ? manifest.location.support : undefined;
  if (!isRecord(support)) return [];
  const out: { location: AppLocation; path: string }[] = [];
  for (const location of APP_LOCATIONS) {
    const declared = support[location];
    const path = typeof declared === 'string' ? declared : isRecord(declared) && typeof declared.url === 'string' ? declared.url : null;
    if (path) out.push({ location, path });
  }
  return out;
}

export interface HostConfigInput {
  zendeskOrigin: string;
  appOrigin: string;
  appId: number;
  installationId: number;
  planName: string;
  manifest: Pick<Manifest, 'name' | 'version' | 'parameters' | 'location'>;
  settings: Readonly<Record<string, SettingValue>>;
  account: { subdomain: string; users: ZendeskUserWire[]; ownerId: number; sampleAgentId: number; adminIds?: readonly number[] };
  currentUser: ZendeskUserWire;
  /** The groups the signed-in user is in (standin/demo/groups.ts). */
  currentUserGroups?: readonly ZafGroup[];
  /** The package has no assets/icon_nav_bar.svg, which Zendesk's package rules require. */
  iconMissing?: boolean;
  /** The app's page path; default /agent/apps/seat-review. */
  appPath?: string;
  now?: Date;
  /** A new instance guid (Zendesk makes one for every location on every page load). */
  newGuid?: () => string;
}

/** An app page URL inside its iframe, as Zendesk builds it: the manifest's path on the app origin. */
export function appIframeUrl(appOrigin: string, zendeskOrigin: string, appGuid: string, path = 'assets/index.html'): string {
  const page = new URL(path, `${appOrigin}/`);
  return `${page.origin}${page.pathname}?origin=${encodeURIComponent(zendeskOrigin)}&app_guid=${encodeURIComponent(appGuid)}`;
}

/** What the host page is told; `iconMissing` only when the package lacks its nav icon. */
export type StandinHostConfig = HostConfig;

export function buildHostConfig(input: HostConfigInput): StandinHostConfig {
  const { account } = input;
  const newGuid = input.newGuid ?? randomUUID;
  const instances: AppInstance[] = manifestLocations(input.manifest).map(({ location, path }) => {
    const instanceGuid = newGuid();
    return { location, instanceGuid, url: appIframeUrl(input.appOrigin, input.zendeskOrigin, instanceGuid, path) };
  });
  const shown = instances.find((i) => i.location === 'nav_bar');
  if (!shown) throw new Error('manifest.json declares no location.support.nav_bar: the stand-in has nothing to show');
  const config: StandinHostConfig = {
    appPath: input.appPath ?? HOST_PAGE_PATH,
    zendeskOrigin: input.zendeskOrigin,
    subdomain: account.subdomain,
    planName: input.planName,
    appOrigin: input.appOrigin,
    appUrl: shown.url,
    appGuid: shown.instanceGuid,
    appId: input.appId,
    installationId: input.installationId,
    app: { name: input.manifest.name, version: input.manifest.version },
    instances,
    currentUser: toZafUser(input.currentUser, input.now, input.currentUserGroups),
    users: switchableUsers(account),
    settings: publicSettings(input.settings, input.manifest.parameters ?? []),
  };
  if (input.iconMissing) config.iconMissing = true;
  return config;
}
