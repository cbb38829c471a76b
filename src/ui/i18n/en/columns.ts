/** English: the seats table's column headers and cell words (shown, and in the CSV export), roles, role types and ticket restrictions. */
export default {
  columnName: 'Name',
  columnEmail: 'Email',
  columnCreated: 'Created',
  columnLastSignIn: 'Last sign-in',
  columnIdle: 'Idle',
  columnSeatClass: 'Seat class',
  columnInteractions: 'Ticket interactions',
  // The last time Zendesk saw a session of the agent (not the same as a sign-in).
  columnLastSeen: 'Last seen (session)',
  columnRole: 'Role',
  columnRoleType: 'Role type',
  columnChatOnly: 'Chat only',
  columnModerator: 'Moderator',
  columnRestrictedAgent: 'Restricted agent',
  columnShared: 'Shared',
  columnSharedAgent: 'Shared agent',
  columnTicketRestriction: 'Ticket restriction',
  columnTwoFactorAuth: 'Two-factor auth',
  columnVerified: 'Verified',
  // Whether the agent may export reports as CSV.
  columnReportCsv: 'Can report CSV',
  columnSuspended: 'Suspended',
  // The CSV export's first column: Zendesk's user id.
  csvUserId: 'User ID',

  yes: 'Yes',
  no: 'No',
  // Last sign-in of a seat that never signed in.
  neverSignedIn: 'Never',
  // Last seen of a seat with no session at all.
  noSession: 'No session',
  // Idle column of a seat on the exempt list.
  exempt: 'Exempt',
  // Idle column of a user who holds no paid seat (light agent, contributor...), so is not judged.
  noPaidSeat: 'No paid seat',
  // Between two idle reasons in one cell.
  reasonSeparator: '; ',
  // Read by screen readers for an empty cell (shown as a dash).
  notSet: 'not set',

  roleAdmin: 'Admin',
  roleAgent: 'Agent',
  roleTypeCustom: 'Custom role agent',
  roleTypeLight: 'Light agent',
  roleTypeChatOnly: 'Chat-only agent',
  roleTypeContributor: 'Contributor',
  roleTypeAdmin: 'Admin',
  roleTypeBillingAdmin: 'Billing admin',
  // A role_type number Zendesk added after this app was written.
  roleTypeUnknown: (roleType: number): string => `Unknown role type (${roleType})`,

  restrictionOrganization: "Requester's organization",
  restrictionGroups: "Agent's groups",
  restrictionAssigned: 'Assigned to agent',
  restrictionRequested: 'Requested by agent',
  // The agent sees every ticket.
  restrictionNone: 'None',
  // A restriction value Zendesk added after this app was written, shown as sent.
  restrictionOther: (value: string): string => `Other (${value})`,
};
