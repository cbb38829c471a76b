/**
 * The /api/v2 routes the stand-in serves, each tied to the path it implements in
 * Zendesk's OpenAPI file (the conformance test checks this table against the file).
 */
import { countUsers, listUsers, showCurrentUser, showManyUsers, showUser } from './users';
import { listCustomRoles } from './customRoles';
import type { Handler } from './results';
import { countSearchResults } from './search';
import { listSessions, listUserSessions } from './sessions';
import { incrementalTicketEvents } from './ticketEvents';

export interface Route {
  /** The path as written in the OAS file's `paths`. */
  oasPath: string;
  pattern: RegExp;
  /** The stand-in is read-only: GET (and HEAD) only. */
  get: Handler;
  /** Every method Zendesk's OAS file declares on this path, lower case. */
  zendeskMethods: readonly string[];
  /** Served to any signed-in user, end users included (Show Self is "Allowed for anonymous users"). */
  anyRole?: boolean;
  /** Admins only ("Allowed For: Admins"): agents get 403 too. */
  adminOnly?: boolean;
  /**
   * Methods Zendesk serves here that the OAS file does not declare on this path (its
   * developer documentation does); the conformance test checks they are still missing.
   */
  notInFile?: readonly string[];
}

export const ROUTES: readonly Route[] = [
  { oasPath: '/api/v2/users', pattern: /^\/api\/v2\/users$/, get: listUsers, zendeskMethods: ['get', 'post'] },
  { oasPath: '/api/v2/users/count', pattern: /^\/api\/v2\/users\/count$/, get: countUsers, zendeskMethods: ['get'] },
  {
    oasPath: '/api/v2/users/me',
    pattern: /^\/api\/v2\/users\/me$/,
    get: showCurrentUser,
    zendeskMethods: ['get'],
    anyRole: true,
  },
  {
    oasPath: '/api/v2/users/show_many',
    pattern: /^\/api\/v2\/users\/show_many$/,
    get: showManyUsers,
    zendeskMethods: ['get'],
  },
  {
    oasPath: '/api/v2/users/{user_id}',
    pattern: /^\/api\/v2\/users\/(\d+)$/,
    get: showUser,
    zendeskMethods: ['get', 'put', 'delete'],
  },
  {
    oasPath: '/api/v2/incremental/ticket_events',
    pattern: /^\/api\/v2\/incremental\/ticket_events$/,
    get: incrementalTicketEvents,
    zendeskMethods: ['get'],
    adminOnly: true,
  },
  {
    oasPath: '/api/v2/custom_roles',
    pattern: /^\/api\/v2\/custom_roles$/,
    get: listCustomRoles,
    zendeskMethods: ['get', 'post'],
  },
  { oasPath: '/api/v2/search/count', pattern: /^\/api\/v2\/search\/count$/, get: countSearchResults, zendeskMethods: ['get'] },
  { oasPath: '/api/v2/sessions', pattern: /^\/api\/v2\/sessions$/, get: listSessions, zendeskMethods: ['get'], anyRole: true },
  {
    // The file has only DELETE here (Bulk Delete Sessions); "List Sessions" documents
    // GET /api/v2/users/{user_id}/sessions as well.
    oasPath: '/api/v2/users/{user_id}/sessions',
    pattern: /^\/api\/v2\/users\/(\d+)\/sessions$/,
    get: listUserSessions,
    zendeskMethods: ['get', 'delete'],
    anyRole: true,
    notInFile: ['get'],
  },
];

/** Paths under this prefix also spend the incremental export budget (10 a minute). */
export const INCREMENTAL_PREFIX = '/api/v2/incremental/';

export type RouteMatch =
  | { kind: 'found'; route: Route; params: string[] }
  /** Zendesk has this method here but the stand-in does not implement it (writes). */
  | { kind: 'not-implemented'; route: Route }
  | { kind: 'none' };

/** Zendesk accepts `/api/v2/users` and `/api/v2/users.json` alike. */
export function normalizePath(path: string): string {
  return path.endsWith('.json') ? path.slice(0, -'.json'.length) : path;
}

/**
 * Wrong methods: a method Zendesk does not route on a path gets the same 404 as an
 * unknown path (Zendesk's router has no such route, so it answers 404, not 405). A method
 * Zendesk does implement there but this read-only stand-in does not (POST /users,
 * PUT/DELETE /users/{id}) gets 405 with `Allow: GET, HEAD`, so an accidental write fails
 * loudly instead of looking like a missing record.
 */
export function matchRoute(method: string, path: string): RouteMatch {
  const m = method.toUpperCase() === 'HEAD' ? 'get' : method.toLowerCase();
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (m === 'get') return { kind: 'found', route, params: match.slice(1) };
    return route.zendeskMethods.includes(m) ? { kind: 'not-implemented', route } : { kind: 'none' };
  }
  return { kind: 'none' };
}
