/**
 * Builds what the host page is told at start (`GET /__standin/host-config`).
 * Server side; only non-secure settings go in.
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';
import { publicSettings, type Manifest, type SettingValue } from '../settings';
import type { HostConfig, SwitchableUser, ZafUser } from './types';

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

/** The REST user (snake_case) as ZAF's `currentUser` presents it (camelCase). */
export function toZafUser(user: ZendeskUserWire, at: Date = new Date()): ZafUser {
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
    groups: [],
    organizations: [],
    identities: [],
    tags: Array.isArray(user.tags) ? user.tags.filter((t): t is string => typeof t === 'string') : [],
    isSystemUser: false,
  };
}

function switchable(user: ZendeskUserWire | undefined, role: 'admin' | 'agent'): SwitchableUser | null {
  return user ? { id: user.id, name: user.name ?? `User ${user.id}`, role } : null;
}

export interface HostConfigInput {
  zendeskOrigin: string;
  appOrigin: string;
  appGuid: string;
  appId: number;
  installationId: number;
  planName: string;
  manifest: Pick<Manifest, 'name' | 'version' | 'parameters'>;
  settings: Readonly<Record<string, SettingValue>>;
  account: { subdomain: string; users: ZendeskUserWire[]; ownerId: number; sampleAgentId: number };
  currentUser: ZendeskUserWire;
  now?: Date;
}

/** The app page URL inside the iframe, as Zendesk builds it. */
export function appIframeUrl(appOrigin: string, zendeskOrigin: string, appGuid: string): string {
  return `${appOrigin}/assets/index.html?origin=${encodeURIComponent(zendeskOrigin)}&app_guid=${encodeURIComponent(appGuid)}`;
}

export function buildHostConfig(input: HostConfigInput): HostConfig {
  const { account } = input;
  return {
    zendeskOrigin: input.zendeskOrigin,
    subdomain: account.subdomain,
    planName: input.planName,
    appOrigin: input.appOrigin,
    appUrl: appIframeUrl(input.appOrigin, input.zendeskOrigin, input.appGuid),
    appGuid: input.appGuid,
    appId: input.appId,
    installationId: input.installationId,
    app: { name: input.manifest.name, version: input.manifest.version },
    location: 'nav_bar',
    currentUser: toZafUser(input.currentUser, input.now),
    users: {
      admin: switchable(
        account.users.find((u) => u.id === account.ownerId),
        'admin',
      ),
      agent: switchable(
        account.users.find((u) => u.id === account.sampleAgentId),
        'agent',
      ),
    },
    settings: publicSettings(input.settings, input.manifest.parameters ?? []),
  };
}
