/**
 * Zendesk's user object as the Support API sends it (GET /api/v2/users).
 * Only the fields Seat Review reads are typed; real payloads carry more, and any of
 * these may be null, missing or of an unexpected type, so nothing here is trusted:
 * `parse.ts` turns it into a `Seat`.
 */
export interface ZendeskUserWire {
  id: number;
  url?: string;
  name?: string | null;
  email?: string | null;
  created_at?: string | null;
  updated_at?: string | null;
  last_login_at?: string | null;
  /** 'end-user', 'agent' or 'admin'; kept as any string Zendesk sends. */
  role?: string | null;
  /** 0 custom agent, 1 light agent, 2 chat agent, 3 contributor, 4 admin, 5 billing admin. */
  role_type?: number | null;
  custom_role_id?: number | null;
  default_group_id?: number | null;
  report_csv?: boolean | null;
  chat_only?: boolean | null;
  moderator?: boolean | null;
  restricted_agent?: boolean | null;
  shared?: boolean | null;
  shared_agent?: boolean | null;
  suspended?: boolean | null;
  ticket_restriction?: 'organization' | 'groups' | 'assigned' | 'requested' | '' | null;
  two_factor_auth_enabled?: boolean | null;
  verified?: boolean | null;
  active?: boolean | null;
  locale?: string | null;
  time_zone?: string | null;
  iana_time_zone?: string | null;
  organization_id?: number | null;
  tags?: string[];
  [extra: string]: unknown;
}
