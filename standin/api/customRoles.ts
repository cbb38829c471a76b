/**
 * GET /api/v2/custom_roles (ListCustomRoles): the demo account's roles
 * (DEMO_CUSTOM_ROLES) as CustomRoleObject, with team_member_count from the users.
 */
import { DEMO_CUSTOM_ROLES, zendeskTime } from '../demo/build';
import { ok, type ApiRequest, type ApiResult } from './results';
import { NO_FILTER, type UserStore } from './store';

type RoleId = (typeof DEMO_CUSTOM_ROLES)[number]['id'];

/** A Staff agent's permissions; the other roles are written as changes to it. */
const STAFF = {
  assign_tickets_to_any_group: false,
  chat_access: true,
  end_user_list_access: 'full',
  end_user_profile_access: 'readonly',
  explore_access: 'readonly',
  forum_access: 'readonly',
  forum_access_restricted_content: false,
  group_access: false,
  light_agent: false,
  macro_access: 'manage-personal',
  manage_business_rules: false,
  manage_contextual_workspaces: false,
  manage_dynamic_content: false,
  manage_extensions_and_channels: false,
  manage_facebook: false,
  manage_organization_fields: false,
  manage_ticket_fields: false,
  manage_ticket_forms: false,
  manage_user_fields: false,
  moderate_forums: false,
  organization_editing: false,
  organization_notes_editing: false,
  report_access: 'readonly',
  side_conversation_create: true,
  ticket_access: 'within-groups',
  ticket_comment_access: 'public',
  ticket_deletion: false,
  ticket_editing: true,
  ticket_merge: false,
  ticket_tag_editing: true,
  twitter_search_access: false,
  user_view_access: 'readonly',
  view_access: 'manage-personal',
  view_deleted_tickets: false,
  voice_access: true,
  voice_dashboard_access: false,
};

interface RoleDetails {
  description: string;
  configuration: Partial<typeof STAFF>;
  /** Days after the account was created (the standard roles come with it). */
  createdDays: number;
  updatedDays: number;
}

const DETAILS: Record<RoleId, RoleDetails> = {
  360000212031: { description: 'Solves tickets in their groups; personal views and macros.', configuration: {}, createdDays: 0, updatedDays: 412 },
  360000212051: {
    description: 'Runs a team: every ticket, merges and deletions, shared views and macros, full reporting.',
    configuration: {
      assign_tickets_to_any_group: true,
      end_user_profile_access: 'full',
      explore_access: 'edit',
      group_access: true,
      macro_access: 'full',
      moderate_forums: true,
      organization_editing: true,
      organization_notes_editing: true,
      report_access: 'full',
      ticket_access: 'all',
      ticket_deletion: true,
      ticket_merge: true,
      user_view_access: 'full',
      view_access: 'full',
      view_deleted_tickets: true,
      voice_dashboard_access: true,
    },
    createdDays: 0,
    updatedDays: 530,
  },
  360000212071: {
    description: 'Configures the help desk (business rules, channels, fields); private comments only.',
    configuration: {
      explore_access: 'edit',
      macro_access: 'full',
      manage_business_rules: true,
      manage_dynamic_content: true,
      manage_extensions_and_channels: true,
      manage_organization_fields: true,
      manage_ticket_fields: true,
      manage_ticket_forms: true,
      manage_user_fields: true,
      report_access: 'full',
      ticket_access: 'all',
      ticket_comment_access: 'none',
      user_view_access: 'full',
      view_access: 'full',
    },
    createdDays: 0,
    updatedDays: 96,
  },
  360000212091: {
    description: 'Billing questions: edits customer profiles and organizations.',
    configuration: {
      end_user_profile_access: 'edit',
      organization_editing: true,
      organization_notes_editing: true,
      ticket_access: 'within-groups-and-public-groups',
    },
    createdDays: 203,
    updatedDays: 640,
  },
  360000212011: {
    description: 'Views tickets and adds private comments; cannot be assigned or edit tickets.',
    configuration: {
      chat_access: false,
      end_user_list_access: 'none',
      light_agent: true,
      macro_access: 'readonly',
      ticket_comment_access: 'none',
      ticket_editing: false,
      ticket_tag_editing: false,
      user_view_access: 'none',
      voice_access: false,
    },
    createdDays: 0,
    updatedDays: 0,
  },
  360000212111: {
    description: 'Chat only: answers chats, sees the tickets assigned to them.',
    configuration: {
      end_user_list_access: 'none',
      explore_access: 'none',
      macro_access: 'readonly',
      report_access: 'none',
      side_conversation_create: false,
      ticket_access: 'assigned-only',
      ticket_editing: false,
      ticket_tag_editing: false,
      user_view_access: 'none',
      view_access: 'playonly',
      voice_access: false,
    },
    createdDays: 388,
    updatedDays: 388,
  },
  360000212131: {
    description: 'Contributor: views tickets and adds private comments; cannot be assigned tickets.',
    configuration: {
      end_user_list_access: 'none',
      explore_access: 'none',
      macro_access: 'readonly',
      report_access: 'none',
      side_conversation_create: false,
      ticket_comment_access: 'none',
      ticket_editing: false,
      ticket_tag_editing: false,
      user_view_access: 'none',
      view_access: 'readonly',
      voice_access: false,
    },
    createdDays: 388,
    updatedDays: 388,
  },
};

const DAY_MS = 86_400_000;
/** Built once per version of the users (role changes move team_member_count). */
const cache = new WeakMap<UserStore, { version: number; roles: readonly object[] }>();

function buildRoles(store: UserStore, nowMs: number): readonly object[] {
  // The account's first user (lowest id, the owner) was created with the account.
  const first = store.list(NO_FILTER)[0]?.created_at;
  const start = typeof first === 'string' ? Date.parse(first) : nowMs;
  const at = (days: number): string => zendeskTime(Math.min(start + days * DAY_MS, nowMs));
  // By name, as the file's example lists them (Advisor before Staff, not by id).
  return [...DEMO_CUSTOM_ROLES]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((role) => {
      const d = DETAILS[role.id];
      return {
        configuration: { ...STAFF, ...d.configuration },
        created_at: at(d.createdDays),
        description: d.description,
        id: role.id,
        name: role.name,
        role_type: role.role_type,
        // The same users as GET /api/v2/users/count?permission_set=<id> (and that cached list).
        team_member_count: store.list({ roles: null, permissionSet: role.id }).length,
        updated_at: at(d.updatedDays),
      };
    });
}

/**
 * The list is not paginated; next_page / previous_page / count are Zendesk's classic list
 * envelope (the file's CustomRolesResponse declares only custom_roles).
 */
export function listCustomRoles(r: ApiRequest): ApiResult {
  let roles = cache.get(r.store)?.version === r.store.version ? cache.get(r.store)?.roles : undefined;
  if (!roles) {
    roles = buildRoles(r.store, r.nowMs);
    cache.set(r.store, { version: r.store.version, roles });
  }
  return ok({ custom_roles: roles, next_page: null, previous_page: null, count: roles.length });
}
