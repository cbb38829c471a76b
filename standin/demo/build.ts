/**
 * Turns a planned person into Zendesk's user object, field by field in the order the
 * Support API sends them, with the values real payloads carry (including nulls).
 */
import type { ZendeskUserWire } from '../../src/zendesk/types';
import type { Rng } from './prng';
import type { SeatPlan } from './plan';
import { LOCALE_ZONES, type LocaleZone } from './names';

/**
 * Enterprise custom agent roles (role_type 0), the light agent role (role_type 1), the
 * chat agent role (role_type 2) and the contributor role (role_type 3); only agentRoles
 * 'every-agent' assigns the last two.
 */
export const DEMO_CUSTOM_ROLES = [
  { id: 360000212031, name: 'Staff', role_type: 0 },
  { id: 360000212051, name: 'Team lead', role_type: 0 },
  { id: 360000212071, name: 'Advisor', role_type: 0 },
  { id: 360000212091, name: 'Billing specialist', role_type: 0 },
  { id: 360000212011, name: 'Light agent', role_type: 1 },
  { id: 360000212111, name: 'Chat agent', role_type: 2 },
  { id: 360000212131, name: 'Contributor', role_type: 3 },
] as const;
export const LIGHT_AGENT_ROLE_ID = 360000212011;
export const CHAT_AGENT_ROLE_ID = 360000212111;
export const CONTRIBUTOR_ROLE_ID = 360000212131;
const AGENT_ROLE_IDS = DEMO_CUSTOM_ROLES.filter((r) => r.role_type === 0).map((r) => r.id);

/** 'mixed': some plain agents have a custom role; 'every-agent': every agent has one (see buildSeat). */
export type AgentRoles = 'mixed' | 'every-agent';
export const AGENT_ROLES: readonly AgentRoles[] = ['mixed', 'every-agent'];

export const DEMO_GROUP_IDS = [360000331012, 360000331032, 360000331052, 360000331072, 360000331092, 360000331112];
export const DEMO_ORGANIZATION_IDS = Array.from({ length: 40 }, (_, i) => 360000540017 + i * 20);

const DAY_MS = 86_400_000;
const datePrefixes = new Map<number, string>();
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Zendesk's timestamp format: ISO 8601 UTC, whole seconds, `Z` (day prefix cached: it is hot). */
export function zendeskTime(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let prefix = datePrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    datePrefixes.set(day, prefix);
  }
  const secs = Math.floor((ms - day * DAY_MS) / 1000);
  return `${prefix}${pad2(Math.floor(secs / 3600))}:${pad2(Math.floor(secs / 60) % 60)}:${pad2(secs % 60)}Z`;
}

export interface Person {
  id: number;
  url: string;
  name: string;
  email: string;
  createdMs: number;
  updatedMs: number;
  lastLoginMs: number | null;
  zone: LocaleZone;
}

function photo(id: number, rng: Rng, subdomain: string): Record<string, unknown> {
  const photoId = 360000900000 + rng.int(1, 99999);
  const content = `https://${subdomain}.zendesk.com/system/photos/${photoId}/profile.png`;
  return {
    url: `https://${subdomain}.zendesk.com/api/v2/attachments/${photoId}.json`,
    id: photoId,
    file_name: 'profile.png',
    content_url: content,
    mapped_content_url: content,
    content_type: 'image/png',
    size: rng.int(3000, 60000),
    width: 80,
    height: 80,
    inline: false,
    deleted: false,
    thumbnails: [],
    user_id: id,
  };
}

function twoFactor(rng: Rng): boolean | null {
  const r = rng.next();
  return r < 0.6 ? true : r < 0.9 ? false : null;
}

export function buildSeat(
  p: Person,
  plan: SeatPlan,
  rng: Rng,
  subdomain: string,
  company: string,
  agentRoles: AgentRoles = 'mixed',
): ZendeskUserWire {
  const admin = plan.kind === 'owner' || plan.kind === 'billing-admin' || plan.kind === 'admin';
  // Drawn the same way in both modes, so 'every-agent' spends the same random numbers and
  // its users differ from the 'mixed' account's only in role_type and custom_role_id.
  const drawnRole = plan.kind === 'agent' && !plan.sample && rng.chance(0.4) ? rng.pick(AGENT_ROLE_IDS) : null;
  const everyAgent = agentRoles === 'every-agent' && !admin;
  const roleType: number | null = {
    owner: 4,
    'billing-admin': 5,
    admin: plan.odd === 'admin-null-role-type' ? null : 4,
    agent: drawnRole !== null || everyAgent ? 0 : null,
    light: 1,
    chat: 2,
    contributor: 3, // in both modes: 'every-agent' gives them the Contributor role
    'unknown-role': 7, // the odd record keeps its unknown role_type in both modes
  }[plan.kind];
  let customRoleId: number | null = plan.kind === 'light' ? LIGHT_AGENT_ROLE_ID : drawnRole;
  if (everyAgent && customRoleId === null) {
    // No random number here: the id spreads the rest of the agents over the roles.
    customRoleId =
      plan.kind === 'chat'
        ? CHAT_AGENT_ROLE_ID
        : plan.kind === 'contributor'
          ? CONTRIBUTOR_ROLE_ID
          : (AGENT_ROLE_IDS[p.id % AGENT_ROLE_IDS.length] as number);
  }
  const firstName = p.name.split(' ')[0] ?? p.name;
  const neverSignedIn = p.lastLoginMs === null;

  // Plain literals, no spread: V8 makes spread-then-extend objects very slow to build.
  const user: ZendeskUserWire = {
    id: p.id,
    url: p.url,
    name: p.name,
    email: p.email,
    created_at: zendeskTime(p.createdMs),
    updated_at: zendeskTime(p.updatedMs),
    time_zone: p.zone.timeZone,
    iana_time_zone: p.zone.ianaTimeZone,
    phone: null,
    shared_phone_number: null,
    photo: rng.chance(0.12) ? photo(p.id, rng, subdomain) : null,
    locale_id: p.zone.localeId,
    locale: p.zone.locale,
    organization_id: null,
    role: admin ? 'admin' : 'agent',
    verified: plan.login === 'never-new' ? rng.chance(0.3) : rng.chance(0.97),
    external_id: null,
    tags: rng.chance(0.15) ? [rng.pick(['tier2', 'escalations', 'emea', 'night_shift'])] : [],
    alias: rng.chance(0.05) ? firstName : '',
    active: true,
    shared: plan.shared,
    shared_agent: plan.shared,
    last_login_at: p.lastLoginMs === null ? null : zendeskTime(p.lastLoginMs),
    two_factor_auth_enabled: plan.kind === 'owner' ? true : neverSignedIn ? false : twoFactor(rng),
    signature: rng.chance(0.5) ? `${firstName}\n${company} Support` : '',
    details: '',
    notes: '',
    role_type: roleType,
    custom_role_id: customRoleId,
    moderator: admin || rng.chance(0.2),
    ticket_restriction: plan.restriction,
    only_private_comments: plan.kind === 'light',
    restricted_agent: admin ? false : plan.kind === 'agent' ? plan.restriction !== null : true,
    suspended: plan.suspended,
    chat_only: plan.kind === 'chat',
    default_group_id: rng.pick(DEMO_GROUP_IDS),
    report_csv: admin || rng.chance(0.3),
    user_fields: {},
  };
  return applyOddity(user, plan);
}

/** Mutates the freshly built record (it is not shared) into its odd variant. */
function applyOddity(user: ZendeskUserWire, plan: SeatPlan): ZendeskUserWire {
  switch (plan.odd) {
    case 'ticket-restriction-empty':
      user.ticket_restriction = '';
      user.restricted_agent = false;
      break;
    case 'two-factor-null':
      user.two_factor_auth_enabled = null;
      break;
    case 'name-empty':
      user.name = '';
      break;
    case 'name-null':
      user.name = null;
      break;
    case 'missing-keys':
      delete user.shared_agent;
      delete user.verified;
      break;
    case 'extra-fields':
      user.agent_brand_ids = [360000118311, 360000118331];
      user.permanently_deleted = false;
      user.experimental_workspace = { enabled: true, since: user.created_at, flags: ['beta', null] };
      break;
    default:
    // The formula / CSV records get their names together with their email addresses.
  }
  return user;
}

export function buildEndUser(p: Person, rng: Rng): ZendeskUserWire {
  return {
    id: p.id,
    url: p.url,
    name: p.name,
    email: p.email,
    created_at: zendeskTime(p.createdMs),
    updated_at: zendeskTime(p.updatedMs),
    time_zone: p.zone.timeZone,
    iana_time_zone: p.zone.ianaTimeZone,
    phone: rng.chance(0.1) ? `+1555${String(rng.int(1000000, 9999999))}` : null,
    shared_phone_number: null,
    photo: null,
    locale_id: p.zone.localeId,
    locale: p.zone.locale,
    organization_id: rng.chance(0.6) ? rng.pick(DEMO_ORGANIZATION_IDS) : null,
    role: 'end-user',
    verified: rng.chance(0.7),
    external_id: null,
    tags: rng.chance(0.1) ? ['vip'] : [],
    alias: '',
    active: true,
    shared: false,
    shared_agent: false,
    last_login_at: p.lastLoginMs === null ? null : zendeskTime(p.lastLoginMs),
    two_factor_auth_enabled: false,
    details: '',
    notes: '',
    role_type: null,
    custom_role_id: null,
    moderator: false,
    ticket_restriction: 'requested',
    only_private_comments: false,
    restricted_agent: true,
    suspended: false,
    chat_only: false,
    default_group_id: null,
    report_csv: false,
    user_fields: rng.chance(0.2) ? { customer_tier: rng.pick(['gold', 'silver', 'bronze']) } : {},
  };
}

export function pickZone(rng: Rng): LocaleZone {
  return rng.pick(LOCALE_ZONES);
}
